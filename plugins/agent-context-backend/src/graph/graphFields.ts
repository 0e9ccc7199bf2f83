/**
 * The only fields the catalog graph holds (the catalog's `fields` syntax):
 * what contexts, summaries, placements, the catalog's AiResource rules and
 * the repository index read.
 * `apiVersion` is not read but kept, a few bytes an entity, so that what
 * the graph returns is a whole `Entity`.
 */
export const GRAPH_FIELDS: string[] = [
  'apiVersion',
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.uid',
  'metadata.etag',
  'metadata.title',
  'metadata.description',
  'metadata.tags',
  'metadata.labels',
  'metadata.annotations',
  'metadata.links',
  'spec.type',
  'spec.lifecycle',
  'spec.owner',
  'spec.system',
  'spec.domain',
  'spec.parent',
  // Display name and e-mail: contexts show them, and adoption finds a
  // person's catalog User (and so their teams) by the e-mail.
  'spec.profile',
  // An AiResource rule's, shown with the convention it becomes.
  'spec.category',
  'spec.rationale',
  'relations',
];

/** What a delta lists of every entity: enough to tell which ones changed. */
export const VERSION_FIELDS: string[] = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.etag',
];
