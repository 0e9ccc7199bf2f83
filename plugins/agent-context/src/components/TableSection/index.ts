export { TableSection } from './TableSection';
export type { TableSectionColumn, TableSectionProps } from './TableSection';
