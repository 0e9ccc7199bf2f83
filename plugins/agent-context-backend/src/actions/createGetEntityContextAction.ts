import { AuthService } from '@backstage/backend-plugin-api';
import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { catalogCredentialsFor } from '../context/catalogCredentialsFor';
import { EntityContextService } from '../context';
import {
  actionInput,
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
      'Returns what the software catalog knows about one service, API, resource, system, domain, group or user, for an agent ' +
      'about to change it: who owns it (team, parent groups up to the organisation, members and contacts), what it depends on ' +
      'and what depends on it, the APIs it provides and consumes with everyone on the other side, its system and domain, and ' +
      'what the kind adds: an API its providers and consumers (api), a system its parts, a domain its systems and subdomains ' +
      '(domain), a component its subcomponents (component), a group its parent chain, child groups and members (group), a user ' +
      'its groups (user), a group or user what it owns (owns). Every related entity comes with its entity ref, for further calls. ' +
      'Also the blast radius of a change (dependents and API consumers, transitively) and the engineering conventions that apply. ' +
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
      return { output: { context } };
    },
  });
}
