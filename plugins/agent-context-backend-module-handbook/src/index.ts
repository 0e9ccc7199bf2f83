/**
 * Adds an engineering handbook, kept as a directory of YAML files, to
 * Agent Context as a source of read-only conventions.
 *
 * @packageDocumentation
 */

export { agentContextModuleHandbook as default } from './module';
export {
  DEFAULT_HANDBOOK_PRECEDENCE,
  HandbookConventionSource,
} from './HandbookConventionSource';
export { HANDBOOK_SOURCE_ID, readHandbook } from './readHandbook';
