import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { RecentUsageReader } from './AdoptionUsageReader';
import { ReadinessConventions } from './ReadinessConventionFacts';
import { ReadinessGraph, ReadinessIndex } from './ReadinessIndex';
import { ReadinessScorer } from './ReadinessScorer';
import { readReadinessOptions } from './readReadinessOptions';

function fakeGraph(entities: Entity[]) {
  const byRef = new Map(
    entities.map(entity => [
      `${entity.kind}:default/${entity.metadata.name}`.toLocaleLowerCase(
        'en-US',
      ),
      entity,
    ]),
  );
  let listener: (change: {
    changed: string[];
    removed: string[];
  }) => void = () => {};
  const graph: ReadinessGraph = {
    ready: async () => {},
    get: ref => byRef.get(ref),
    refsOfKind: kind =>
      [...byRef.keys()].filter(ref => ref.startsWith(`${kind}:`)),
    onChange: l => {
      listener = l;
      return () => {};
    },
  };
  return {
    graph,
    put(entity: Entity) {
      const ref =
        `${entity.kind}:default/${entity.metadata.name}`.toLowerCase();
      byRef.set(ref, entity);
      listener({ changed: [ref], removed: [] });
    },
  };
}

const component = (name: string, owner: string, system: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name },
  spec: { owner, system, lifecycle: 'production', type: 'service' },
});

function indexOver(
  graph: ReadinessGraph,
  usage: RecentUsageReader = { recentUsage: async () => new Map() },
) {
  const options = readReadinessOptions(new ConfigReader({}));
  const conventions = {
    factsFor: jest.fn(
      async (entities: Entity[]) =>
        new Map(
          entities.map(entity => [
            `${entity.kind}:default/${entity.metadata.name}`.toLowerCase(),
            { conventions: 1, commands: 1, conflicts: 0 },
          ]),
        ),
    ),
  } satisfies ReadinessConventions;
  const index = ReadinessIndex.create({
    graph,
    scorer: new ReadinessScorer({ ...options, appBaseUrl: 'http://portal' }),
    conventions,
    usage,
    usageWindowDays: options.usageWindowDays,
    logger: mockServices.logger.mock(),
    now: () => new Date('2026-12-03T12:00:00Z'),
  });
  return { index, conventions };
}

describe('ReadinessIndex', () => {
  it('scores a generated 10,000-entity catalog in one pass', async () => {
    const entities: Entity[] = [];
    for (let i = 0; i < 100; i += 1) {
      entities.push({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Group',
        metadata: { name: `team-${i}` },
        spec: { type: 'team', children: [] },
      });
    }
    for (let i = 0; i < 10_000; i += 1) {
      entities.push(
        component(`service-${i}`, `team-${i % 120}`, `system-${i % 300}`),
      );
    }
    const usage = { recentUsage: jest.fn(async () => new Map()) };
    const { index, conventions } = indexOver(fakeGraph(entities).graph, usage);

    const all = await index.all();

    // Groups are not scored; every component is.
    expect(all).toHaveLength(10_000);
    expect(conventions.factsFor).toHaveBeenCalledTimes(1);
    expect(usage.recentUsage).toHaveBeenCalledTimes(1);
    expect(usage.recentUsage).toHaveBeenCalledWith(
      expect.any(Array),
      '2026-11-04',
    );
    // Owners team-100 to team-119 do not exist.
    const unresolved = all.filter(readiness =>
      readiness.checks.some(check => check.id === 'owner' && !check.passed),
    );
    // i % 120 >= 100: 20 in each of the 83 whole runs of 120, none in the last 40.
    expect(unresolved).toHaveLength(1660);
    expect(
      unresolved.every(
        readiness => Number(readiness.owner!.split('/team-')[1]) >= 100,
      ),
    ).toBe(true);
  });

  it('keeps its scores until the graph changes, then tells which summaries changed', async () => {
    const fake = fakeGraph([component('payments', 'team-a', 'checkout')]);
    const { index, conventions } = indexOver(fake.graph);
    const first = await index.get('Component:default/Payments');
    expect(first?.score).toBeLessThan(100);
    await index.all();
    expect(conventions.factsFor).toHaveBeenCalledTimes(1);

    const changed: string[][] = [];
    index.onChange(refs => changed.push(refs));
    fake.put({
      ...component('payments', 'team-a', 'checkout'),
      metadata: { name: 'payments', description: 'Takes payments.' },
    });
    // The stale scores are served while the new ones are computed.
    expect((await index.get('component:default/payments'))?.score).toBe(
      first?.score,
    );
    await new Promise(resolve => setImmediate(resolve));
    const second = await index.get('component:default/payments');
    expect(second!.score).toBeGreaterThan(first!.score);
    expect(changed).toEqual([['component:default/payments']]);
    expect(conventions.factsFor).toHaveBeenCalledTimes(2);
  });
});
