export { changeFrom, formatNumber, numberOf } from './formatFigures';
export type { FigureFormat } from './formatFigures';
