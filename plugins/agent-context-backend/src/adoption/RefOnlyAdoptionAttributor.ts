import { AdoptionRow } from '@agent-context/plugin-agent-context-common';
import { AdoptionAttribution, AdoptionAttributor } from './types';

/**
 * Attributes a row by the entityRef and teamRef it carries, and nothing
 * else: no catalog look-up and no user key, so no user id is ever stored.
 * It stands in until the attributor built from the catalog graph is wired.
 */
export class RefOnlyAdoptionAttributor implements AdoptionAttributor {
  attribute(row: AdoptionRow): AdoptionAttribution {
    return {
      ...(row.entityRef && { entityRef: row.entityRef }),
      teamRefs: row.teamRef ? [row.teamRef] : [],
    };
  }
}
