import { AdoptionRow } from '@agent-context/plugin-agent-context-common';
import { attributesOf } from './otlpAttributes';
import {
  OtlpHistogramDataPoint,
  OtlpMetric,
  OtlpMetricsRequest,
  OtlpNumberDataPoint,
  OtlpTemporality,
} from './otlpMessages';
import { OTLP_METRIC_MAPPINGS, OtlpMetricReading } from './otlpMetricMappings';
import {
  OTLP_SOURCE,
  attributionOf,
  checkedRow,
  digestOf,
  isoFromNanos,
  metadataOf,
  sortedEntries,
  toolOf,
} from './otlpRowParts';
import { OtlpIncrease, OtlpSeriesPoint } from './increasesOf';

/** A data point of a known metric, ready for its increase to be taken. */
export interface OtlpMappedPoint extends OtlpSeriesPoint {
  reading: OtlpMetricReading;
  /** The point's row but for its figures, checked against the contract. */
  row: AdoptionRow;
}

/** What an export's metrics hold, point by point. */
export interface OtlpMetricsReading {
  points: OtlpMappedPoint[];
  /** Points of known metrics that could not be used, and the first reason. */
  rejected: number;
  errorMessage?: string;
  /** Points of metrics the receiver does not know, by metric name. */
  unknownMetrics: Map<string, number>;
  /** Points of known metrics whose attributes name nothing counted (e.g. an unknown token type). */
  ignored: number;
}

const TEMPORALITIES: Record<number, 'delta' | 'cumulative'> = {
  1: 'delta',
  2: 'cumulative',
};

type AnyDataPoint = OtlpNumberDataPoint & OtlpHistogramDataPoint;

/** The data of a metric as one list, with what it is. */
function dataOf(metric: OtlpMetric):
  | {
      kind: 'sum' | 'histogram' | 'gauge';
      points: AnyDataPoint[];
      temporality?: OtlpTemporality;
      monotonic?: boolean;
    }
  | undefined {
  if (metric.sum) {
    return {
      kind: 'sum',
      points: metric.sum.dataPoints ?? [],
      temporality: metric.sum.aggregationTemporality,
      monotonic: metric.sum.isMonotonic,
    };
  }
  const histogram = metric.histogram ?? metric.exponentialHistogram;
  if (histogram) {
    return {
      kind: 'histogram',
      points: histogram.dataPoints ?? [],
      temporality: histogram.aggregationTemporality,
    };
  }
  if (metric.gauge) {
    return { kind: 'gauge', points: metric.gauge.dataPoints ?? [] };
  }
  return undefined;
}

function numberOf(point: AnyDataPoint): number | undefined {
  if (point.asDouble !== undefined) return point.asDouble;
  if (point.asInt !== undefined) return Number(point.asInt);
  return undefined;
}

/**
 * Reads an export's metrics: each point of a known metric becomes a
 * mapped point keyed by its series (metric name, resource and point
 * attributes); unknown metrics are counted and left out; a point that
 * cannot be used is rejected with the reason.
 */
export function readOtlpMetrics(
  request: OtlpMetricsRequest,
): OtlpMetricsReading {
  const reading: OtlpMetricsReading = {
    points: [],
    rejected: 0,
    unknownMetrics: new Map(),
    ignored: 0,
  };
  const reject = (count: number, message: string) => {
    reading.rejected += count;
    reading.errorMessage ??= message;
  };

  for (const resourceMetrics of request.resourceMetrics ?? []) {
    const resource = attributesOf(resourceMetrics.resource?.attributes);
    for (const scopeMetrics of resourceMetrics.scopeMetrics ?? []) {
      for (const metric of scopeMetrics.metrics ?? []) {
        const name = metric.name ?? '';
        const data = dataOf(metric);
        const mapping = OTLP_METRIC_MAPPINGS[name];
        if (!mapping) {
          reading.unknownMetrics.set(
            name,
            (reading.unknownMetrics.get(name) ?? 0) +
              (data?.points.length ?? 0),
          );
          continue;
        }
        if (
          !data ||
          data.kind === 'gauge' ||
          !mapping.kinds.includes(data.kind)
        ) {
          reject(
            data?.points.length ?? 0,
            `${name} is ${
              data ? `a ${data.kind}` : 'empty'
            }; it is read as a ${mapping.kinds.join(' or ')}`,
          );
          continue;
        }
        const temporality = TEMPORALITIES[data.temporality ?? 0];
        if (!temporality) {
          reject(data.points.length, `${name} has no aggregation temporality`);
          continue;
        }
        if (data.kind === 'sum' && !data.monotonic) {
          reject(
            data.points.length,
            `${name} is not monotonic; only counters are read`,
          );
          continue;
        }
        for (const point of data.points) {
          const attributes = { ...resource, ...attributesOf(point.attributes) };
          const pointReading = mapping.read(attributes);
          if (!pointReading) {
            reading.ignored += 1;
            continue;
          }
          const value = data.kind === 'sum' ? numberOf(point) : point.sum ?? 0;
          const count =
            data.kind === 'histogram' ? Number(point.count ?? '0') : undefined;
          if (
            value === undefined ||
            !Number.isFinite(value) ||
            value < 0 ||
            (count !== undefined && !Number.isFinite(count))
          ) {
            reject(1, `${name} has a point with no value or a negative one`);
            continue;
          }
          const timestamp = isoFromNanos(point.timeUnixNano);
          if (!timestamp) {
            reject(1, `${name} has a point without timeUnixNano`);
            continue;
          }
          // Checked before its increase is taken: a point whose row the
          // contract refuses must not move its series on.
          const checked = checkedRow({
            type: 'event',
            source: OTLP_SOURCE,
            sourceId: 'unset',
            timestamp,
            ...attributionOf(attributes),
            tool: pointReading.tool ?? toolOf(attributes),
            model: pointReading.model,
            provider: pointReading.provider,
            metrics: { [(pointReading.value ?? pointReading.count)!]: 0 },
            metadata: metadataOf(attributes),
          });
          if ('error' in checked) {
            reject(
              1,
              `${name} has a point that is no adoption row: ${checked.error}`,
            );
            continue;
          }
          reading.points.push({
            seriesKey: digestOf(
              name,
              sortedEntries(resource),
              sortedEntries(attributesOf(point.attributes)),
            ),
            metric: name,
            temporality,
            startTimeUnixNano: point.startTimeUnixNano ?? '0',
            timeUnixNano: point.timeUnixNano!,
            value,
            count,
            reading: pointReading,
            row: checked.row,
          });
        }
      }
    }
  }
  return reading;
}

/**
 * The row of one point's increase, or `undefined` when it adds nothing.
 * Its source id is a digest of the series and the point's interval, so a
 * point sent again makes the same row, which replaces the first.
 */
export function rowOfIncrease(
  increase: OtlpIncrease<OtlpMappedPoint>,
): AdoptionRow | undefined {
  const { point } = increase;
  const { reading } = point;
  const metrics: AdoptionRow['metrics'] = {};
  if (reading.value && increase.value > 0) {
    metrics[reading.value] = increase.value * (reading.scale ?? 1);
  }
  if (reading.count && increase.count) {
    metrics[reading.count] = increase.count;
  }
  if (Object.keys(metrics).length === 0) {
    return undefined;
  }
  return {
    ...point.row,
    sourceId: `metric:${digestOf(
      point.seriesKey,
      point.startTimeUnixNano,
      point.timeUnixNano,
    )}`,
    metrics,
  };
}
