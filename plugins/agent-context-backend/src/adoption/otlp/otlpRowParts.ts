import {
  AdoptionRow,
  adoptionRowSchema,
} from '@agent-context/plugin-agent-context-common';
import { createHash } from 'node:crypto';
import { OtlpAttributes, stringAttribute } from './otlpAttributes';

/** Every row the receiver makes has this source. */
export const OTLP_SOURCE = 'otlp';

/** A stable hex digest of JSON-able parts, for series keys and source ids. */
export function digestOf(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/** Attributes in key order, so the same set always digests the same. */
export function sortedEntries(attributes: OtlpAttributes) {
  return Object.entries(attributes).sort(([a], [b]) => (a < b ? -1 : 1));
}

/** An ISO 8601 time from decimal nanoseconds; undefined for none or zero. */
export function isoFromNanos(value: string | undefined): string | undefined {
  if (!value || !/^\d+$/.test(value) || BigInt(value) === 0n) {
    return undefined;
  }
  return new Date(Number(BigInt(value) / 1_000_000n)).toISOString();
}

/**
 * What a row is attributed by, from the resource's and the point's
 * attributes together (the point's win): the catalog entity, the
 * repository, the team, and the user, whose ids and e-mail ingestion
 * pseudonymises or only looks up, never stores.
 */
export function attributionOf(
  attributes: OtlpAttributes,
): Pick<AdoptionRow, 'entityRef' | 'repositoryUrl' | 'teamRef' | 'user'> {
  const id = stringAttribute(attributes, 'user.account_uuid', 'user.id');
  const email = stringAttribute(attributes, 'user.email');
  return {
    entityRef: stringAttribute(attributes, 'backstage.entity_ref'),
    repositoryUrl: stringAttribute(attributes, 'vcs.repository.url.full'),
    teamRef: stringAttribute(attributes, 'team.id'),
    user: id || email ? { id, email } : undefined,
  };
}

/**
 * The client that sent the telemetry, when the mapping does not name it:
 * the service's name, unless the SDK made one up.
 */
export function toolOf(attributes: OtlpAttributes): string | undefined {
  const name = stringAttribute(attributes, 'service.name');
  return name && !name.startsWith('unknown_service') ? name : undefined;
}

/** Team-level context kept with a row; never a person's. */
export function metadataOf(
  attributes: OtlpAttributes,
): AdoptionRow['metadata'] {
  const metadata: NonNullable<AdoptionRow['metadata']> = {};
  for (const key of ['terminal.type', 'organization.id']) {
    const value = stringAttribute(attributes, key);
    if (value) {
      metadata[key] = value;
    }
  }
  return Object.keys(metadata).length ? metadata : undefined;
}

/** Drops undefined fields, so rows compare and serialise cleanly. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined),
  ) as T;
}

/**
 * The row, checked against the contract; or why it cannot be one, naming
 * the field (e.g. an entity ref longer than the store keeps).
 */
export function checkedRow(
  row: AdoptionRow,
): { row: AdoptionRow } | { error: string } {
  const candidate = compact({
    ...row,
    user: row.user ? compact(row.user) : undefined,
  });
  const result = adoptionRowSchema.safeParse(candidate);
  if (result.success) {
    return { row: result.data };
  }
  const issue = result.error.issues[0];
  return { error: `${issue.path.join('.') || 'row'} ${issue.message}` };
}
