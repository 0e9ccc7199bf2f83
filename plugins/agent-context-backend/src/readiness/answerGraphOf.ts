import { ReadinessGraph } from './ReadinessIndex';

/**
 * The graph as the shared answers follow it: an entity whose readiness
 * summary changed counts as changed, so its answers are rebuilt with the
 * new summary rather than kept until they expire.
 */
export function answerGraphOf(
  graph: ReadinessGraph,
  index: { onChange(listener: (refs: string[]) => void): () => void },
): ReadinessGraph {
  return {
    ready: () => graph.ready(),
    get: ref => graph.get(ref),
    refsOfKind: kind => graph.refsOfKind(kind),
    onChange: listener => {
      const stopGraph = graph.onChange(listener);
      const stopIndex = index.onChange(changed =>
        listener({ changed, removed: [] }),
      );
      return () => {
        stopGraph();
        stopIndex();
      };
    },
  };
}
