/**
 * Test utilities of the Agent Context plugins: a corpus of hostile text
 * and the checks every path that serves text to agents must pass, and a
 * bare entity context to build test contexts on.
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
