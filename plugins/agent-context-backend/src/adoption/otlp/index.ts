export { OTLP_PATHS, createOtlpRouter } from './createOtlpRouter';
export { DatabaseOtlpSeriesStore } from './DatabaseOtlpSeriesStore';
export { OtlpReceiver } from './OtlpReceiver';
export type { OtlpReceiverStats } from './OtlpReceiver';
export { readOtlpOptions } from './readOtlpOptions';
export { scheduleOtlpSeriesPruning } from './scheduleOtlpSeriesPruning';
