import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// Component tests render a whole Backstage test app, and some the real
// Markdown renderer over long documents; on a loaded 2-core machine one
// such test can take several seconds. These limits are there to stop a
// hang, not to measure speed (benchmarks do that), so they are generous.
jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 5_000 });
