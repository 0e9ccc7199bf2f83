export { UsageRecorder, USAGE_SOURCE, contextFetchRow } from './UsageRecorder';
export type { ContextFetch, UsageRecorderStats } from './UsageRecorder';
export { recordHttpFetches } from './recordHttpFetches';
export { recordingActionsRegistry } from './recordingActionsRegistry';
export { toolOfUserAgent } from './toolOfUserAgent';
