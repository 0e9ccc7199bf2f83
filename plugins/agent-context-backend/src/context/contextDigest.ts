import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { createHash } from 'node:crypto';

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * JSON with object keys sorted at every level, so that equal content always
 * hashes equally whatever order it was assembled in.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map(k => [k, (v as Record<string, unknown>)[k]]),
        )
      : v,
  );
}

/**
 * A digest of the catalog state a context was read from: every entity's ref
 * and etag. The catalog changes an entity's etag on every update, so any
 * change to anything the context mentions changes this.
 */
export function catalogRevisionOf(entities: Entity[]): string {
  const lines = entities
    .map(e => `${stringifyEntityRef(e)} ${e.metadata.etag ?? ''}`)
    .sort();
  return sha256(lines.join('\n')).slice(0, 16);
}

/** A short digest of any JSON-able value, independent of key order. */
export function digestOf(value: unknown): string {
  return sha256(canonicalJson(value)).slice(0, 16);
}

/** The full digest used as a content hash and ETag. */
export function contentHashOf(value: unknown): string {
  return `sha256-${sha256(canonicalJson(value))}`;
}
