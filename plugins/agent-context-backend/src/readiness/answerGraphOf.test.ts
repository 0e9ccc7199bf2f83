import { answerGraphOf } from './answerGraphOf';
import { ReadinessGraph } from './ReadinessIndex';

type Change = { changed: string[]; removed: string[] };

describe('answerGraphOf', () => {
  it('passes on graph changes and readiness changes alike, until stopped', () => {
    const graphListeners = new Set<(change: Change) => void>();
    const indexListeners = new Set<(refs: string[]) => void>();
    const graph: ReadinessGraph = {
      ready: async () => {},
      get: () => undefined,
      refsOfKind: () => [],
      onChange: listener => {
        graphListeners.add(listener);
        return () => graphListeners.delete(listener);
      },
    };
    const followed = answerGraphOf(graph, {
      onChange: listener => {
        indexListeners.add(listener);
        return () => indexListeners.delete(listener);
      },
    });
    const seen: Change[] = [];
    const stop = followed.onChange(change => seen.push(change));

    indexListeners.forEach(l => l(['component:default/payments']));
    graphListeners.forEach(l => l({ changed: [], removed: ['api:default/x'] }));
    stop();
    indexListeners.forEach(l => l(['component:default/ledger']));

    expect(seen).toEqual([
      { changed: ['component:default/payments'], removed: [] },
      { changed: [], removed: ['api:default/x'] },
    ]);
    expect(graphListeners.size).toBe(0);
    expect(indexListeners.size).toBe(0);
  });
});
