import {
  Convention,
  ConventionCategory,
  ConventionInput,
  ConventionInputProblem,
  ConventionSeverity,
  conventionInputProblems,
} from '@agent-context/plugin-agent-context-common';
import {
  AppliesToFields,
  EMPTY_APPLIES_TO_FIELDS,
  JsonObject,
  appliesToFromFields,
  fieldsFromAppliesTo,
} from './appliesToFields';

/** What the convention editor holds while someone types. */
export interface ConventionFormValues {
  id: string;
  category: ConventionCategory;
  title: string;
  /** Empty for commands and boundaries, which have none. */
  severity: ConventionSeverity | '';
  enforced: boolean;
  body: string;
  /** Why an override was made; optional. */
  reason: string;
  filter: AppliesToFields;
  /** Whether the filter is edited as JSON rather than through the fields. */
  advancedFilter: boolean;
  filterJson: string;
}

/** The editor's values for a new convention, or a copy of an existing one. */
export function formValuesOf(convention?: Convention): ConventionFormValues {
  const fields = fieldsFromAppliesTo(convention?.appliesTo);
  return {
    id: convention?.id ?? '',
    category: convention?.category ?? 'rule',
    title: convention?.title ?? '',
    severity: convention ? convention.severity ?? '' : 'should',
    enforced: convention?.enforced ?? false,
    body: convention?.body ?? '',
    reason: convention?.reason ?? '',
    filter: fields ?? EMPTY_APPLIES_TO_FIELDS,
    advancedFilter: !fields,
    filterJson: convention?.appliesTo
      ? JSON.stringify(convention.appliesTo, null, 2)
      : '',
  };
}

/** The filter typed as JSON: an object, nothing, or why it is not one. */
function parseFilterJson(text: string): {
  appliesTo?: JsonObject;
  problem?: ConventionInputProblem;
} {
  if (text.trim() === '') {
    return {};
  }
  try {
    return { appliesTo: JSON.parse(text) };
  } catch (error) {
    return {
      problem: {
        field: 'appliesTo',
        message: `is not valid JSON: ${(error as Error).message}`,
      },
    };
  }
}

/**
 * The input the editor would save, and everything wrong with it, by field,
 * as the backend would judge it.
 */
export function conventionInputOf(values: ConventionFormValues): {
  input: ConventionInput;
  problems: ConventionInputProblem[];
} {
  const filter = values.advancedFilter
    ? parseFilterJson(values.filterJson)
    : { appliesTo: appliesToFromFields(values.filter) };
  const input: ConventionInput = {
    id: values.id.trim(),
    category: values.category,
    title: values.title.trim(),
    body: values.body,
    enforced: values.enforced,
  };
  // Severity belongs to rules only; a leftover choice from before the
  // category changed is dropped rather than refused.
  if (values.category === 'rule' && values.severity) {
    input.severity = values.severity;
  }
  if (filter.appliesTo !== undefined) {
    input.appliesTo = filter.appliesTo;
  }
  if (values.reason.trim()) {
    input.reason = values.reason.trim();
  }
  const problems = conventionInputProblems(input);
  return {
    input,
    problems: filter.problem ? [filter.problem, ...problems] : problems,
  };
}
