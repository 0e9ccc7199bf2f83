import { InputError } from '@backstage/errors';
import { parseFilterPredicate } from '@backstage/filter-predicates';
import { JsonObject } from '@backstage/types';
import {
  ConventionCategory,
  ConventionInput,
  ConventionSeverity,
} from '../types';

/** Letters, digits and single dashes between them, e.g. `SEC-004`. @public */
export const CONVENTION_ID_PATTERN = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;
/** The longest id, in characters. @public */
export const CONVENTION_ID_MAX_LENGTH = 64;
/** The longest title, in characters: one line. @public */
export const CONVENTION_TITLE_MAX_LENGTH = 200;
/**
 * A body is what an agent reads into its context window on every task, so
 * it is kept to a few pages. @public
 */
export const CONVENTION_BODY_MAX_LENGTH = 16_384;
/** The longest reason for an override or waiver, in characters. @public */
export const CONVENTION_REASON_MAX_LENGTH = 2_000;
/** Every convention category, in the order editors offer them. @public */
export const CONVENTION_CATEGORIES: readonly ConventionCategory[] = [
  'rule',
  'command',
  'boundary',
];
/** Every severity, strongest first. @public */
export const CONVENTION_SEVERITIES: readonly ConventionSeverity[] = [
  'must',
  'should',
  'may',
];

/**
 * One thing wrong with a convention as written, by field.
 *
 * @public
 */
export interface ConventionInputProblem {
  /** The field at fault, e.g. `severity`, or `appliesTo` for a bad predicate. */
  field: string;
  /** What is wrong with the field, e.g. `is required`. */
  message: string;
}

/**
 * How problems are worded.
 *
 * @public
 */
export interface ConventionInputProblemOptions {
  /**
   * Quote what was written: a refused value, an unknown field's name, the
   * filter parser's account of a bad `appliesTo`. Helpful to its author;
   * turn it off when the problems are shown to readers who may not see the
   * input (a conventions file read with the backend's credentials), and
   * the problems then name only the schema's own fields and rules.
   * Default: true.
   */
  quoteInput?: boolean;
}

const DEFINITION_FIELDS = [
  'category',
  'title',
  'body',
  'severity',
  'appliesTo',
  'enforced',
] as const;
const KNOWN_FIELDS = new Set<string>([
  'id',
  'action',
  'reason',
  'revision',
  ...DEFINITION_FIELDS,
]);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `"value" ` when quoting the input, else nothing. */
type Quote = (value: unknown) => string;

function idProblems(id: unknown, quote: Quote): ConventionInputProblem[] {
  if (typeof id !== 'string' || id === '') {
    return [{ field: 'id', message: 'is required' }];
  }
  if (id.length > CONVENTION_ID_MAX_LENGTH) {
    return [
      {
        field: 'id',
        message: `must be at most ${CONVENTION_ID_MAX_LENGTH} characters`,
      },
    ];
  }
  if (!CONVENTION_ID_PATTERN.test(id)) {
    return [
      {
        field: 'id',
        message: `${quote(
          id,
        )}must be letters, digits and single dashes, e.g. SEC-004`,
      },
    ];
  }
  return [];
}

// PostgreSQL text cannot hold NUL at all, and a lone surrogate is no
// character: written to the database it would come back as U+FFFD.
// eslint-disable-next-line no-control-regex
const NUL = /\u0000/;
const LONE_SURROGATE =
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function textProblems(
  field: string,
  value: unknown,
  maxLength: number,
  required: boolean,
): ConventionInputProblem[] {
  if (value === undefined || value === '') {
    return required ? [{ field, message: 'is required' }] : [];
  }
  if (typeof value !== 'string') {
    return [{ field, message: 'must be a string' }];
  }
  if (required && value.trim() === '') {
    return [{ field, message: 'is required' }];
  }
  if (value.length > maxLength) {
    return [{ field, message: `must be at most ${maxLength} characters` }];
  }
  if (NUL.test(value)) {
    return [{ field, message: 'must not contain NUL characters' }];
  }
  if (LONE_SURROGATE.test(value)) {
    return [
      {
        field,
        message:
          'must be valid Unicode text, without unpaired surrogate code units',
      },
    ];
  }
  return [];
}

function appliesToProblems(
  appliesTo: unknown,
  quoteInput: boolean,
): ConventionInputProblem[] {
  if (appliesTo === undefined) {
    return [];
  }
  if (!isObject(appliesTo)) {
    return [
      { field: 'appliesTo', message: 'must be a filter predicate object' },
    ];
  }
  try {
    parseFilterPredicate(appliesTo);
    return [];
  } catch (error) {
    // The parser's words quote the predicate's keys and values.
    const why = error instanceof Error ? error.message : String(error);
    return [
      {
        field: 'appliesTo',
        message: `is not a valid filter predicate${
          quoteInput ? `: ${why}` : ''
        }`,
      },
    ];
  }
}

function definitionProblems(
  input: Record<string, unknown>,
  quote: Quote,
  quoteInput: boolean,
): ConventionInputProblem[] {
  const problems: ConventionInputProblem[] = [];
  const { category, severity, enforced } = input;
  if (category === undefined) {
    problems.push({ field: 'category', message: 'is required' });
  } else if (!CONVENTION_CATEGORIES.includes(category as ConventionCategory)) {
    problems.push({
      field: 'category',
      message: `${quote(category)}is not one of ${CONVENTION_CATEGORIES.join(
        ', ',
      )}`,
    });
  }
  problems.push(
    ...textProblems('title', input.title, CONVENTION_TITLE_MAX_LENGTH, true),
    ...textProblems('body', input.body, CONVENTION_BODY_MAX_LENGTH, false),
  );
  if (severity !== undefined) {
    if (!CONVENTION_SEVERITIES.includes(severity as ConventionSeverity)) {
      problems.push({
        field: 'severity',
        message: `${quote(severity)}is not one of ${CONVENTION_SEVERITIES.join(
          ', ',
        )}`,
      });
    } else if (category !== 'rule') {
      problems.push({
        field: 'severity',
        message: 'only rules have a severity',
      });
    }
  } else if (category === 'rule') {
    problems.push({
      field: 'severity',
      message: `is required for rules (${CONVENTION_SEVERITIES.join(', ')})`,
    });
  }
  if (enforced !== undefined && typeof enforced !== 'boolean') {
    problems.push({ field: 'enforced', message: 'must be true or false' });
  }
  problems.push(...appliesToProblems(input.appliesTo, quoteInput));
  return problems;
}

function waiverProblems(
  input: Record<string, unknown>,
): ConventionInputProblem[] {
  const problems: ConventionInputProblem[] = DEFINITION_FIELDS.filter(
    field => input[field] !== undefined,
  ).map(field => ({
    field,
    message: 'does not belong in a waiver, which only names the id and why',
  }));
  if (input.reason === undefined || String(input.reason).trim() === '') {
    problems.push({ field: 'reason', message: 'is required for a waiver' });
  }
  return problems;
}

/**
 * Everything wrong with a convention as written, by field; empty when it is
 * valid. Shared by the backend, which refuses it with 400, and the editor,
 * which shows the problems next to the fields before saving.
 *
 * @public
 */
export function conventionInputProblems(
  input: unknown,
  options: ConventionInputProblemOptions = {},
): ConventionInputProblem[] {
  const { quoteInput = true } = options;
  const quote: Quote = value => (quoteInput ? `"${String(value)}" ` : '');
  if (!isObject(input)) {
    return [{ field: 'body', message: 'must be a JSON object' }];
  }
  const unknown = Object.keys(input).filter(key => !KNOWN_FIELDS.has(key));
  const problems: ConventionInputProblem[] = [];
  if (quoteInput) {
    problems.push(
      ...unknown.map(key => ({
        field: key,
        message: 'is not a convention field',
      })),
    );
  } else if (unknown.length > 0) {
    problems.push({
      field: 'fields',
      message:
        unknown.length === 1
          ? 'include 1 that is not a convention field'
          : `include ${unknown.length} that are not convention fields`,
    });
  }
  problems.push(...idProblems(input.id, quote));
  const action = input.action ?? 'define';
  if (action !== 'define' && action !== 'waive') {
    problems.push({
      field: 'action',
      message: `${quote(action)}is not one of define, waive`,
    });
    return problems;
  }
  problems.push(
    ...textProblems(
      'reason',
      input.reason,
      CONVENTION_REASON_MAX_LENGTH,
      false,
    ),
    ...(action === 'waive'
      ? waiverProblems(input)
      : definitionProblems(input, quote, quoteInput)),
  );
  return problems;
}

/**
 * The input as a `ConventionInput`, or an `InputError` (400) naming every
 * field that is wrong.
 *
 * @public
 */
export function parseConventionInput(input: unknown): ConventionInput {
  const problems = conventionInputProblems(input);
  if (problems.length > 0) {
    throw new InputError(
      `Invalid convention: ${problems
        .map(p => `${p.field} ${p.message}`)
        .join('; ')}`,
    );
  }
  const value = input as Record<string, unknown>;
  const action = (value.action as ConventionInput['action']) ?? 'define';
  const reason = (value.reason as string | undefined)?.trim() || undefined;
  if (action === 'waive') {
    return { id: value.id as string, action, reason };
  }
  return {
    id: value.id as string,
    action,
    category: value.category as ConventionCategory,
    title: (value.title as string).trim(),
    body: (value.body as string | undefined) ?? '',
    severity: value.severity as ConventionSeverity | undefined,
    appliesTo: value.appliesTo as JsonObject | undefined,
    enforced: (value.enforced as boolean | undefined) ?? false,
    reason,
  };
}
