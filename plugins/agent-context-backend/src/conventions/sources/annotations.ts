/**
 * Where an entity's conventions-as-code file lives: a path relative to the
 * file the entity was registered from, or `url:https://...`.
 *
 * @public
 */
export const CONVENTIONS_ANNOTATION = 'agent-context.io/conventions';

/**
 * The severity (`must`, `should` or `may`) of an `AiResource` rule, which
 * the kind itself does not record. Rules without it are `should`.
 *
 * @public
 */
export const SEVERITY_ANNOTATION = 'agent-context.io/severity';
