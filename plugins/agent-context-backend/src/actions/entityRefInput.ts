import { CompoundEntityRef, parseEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { z as zod } from 'zod/v3';
import { parseEntityRefParams } from '../service/parseEntityRefParams';

/**
 * An action's input: an object whose unknown fields are refused, as the
 * HTTP API refuses them, rather than dropped without a word (a misspelt
 * `maxToken` would otherwise just be ignored). Its JSON schema says
 * `additionalProperties: false`, so clients know not to send any.
 */
export function actionInput<T extends zod.ZodRawShape>(
  z: typeof zod,
  shape: T,
) {
  return z.object(shape).strict();
}

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

/**
 * Parses an action's entity ref input, naming it in the error if malformed.
 * Its parts are held to the rules the HTTP routes apply to theirs, so that
 * a ref no entity can have is a 400 rather than a search of the catalog.
 */
export function parseEntityRefInput(entityRef: string): CompoundEntityRef {
  try {
    return parseEntityRefParams(
      parseEntityRef(entityRef, {
        defaultKind: 'component',
        defaultNamespace: 'default',
      }),
    );
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
        'system (system, domain, other parts), blastRadius, conventions, sections (what installed modules add, such as ' +
        'on-call) and metadata (revisions, contentHash). ' +
        'Related entities with resolved=false are referenced but not in the catalog.',
    );
}
