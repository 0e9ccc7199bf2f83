// The OpenTelemetry SDK and its OTLP exporters, run in a process of their
// own for the receiver's tests: the exporters load Node's http module with
// a dynamic import, which Jest's module sandbox cannot run. The test sends
// one command at a time and gets back whether each export succeeded.
const {
  AggregationTemporalityPreference,
  OTLPMetricExporter: JsonMetricExporter,
} = require('@opentelemetry/exporter-metrics-otlp-http');
const {
  OTLPMetricExporter: ProtobufMetricExporter,
} = require('@opentelemetry/exporter-metrics-otlp-proto');
const { OTLPLogExporter } = require('@opentelemetry/exporter-logs-otlp-http');
const { resourceFromAttributes } = require('@opentelemetry/resources');
const {
  MeterProvider,
  PeriodicExportingMetricReader,
} = require('@opentelemetry/sdk-metrics');
const {
  BatchLogRecordProcessor,
  LoggerProvider,
} = require('@opentelemetry/sdk-logs');

let meters;
let instruments = new Map();
let loggers;
const results = [];

/** Keeps the outcome of every export, so the test sees failures. */
function recording(exporter) {
  const exportItems = exporter.export.bind(exporter);
  exporter.export = (items, done) =>
    exportItems(items, result => {
      results.push({
        code: result.code,
        error: result.error ? String(result.error) : undefined,
      });
      done(result);
    });
  return exporter;
}

function instrument(kind, name) {
  const key = `${kind}:${name}`;
  if (!instruments.has(key)) {
    const meter = meters.getMeter('com.anthropic.claude_code');
    instruments.set(
      key,
      kind === 'counter'
        ? meter.createCounter(name)
        : meter.createHistogram(name),
    );
  }
  return instruments.get(key);
}

const commands = {
  async startMeters({ encoding, url, headers, gzip, resource }) {
    const Exporter =
      encoding === 'protobuf' ? ProtobufMetricExporter : JsonMetricExporter;
    const exporter = recording(
      new Exporter({
        url,
        headers,
        temporalityPreference: AggregationTemporalityPreference.CUMULATIVE,
        ...(gzip ? { compression: 'gzip' } : {}),
      }),
    );
    meters = new MeterProvider({
      resource: resourceFromAttributes(resource),
      readers: [
        new PeriodicExportingMetricReader({
          exporter,
          exportIntervalMillis: 3_600_000,
        }),
      ],
    });
    instruments = new Map();
  },
  async add({ name, value, attributes }) {
    instrument('counter', name).add(value, attributes);
  },
  async record({ name, value, attributes }) {
    instrument('histogram', name).record(value, attributes);
  },
  async flushMeters() {
    await meters.forceFlush();
  },
  async stopMeters() {
    await meters.shutdown();
  },
  async startLogs({ url, headers, resource }) {
    loggers = new LoggerProvider({
      resource: resourceFromAttributes(resource),
      processors: [
        // Batched, so that a flush waits for the export.
        new BatchLogRecordProcessor({
          exporter: recording(new OTLPLogExporter({ url, headers })),
          scheduledDelayMillis: 3_600_000,
        }),
      ],
    });
  },
  async emit({ record }) {
    loggers
      .getLogger('com.anthropic.claude_code.events')
      .emit({ ...record, timestamp: new Date(record.timestamp) });
  },
  async flushLogs() {
    await loggers.forceFlush();
  },
  async stopLogs() {
    await loggers.shutdown();
  },
};

process.on('message', async ({ id, command, args }) => {
  results.length = 0;
  try {
    await commands[command](args ?? {});
    process.send({ id, exports: [...results] });
  } catch (error) {
    process.send({ id, error: String(error) });
  }
});
