import { AdoptionListQuery } from '@agent-context/plugin-agent-context-common';
import { useApi } from '@backstage/core-plugin-api';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { AdoptionListScope, adoptionListCsv, fetchAllPages } from '../adoption';
import { agentContextApiRef } from '../api';
import { downloadText } from '../components/AgentsMdCard/downloadText';
import { adoptionListOf } from './useAdoptionList';

/** What {@link useAdoptionCsvExport} returns. */
export interface AdoptionCsvExport {
  /** Reads every page matching the query and saves them as one CSV file. */
  exportCsv: (query: AdoptionListQuery, fileName: string) => Promise<void>;
  exporting: boolean;
  error?: Error;
}

/** The CSV export of a team or service list, every page of it. */
export function useAdoptionCsvExport(
  scope: AdoptionListScope,
): AdoptionCsvExport {
  const api = useApi(agentContextApiRef);
  const [state, exportCsv] = useAsyncFn(
    async (query: AdoptionListQuery, fileName: string) => {
      const items = await fetchAllPages(adoptionListOf(api, scope), query);
      downloadText(
        adoptionListCsv(items, scope),
        fileName,
        'text/csv;charset=utf-8',
      );
    },
    [api, scope],
  );
  return { exportCsv, exporting: state.loading, error: state.error };
}
