import { AuthService } from '@backstage/backend-plugin-api';
import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { catalogCredentialsFor } from '../context/catalogCredentialsFor';
import { EntityContextService } from '../context';
import {
  actionInput,
  entityRefField,
  parseEntityRefInput,
} from './entityRefInput';

/** Registers `get-blast-radius`: who a change to an entity can affect. */
export function createGetBlastRadiusAction(options: {
  actionsRegistry: ActionsRegistryService;
  auth: AuthService;
  contextService: EntityContextService;
}) {
  const { actionsRegistry, auth, contextService } = options;
  actionsRegistry.register({
    name: 'get-blast-radius',
    title: 'Get blast radius',
    description:
      'Lists who is affected by a change to an entity: for a component, entities that depend on it and entities that consume ' +
      'an API it provides; for an API, its consumers and what depends on it; for a resource, what depends on it; for a system ' +
      'or domain, the same for each of its parts, listing only entities outside it. Then their dependents and consumers in ' +
      'turn, breadth-first to a bounded depth. Groups and users have no blast radius (empty). Each entry says its depth, which ' +
      'entity it was reached through (via), how (dependsOn or consumesApi, with the api consumed), and its owner, so you know ' +
      'whom to tell before changing a contract. truncated=true means the bounds left entities out.',
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z => actionInput(z, { entityRef: entityRefField(z) }),
      output: z =>
        z.object({
          entityRef: z
            .string()
            .describe('The entity whose blast radius this is.'),
          entries: z
            .array(z.object({}).passthrough())
            .describe(
              'Affected entities: ref, kind, type, owner, lifecycle, depth, via, relation, api, resolved.',
            ),
          maxDepth: z.number().describe('How many levels were followed.'),
          truncated: z
            .boolean()
            .describe('True when the depth or count bound left entities out.'),
        }),
    },
    action: async ({ input, credentials: caller }) => {
      const credentials = await catalogCredentialsFor(caller, auth);
      const context = await contextService.getEntityContext(
        parseEntityRefInput(input.entityRef),
        { credentials },
      );
      return {
        output: {
          entityRef: context.entity.ref,
          entries: context.blastRadius.entries,
          maxDepth: context.blastRadius.maxDepth,
          truncated: context.blastRadius.truncated,
        },
      };
    },
  });
}
