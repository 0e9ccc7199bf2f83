import {
  ReactNode,
  createContext,
  useCallback,
  useContext,
  useMemo,
  useState,
} from 'react';

/** What {@link useConventionsRevision} returns. */
export interface ConventionsRevision {
  /** Counts the convention writes made on this page. */
  revision: number;
  /** Records a write, so that everything derived from conventions reloads. */
  bump: () => void;
}

// Outside a provider nothing on the page writes conventions, so there is no
// write to announce and the revision stays at 0.
const ConventionsRevisionContext = createContext<ConventionsRevision>({
  revision: 0,
  bump: () => {},
});

/**
 * Shares a convention write counter with everything below it: the hooks
 * that load data derived from conventions (the context, the AGENTS.md, the
 * resolved list) depend on it, so a save shows up in all of them at once.
 */
export function ConventionsRevisionProvider(props: { children: ReactNode }) {
  const [revision, setRevision] = useState(0);
  const bump = useCallback(() => setRevision(current => current + 1), []);
  const value = useMemo(() => ({ revision, bump }), [revision, bump]);
  return (
    <ConventionsRevisionContext.Provider value={value}>
      {props.children}
    </ConventionsRevisionContext.Provider>
  );
}

/** The convention write counter of the enclosing provider. */
export function useConventionsRevision(): ConventionsRevision {
  return useContext(ConventionsRevisionContext);
}
