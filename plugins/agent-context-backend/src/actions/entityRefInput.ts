import { CompoundEntityRef, parseEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { z as zod } from 'zod/v3';

/** The entity-ref input field every entity action shares. */
export function entityRefField(z: typeof zod) {
  return z
    .string()
    .min(1)
    .describe(
      'The catalog entity, as a ref "kind:namespace/name" (e.g. "component:default/checkout-service"). ' +
        'The kind defaults to component and the namespace to default, so "checkout-service" also works.',
    );
}

/** Parses an action's entity ref input, naming it in the error if malformed. */
export function parseEntityRefInput(entityRef: string): CompoundEntityRef {
  try {
    return parseEntityRef(entityRef, {
      defaultKind: 'component',
      defaultNamespace: 'default',
    });
  } catch (error) {
    throw new InputError(`Invalid entityRef '${entityRef}'`, error);
  }
}

/**
 * Outputs are checked with a schema and undeclared keys are dropped, so
 * contexts pass through an open object rather than a full schema copy.
 */
export function contextOutput(z: typeof zod) {
  return z
    .object({})
    .passthrough()
    .describe(
      'The entity context: entity, ownership (owner, parent groups, members), dependencies ' +
        '(dependsOn, dependedOnBy), apis (provides, consumes, each with providers and consumers), ' +
        'system (system, domain, other parts), blastRadius, conventions and metadata (revisions, contentHash). ' +
        'Related entities with resolved=false are referenced but not in the catalog.',
    );
}

/**
 * Our interfaces have no index signature, which zod's open objects want;
 * the values are plain JSON, so viewing them as open records is exact.
 */
export function asOpenObject<T extends object>(
  value: T,
): {
  [key: string]: unknown;
} {
  return value as unknown as { [key: string]: unknown };
}
