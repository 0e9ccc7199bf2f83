export { changeFrom, formatNumber, numberOf } from './formatFigures';
export type { FigureFormat } from './formatFigures';
export {
  MAX_RANGE_DAYS,
  daysBefore,
  daysIn,
  defaultRange,
  lastDays,
  rangeFromSearch,
  rangeProblem,
  todayUtc,
} from './adoptionRange';
export type { AdoptionRange } from './adoptionRange';
export { adoptionListCsv } from './adoptionListCsv';
export type { AdoptionListScope } from './adoptionListCsv';
export { LARGEST_PAGE, fetchAllPages } from './fetchAllPages';
export { hasActivity } from './hasActivity';
export { isForbidden } from './isForbidden';
export { pointsFrom } from './pointsFrom';
export { toCsv } from './toCsv';
export type { CsvCell } from './toCsv';
export { sumFigures } from './sumFigures';
export { joinReadiness } from './joinReadiness';
export type { ServiceWithReadiness } from './joinReadiness';
export { responseStatusOf } from './responseStatusOf';
