import { AdoptionRow } from '@agent-context/plugin-agent-context-common';
import {
  OtlpAttributes,
  attributesOf,
  numberAttribute,
  stringAttribute,
} from './otlpAttributes';
import { OtlpLogRecord, OtlpLogsRequest } from './otlpMessages';
import {
  OTLP_SOURCE,
  attributionOf,
  checkedRow,
  digestOf,
  isoFromNanos,
  metadataOf,
  sortedEntries,
} from './otlpRowParts';

/** What an export's log records hold. */
export interface OtlpLogsReading {
  rows: AdoptionRow[];
  /** Records of known events that could not be used, and the first reason. */
  rejected: number;
  errorMessage?: string;
  /** Records the receiver does not read, by event name ('' for none). */
  unknownEvents: Map<string, number>;
}

const API_REQUEST = 'claude_code.api_request';

/** The record's event name, wherever its SDK put it. */
function eventNameOf(record: OtlpLogRecord, attributes: OtlpAttributes) {
  if (record.eventName) {
    return record.eventName;
  }
  const named = stringAttribute(attributes, 'event.name');
  if (named) {
    // Claude Code names its events without the prefix in event.name.
    return named.includes('.') ? named : `claude_code.${named}`;
  }
  return record.body?.stringValue ?? '';
}

function timeOf(record: OtlpLogRecord, attributes: OtlpAttributes) {
  return (
    isoFromNanos(record.timeUnixNano) ??
    isoFromNanos(record.observedTimeUnixNano) ??
    stringAttribute(attributes, 'event.timestamp')
  );
}

/**
 * Reads an export's log records. Claude Code's `claude_code.api_request`
 * events become one row each with `requests: 1` and `durationMs`, by
 * model. Their tokens and cost are not taken: Claude Code's
 * `cost.usage` and `token.usage` metrics count the same requests, and the
 * metrics are the figures of record (see the README). A record's source id
 * is a digest of its attributes and time, so a record sent again replaces
 * itself.
 */
export function readOtlpLogs(request: OtlpLogsRequest): OtlpLogsReading {
  const reading: OtlpLogsReading = {
    rows: [],
    rejected: 0,
    unknownEvents: new Map(),
  };
  for (const resourceLogs of request.resourceLogs ?? []) {
    const resource = attributesOf(resourceLogs.resource?.attributes);
    for (const scopeLogs of resourceLogs.scopeLogs ?? []) {
      for (const record of scopeLogs.logRecords ?? []) {
        const own = attributesOf(record.attributes);
        const attributes = { ...resource, ...own };
        const event = eventNameOf(record, attributes);
        if (event !== API_REQUEST) {
          reading.unknownEvents.set(
            event,
            (reading.unknownEvents.get(event) ?? 0) + 1,
          );
          continue;
        }
        const timestamp = timeOf(record, attributes);
        const durationMs = numberAttribute(attributes, 'duration_ms');
        const checked = checkedRow({
          type: 'event',
          source: OTLP_SOURCE,
          sourceId: `log:${digestOf(
            event,
            sortedEntries(resource),
            sortedEntries(own),
            record.timeUnixNano ?? '',
          )}`,
          timestamp: timestamp ?? '',
          ...attributionOf(attributes),
          tool: 'claude-code',
          model: stringAttribute(attributes, 'model'),
          metrics: {
            requests: 1,
            ...(durationMs !== undefined ? { durationMs } : {}),
          },
          metadata: metadataOf(attributes),
        });
        if ('error' in checked) {
          reading.rejected += 1;
          reading.errorMessage ??= `${event} has a record that is no adoption row: ${checked.error}`;
          continue;
        }
        reading.rows.push(checked.row);
      }
    }
  }
  return reading;
}
