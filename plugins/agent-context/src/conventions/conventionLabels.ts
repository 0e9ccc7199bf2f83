import {
  ConventionSource,
  GLOBAL_SCOPE,
} from '@agent-context/plugin-agent-context-common';

/** Where a convention is kept, in the words the portal uses. */
export const CONVENTION_SOURCE_LABELS: Record<ConventionSource, string> = {
  database: 'portal',
  config: 'app-config',
  repository: 'repository',
  catalog: 'catalog',
};

/** Whether a scope is the org codex rather than a catalog entity. */
export function isGlobalScope(scope: string): boolean {
  return scope === GLOBAL_SCOPE;
}

/** A timestamp in the viewer's locale, or as given when it does not parse. */
export function formatTime(iso: string): string {
  const time = new Date(iso);
  return Number.isNaN(time.getTime()) ? iso : time.toLocaleString();
}
