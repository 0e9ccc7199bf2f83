export { changeFrom, formatNumber, numberOf } from './formatFigures';
export type { FigureFormat } from './formatFigures';
export { hasRecordedActivity } from './hasRecordedActivity';
export { joinReadiness } from './joinReadiness';
export type { ServiceWithReadiness } from './joinReadiness';
export { lastDays } from './lastDays';
export { responseStatusOf } from './responseStatusOf';
