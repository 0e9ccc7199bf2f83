import { InputError } from '@backstage/errors';
import { parseFilterPredicate } from '@backstage/filter-predicates';
import { z } from 'zod/v4';
import {
  CONVENTION_SEVERITIES,
  ConventionInput,
  conventionInputSchema,
} from '../types';

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

/**
 * What a request body may hold: a convention's fields, and the revision an
 * update was made from, which the backend reads apart.
 */
const conventionBodySchema = conventionInputSchema.extend({
  revision: z.unknown().optional(),
});

type ConventionBody = z.infer<typeof conventionBodySchema>;

const DEFINITION_FIELDS = [
  'category',
  'title',
  'body',
  'severity',
  'appliesTo',
  'enforced',
] as const;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `"value" ` when quoting the input, else nothing. */
type Quote = (value: unknown) => string;

/**
 * What the schema finds wrong with each field (the first problem only, in
 * its own words), and the fields it does not know. A refused value (an
 * unknown category, an id of the wrong form) is quoted before the words.
 */
function schemaProblems(
  result: z.ZodSafeParseResult<ConventionBody>,
  quote: Quote,
): { byField: Map<string, string>; unknownFields: string[] } {
  const byField = new Map<string, string>();
  const unknownFields: string[] = [];
  for (const issue of result.error?.issues ?? []) {
    if (issue.code === 'unrecognized_keys') {
      unknownFields.push(...issue.keys);
      continue;
    }
    const field = String(issue.path[0]);
    if (!byField.has(field)) {
      const refusedValue =
        issue.code === 'invalid_value' || issue.code === 'invalid_format';
      byField.set(
        field,
        refusedValue ? `${quote(issue.input)}${issue.message}` : issue.message,
      );
    }
  }
  return { byField, unknownFields };
}

function unknownFieldProblems(
  unknownFields: string[],
  quoteInput: boolean,
): ConventionInputProblem[] {
  if (quoteInput) {
    return unknownFields.map(field => ({
      field,
      message: 'is not a convention field',
    }));
  }
  if (unknownFields.length === 0) {
    return [];
  }
  return [
    {
      field: 'fields',
      message:
        unknownFields.length === 1
          ? 'include 1 that is not a convention field'
          : `include ${unknownFields.length} that are not convention fields`,
    },
  ];
}

function appliesToProblem(
  appliesTo: unknown,
  quoteInput: boolean,
): string | undefined {
  if (appliesTo === undefined) {
    return undefined;
  }
  try {
    parseFilterPredicate(appliesTo);
    return undefined;
  } catch (error) {
    // The parser's words quote the predicate's keys and values.
    const why = error instanceof Error ? error.message : String(error);
    return `is not a valid filter predicate${quoteInput ? `: ${why}` : ''}`;
  }
}

/** What a definition lacks or has wrong, beyond each field's own form. */
function definitionProblems(
  input: Record<string, unknown>,
  byField: Map<string, string>,
  quoteInput: boolean,
): ConventionInputProblem[] {
  const { category, title, severity } = input;
  const problem = (field: string, message: string | undefined) =>
    message === undefined ? [] : [{ field, message }];
  const blank = (value: unknown) =>
    value === undefined || (typeof value === 'string' && value.trim() === '');
  let severityProblem = byField.get('severity');
  if (severityProblem === undefined) {
    if (severity !== undefined && category !== 'rule') {
      severityProblem = 'only rules have a severity';
    } else if (severity === undefined && category === 'rule') {
      severityProblem = `is required for rules (${CONVENTION_SEVERITIES.join(
        ', ',
      )})`;
    }
  }
  return [
    ...problem(
      'category',
      category === undefined ? 'is required' : byField.get('category'),
    ),
    ...problem('title', blank(title) ? 'is required' : byField.get('title')),
    ...problem('body', byField.get('body')),
    ...problem('severity', severityProblem),
    ...problem('enforced', byField.get('enforced')),
    ...problem(
      'appliesTo',
      byField.get('appliesTo') ?? appliesToProblem(input.appliesTo, quoteInput),
    ),
  ];
}

/** What a waiver carries that it should not, and the reason it lacks. */
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
 * The problems with a body, in the order an editor reads its fields, and
 * the body as the schema read it when there are none.
 */
function checkConventionInput(
  input: unknown,
  quoteInput: boolean,
): { problems: ConventionInputProblem[]; value?: ConventionBody } {
  if (!isObject(input)) {
    return { problems: [{ field: 'body', message: 'must be a JSON object' }] };
  }
  const quote: Quote = value => (quoteInput ? `"${String(value)}" ` : '');
  const result = conventionBodySchema.safeParse(input, { reportInput: true });
  const { byField, unknownFields } = schemaProblems(result, quote);
  const problems = unknownFieldProblems(unknownFields, quoteInput);
  const idProblem = byField.get('id');
  if (idProblem) {
    problems.push({ field: 'id', message: idProblem });
  }
  const actionProblem = byField.get('action');
  if (actionProblem) {
    // What else is wrong depends on what the entry was meant to do.
    problems.push({ field: 'action', message: actionProblem });
    return { problems };
  }
  const reasonProblem = byField.get('reason');
  if (reasonProblem) {
    problems.push({ field: 'reason', message: reasonProblem });
  }
  problems.push(
    ...(input.action === 'waive'
      ? waiverProblems(input)
      : definitionProblems(input, byField, quoteInput)),
  );
  return problems.length === 0 && result.success
    ? { problems, value: result.data }
    : { problems };
}

/**
 * Everything wrong with a convention as written, by field; empty when it is
 * valid. Shared by the backend, which refuses it with 400, and the editor,
 * which shows the problems next to the fields before saving. Each field's
 * type and form are `conventionInputSchema`'s; what a field needs given the
 * others (a title to define, a reason to waive) is checked here.
 *
 * @public
 */
export function conventionInputProblems(
  input: unknown,
  options: ConventionInputProblemOptions = {},
): ConventionInputProblem[] {
  return checkConventionInput(input, options.quoteInput ?? true).problems;
}

/**
 * The input as a `ConventionInput`, or an `InputError` (400) naming every
 * field that is wrong.
 *
 * @public
 */
export function parseConventionInput(input: unknown): ConventionInput {
  const { problems, value } = checkConventionInput(input, true);
  if (!value) {
    throw new InputError(
      `Invalid convention: ${problems
        .map(p => `${p.field} ${p.message}`)
        .join('; ')}`,
    );
  }
  const { id, action = 'define' } = value;
  const reason = value.reason?.trim() || undefined;
  if (action === 'waive') {
    return { id, action, reason };
  }
  return {
    id,
    action,
    category: value.category,
    title: value.title?.trim(),
    body: value.body ?? '',
    severity: value.severity,
    appliesTo: value.appliesTo,
    enforced: value.enforced ?? false,
    reason,
  };
}
