import { countTokens } from 'gpt-tokenizer';
import { largeHubContext } from '../testUtils';
import { EntityContext, RelatedEntity } from '../types';
import {
  checkoutRenderOptions,
  checkoutServiceContext,
} from './__fixtures__/checkoutServiceContext';
import {
  checkoutSystemContext,
  checkoutTeamContext,
  kindRenderOptions,
  paymentsApiContext,
} from './__fixtures__/kindContexts';
import { countLines } from './countLines';
import { RenderedAgentsMd, renderAgentsMd } from './renderAgentsMd';

function component(name: string): RelatedEntity {
  return {
    ref: `component:default/${name}`,
    kind: 'Component',
    type: 'service',
    description: `The ${name} service.`,
    owner: 'group:default/web-team',
    resolved: true,
  };
}

const many = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) =>
    component(`${prefix}-${String(i).padStart(2, '0')}`),
  );

/**
 * The checkout context with long lists, so that every budget step has
 * something to drop: 12 consumers of its API, 8 dependents.
 */
const busyContext: EntityContext = {
  ...checkoutServiceContext,
  dependencies: {
    ...checkoutServiceContext.dependencies,
    dependedOnBy: many('dependent', 8),
  },
  apis: {
    ...checkoutServiceContext.apis,
    provides: [
      {
        ...checkoutServiceContext.apis.provides[0],
        consumers: many('consumer', 12),
      },
    ],
  },
};

function render(maxTokens: number): RenderedAgentsMd {
  return renderAgentsMd(busyContext, {
    ...checkoutRenderOptions,
    maxTokens,
    countTokens,
  });
}

/** Text that must survive every budget. */
const NEVER_DROPPED = [
  '<!-- agent-context: entity=component:default/checkout-service ',
  '# Checkout service',
  "Component (service, production) in system checkout, owned by Checkout Team. Turns a shopper's basket into a paid order",
  '## Commands',
  './gradlew :services:checkout-service:build',
  'docker compose -f services/checkout-service/compose.yaml up -d',
  './gradlew :services:checkout-service:spotlessApply',
  '## Boundaries',
  '**Database migrations need a human**: Do not add or edit files',
  '**Generated code**: `build/generated/` comes from',
  '### MUST',
  '`PAY-002` **Send an idempotency key with every payment call**: Use the checkout id',
  '`SEC-004` **Never log card data**: Card numbers, CVCs and expiry dates',
  '(from `global`, enforced)',
  '`DATA-001` **Keep customer addresses in the EU**: Store and process shipping and billing addresses only in `eu-west-1`. Why: Our data processing agreements',
];

/** What each step drops, in order, and how to tell it is gone. */
const STEPS: Array<{ omitted: string; gone: string[]; kept?: string[] }> = [
  {
    omitted: '7 of 10 blast-radius entries beyond depth 1',
    gone: ['### Depth 2', 'component:default/ios-app'],
    kept: [
      '### Depth 1',
      '- `component:default/checkout-sdk`: consumes an API',
    ],
  },
  {
    omitted: '3 blast-radius entries at depth 1 (their count is kept)',
    gone: ['### Depth 1'],
    kept: ['A change here can affect 10 entities (depth ≤ 2).'],
  },
  {
    omitted: '9 API consumers and providers beyond the first 3 of each list',
    gone: ['component:default/consumer-03', 'and 2 more'],
    kept: [
      '  - Consumed by (12): `component:default/consumer-00`, `component:default/consumer-01`, `component:default/consumer-02` and 9 more',
    ],
  },
  {
    omitted: '3 of 8 "Depended on by" entries beyond the first 5',
    gone: ['component:default/dependent-05'],
    kept: ['component:default/dependent-04', '- and 3 more'],
  },
  {
    omitted: 'the member list of Checkout Team (4 members)',
    gone: ['- Members:'],
  },
  {
    omitted: '6 other parts of the system',
    gone: ['Other parts'],
    kept: ['### System'],
  },
  {
    omitted: '2 skills: payments-sandbox, release-notes',
    gone: ['## Skills', 'SKILL.md'],
    kept: ['## Conventions', '### MAY'],
  },
  {
    omitted: '1 MAY rule: STY-002',
    gone: ['### MAY', 'STY-002` **Prefer'],
  },
  {
    omitted: 'the text of 3 SHOULD rules (ids and titles are kept)',
    gone: ['A breaking change to', 'Wrap every call', 'not mocks'],
    kept: [
      '- `API-003` **Version breaking API changes** (from `domain:default/commerce`)',
      '- `TST-001` **Cover new code with integration tests** (from `group:default/checkout-team`, overrides `global`)',
    ],
  },
  {
    omitted: '3 docs and entity links',
    gone: ['- Docs:', 'Runbook', 'Service dashboard'],
    kept: ['- Catalog page', '- Source:'],
  },
  {
    omitted: '3 SHOULD rules: API-003, OBS-002, TST-001',
    gone: ['### SHOULD', 'API-003` **', 'TST-001` **'],
  },
  {
    omitted: 'the dependency, API and system lists (their counts are kept)',
    gone: ['### Depends on', '### APIs provided'],
    kept: [
      'This component: System `system:default/checkout`, Depends on 5, Depended on by 8, APIs provided 1, APIs consumed 2.',
    ],
  },
  {
    omitted: "the owner's contact links and the chain of groups above it",
    gone: ['- Chain:', '- Contact:'],
    kept: ['- Owner: Checkout Team (`group:default/checkout-team`)'],
  },
];

describe('renderAgentsMd with a token budget', () => {
  const full = renderAgentsMd(busyContext, {
    ...checkoutRenderOptions,
    countTokens,
  });

  it('leaves everything in when the document fits', () => {
    const result = render(full.tokens!);
    expect(result.markdown).toBe(full.markdown);
    expect(result.omitted).toEqual([]);
    expect(result.overBudget).toBe(false);
    expect(result.markdown).not.toContain('## Left out');
  });

  it('drops the lowest-priority material first, one step per smaller budget', () => {
    // Each budget is one token below the previous document, so exactly
    // one more step has to go each time.
    let budget = full.tokens! - 1;
    const results: RenderedAgentsMd[] = [];
    for (let i = 0; i < STEPS.length; i++) {
      const result = render(budget);
      results.push(result);
      budget = result.tokens! - 1;
    }

    results.forEach((result, i) => {
      expect(result.omitted).toEqual(STEPS.slice(0, i + 1).map(s => s.omitted));
      expect(result.overBudget).toBe(false);
      for (const step of STEPS.slice(0, i + 1)) {
        for (const text of step.gone) {
          expect(result.markdown).not.toContain(text);
        }
      }
      for (const text of [...NEVER_DROPPED, ...(STEPS[i].kept ?? [])]) {
        expect(result.markdown).toContain(text);
      }
    });
    // What a step drops is still there before that step.
    results.slice(0, -1).forEach((result, i) => {
      for (const text of STEPS[i + 1].gone) {
        expect(result.markdown).toContain(text);
      }
    });
  });

  it('says in the document what it left out, and how to see it', () => {
    const result = render(full.tokens! - 1);
    expect(
      result.markdown.endsWith(
        '\n## Left out\n\nTo fit the size budget, this was left out; `maxTokens` 0 shows it all:\n\n- 7 of 10 blast-radius entries beyond depth 1\n',
      ),
    ).toBe(true);
  });

  it('reports the exact token count, within the budget when that is possible', () => {
    for (const maxTokens of [2100, 1800, 1500, 1200, 950]) {
      const result = render(maxTokens);
      expect(result.tokens).toBe(countTokens(result.markdown));
      expect(result.overBudget).toBe(false);
      expect(result.tokens).toBeLessThanOrEqual(maxTokens);
    }
  });

  it('returns the irreducible document marked over budget when nothing more can go', () => {
    const result = render(50);
    expect(result.overBudget).toBe(true);
    expect(result.tokens).toBe(countTokens(result.markdown));
    expect(result.tokens).toBeGreaterThan(50);
    expect(result.omitted).toEqual(STEPS.map(s => s.omitted));
    for (const text of NEVER_DROPPED) {
      expect(result.markdown).toContain(text);
    }
    expect(result.markdown.split('\n').length).toBeLessThan(80);
  });

  it('uses the caller’s counter, whatever tokenizer it stands for', () => {
    const byWords = (text: string) => text.split(/\s+/).length;
    const words = byWords(full.markdown);
    const result = renderAgentsMd(busyContext, {
      ...checkoutRenderOptions,
      maxTokens: words - 1,
      countTokens: byWords,
    });
    expect(result.tokens).toBe(byWords(result.markdown));
    expect(result.tokens).toBeLessThan(words);
    expect(result.omitted.length).toBeGreaterThan(0);
  });

  describe('for the lists other kinds add', () => {
    /** Renders with ever smaller budgets until nothing more can go. */
    function squeeze(context: EntityContext) {
      const options = { ...kindRenderOptions, countTokens };
      let result = renderAgentsMd(context, options);
      const results = [result];
      while (!result.overBudget) {
        result = renderAgentsMd(context, {
          ...options,
          maxTokens: result.tokens! - 1,
        });
        results.push(result);
      }
      return results;
    }

    it('cuts an API’s consumers to five, saying how many went', () => {
      const results = squeeze(paymentsApiContext);
      const cut = results.find(r =>
        r.omitted.includes('2 of 7 "Consumed by" entries beyond the first 5'),
      );
      expect(cut?.markdown).toContain('- and 2 more');
      expect(cut?.markdown).toContain('`component:default/checkout-service`');
    });

    it('drops a group’s member list and what it owns to their counts', () => {
      const results = squeeze(checkoutTeamContext);
      const last = results[results.length - 1];
      expect(last.omitted).toEqual(
        expect.arrayContaining([
          'the member list of this group (3 members; their count is kept)',
          'the list of the 3 entities this group owns (their count is kept)',
        ]),
      );
      expect(last.markdown).toContain('- Members: 3');
      expect(last.markdown).toContain('## Owns\n\n3 entities.');
      expect(last.markdown).not.toContain('`user:default/guest`');
    });

    it('drops a system’s parts to their count', () => {
      const results = squeeze(checkoutSystemContext);
      const last = results[results.length - 1];
      expect(last.omitted).toContain('the 7 parts of the system');
      expect(last.markdown).toContain(
        'This system: Domain `domain:default/commerce`, Parts 7.',
      );
    });
  });
});

describe('renderAgentsMd with a line limit', () => {
  const hubRenderOptions = {
    portalUrl: 'https://portal.example',
    entityPageUrl:
      'https://portal.example/catalog/default/component/hub-service/agent-context',
  };
  const hub = largeHubContext();
  const full = renderAgentsMd(hub, { ...hubRenderOptions, countTokens });
  const limited = renderAgentsMd(hub, {
    ...hubRenderOptions,
    maxLines: 200,
    countTokens,
  });

  it('keeps a hub with hundreds of dependents and consumers within 200 lines', () => {
    expect(full.lines).toBeGreaterThan(300);
    expect(limited.lines).toBeLessThanOrEqual(200);
    expect(limited.lines).toBe(countLines(limited.markdown));
    expect(limited.overBudget).toBe(false);
    expect(limited.tokens).toBe(countTokens(limited.markdown));
  });

  it('drops the long lists first and keeps the rules, commands and boundaries', () => {
    expect(limited.omitted).toEqual([
      '100 blast-radius entries at depth 1 (their count is kept)',
      '295 of 300 "Depended on by" entries beyond the first 5',
    ]);
    for (const text of [
      '`HUB-001` **Never break the hub API**',
      '`HUB-002` **Announce changes a week ahead**: Post in the platform channel.',
      '## Commands',
      '## Boundaries',
      '- [`component:default/dependent-0004`]',
      '- and 295 more',
    ]) {
      expect(limited.markdown).toContain(text);
    }
    expect(limited.markdown).not.toContain('dependent-0005');
    expect(limited.markdown).toContain(
      '## Left out\n\nTo fit the size budget, this was left out; `maxTokens` 0 shows it all:\n\n- 100 blast-radius entries',
    );
  });

  it('passes over a step that frees no line, keeping its material', () => {
    // The API's consumers share one line: cutting them to three would
    // free tokens, but not a line.
    expect(limited.markdown).toContain(
      '`component:default/consumer-0009` and 190 more',
    );
    const byTokens = renderAgentsMd(hub, {
      ...hubRenderOptions,
      maxTokens: limited.tokens!,
      countTokens,
    });
    expect(byTokens.omitted).toContain(
      '197 API consumers and providers beyond the first 3 of each list',
    );
  });

  it('stops at the first render within the limit', () => {
    const busy = renderAgentsMd(busyContext, checkoutRenderOptions);
    expect(
      renderAgentsMd(busyContext, {
        ...checkoutRenderOptions,
        maxLines: busy.lines,
      }),
    ).toEqual({ ...busy, omitted: [], overBudget: false });

    const oneLess = renderAgentsMd(busyContext, {
      ...checkoutRenderOptions,
      maxLines: busy.lines - 1,
    });
    expect(oneLess.omitted).toEqual([STEPS[0].omitted]);
    expect(oneLess.lines).toBeLessThan(busy.lines);
  });

  it('needs no token counter, and reports no count without one', () => {
    const result = renderAgentsMd(hub, {
      ...hubRenderOptions,
      maxLines: 200,
    });
    expect(result.markdown).toBe(limited.markdown);
    expect(result.tokens).toBeUndefined();
  });

  it('holds both limits: a token budget alone does not bound the lines', () => {
    const byTokens = renderAgentsMd(hub, {
      ...hubRenderOptions,
      maxTokens: full.tokens!,
      countTokens,
    });
    expect(byTokens.omitted).toEqual([]);
    expect(byTokens.lines).toBeGreaterThan(300);

    const both = renderAgentsMd(hub, {
      ...hubRenderOptions,
      maxTokens: full.tokens!,
      maxLines: 200,
      countTokens,
    });
    expect(both.markdown).toBe(limited.markdown);

    const tighterTokens = renderAgentsMd(hub, {
      ...hubRenderOptions,
      maxTokens: limited.tokens! - 1,
      maxLines: 200,
      countTokens,
    });
    expect(tighterTokens.tokens).toBeLessThan(limited.tokens!);
    expect(tighterTokens.lines).toBeLessThanOrEqual(200);
    expect(tighterTokens.omitted.length).toBeGreaterThan(
      limited.omitted.length,
    );
  });

  it('marks the irreducible document over budget when the limit is below it', () => {
    const result = renderAgentsMd(busyContext, {
      ...checkoutRenderOptions,
      maxLines: 10,
    });
    expect(result.overBudget).toBe(true);
    expect(result.lines).toBeGreaterThan(10);
    // All but the step that frees no line (the API's peers share one).
    expect(result.omitted).toEqual(
      STEPS.map(s => s.omitted).filter(o => !o.includes('API consumers')),
    );
    for (const text of NEVER_DROPPED) {
      expect(result.markdown).toContain(text);
    }
  });

  it('cuts a long "Depends on" list to twenty before any rule goes', () => {
    const caller = largeHubContext({
      dependents: 0,
      consumers: 0,
      dependencies: 250,
    });
    const result = renderAgentsMd(caller, {
      ...hubRenderOptions,
      maxLines: 200,
    });
    expect(result.omitted).toEqual([
      '230 of 250 "Depends on" entries beyond the first 20',
    ]);
    expect(result.lines).toBeLessThanOrEqual(200);
    expect(result.markdown).toContain(
      '- [`component:default/dependency-0019`]',
    );
    expect(result.markdown).not.toContain('dependency-0020');
    expect(result.markdown).toContain('- and 230 more');
    expect(result.markdown).toContain(
      '`HUB-002` **Announce changes a week ahead**: Post in the platform channel.',
    );
  });
});
