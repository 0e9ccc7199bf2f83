/**
 * What a render shows of the material a budget (of tokens, of lines) may
 * drop. The full document uses `FULL_RENDER`; the budget narrows it one
 * step at a time.
 */
export interface RenderTrims {
  /** All blast-radius entries, only depth 1, or only their count. */
  blastRadius: 'all' | 'direct' | 'count';
  /** Most entries shown in each consumer or provider list of an API. */
  apiPeers: number;
  /** Most "Depended on by" entries shown; undefined shows them all. */
  dependedOnBy?: number;
  /** Most "Depends on" entries shown; undefined shows them all. */
  dependsOn?: number;
  /** Most consumers of an API (in its own document) shown; undefined: all. */
  consumedBy?: number;
  /** The member lists of the owner and of a group. */
  members: boolean;
  /** What a group or user owns; false keeps the count. */
  owned: boolean;
  /** The parts of the system or domain, and subcomponents; false: counts. */
  systemParts: boolean;
  /** The Skills section. */
  skills: boolean;
  mayRules: boolean;
  shouldBodies: boolean;
  /** Entity links and the docs URL. */
  links: boolean;
  /** SHOULD rules at all (ids and titles). */
  shouldRules: boolean;
  /** The dependency, API and system lists; false keeps one line of counts. */
  dependencyLists: boolean;
  /** The owner's contact links and the chain of groups above it. */
  ownerContacts: boolean;
  /** Ids of the contributed sections left out. */
  droppedSections: readonly string[];
}

/** Lists of peers are bounded even without a budget: ten say enough. */
export const DEFAULT_PEER_LIMIT = 10;

export const FULL_RENDER: RenderTrims = {
  blastRadius: 'all',
  apiPeers: DEFAULT_PEER_LIMIT,
  dependedOnBy: undefined,
  dependsOn: undefined,
  consumedBy: undefined,
  members: true,
  owned: true,
  systemParts: true,
  skills: true,
  mayRules: true,
  shouldBodies: true,
  links: true,
  shouldRules: true,
  dependencyLists: true,
  ownerContacts: true,
  droppedSections: [],
};
