import { parseEntityRef } from '@backstage/catalog-model';
// By the package's own name, as a consumer of this entry point sees it.
import type { EntityContext } from '@agent-context/plugin-agent-context-common';

/**
 * The context of an entity that relates to nothing, has no conventions and
 * was read at a fixed time, for tests that need a whole `EntityContext`
 * and care about one part of it; spread what the test is about over it.
 *
 * @param ref - a full entity ref, e.g. `component:default/checkout-service`
 * @public
 */
export function bareEntityContext(ref: string): EntityContext {
  const { kind, namespace, name } = parseEntityRef(ref);
  return {
    entity: {
      ref,
      kind: `${kind[0].toLocaleUpperCase('en-US')}${kind.slice(1)}`,
      namespace,
      name,
      tags: [],
      links: [],
    },
    ownership: { parents: [], members: [], memberCount: 0 },
    dependencies: { dependsOn: [], dependedOnBy: [] },
    apis: { provides: [], consumes: [] },
    blastRadius: { entries: [], maxDepth: 3, truncated: false },
    placement: { ownerChain: [] },
    conventions: [],
    skills: [],
    metadata: {
      generatedAt: '2026-01-01T00:00:00.000Z',
      catalogRevision: 'aaaaaaaaaaaaaaaa',
      conventionsRevision: 'bbbbbbbbbbbbbbbb',
      contentHash: `sha256-${'c'.repeat(64)}`,
    },
  };
}
