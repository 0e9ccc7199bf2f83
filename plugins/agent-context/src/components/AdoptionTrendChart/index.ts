export { AdoptionTrendChart } from './AdoptionTrendChart';
export type {
  AdoptionTrendChartProps,
  TrendSeries,
} from './AdoptionTrendChart';
