/**
 * The plugin id shared by every package of the suite, and the path under
 * `/api` where the backend is mounted.
 *
 * @public
 */
export const AGENT_CONTEXT_PLUGIN_ID = 'agent-context';

/**
 * Version segment of the HTTP API; bumped only for breaking changes.
 *
 * @public
 */
export const AGENT_CONTEXT_API_VERSION = 'v1';
