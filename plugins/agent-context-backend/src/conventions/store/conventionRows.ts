import {
  Convention,
  ConventionAction,
  ConventionCategory,
  ConventionHistoryEntry,
  ConventionInput,
  ConventionScope,
  ConventionSeverity,
} from '@agent-context/plugin-agent-context-common';
import { JsonObject } from '@backstage/types';
import { ConventionHistoryRow, ConventionRow } from './tables';

/** Who wrote, and when, as stored. */
export interface WriteStamp {
  by: string;
  at: string;
}

/**
 * The row that records an input. A waiver names only the id and a reason,
 * while the columns describing a convention are required, so it gets the
 * neutral values: category `rule`, an empty title and body.
 */
export function conventionRowOf(
  scope: ConventionScope,
  input: ConventionInput,
  revision: number,
  created: WriteStamp,
  updated: WriteStamp,
): ConventionRow {
  return {
    scope,
    convention_id: input.id,
    action: input.action ?? 'define',
    category: input.category ?? 'rule',
    title: input.title ?? '',
    body: input.body ?? '',
    severity: input.severity ?? null,
    applies_to: input.appliesTo ? JSON.stringify(input.appliesTo) : null,
    enforced: input.enforced ?? false,
    reason: input.reason ?? null,
    revision,
    created_by: created.by,
    created_at: created.at,
    updated_by: updated.by,
    updated_at: updated.at,
  };
}

/** A stored row as the domain type; optional fields that are null are left out. */
export function conventionFromRow(row: ConventionRow): Convention {
  return {
    id: row.convention_id,
    scope: row.scope,
    source: 'database',
    action: row.action as ConventionAction,
    category: row.category as ConventionCategory,
    title: row.title,
    body: row.body,
    ...(row.severity !== null
      ? { severity: row.severity as ConventionSeverity }
      : {}),
    ...(row.applies_to !== null
      ? { appliesTo: JSON.parse(row.applies_to) as JsonObject }
      : {}),
    enforced: Boolean(row.enforced),
    ...(row.reason !== null ? { reason: row.reason } : {}),
    revision: row.revision,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}

/** A history row as the domain type. */
export function historyEntryFromRow(
  row: ConventionHistoryRow,
): ConventionHistoryEntry {
  return {
    scope: row.scope,
    conventionId: row.convention_id,
    revision: row.revision,
    change: row.change as ConventionHistoryEntry['change'],
    author: row.author,
    at: row.at,
    ...(row.before !== null
      ? { before: JSON.parse(row.before) as Convention }
      : {}),
    ...(row.after !== null
      ? { after: JSON.parse(row.after) as Convention }
      : {}),
  };
}
