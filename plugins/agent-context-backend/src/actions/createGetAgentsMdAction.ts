import { AuthService } from '@backstage/backend-plugin-api';
import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { catalogCredentialsFor } from '../context/catalogCredentialsFor';
import {
  AgentsMdService,
  MAX_BUDGET_TOKENS,
  MIN_BUDGET_TOKENS,
} from '../agentsMd/AgentsMdService';
import { ContextAnswers } from '../answers/ContextAnswers';
import {
  actionInput,
  entityRefField,
  parseEntityRefInput,
} from './entityRefInput';

/**
 * Registers `get-agents-md`: the entity's AGENTS.md, within the portal's
 * default budget unless the caller asks for another one.
 */
export function createGetAgentsMdAction(options: {
  actionsRegistry: ActionsRegistryService;
  auth: AuthService;
  answers: ContextAnswers;
  agentsMdService: AgentsMdService;
}) {
  const { actionsRegistry, auth, answers, agentsMdService } = options;
  actionsRegistry.register({
    name: 'get-agents-md',
    title: 'Get AGENTS.md',
    description:
      "Returns a service's AGENTS.md generated from the software catalog and its owners' conventions: " +
      'commands to build, test and run it, boundaries not to cross, rules by severity with ids to cite, ' +
      'ownership, dependencies both ways and the blast radius of a change. Compact Markdown meant to be read as ' +
      'instructions for working in that service. Without maxTokens it is kept short (by default at most 200 lines); ' +
      'pass maxTokens to fit another budget, or 0 for the whole document. Lower-priority material is left out ' +
      'first and the document says what was; MUST rules, commands and boundaries are never cut.',
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        actionInput(z, {
          entityRef: entityRefField(z),
          // 1 to 99 pass the schema and are refused by budgetFor: a
          // union of 0 and a range would reach LLMs as an anyOf, which
          // some providers reject in tool schemas.
          maxTokens: z
            .number()
            .int()
            .min(0)
            .max(MAX_BUDGET_TOKENS)
            .optional()
            .describe(
              `Token budget for the document, from ${MIN_BUDGET_TOKENS}; 0 for the whole document. ` +
                "Omit it for the portal's default budget (by default at most 200 lines).",
            ),
        }),
      output: z =>
        z.object({
          markdown: z.string().describe('The AGENTS.md document.'),
          tokens: z
            .number()
            .describe('Tokens in the document (o200k_base encoding).'),
          lines: z.number().describe('Lines in the document.'),
          omitted: z
            .array(z.string())
            .describe(
              'What the budget left out, if anything; maxTokens 0 shows it.',
            ),
          contentHash: z
            .string()
            .describe(
              'Hash of the catalog and convention content the document was built from.',
            ),
        }),
    },
    action: async ({ input, credentials: caller }) => {
      const entityRef = parseEntityRefInput(input.entityRef);
      const budget = agentsMdService.budgetFor(input.maxTokens);
      const credentials = await catalogCredentialsFor(caller, auth);
      const { markdown, tokens, lines, omitted, contentHash } =
        await answers.agentsMd(entityRef, budget, credentials);
      return { output: { markdown, tokens, lines, omitted, contentHash } };
    },
  });
}
