import {
  BuiltInConventionSourceId,
  ConventionSourceId,
  GLOBAL_SCOPE,
  isBuiltInConventionSource,
} from '@agent-context/plugin-agent-context-common';

/** Where a built-in source keeps conventions, in the words the portal uses. */
const CONVENTION_SOURCE_LABELS: Record<BuiltInConventionSourceId, string> = {
  database: 'portal',
  config: 'app-config',
  repository: 'repository',
  catalog: 'catalog',
};

/**
 * Where a convention is kept, in the words the portal uses; a source a
 * backend module added is named by its id, which is all the portal knows
 * of it.
 */
export function conventionSourceLabel(source: ConventionSourceId): string {
  return isBuiltInConventionSource(source)
    ? CONVENTION_SOURCE_LABELS[source]
    : source;
}

/** Whether a scope is the org codex rather than a catalog entity. */
export function isGlobalScope(scope: string): boolean {
  return scope === GLOBAL_SCOPE;
}

/** A timestamp in the viewer's locale, or as given when it does not parse. */
export function formatTime(iso: string): string {
  const time = new Date(iso);
  return Number.isNaN(time.getTime()) ? iso : time.toLocaleString();
}
