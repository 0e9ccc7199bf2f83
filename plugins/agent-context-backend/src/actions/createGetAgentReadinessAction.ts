import { AuthService } from '@backstage/backend-plugin-api';
import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { catalogCredentialsFor } from '../context/catalogCredentialsFor';
import { EntityReadiness } from '../readiness/ReadinessScorer';
import { ReadinessService } from '../readiness/ReadinessService';
import {
  actionInput,
  entityRefField,
  parseEntityRefInput,
} from './entityRefInput';

/** The readiness as instructions: what to change, and where. */
export function readinessText(readiness: EntityReadiness): string {
  const failed = readiness.checks.filter(check => !check.passed);
  const heading = `${readiness.entityRef} is ${readiness.score}% agent-ready.`;
  if (failed.length === 0) {
    return `${heading} Every check passes; nothing to fix.`;
  }
  return [
    `${heading} To raise it, fix (heaviest first):`,
    ...[...failed]
      .sort((a, b) => b.weight - a.weight)
      .map(
        check =>
          `- ${check.title} (${check.id}, weight ${check.weight}): ${check.fix} Where: ${check.link}`,
      ),
  ].join('\n');
}

/**
 * Registers `get-agent-readiness`: an entity's readiness score and each
 * failed check with its fix, for "what would make this service
 * agent-ready".
 */
export function createGetAgentReadinessAction(options: {
  actionsRegistry: ActionsRegistryService;
  auth: AuthService;
  readiness: ReadinessService;
}) {
  const { actionsRegistry, auth, readiness } = options;
  actionsRegistry.register({
    name: 'get-agent-readiness',
    title: 'Get agent readiness',
    description:
      'Answers "what would make this service agent-ready?": the entity\'s agent-readiness score (0-100) ' +
      'and every check that fails, each with the fix in one sentence and a link to where it is made ' +
      '(the catalog file, the conventions page, the telemetry guide). Checks cover a resolvable owner, ' +
      'description, system, lifecycle, source location, docs, declared dependencies and APIs, at least ' +
      'one command and one convention, conventions free of conflicts, a recent AGENTS.md fetch and ' +
      'recent agent usage. Scored kinds: component, API, resource, system.',
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z => actionInput(z, { entityRef: entityRefField(z) }),
      output: z =>
        z.object({
          text: z
            .string()
            .describe(
              'The score and the fixes, heaviest first, as instructions.',
            ),
          entityRef: z.string().describe('The lower-case entity ref.'),
          score: z.number().describe('0 to 100.'),
          checks: z
            .array(
              z.object({
                id: z.string(),
                title: z.string(),
                passed: z.boolean(),
                weight: z.number(),
                fix: z.string(),
                link: z.string(),
              }),
            )
            .describe('Every check that applies to the entity, passed or not.'),
        }),
    },
    action: async ({ input, credentials: caller }) => {
      const entityRef = parseEntityRefInput(input.entityRef);
      const credentials = await catalogCredentialsFor(caller, auth);
      const result = await readiness.forEntity(entityRef, credentials);
      return {
        output: {
          text: readinessText(result),
          entityRef: result.entityRef,
          score: result.score,
          checks: result.checks,
        },
      };
    },
  });
}
