import { AuthService } from '@backstage/backend-plugin-api';
import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { catalogCredentialsFor } from '../context/catalogCredentialsFor';
import { AgentsMdService } from '../agentsMd/AgentsMdService';
import { EntityContextService } from '../context';
import {
  actionInput,
  entityRefField,
  parseEntityRefInput,
} from './entityRefInput';

/** Registers `get-agents-md`: the entity's AGENTS.md, optionally budgeted. */
export function createGetAgentsMdAction(options: {
  actionsRegistry: ActionsRegistryService;
  auth: AuthService;
  contextService: EntityContextService;
  agentsMdService: AgentsMdService;
}) {
  const { actionsRegistry, auth, contextService, agentsMdService } = options;
  actionsRegistry.register({
    name: 'get-agents-md',
    title: 'Get AGENTS.md',
    description:
      "Returns a service's AGENTS.md generated from the software catalog and its owners' conventions: " +
      'commands to build, test and run it, boundaries not to cross, rules by severity with ids to cite, ' +
      'ownership, dependencies both ways and the blast radius of a change. Compact Markdown meant to be read as ' +
      'instructions for working in that service. Pass maxTokens to fit a budget: lower-priority material is left out ' +
      'first and the document says what was; MUST rules, commands and boundaries are never cut.',
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        actionInput(z, {
          entityRef: entityRefField(z),
          maxTokens: z
            .number()
            .int()
            .min(100)
            .max(1_000_000)
            .optional()
            .describe(
              'Token budget for the document; omit for the whole document.',
            ),
        }),
      output: z =>
        z.object({
          markdown: z.string().describe('The AGENTS.md document.'),
          tokens: z
            .number()
            .describe('Tokens in the document (o200k_base encoding).'),
          omitted: z
            .array(z.string())
            .describe('What the token budget left out, if anything.'),
          contentHash: z
            .string()
            .describe(
              'Hash of the catalog and convention content the document was built from.',
            ),
        }),
    },
    action: async ({ input, credentials: caller }) => {
      const credentials = await catalogCredentialsFor(caller, auth);
      const context = await contextService.getEntityContext(
        parseEntityRefInput(input.entityRef),
        { credentials },
      );
      const { markdown, tokens, omitted, contentHash } = agentsMdService.render(
        context,
        { maxTokens: input.maxTokens },
      );
      return { output: { markdown, tokens, omitted, contentHash } };
    },
  });
}
