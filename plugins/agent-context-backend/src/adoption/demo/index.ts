export { DEMO_NOTICE, readDemoOptions } from './readDemoOptions';
export { startDemoSeeding } from './startDemoSeeding';
