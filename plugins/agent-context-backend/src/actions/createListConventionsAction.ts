import { AuthService } from '@backstage/backend-plugin-api';
import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { catalogCredentialsFor } from '../context/catalogCredentialsFor';
import { ContextAnswers } from '../answers/ContextAnswers';
import {
  actionInput,
  entityRefField,
  parseEntityRefInput,
} from './entityRefInput';

/**
 * Registers `list-conventions`: the codex as it applies to one entity, for
 * agents writing code and for AI reviewers citing rule ids.
 */
export function createListConventionsAction(options: {
  actionsRegistry: ActionsRegistryService;
  auth: AuthService;
  answers: ContextAnswers;
}) {
  const { actionsRegistry, auth, answers } = options;
  actionsRegistry.register({
    name: 'list-conventions',
    title: 'List conventions',
    description:
      'Lists the engineering conventions that apply to a service, API or other catalog entity: rules (with ids such as ' +
      'SEC-004 and a severity must/should/may), commands to build, test, lint and run it, and boundaries an agent must not ' +
      'cross. Each says the scope it comes from (global, domain, system, owning group or the entity) and what it overrides. ' +
      'Also lists conventions waived for this entity (with the reason) and the AI skills that apply. Cite rule ids in reviews.',
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z => actionInput(z, { entityRef: entityRefField(z) }),
      output: z =>
        z.object({
          entityRef: z.string().describe('The entity these apply to.'),
          conventions: z
            .array(z.object({}).passthrough())
            .describe(
              'Applicable conventions: id, category (rule, command, boundary), title, body (Markdown), severity, ' +
                'scope, source, enforced, overrides.',
            ),
          waived: z
            .array(z.object({}).passthrough())
            .describe(
              'Inherited conventions switched off here, with waivedBy {scope, reason}.',
            ),
          skills: z
            .array(z.object({}).passthrough())
            .describe(
              'AI skills for this entity: ref, name, description, sourceLocation.',
            ),
        }),
    },
    action: async ({ input, credentials: caller }) => {
      const credentials = await catalogCredentialsFor(caller, auth);
      const resolution = await answers.conventions(
        parseEntityRefInput(input.entityRef),
        credentials,
      );
      return {
        output: {
          entityRef: resolution.entityRef,
          conventions: resolution.conventions,
          waived: resolution.waived,
          skills: resolution.skills,
        },
      };
    },
  });
}
