import {
  AdoptionBucketSpan,
  AdoptionFigure,
  AdoptionFigures,
  isWithheld,
} from '@agent-context/plugin-agent-context-common';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { ChartsReferenceLine } from '@mui/x-charts/ChartsReferenceLine';
import { LineChart } from '@mui/x-charts/LineChart';
import { FigureFormat, formatNumber, numberOf } from '../../adoption';

/** A line of the chart: which figure, and what to call it. */
export interface TrendSeries {
  figure: keyof AdoptionFigures;
  label: string;
}

/** The props of {@link AdoptionTrendChart}. */
export interface AdoptionTrendChartProps {
  buckets: Array<AdoptionBucketSpan & AdoptionFigures>;
  series: TrendSeries[];
  format?: FigureFormat;
  /** The baseline period's value, drawn as a dashed line across the chart. */
  baseline?: { value: number | null; label: string };
  title: string;
  height?: number;
  /** Fixed width; by default the chart fills its container. */
  width?: number;
}

const valueOf = (figure: AdoptionFigure | number | null) =>
  numberOf(figure) ?? null;

/**
 * A figure's weekly (or daily) trend. A withheld bucket is a gap in the
 * line, never a dip to zero, and the caption counts the gaps. The last
 * bucket's value is written out under the chart for those who cannot see
 * it.
 */
export function AdoptionTrendChart(props: AdoptionTrendChartProps) {
  const { buckets, series, format = 'count', baseline, title } = props;
  const withheldBuckets = buckets.filter(bucket =>
    series.some(line => isWithheld(bucket[line.figure])),
  ).length;
  const last = buckets[buckets.length - 1];
  const lastValues = last
    ? series
        .map(
          line =>
            `${line.label} ${formatNumber(valueOf(last[line.figure]), format)}`,
        )
        .join(', ')
    : undefined;

  return (
    <Box component="figure" sx={{ m: 0 }} aria-label={title}>
      <LineChart
        height={props.height ?? 220}
        width={props.width}
        skipAnimation
        xAxis={[
          {
            scaleType: 'point',
            data: buckets.map(bucket => bucket.start),
            valueFormatter: (start: string) => start.slice(5),
          },
        ]}
        yAxis={[
          { valueFormatter: (value: number) => formatNumber(value, format) },
        ]}
        series={series.map(line => ({
          label: line.label,
          data: buckets.map(bucket => valueOf(bucket[line.figure])),
          valueFormatter: (value: number | null) =>
            value === null ? 'withheld' : formatNumber(value, format),
          showMark: buckets.length <= 16,
        }))}
        margin={{ left: 8, right: 16, top: 16, bottom: 8 }}
      >
        {baseline && baseline.value !== null && (
          <ChartsReferenceLine
            y={baseline.value}
            label={`${baseline.label} ${formatNumber(baseline.value, format)}`}
            labelAlign="start"
            lineStyle={{ strokeDasharray: '6 4' }}
          />
        )}
      </LineChart>
      <Typography
        component="figcaption"
        variant="caption"
        color="text.secondary"
      >
        {title}
        {last ? ` · week of ${last.start}: ${lastValues}` : ' · no data'}
        {withheldBuckets > 0 &&
          ` · ${withheldBuckets} ${
            withheldBuckets === 1 ? 'period' : 'periods'
          } withheld for privacy`}
      </Typography>
    </Box>
  );
}
