import { CompoundEntityRef, makeValidator } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';

const validator = makeValidator();

/**
 * Turns the `{kind}/{namespace}/{name}` path segments into an entity ref,
 * rejecting what the catalog could never hold with an `InputError` that
 * names the bad segment.
 */
export function parseEntityRefParams(params: {
  kind?: string;
  namespace?: string;
  name?: string;
}): CompoundEntityRef {
  const { kind = '', namespace = '', name = '' } = params;
  if (!validator.isValidKind(kind)) {
    throw new InputError(
      `Invalid entity kind '${kind}': expected letters and digits, starting with a letter`,
    );
  }
  if (!validator.isValidNamespace(namespace)) {
    throw new InputError(
      `Invalid entity namespace '${namespace}': expected lower-case letters, digits and dashes`,
    );
  }
  if (!validator.isValidEntityName(name)) {
    throw new InputError(
      `Invalid entity name '${name}': expected at most 63 letters, digits, dashes, dots or underscores`,
    );
  }
  return { kind, namespace, name };
}
