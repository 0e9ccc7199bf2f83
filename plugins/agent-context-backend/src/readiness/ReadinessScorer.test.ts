import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { ReadinessScorer } from './ReadinessScorer';
import { ReadinessFacts } from './readinessChecks';
import { readReadinessOptions } from './readReadinessOptions';

const APP = 'https://portal.example.com';

const READY_FACTS: ReadinessFacts = {
  ownerResolvable: true,
  commands: 1,
  conventions: 2,
  conflicts: 0,
  contextFetches: 4,
  aiUsage: true,
};

const payments: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'payments',
    description: 'Takes payments.',
    annotations: {
      'backstage.io/source-location': 'url:https://git.example.com/payments/',
      'backstage.io/edit-url':
        'https://git.example.com/payments/edit/main/catalog-info.yaml',
      'backstage.io/techdocs-ref': 'dir:.',
    },
  },
  spec: {
    type: 'service',
    owner: 'team-a',
    system: 'checkout',
    lifecycle: 'production',
  },
  relations: [
    { type: 'dependsOn', targetRef: 'resource:default/db' },
    { type: 'providesApi', targetRef: 'api:default/payments' },
  ],
};

function scorer(config: object = {}) {
  const options = readReadinessOptions(new ConfigReader(config));
  return new ReadinessScorer({ ...options, appBaseUrl: APP });
}

describe('ReadinessScorer', () => {
  it('scores a component that passes every check 100', () => {
    const readiness = scorer().score(payments, READY_FACTS)!;
    expect(readiness.score).toBe(100);
    expect(readiness.checks.every(check => check.passed)).toBe(true);
    expect(readiness).toMatchObject({
      entityRef: 'component:default/payments',
      kind: 'Component',
      owner: 'group:default/team-a',
      system: 'system:default/checkout',
      lifecycle: 'production',
    });
  });

  it('applies the checks per kind', () => {
    const ids = (entity: Entity) =>
      scorer()
        .score(entity, READY_FACTS)!
        .checks.map(check => check.id);
    expect(ids(payments)).toContain('apis');
    const api = { ...payments, kind: 'API' };
    expect(ids(api)).not.toContain('apis');
    expect(ids(api)).toContain('api-providers');
    expect(ids({ ...payments, kind: 'System' })).toContain('system-parts');
    expect(scorer().score({ ...payments, kind: 'Group' }, READY_FACTS)).toBe(
      undefined,
    );
  });

  it('weighs failed checks and links each fix to where it is made', () => {
    const bare: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'ledger', namespace: 'finance' },
      spec: {},
    };
    const readiness = scorer().score(bare, {
      ...READY_FACTS,
      ownerResolvable: false,
      commands: 0,
      contextFetches: 0,
    })!;
    const failed = readiness.checks.filter(check => !check.passed);
    expect(failed.map(check => check.id)).toEqual([
      'owner',
      'description',
      'system',
      'lifecycle',
      'source-location',
      'docs',
      'dependencies',
      'apis',
      'command',
      'agents-md-fetched',
    ]);
    // Passed: convention 10, conflict-free 5, agent usage 5 of 105.
    expect(readiness.score).toBe(19);
    const link = (id: string) =>
      readiness.checks.find(check => check.id === id)!.link;
    expect(link('description')).toBe(`${APP}/catalog/finance/component/ledger`);
    expect(link('command')).toBe(
      `${APP}/catalog/finance/component/ledger/agent-context`,
    );
    expect(
      scorer()
        .score(payments, READY_FACTS)!
        .checks.find(c => c.id === 'owner')!.link,
    ).toBe('https://git.example.com/payments/edit/main/catalog-info.yaml');
  });

  it('takes weights, disabled checks and the usage guide from configuration', () => {
    const configured = scorer({
      agentContext: {
        readiness: {
          usageGuideUrl: 'https://docs.example.com/telemetry',
          checks: {
            description: { weight: 90 },
            owner: { enabled: false },
          },
        },
      },
    });
    const readiness = configured.score(
      { ...payments, metadata: { ...payments.metadata, description: '' } },
      READY_FACTS,
    )!;
    expect(readiness.checks.map(check => check.id)).not.toContain('owner');
    // Without owner (15) and with description at 90: 90 of 170 failed.
    expect(readiness.score).toBe(47);
    expect(
      readiness.checks.find(check => check.id === 'agent-usage')!.link,
    ).toBe('https://docs.example.com/telemetry');
  });
});

describe('readReadinessOptions', () => {
  it('refuses an unknown check, naming it', () => {
    expect(() =>
      readReadinessOptions(
        new ConfigReader({
          agentContext: { readiness: { checks: { ownr: { weight: 1 } } } },
        }),
      ),
    ).toThrow(/agentContext\.readiness\.checks\.ownr is not a readiness check/);
  });

  it('refuses a negative weight, naming the key', () => {
    expect(() =>
      readReadinessOptions(
        new ConfigReader({
          agentContext: { readiness: { checks: { docs: { weight: -1 } } } },
        }),
      ),
    ).toThrow(
      'agentContext.readiness.checks.docs.weight must be a number of 0 or more',
    );
  });
});
