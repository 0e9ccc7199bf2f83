import {
  ADOPTION_METADATA_MAX_KEYS,
  ADOPTION_METRICS,
  AdoptionRow,
} from '@agent-context/plugin-agent-context-common';
import { z } from 'zod/v4';

// The push API takes tens of thousands of rows a second, and zod's general
// machinery costs several times what a row's own checks do: measured on
// the 2-core machine, 15 to 17 µs a gateway row with zod against 3.5 to
// 4.6 µs here (JSON.parse of the same row: 11 to 17 µs). This is the
// same rules written out for the common case, a row that is valid: it
// answers the row as zod would parse it, or undefined when anything is off,
// and the caller then asks zod itself, whose issue is the one message and
// whose schema stays the one definition. Being stricter than zod is
// harmless (zod has the last word); being looser is not, and
// fastAdoptionRow.test.ts holds the two together.

const SOURCE = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
// zod's own pattern for `z.iso.datetime({ offset: true })`.
const DATETIME = z.regexes.datetime({ precision: null, offset: true });

const hasOwn = (value: object, key: string) =>
  Object.prototype.hasOwnProperty.call(value, key);

function isRecord(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.getPrototypeOf(value) === Object.prototype
  );
}

function optionalString(value: unknown, min: number, max: number) {
  return (
    value === undefined ||
    (typeof value === 'string' && value.length >= min && value.length <= max)
  );
}

function validMetrics(value: unknown): value is Record<string, number> {
  if (!isRecord(value)) {
    return false;
  }
  let count = 0;
  for (const name in value) {
    if (!hasOwn(value, name)) continue;
    const figure = value[name];
    if (
      !hasOwn(ADOPTION_METRICS, name) ||
      typeof figure !== 'number' ||
      !Number.isFinite(figure) ||
      figure < 0
    ) {
      return false;
    }
    count++;
  }
  return count > 0;
}

function validMetadata(value: unknown) {
  if (value === undefined) {
    return true;
  }
  if (!isRecord(value)) {
    return false;
  }
  let count = 0;
  for (const key in value) {
    if (!hasOwn(value, key)) continue;
    const item = value[key];
    if (
      typeof item !== 'string' &&
      typeof item !== 'boolean' &&
      !(typeof item === 'number' && Number.isFinite(item))
    ) {
      return false;
    }
    count++;
  }
  return count <= ADOPTION_METADATA_MAX_KEYS;
}

function validUser(value: unknown) {
  return (
    value === undefined ||
    (isRecord(value) &&
      optionalString(value.id, 1, 256) &&
      optionalString(value.email, 3, 320))
  );
}

/**
 * The row as `adoptionRowSchema` parses it (unknown fields left out), if it
 * is certainly valid; otherwise undefined, and zod is to be asked.
 */
export function fastAdoptionRow(value: unknown): AdoptionRow | undefined {
  if (!isRecord(value)) {
    return undefined;
  }
  const { type, timestamp, day, user } = value;
  const valid =
    (type === 'event'
      ? typeof timestamp === 'string' &&
        DATETIME.test(timestamp) &&
        (day === undefined || (typeof day === 'string' && DAY.test(day)))
      : type === 'daily' &&
        typeof day === 'string' &&
        DAY.test(day) &&
        (timestamp === undefined ||
          (typeof timestamp === 'string' && DATETIME.test(timestamp)))) &&
    typeof value.source === 'string' &&
    SOURCE.test(value.source) &&
    typeof value.sourceId === 'string' &&
    value.sourceId.length >= 1 &&
    value.sourceId.length <= 256 &&
    optionalString(value.entityRef, 0, 512) &&
    optionalString(value.repositoryUrl, 0, 2048) &&
    optionalString(value.teamRef, 0, 512) &&
    optionalString(value.tool, 0, 64) &&
    optionalString(value.model, 0, 128) &&
    optionalString(value.provider, 0, 64) &&
    validUser(user) &&
    validMetrics(value.metrics) &&
    validMetadata(value.metadata);
  if (!valid) {
    return undefined;
  }
  const row: Record<string, unknown> = {
    type,
    source: value.source,
    sourceId: value.sourceId,
  };
  for (const key of [
    'timestamp',
    'day',
    'entityRef',
    'repositoryUrl',
    'teamRef',
    'tool',
    'model',
    'provider',
  ] as const) {
    if (value[key] !== undefined) {
      row[key] = value[key];
    }
  }
  if (isRecord(user)) {
    const { id, email } = user;
    row.user = {
      ...(id === undefined ? {} : { id }),
      ...(email === undefined ? {} : { email }),
    };
  }
  row.metrics = { ...(value.metrics as Record<string, number>) };
  if (value.metadata !== undefined) {
    row.metadata = { ...(value.metadata as Record<string, unknown>) };
  }
  return row as AdoptionRow;
}
