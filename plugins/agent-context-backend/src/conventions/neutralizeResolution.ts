import {
  ContextSkill,
  Convention,
  ConventionResolution,
  neutralizeMarkdown,
  neutralizeText,
} from '@agent-context/plugin-agent-context-common';

/** A copy of `value` with the named text fields neutralised, where present. */
function neutralizeFields<T extends object, K extends keyof T>(
  value: T,
  keys: readonly K[],
): T {
  const out = { ...value };
  for (const key of keys) {
    const text = value[key];
    if (typeof text === 'string') {
      out[key] = neutralizeText(text) as T[K];
    }
  }
  return out;
}

/**
 * A convention as agents get it: its plain-text fields without invisible
 * characters, its body (Markdown) also without bare links. Conventions
 * come from app-config, repository files, the catalog and the database,
 * so they are neutralised where they are served rather than where they
 * are kept; the editor's own views show what was stored.
 */
export function neutralizeConvention<T extends Convention>(convention: T): T {
  return {
    ...neutralizeFields(convention, [
      'title',
      'reason',
      'rationale',
      'topic',
      'location',
    ]),
    body: neutralizeMarkdown(convention.body),
  };
}

/**
 * A resolution as it is served (to the conventions endpoint and action,
 * and into every context): conventions, waivers with their reasons, and
 * skills neutralised.
 */
export function neutralizeResolution(
  resolution: ConventionResolution,
): ConventionResolution {
  return {
    ...resolution,
    conventions: resolution.conventions.map(neutralizeConvention),
    waived: resolution.waived.map(waived => ({
      ...neutralizeConvention(waived),
      waivedBy: neutralizeFields(waived.waivedBy, ['reason']),
    })),
    skills: resolution.skills.map((skill: ContextSkill) =>
      neutralizeFields(skill, [
        'name',
        'title',
        'description',
        'sourceLocation',
      ]),
    ),
  };
}
