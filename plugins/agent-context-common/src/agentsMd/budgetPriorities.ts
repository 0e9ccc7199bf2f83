/**
 * Where each kind of droppable material stands when a token budget makes
 * AGENTS.md leave things out: the lowest priority goes first. The header,
 * the summary, MUST rules, commands and boundaries have no priority: they
 * are never left out.
 *
 * Sections that backend modules contribute take a priority on the same
 * scale, so an adopter can place, say, an on-call section between the
 * entity's links (1200) and the SHOULD rules (2000). The gaps leave room
 * for that; the steps from `shouldRules` on are reached only when all the
 * rest was not enough.
 *
 * @public
 */
export const AGENTS_MD_BUDGET_PRIORITIES = {
  /** Blast-radius entries beyond depth 1. */
  blastRadiusBeyondDirect: 100,
  /** The direct blast-radius entries (their count is kept). */
  blastRadiusDirect: 200,
  /** API consumers and providers beyond the first few of each list. */
  apiPeers: 300,
  /** "Depended on by" entries beyond the first few. */
  dependedOnBy: 400,
  /** An API's "Consumed by" entries beyond the first few. */
  consumedBy: 500,
  /** "Depends on" entries beyond the first twenty. */
  dependsOn: 550,
  /** The member lists of the owner and of a group. */
  members: 600,
  /** What a group or user owns (the count is kept). */
  owned: 700,
  /** The parts of a system or domain, and subcomponents. */
  systemParts: 800,
  skills: 900,
  mayRules: 1000,
  /** The text of SHOULD rules (ids and titles are kept). */
  shouldBodies: 1100,
  /** The entity's links and docs URL. */
  links: 1200,
  shouldRules: 2000,
  /** The dependency, API and system lists (their counts are kept). */
  dependencyLists: 2100,
  /** The owner's contact links and the chain of groups above it. */
  ownerContacts: 2200,
} as const;
