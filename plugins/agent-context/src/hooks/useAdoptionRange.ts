import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { AdoptionRange, rangeFromSearch, todayUtc } from '../adoption';

/** What {@link useAdoptionRange} returns. */
export interface AdoptionRangeState {
  /** The range every adoption query of the page uses. */
  range: AdoptionRange;
  /** Why the link's range was set aside for the default, if it was. */
  problem?: string;
  /** Today in UTC, the end of the presets. */
  today: string;
  /** Puts a new range in the URL, so that it survives reload and can be shared. */
  setRange: (range: AdoptionRange) => void;
}

/**
 * The adoption page's range, kept in the query string (`?from=&to=`);
 * without one, the last 30 days.
 */
export function useAdoptionRange(): AdoptionRangeState {
  const [search, setSearch] = useSearchParams();
  // Read once per mount: a page left open over midnight keeps its range.
  const today = useMemo(() => todayUtc(), []);
  const query = search.toString();
  const { range, problem } = useMemo(
    () => rangeFromSearch(new URLSearchParams(query), today),
    [query, today],
  );
  const setRange = useCallback(
    (next: AdoptionRange) =>
      setSearch(previous => {
        const params = new URLSearchParams(previous);
        params.set('from', next.from);
        params.set('to', next.to);
        return params;
      }),
    [setSearch],
  );
  return { range, problem, today, setRange };
}
