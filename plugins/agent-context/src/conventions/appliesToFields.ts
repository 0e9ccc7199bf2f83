import { ConventionInput } from '@agent-context/plugin-agent-context-common';

/*
 * The JSON types of a filter, taken from the contract so that this package
 * needs no direct dependency on @backstage/types.
 */
/** A filter predicate object, as a convention's `appliesTo`. */
export type JsonObject = NonNullable<ConventionInput['appliesTo']>;
type JsonValue = JsonObject[string];

/**
 * The applicability filter as the editor's simple fields: each a
 * comma-separated list of values, empty for "any".
 */
export interface AppliesToFields {
  kind: string;
  type: string;
  lifecycle: string;
  /** The entity has at least one of these tags. */
  tags: string;
}

/** No filter: the convention applies to every entity in the scope. */
export const EMPTY_APPLIES_TO_FIELDS: AppliesToFields = {
  kind: '',
  type: '',
  lifecycle: '',
  tags: '',
};

/** The entity path each simple field filters on. */
const FIELD_PATHS: Record<keyof AppliesToFields, string> = {
  kind: 'kind',
  type: 'spec.type',
  lifecycle: 'spec.lifecycle',
  tags: 'metadata.tags',
};

const FIELD_NAMES = Object.keys(FIELD_PATHS) as Array<keyof AppliesToFields>;

function splitList(value: string): string[] {
  const values = value
    .split(',')
    .map(item => item.trim())
    .filter(Boolean);
  return [...new Set(values)];
}

/** One value matches by equality; several by `$in`. */
function matcherOf(values: string[]): JsonValue | undefined {
  if (values.length === 0) {
    return undefined;
  }
  return values.length === 1 ? values[0] : { $in: values };
}

/**
 * The filter predicate the fields describe, or `undefined` when they are all
 * empty. Tags match through `$contains`, since `metadata.tags` is an array.
 */
export function appliesToFromFields(
  fields: AppliesToFields,
): JsonObject | undefined {
  const predicate: JsonObject = {};
  for (const name of FIELD_NAMES) {
    const matcher = matcherOf(splitList(fields[name]));
    if (matcher !== undefined) {
      predicate[FIELD_PATHS[name]] =
        name === 'tags' ? { $contains: matcher } : matcher;
    }
  }
  return Object.keys(predicate).length > 0 ? predicate : undefined;
}

const isObject = (value: JsonValue | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The values a matcher accepts, if it is one the fields can express: a
 * string or `{ $in: [strings] }`, none of them holding a comma (which the
 * field would split).
 */
function valuesOf(matcher: JsonValue | undefined): string[] | undefined {
  let values: JsonValue[];
  if (typeof matcher === 'string') {
    values = [matcher];
  } else if (
    isObject(matcher) &&
    Object.keys(matcher).length === 1 &&
    Array.isArray(matcher.$in)
  ) {
    values = matcher.$in;
  } else {
    return undefined;
  }
  const strings = values.filter(
    (value): value is string =>
      typeof value === 'string' && value.trim() !== '' && !value.includes(','),
  );
  return strings.length === values.length && strings.length > 0
    ? strings
    : undefined;
}

/**
 * The simple fields for an existing filter, or `undefined` when the filter
 * says more than they can (other paths, `$any`, `$not`...) and has to be
 * edited as JSON.
 */
export function fieldsFromAppliesTo(
  predicate: JsonObject | undefined,
): AppliesToFields | undefined {
  const fields = { ...EMPTY_APPLIES_TO_FIELDS };
  if (!predicate) {
    return fields;
  }
  for (const [path, matcher] of Object.entries(predicate)) {
    const name = FIELD_NAMES.find(candidate => FIELD_PATHS[candidate] === path);
    if (!name) {
      return undefined;
    }
    let values: string[] | undefined;
    if (name === 'tags') {
      values =
        isObject(matcher) && Object.keys(matcher).length === 1
          ? valuesOf(matcher.$contains)
          : undefined;
    } else {
      values = valuesOf(matcher);
    }
    if (!values) {
      return undefined;
    }
    fields[name] = values.join(', ');
  }
  return fields;
}
