import { ConventionScopeLevel, GLOBAL_SCOPE } from '../types';

const KINDS_IN_NO_SYSTEM = new Set(['domain', 'system']);

/**
 * The scopes an entity's conventions are gathered from, broadest first:
 * the org codex, the domain, the system, the owner's chain of groups from
 * the root down to the owner, then the entity itself.
 *
 * Every scope appears once. The owner chain may repeat groups (a cycle in
 * group parents comes back round), and an entity may itself be the system,
 * domain or group that a caller passes for it; it then stands only once,
 * last, at the `entity` level. Missing refs are skipped. The owner chain is
 * labelled `group` even when the owner is a user, since it is the level of
 * the owning chain. Domains and systems are part of no system in the
 * catalog's model, so a `systemRef` given for one is ignored.
 *
 * @public
 */
export function buildScopePath(options: {
  /** Full lower-case ref, e.g. `component:default/checkout-service`. */
  entityRef: string;
  /** The entity's kind, e.g. `Component` or `System`. */
  kind: string;
  domainRef?: string;
  systemRef?: string;
  /** The owner first, then its parent groups nearest first. */
  ownerChain: string[];
}): ConventionScopeLevel[] {
  const { entityRef, kind, domainRef, ownerChain } = options;
  const systemRef = KINDS_IN_NO_SYSTEM.has(kind.toLocaleLowerCase('en-US'))
    ? undefined
    : options.systemRef;
  // The nearest occurrence of a group in the chain is its place; later
  // ones are a cycle coming back round.
  const owners = ownerChain.filter(
    (ref, i) => ref !== '' && ownerChain.indexOf(ref) === i,
  );
  const candidates: ConventionScopeLevel[] = [
    { scope: GLOBAL_SCOPE, level: 'global' },
    ...(domainRef ? [{ scope: domainRef, level: 'domain' as const }] : []),
    ...(systemRef ? [{ scope: systemRef, level: 'system' as const }] : []),
    ...owners.reverse().map(scope => ({ scope, level: 'group' as const })),
  ];
  const seen = new Set<string>([entityRef]);
  const path = candidates.filter(({ scope }) => {
    if (seen.has(scope)) {
      return false;
    }
    seen.add(scope);
    return true;
  });
  return [...path, { scope: entityRef, level: 'entity' }];
}
