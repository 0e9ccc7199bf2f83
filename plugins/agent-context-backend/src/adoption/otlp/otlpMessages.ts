import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import protobuf from 'protobufjs';

/** The two signals the receiver serves. */
export type OtlpSignal = 'metrics' | 'logs';

/** How a request's body (and so its response) is encoded. */
export type OtlpEncoding = 'json' | 'protobuf';

/** An attribute value as decoded: 64-bit integers are decimal strings. */
export interface OtlpAnyValue {
  stringValue?: string;
  boolValue?: boolean;
  intValue?: string;
  doubleValue?: number;
  arrayValue?: { values?: OtlpAnyValue[] };
  kvlistValue?: { values?: OtlpKeyValue[] };
  bytesValue?: string;
}

export interface OtlpKeyValue {
  key?: string;
  value?: OtlpAnyValue;
}

export interface OtlpResource {
  attributes?: OtlpKeyValue[];
}

/** Times are decimal strings of nanoseconds since the epoch, exact. */
export interface OtlpNumberDataPoint {
  attributes?: OtlpKeyValue[];
  startTimeUnixNano?: string;
  timeUnixNano?: string;
  asDouble?: number;
  asInt?: string;
}

export interface OtlpHistogramDataPoint {
  attributes?: OtlpKeyValue[];
  startTimeUnixNano?: string;
  timeUnixNano?: string;
  count?: string;
  sum?: number;
}

/** 1 is delta, 2 cumulative (AggregationTemporality). */
export type OtlpTemporality = number;

export interface OtlpMetric {
  name?: string;
  unit?: string;
  gauge?: { dataPoints?: OtlpNumberDataPoint[] };
  sum?: {
    dataPoints?: OtlpNumberDataPoint[];
    aggregationTemporality?: OtlpTemporality;
    isMonotonic?: boolean;
  };
  histogram?: {
    dataPoints?: OtlpHistogramDataPoint[];
    aggregationTemporality?: OtlpTemporality;
  };
  exponentialHistogram?: {
    dataPoints?: OtlpHistogramDataPoint[];
    aggregationTemporality?: OtlpTemporality;
  };
}

export interface OtlpMetricsRequest {
  resourceMetrics?: Array<{
    resource?: OtlpResource;
    scopeMetrics?: Array<{ metrics?: OtlpMetric[] }>;
  }>;
}

export interface OtlpLogRecord {
  timeUnixNano?: string;
  observedTimeUnixNano?: string;
  body?: OtlpAnyValue;
  attributes?: OtlpKeyValue[];
  eventName?: string;
}

export interface OtlpLogsRequest {
  resourceLogs?: Array<{
    resource?: OtlpResource;
    scopeLogs?: Array<{ logRecords?: OtlpLogRecord[] }>;
  }>;
}

const MESSAGES = {
  metrics: {
    request: 'agentcontext.otlp.ExportMetricsServiceRequest',
    response: 'agentcontext.otlp.ExportMetricsServiceResponse',
    rejectedField: 'rejectedDataPoints',
  },
  logs: {
    request: 'agentcontext.otlp.ExportLogsServiceRequest',
    response: 'agentcontext.otlp.ExportLogsServiceResponse',
    rejectedField: 'rejectedLogRecords',
  },
} as const;

// Decoded messages become plain objects in one shape for both encodings:
// exact decimal strings for 64-bit integers, numbers for enums, base64 for
// bytes, and unset fields left out.
const TO_OBJECT: protobuf.IConversionOptions = {
  longs: String,
  enums: Number,
  bytes: String,
  defaults: false,
};

let root: protobuf.Root | undefined;

/** The message definitions of otlp.proto, parsed on first use only. */
function messageType(name: string): protobuf.Type {
  root ??= protobuf.loadSync(
    resolvePackagePath(
      '@agent-context/plugin-agent-context-backend',
      'src/adoption/otlp/otlp.proto',
    ),
  );
  return root.lookupType(name);
}

function decode(signal: OtlpSignal, body: Buffer, encoding: OtlpEncoding) {
  const type = messageType(MESSAGES[signal].request);
  if (encoding === 'protobuf') {
    try {
      return type.toObject(type.decode(body), TO_OBJECT);
    } catch (error) {
      throw new InputError(
        `The body is not a protobuf-encoded ${type.name}: ${
          (error as Error).message
        }`,
      );
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch (error) {
    throw new InputError(`The body is not JSON: ${(error as Error).message}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new InputError(`The body is not an OTLP/JSON ${type.name} object`);
  }
  try {
    return type.toObject(type.fromObject(json), TO_OBJECT);
  } catch (error) {
    // protobufjs names the field, e.g. ".resourceMetrics: array expected".
    throw new InputError(
      `The body is not an OTLP/JSON ${type.name}: ${(error as Error).message}`,
    );
  }
}

/** An ExportMetricsServiceRequest; a body that is none is an `InputError`. */
export function decodeMetricsRequest(
  body: Buffer,
  encoding: OtlpEncoding,
): OtlpMetricsRequest {
  return decode('metrics', body, encoding) as OtlpMetricsRequest;
}

/** An ExportLogsServiceRequest; a body that is none is an `InputError`. */
export function decodeLogsRequest(
  body: Buffer,
  encoding: OtlpEncoding,
): OtlpLogsRequest {
  return decode('logs', body, encoding) as OtlpLogsRequest;
}

/**
 * The Export…ServiceResponse in the request's encoding. `partialSuccess`
 * is set only when something was rejected, as OTLP/HTTP asks.
 */
export function encodeExportResponse(
  signal: OtlpSignal,
  outcome: { rejected: number; errorMessage?: string },
  encoding: OtlpEncoding,
): Buffer {
  const { response, rejectedField } = MESSAGES[signal];
  const object =
    outcome.rejected > 0
      ? {
          partialSuccess: {
            [rejectedField]: String(outcome.rejected),
            errorMessage: outcome.errorMessage ?? '',
          },
        }
      : {};
  const type = messageType(response);
  if (encoding === 'protobuf') {
    return Buffer.from(type.encode(type.fromObject(object)).finish());
  }
  return Buffer.from(JSON.stringify(object), 'utf8');
}
