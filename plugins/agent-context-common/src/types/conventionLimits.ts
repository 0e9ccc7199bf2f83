/** Letters, digits and single dashes between them, e.g. `SEC-004`. @public */
export const CONVENTION_ID_PATTERN = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;
/** The longest id, in characters. @public */
export const CONVENTION_ID_MAX_LENGTH = 64;
/** The longest title, in characters: one line. @public */
export const CONVENTION_TITLE_MAX_LENGTH = 200;
/**
 * A body is what an agent reads into its context window on every task, so
 * it is kept to a few pages. @public
 */
export const CONVENTION_BODY_MAX_LENGTH = 16_384;
/** The longest reason for an override or waiver, in characters. @public */
export const CONVENTION_REASON_MAX_LENGTH = 2_000;
