import {
  Convention,
  GLOBAL_SCOPE,
} from '@agent-context/plugin-agent-context-common';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import { readConventionEntries } from '@agent-context/plugin-agent-context-node';

const GLOBAL_KEY = 'agentContext.conventions.global';
const ADMINS_KEY = 'agentContext.conventions.admins';

/**
 * The org codex shipped in app-config (`agentContext.conventions.global`),
 * as read-only global conventions.
 *
 * A bad codex stops the backend at startup with one error that lists every
 * bad entry by its config path and id: a codex silently missing a rule is
 * worse than a portal that does not start.
 */
export function readConfigCodex(config: Config): Convention[] {
  if (!config.has(GLOBAL_KEY)) {
    return [];
  }
  const { conventions, problems } = readConventionEntries(
    config.get(GLOBAL_KEY),
    {
      origin: { scope: GLOBAL_SCOPE, source: 'config', location: GLOBAL_KEY },
      label: index => `${GLOBAL_KEY}[${index}]`,
      listName: GLOBAL_KEY,
      allowWaivers: false,
    },
  );
  if (problems.length > 0) {
    throw new Error(
      `Invalid org codex in app-config:\n${problems
        .map(problem => `  - ${problem}`)
        .join('\n')}`,
    );
  }
  return conventions;
}

/**
 * Who may edit the global codex (`agentContext.conventions.admins`; other
 * scopes belong to their owners): group or user refs, returned
 * in full lower-case form (`group:default/platform-team`). Refs without a
 * kind are refused, since a bare name could be a user or a group.
 *
 * @public
 */
export function readConventionAdmins(config: Config): string[] {
  const admins = config.getOptionalStringArray(ADMINS_KEY) ?? [];
  const problems: string[] = [];
  const refs = admins.flatMap((admin, index) => {
    try {
      const ref = parseEntityRef(admin);
      const kind = ref.kind.toLocaleLowerCase('en-US');
      if (kind !== 'group' && kind !== 'user') {
        throw new Error(`"${admin}" is a ${ref.kind}, not a group or user`);
      }
      return [stringifyEntityRef(ref).toLocaleLowerCase('en-US')];
    } catch (error) {
      problems.push(
        `${ADMINS_KEY}[${index}]: ${
          error instanceof Error ? error.message : String(error)
        }`,
      );
      return [];
    }
  });
  if (problems.length > 0) {
    throw new Error(
      `Invalid convention admins in app-config:\n${problems
        .map(problem => `  - ${problem}`)
        .join('\n')}`,
    );
  }
  return [...new Set(refs)];
}
