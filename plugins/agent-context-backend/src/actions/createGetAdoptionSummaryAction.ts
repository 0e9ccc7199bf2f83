import { PermissionsService } from '@backstage/backend-plugin-api';
import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { AdoptionQueries, parseAdoptionRange } from '../adoption/query';
import { adoptionSummaryText } from '../adoption/query/adoptionSummaryText';
import { authorizeAdoptionRead } from '../adoption/query/authorizeAdoptionRead';
import { actionInput } from './entityRefInput';

/**
 * Registers `get-adoption-summary`: a team's or a service's use of AI tools
 * over a period, as text and figures, with the minimum group size applied.
 */
export function createGetAdoptionSummaryAction(options: {
  actionsRegistry: ActionsRegistryService;
  adoptionQueries: AdoptionQueries;
  permissions: PermissionsService;
}) {
  const { actionsRegistry, adoptionQueries, permissions } = options;
  actionsRegistry.register({
    name: 'get-adoption-summary',
    title: 'Get adoption summary',
    description:
      'Summarises how a team or a service uses AI coding tools: active AI users, requests, tokens, cost, lines ' +
      'changed, merge requests (and the share of merged ones that AI assisted, against a baseline period just before), ' +
      'context fetches from the portal, and the tools used. Covers the last 30 days unless from/to are given. ' +
      'Figures behind fewer people than the portal\'s minimum group size are returned as {"withheld": true} with a reason: ' +
      'report them as withheld, never guess them. Nothing is ever about one person.',
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        actionInput(z, {
          entityRef: z
            .string()
            .min(1)
            .describe(
              'A team as a group ref ("group:default/checkout-team") or a service as an entity ref ' +
                '("component:default/checkout-service"; the kind defaults to component, the namespace to default).',
            ),
          from: z
            .string()
            .optional()
            .describe(
              'First day, YYYY-MM-DD (UTC). Default: 29 days before `to`.',
            ),
          to: z
            .string()
            .optional()
            .describe('Last day, YYYY-MM-DD (UTC), included. Default: today.'),
        }),
      output: z =>
        z.object({
          summary: z.string().describe('The figures as text to read out.'),
          entity: z
            .object({})
            .passthrough()
            .describe('ref, kind, title, owner, system, inCatalog.'),
          range: z.object({}).passthrough().describe('from, to.'),
          minimumGroupSize: z.number(),
          totals: z
            .object({})
            .passthrough()
            .describe('Each figure, a number or {withheld: true, reason}.'),
          baseline: z
            .object({})
            .passthrough()
            .describe(
              'The baseline period: mergeRequestsPerWeek, aiAssistedShare.',
            ),
          byTool: z
            .array(z.object({}).passthrough())
            .describe('The same figures per tool.'),
        }),
    },
    action: async ({ input, credentials }) => {
      await authorizeAdoptionRead(permissions, credentials);
      const detail = await adoptionQueries.entity(
        input.entityRef,
        parseAdoptionRange({ from: input.from, to: input.to }),
      );
      return {
        output: {
          summary: adoptionSummaryText(detail),
          entity: detail.entity,
          range: detail.range,
          minimumGroupSize: detail.minimumGroupSize,
          totals: detail.totals,
          baseline: detail.baseline,
          byTool: detail.byTool,
        },
      };
    },
  });
}
