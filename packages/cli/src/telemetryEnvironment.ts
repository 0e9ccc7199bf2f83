/** What a coding agent's telemetry is attributed to, and where it goes. */
export interface TelemetryTarget {
  /** The agent-context API, e.g. `https://backstage.example.com/api/agent-context`. */
  apiUrl: string;
  /** A token for the portal; a placeholder goes in its place without one. */
  token?: string;
  entityRef?: string;
  /** The checkout's remote, without credentials. */
  repositoryUrl?: string;
  team?: string;
}

/** Stands in for a missing token, saying where one comes from. */
export const TOKEN_PLACEHOLDER =
  '<a token for the portal: ask its admins; then pass --token or set AGENT_CONTEXT_TOKEN>';

/**
 * A resource attribute value as OTEL_RESOURCE_ATTRIBUTES carries it:
 * characters outside W3C baggage's value octets (spaces, quotes, commas,
 * semicolons, backslashes, non-ASCII), and `%` itself, percent-encoded, as
 * the OpenTelemetry SDKs decode them.
 */
export function encodeAttributeValue(value: string): string {
  return value.replace(
    /[^\x21\x23-\x24\x26-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]/gu,
    character => encodeURIComponent(character),
  );
}

/**
 * The environment that turns on a coding agent's OpenTelemetry export to
 * the portal's OTLP/HTTP receiver (the exporters append /v1/metrics and
 * /v1/logs to the endpoint), with the resource attributes that attribute
 * it: the entity, the repository, and the team when given.
 */
export function telemetryEnvironment(
  target: TelemetryTarget,
): Record<string, string> {
  const attributes = [
    ['backstage.entity_ref', target.entityRef],
    ['vcs.repository.url.full', target.repositoryUrl],
    ['team.id', target.team],
  ]
    .filter((pair): pair is [string, string] => Boolean(pair[1]))
    .map(([key, value]) => `${key}=${encodeAttributeValue(value)}`);
  return {
    CLAUDE_CODE_ENABLE_TELEMETRY: '1',
    OTEL_METRICS_EXPORTER: 'otlp',
    OTEL_LOGS_EXPORTER: 'otlp',
    OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
    OTEL_EXPORTER_OTLP_ENDPOINT: `${target.apiUrl}/v1/otlp`,
    OTEL_EXPORTER_OTLP_HEADERS: `Authorization=Bearer ${
      target.token ?? TOKEN_PLACEHOLDER
    }`,
    ...(attributes.length > 0 && {
      OTEL_RESOURCE_ATTRIBUTES: attributes.join(','),
    }),
  };
}

/** A value as one word for a POSIX shell: bare when safe, else quoted. */
export function shellQuote(value: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(value)
    ? value
    : `'${value.replace(/'/g, `'\\''`)}'`;
}

/** `export NAME=value` lines, for `eval "$(agent-context telemetry-env)"`. */
export function asExportLines(environment: Record<string, string>): string {
  return Object.entries(environment)
    .map(([name, value]) => `export ${name}=${shellQuote(value)}\n`)
    .join('');
}
