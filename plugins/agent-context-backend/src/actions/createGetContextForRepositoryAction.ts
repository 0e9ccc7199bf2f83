import { AuthService } from '@backstage/backend-plugin-api';
import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { catalogCredentialsFor } from '../context/catalogCredentialsFor';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { EntityContextService } from '../context';
import { actionInput, contextOutput } from './entityRefInput';

/** Registers `get-context-for-repository`: context by git remote. */
export function createGetContextForRepositoryAction(options: {
  actionsRegistry: ActionsRegistryService;
  auth: AuthService;
  contextService: EntityContextService;
  /** The ref of the entity whose source is a repository, as the caller may see it. */
  findRepositoryEntity: (
    request: { url: string; path?: string },
    credentials: BackstageCredentials,
  ) => Promise<string>;
}) {
  const { actionsRegistry, auth, contextService, findRepositoryEntity } =
    options;
  actionsRegistry.register({
    name: 'get-context-for-repository',
    title: 'Get context for a repository',
    description:
      'Finds the catalog entity whose source lives in a git repository, and returns its context (owner, dependencies, ' +
      'APIs, system, blast radius, conventions). Use it from inside a checkout: pass the output of `git remote get-url origin` ' +
      'as url, and for a monorepo the folder you are working in, relative to the repository root, as path. ' +
      'Fails with a conflict listing the candidates when several entities match equally well; then ask by entity ref ' +
      'with get-entity-context.',
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        actionInput(z, {
          url: z
            .string()
            .min(1)
            .describe(
              'The repository remote: https (https://github.com/org/repo), ssh (ssh://git@github.com/org/repo.git) ' +
                'or scp-style (git@github.com:org/repo.git); .git is optional.',
            ),
          path: z
            .string()
            .optional()
            .describe(
              'Folder within the repository, relative to its root, e.g. "services/checkout". Omit for the root.',
            ),
        }),
      output: z =>
        z.object({
          entityRef: z.string().describe('The entity that matched.'),
          context: contextOutput(z),
        }),
    },
    action: async ({ input, credentials: caller }) => {
      const credentials = await catalogCredentialsFor(caller, auth);
      const entityRef = await findRepositoryEntity(input, credentials);
      const context = await contextService.getEntityContext(
        parseEntityRef(entityRef),
        { credentials },
      );
      return {
        output: {
          entityRef: context.entity.ref,
          context,
        },
      };
    },
  });
}
