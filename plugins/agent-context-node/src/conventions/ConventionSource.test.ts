import { CONVENTION_SOURCE_PRECEDENCE } from '@agent-context/plugin-agent-context-common';
import { BUILT_IN_CONVENTION_SOURCE_PRECEDENCE } from './ConventionSource';

describe('BUILT_IN_CONVENTION_SOURCE_PRECEDENCE', () => {
  it('orders the built-in sources as the resolution does by default', () => {
    const byNumber = Object.entries(BUILT_IN_CONVENTION_SOURCE_PRECEDENCE)
      .sort(([, a], [, b]) => a - b)
      .map(([id]) => id);
    expect(byNumber).toEqual(CONVENTION_SOURCE_PRECEDENCE);
  });
});
