import {
  AdoptionDetailOf,
  AdoptionFigures,
  AdoptionList,
  AdoptionListItem,
  AdoptionOverview,
  EntityReadiness,
  ReadinessListItem,
  WithheldFigure,
} from '@agent-context/plugin-agent-context-common';

/** How the backend marks a figure behind fewer than five people. */
export const withheld: WithheldFigure = {
  withheld: true,
  reason: 'Fewer than 5 people; withheld for their privacy.',
};

/** Figures of a period: zero unless given. */
export function figuresOf(
  partial: Partial<AdoptionFigures> = {},
): AdoptionFigures {
  return {
    activeUsers: 0,
    requests: 0,
    sessions: 0,
    tokensIn: 0,
    tokensOut: 0,
    cacheReadTokens: 0,
    cacheWriteTokens: 0,
    cost: 0,
    linesAdded: 0,
    linesRemoved: 0,
    mergeRequestsOpened: 0,
    mergeRequestsMerged: 0,
    aiAssistedMergeRequestsOpened: 0,
    aiAssistedMergeRequestsMerged: 0,
    aiAssistedShare: null,
    mergeRequestsPerWeek: 0,
    contextFetches: 0,
    ...partial,
  };
}

/** Every usage figure withheld, as the backend answers for a small team. */
export function withheldFiguresOf(
  partial: Partial<AdoptionFigures> = {},
): AdoptionFigures {
  return figuresOf({
    activeUsers: withheld,
    requests: withheld,
    sessions: withheld,
    tokensIn: withheld,
    tokensOut: withheld,
    cacheReadTokens: withheld,
    cacheWriteTokens: withheld,
    cost: withheld,
    linesAdded: withheld,
    linesRemoved: withheld,
    contextFetches: withheld,
    ...partial,
  });
}

const range = { from: '2026-09-04', to: '2026-12-02' };
const baselineRange = { baselineFrom: '2026-06-06', baselineTo: '2026-09-03' };

/** Thirteen weeks of growth: the weekly series of the samples. */
function weeklyBuckets(scale: number) {
  return Array.from({ length: 13 }, (_, week) => {
    const start = new Date(Date.UTC(2026, 8, 7 + week * 7));
    const end = new Date(start.getTime() + 6 * 86_400_000);
    const growth = (week + 1) / 13;
    const merged = Math.round(20 * scale + week * scale);
    return {
      start: start.toISOString().slice(0, 10),
      end: end.toISOString().slice(0, 10),
      ...figuresOf({
        activeUsers: Math.max(5, Math.round(40 * scale * growth)),
        requests: Math.round(3000 * scale * growth),
        sessions: Math.round(400 * scale * growth),
        tokensIn: Math.round(2_000_000 * scale * growth),
        tokensOut: Math.round(600_000 * scale * growth),
        cost: Math.round(900 * scale * growth * 100) / 100,
        mergeRequestsMerged: merged,
        aiAssistedMergeRequestsMerged: Math.round(merged * growth * 0.6),
        aiAssistedShare: Math.round(growth * 0.6 * 100) / 100,
        mergeRequestsPerWeek: merged,
        contextFetches: Math.round(800 * scale * growth),
      }),
    };
  });
}

/** The organisation's last 90 days, as the overview answers them. */
export const sampleOverview: AdoptionOverview = {
  range: { ...range, bucket: 'week' },
  minimumGroupSize: 5,
  totals: figuresOf({
    activeUsers: 58,
    requests: 412_300,
    sessions: 9_840,
    tokensIn: 310_000_000,
    tokensOut: 82_000_000,
    cost: 18_420.5,
    linesAdded: 120_400,
    linesRemoved: 40_100,
    mergeRequestsOpened: 980,
    mergeRequestsMerged: 870,
    aiAssistedMergeRequestsMerged: 402,
    aiAssistedShare: 0.46,
    mergeRequestsPerWeek: 67.7,
    contextFetches: 15_230,
  }),
  baseline: {
    from: baselineRange.baselineFrom,
    to: baselineRange.baselineTo,
    mergeRequestsPerWeek: 51.2,
    aiAssistedShare: 0.08,
  },
  buckets: weeklyBuckets(1),
  byTool: [
    {
      tool: 'claude-code',
      ...figuresOf({ activeUsers: 31, requests: 250_000 }),
    },
    { tool: 'cursor', ...figuresOf({ activeUsers: 22, requests: 140_000 }) },
    { tool: 'copilot', ...withheldFiguresOf() },
  ],
  byModel: [],
  teams: { withActivity: 8, inCatalog: 10 },
  services: { withActivity: 30, inCatalog: 39 },
  users: { inCatalog: 96 },
};

function itemOf(
  facts: Omit<AdoptionListItem, 'active' | 'totals' | 'baseline'>,
  totals: AdoptionFigures,
): AdoptionListItem {
  return {
    ...facts,
    active: totals.activeUsers !== 0 || totals.mergeRequestsMerged !== 0,
    totals,
    baseline: { mergeRequestsPerWeek: 4, aiAssistedShare: 0.05 },
  };
}

/** Teams: two active, one too small to show, one that has not started. */
export const sampleTeamItems: AdoptionListItem[] = [
  itemOf(
    {
      ref: 'group:default/checkout-team',
      kind: 'group',
      title: 'Checkout',
      owner: 'group:default/commerce',
    },
    figuresOf({
      activeUsers: 9,
      requests: 61_000,
      cost: 2_310.4,
      tokensIn: 41_000_000,
      mergeRequestsMerged: 120,
      aiAssistedMergeRequestsMerged: 70,
      aiAssistedShare: 0.58,
      mergeRequestsPerWeek: 9.3,
      contextFetches: 2_400,
    }),
  ),
  itemOf(
    {
      ref: 'group:default/payments-team',
      kind: 'group',
      title: 'Payments',
      owner: 'group:default/engineering',
    },
    figuresOf({
      activeUsers: 7,
      requests: 88_000,
      cost: 6_940.1,
      tokensIn: 95_000_000,
      mergeRequestsMerged: 96,
      aiAssistedMergeRequestsMerged: 40,
      aiAssistedShare: 0.42,
      mergeRequestsPerWeek: 7.4,
      contextFetches: 1_900,
    }),
  ),
  itemOf(
    {
      ref: 'group:default/ml-team',
      kind: 'group',
      title: 'ML',
      owner: 'group:default/data-and-ml',
    },
    withheldFiguresOf({
      mergeRequestsMerged: 30,
      aiAssistedMergeRequestsMerged: 6,
      aiAssistedShare: 0.2,
      mergeRequestsPerWeek: 2.3,
    }),
  ),
  itemOf(
    {
      ref: 'group:default/data-team',
      kind: 'group',
      title: 'Data',
      owner: 'group:default/data-and-ml',
    },
    figuresOf(),
  ),
];

/** Services: an expensive one, a withheld one and one with no activity. */
export const sampleServiceItems: AdoptionListItem[] = [
  itemOf(
    {
      ref: 'component:default/checkout-service',
      kind: 'component',
      title: 'Checkout Service',
      owner: 'group:default/checkout-team',
      system: 'system:default/checkout',
      lifecycle: 'production',
    },
    figuresOf({
      activeUsers: 8,
      requests: 34_000,
      cost: 1_250.2,
      tokensIn: 22_000_000,
      mergeRequestsMerged: 64,
      aiAssistedMergeRequestsMerged: 40,
      aiAssistedShare: 0.63,
      mergeRequestsPerWeek: 5,
      contextFetches: 1_300,
    }),
  ),
  itemOf(
    {
      ref: 'component:default/payments-service',
      kind: 'component',
      title: 'Payments Service',
      owner: 'group:default/payments-team',
      system: 'system:default/payments',
      lifecycle: 'production',
    },
    figuresOf({
      activeUsers: 6,
      requests: 71_000,
      cost: 6_120.9,
      tokensIn: 88_000_000,
      mergeRequestsMerged: 51,
      aiAssistedMergeRequestsMerged: 22,
      aiAssistedShare: 0.43,
      mergeRequestsPerWeek: 4,
      contextFetches: 900,
    }),
  ),
  itemOf(
    {
      ref: 'component:default/fraud-scoring',
      kind: 'component',
      title: 'Fraud Scoring',
      owner: 'group:default/ml-team',
      system: 'system:default/fraud-detection',
      lifecycle: 'production',
    },
    withheldFiguresOf({
      mergeRequestsMerged: 18,
      aiAssistedMergeRequestsMerged: 3,
      aiAssistedShare: 0.17,
      mergeRequestsPerWeek: 1.4,
    }),
  ),
  itemOf(
    {
      ref: 'component:default/legacy-ledger',
      kind: 'component',
      title: 'Legacy Ledger',
      owner: 'group:default/payments-team',
      system: 'system:default/payments',
      lifecycle: 'deprecated',
    },
    figuresOf(),
  ),
];

/** A list answer of the given items, all on one page. */
export function sampleListOf(items: AdoptionListItem[]): AdoptionList {
  return {
    range: { ...range, ...baselineRange },
    minimumGroupSize: 5,
    items,
    totalItems: items.length,
    unattributed: figuresOf({ requests: 1_200 }),
  };
}

/** One service's figures and series, as the entity endpoint answers. */
export const sampleServiceAdoption: AdoptionDetailOf = {
  range: { ...range, bucket: 'week' },
  minimumGroupSize: 5,
  totals: sampleServiceItems[0].totals,
  baseline: {
    from: baselineRange.baselineFrom,
    to: baselineRange.baselineTo,
    mergeRequestsPerWeek: 3.1,
    aiAssistedShare: 0.1,
  },
  buckets: weeklyBuckets(0.15),
  byTool: [],
  byModel: [],
  entity: {
    ref: 'component:default/checkout-service',
    kind: 'component',
    title: 'Checkout Service',
    owner: 'group:default/checkout-team',
    system: 'system:default/checkout',
    lifecycle: 'production',
    inCatalog: true,
  },
};

/** checkout-service's readiness: most checks pass, two fixes remain. */
export const sampleReadiness: EntityReadiness = {
  entityRef: 'component:default/checkout-service',
  title: 'Checkout Service',
  kind: 'component',
  owner: 'group:default/checkout-team',
  system: 'system:default/checkout',
  lifecycle: 'production',
  score: 78,
  checks: [
    {
      id: 'owner',
      title: 'Owner resolvable',
      passed: true,
      weight: 15,
      fix: 'Set spec.owner to a group or user in the catalog.',
      link: 'https://github.com/northwind/checkout-service/blob/main/catalog-info.yaml',
    },
    {
      id: 'description',
      title: 'Description',
      passed: true,
      weight: 5,
      fix: 'Describe the service in metadata.description.',
      link: 'https://github.com/northwind/checkout-service/blob/main/catalog-info.yaml',
    },
    {
      id: 'docs',
      title: 'Documentation',
      passed: false,
      weight: 10,
      fix: 'Link its docs (TechDocs or a docs link).',
      link: 'https://github.com/northwind/checkout-service/blob/main/catalog-info.yaml',
    },
    {
      id: 'command',
      title: 'A build or test command',
      passed: true,
      weight: 10,
      fix: 'Record how to build and test it as a command convention.',
      link: 'http://localhost:3000/catalog/default/component/checkout-service/agent-context',
    },
    {
      id: 'agentUsage',
      title: 'Agent usage in the last 30 days',
      passed: false,
      weight: 5,
      fix: 'Send coding agent telemetry for this service.',
      link: 'http://localhost:3000/docs/telemetry',
    },
  ],
};

/** The readiness list's items, lowest score first. */
export const sampleReadinessItems: ReadinessListItem[] = [
  {
    entityRef: 'component:default/legacy-ledger',
    title: 'Legacy Ledger',
    kind: 'component',
    owner: 'group:default/payments-team',
    system: 'system:default/payments',
    lifecycle: 'deprecated',
    score: 22,
    failed: ['description', 'docs', 'command', 'agentUsage'],
  },
  {
    entityRef: 'component:default/fraud-scoring',
    title: 'Fraud Scoring',
    kind: 'component',
    owner: 'group:default/ml-team',
    system: 'system:default/fraud-detection',
    lifecycle: 'production',
    score: 48,
    failed: ['docs', 'command'],
  },
  {
    entityRef: 'component:default/checkout-service',
    title: 'Checkout Service',
    kind: 'component',
    owner: 'group:default/checkout-team',
    system: 'system:default/checkout',
    lifecycle: 'production',
    score: 78,
    failed: ['docs', 'agentUsage'],
  },
];
