import { AuthService } from '@backstage/backend-plugin-api';
import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { catalogCredentialsFor } from '../context/catalogCredentialsFor';
import { EntityContextService } from '../context';
import {
  actionInput,
  asOpenObject,
  contextOutput,
  entityRefField,
  parseEntityRefInput,
} from './entityRefInput';

/** Registers `get-entity-context`: the whole context of one entity. */
export function createGetEntityContextAction(options: {
  actionsRegistry: ActionsRegistryService;
  auth: AuthService;
  contextService: EntityContextService;
}) {
  const { actionsRegistry, auth, contextService } = options;
  actionsRegistry.register({
    name: 'get-entity-context',
    title: 'Get entity context',
    description:
      'Returns what the software catalog knows about one service, API, resource or system, for an agent about to change it: ' +
      'who owns it (team, parent groups up to the organisation, members and contacts), what it depends on and what depends on it, ' +
      'the APIs it provides and consumes with everyone on the other side, its system and domain, the blast radius of a change ' +
      '(dependents and API consumers, transitively), and the engineering conventions that apply. ' +
      'Use it before changing a service, to know whom to ask and what a change can break. ' +
      'If you only know the git repository, use get-context-for-repository instead.',
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z => actionInput(z, { entityRef: entityRefField(z) }),
      output: z => z.object({ context: contextOutput(z) }),
    },
    action: async ({ input, credentials: caller }) => {
      const credentials = await catalogCredentialsFor(caller, auth);
      const context = await contextService.getEntityContext(
        parseEntityRefInput(input.entityRef),
        { credentials },
      );
      return { output: { context: asOpenObject(context) } };
    },
  });
}
