/**
 * Test utilities of the Agent Context plugins: a corpus of hostile text
 * and the checks every path that serves text to agents must pass; a bare
 * entity context to build test contexts on; and a hub large enough to test
 * the AGENTS.md size budget on.
 *
 * @packageDocumentation
 */

export {
  BARE_ADDRESS_HOST,
  HOSTILE_TEXTS,
  ORDINARY_TEXTS,
  inTagCharacters,
  invisibleCharactersIn,
  liveBareAddressesIn,
} from './hostileText';
export type { HostileText } from './hostileText';
export { bareEntityContext } from './bareEntityContext';
export {
  LARGE_HUB_REF,
  LARGE_HUB_REPOSITORY,
  largeHubContext,
  largeHubEntities,
} from './largeHub';
export type { LargeHubOptions } from './largeHub';
