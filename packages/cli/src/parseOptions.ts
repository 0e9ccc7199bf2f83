import { parseArgs, ParseArgsConfig } from 'node:util';
import { CliError } from './CliError';
import { CommandName, commandUsage } from './usage';

/** Environment variable holding the portal URL when --portal is not given. */
export const PORTAL_URL_ENV = 'AGENT_CONTEXT_URL';
/** Environment variable holding the token when --token is not given. */
export const TOKEN_ENV = 'AGENT_CONTEXT_TOKEN';

const API_PATH = '/api/agent-context';

/** Where the agent-context API lives and how to authenticate to it. */
export interface PortalConnection {
  /** e.g. `https://backstage.example.com/api/agent-context` */
  apiUrl: string;
  token: string;
}

/** The options that pull and check share. */
export interface CommonOptions {
  connection: PortalConnection;
  /** Fetch this entity's AGENTS.md instead of resolving the checkout. */
  entityRef?: string;
  /** Git remote naming the repository; `origin` unless given. */
  remote: string;
  /** The token budget; 0 for none, undefined for the portal's default. */
  maxTokens?: number;
}

/** Options of `agent-context pull`. */
export interface PullOptions extends CommonOptions {
  /** Output file as given, relative to the working directory. */
  out?: string;
  stdout: boolean;
}

/** Options of `agent-context check`. */
export interface CheckOptions extends CommonOptions {
  /** The file to check as given, relative to the working directory. */
  file?: string;
}

/** Options of `agent-context telemetry-env`. */
export interface TelemetryEnvOptions {
  /** The agent-context API; the OTLP receiver lives under it. */
  apiUrl: string;
  /** Without one, the header carries a placeholder and no lookup is made. */
  token?: string;
  entityRef?: string;
  remote: string;
  /** A group name or ref, sent as `team.id`. */
  team?: string;
  format: 'shell' | 'json';
}

/** Either a request for help, or the options to run the command with. */
export type ParsedCommand<T> = { help: true } | { help: false; options: T };

type Env = Record<string, string | undefined>;

const commonSpec = {
  portal: { type: 'string' },
  token: { type: 'string' },
  entity: { type: 'string' },
  remote: { type: 'string' },
  'max-tokens': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

// kind:name or kind:namespace/name, the forms the catalog accepts.
const ENTITY_REF = /^[^\s:/]+:(?:[^\s:/]+\/)?[^\s:/]+$/;

/** Parses the arguments after `pull`. Throws CliError on bad usage. */
export function parsePullOptions(
  args: string[],
  env: Env,
): ParsedCommand<PullOptions> {
  const { values } = parse('pull', {
    args,
    options: {
      ...commonSpec,
      out: { type: 'string' },
      stdout: { type: 'boolean' },
    },
  });
  if (values.help) {
    return { help: true };
  }
  if (values.out !== undefined && values.stdout) {
    throw usageError('pull', '--out and --stdout cannot be used together');
  }
  return {
    help: false,
    options: {
      ...commonOptionsOf('pull', values, env),
      out: values.out,
      stdout: values.stdout ?? false,
    },
  };
}

/** Parses the arguments after `check`. Throws CliError on bad usage. */
export function parseCheckOptions(
  args: string[],
  env: Env,
): ParsedCommand<CheckOptions> {
  const { values } = parse('check', {
    args,
    options: { ...commonSpec, file: { type: 'string' } },
  });
  if (values.help) {
    return { help: true };
  }
  return {
    help: false,
    options: { ...commonOptionsOf('check', values, env), file: values.file },
  };
}

/** Parses the arguments after `telemetry-env`. Throws CliError on bad usage. */
export function parseTelemetryEnvOptions(
  args: string[],
  env: Env,
): ParsedCommand<TelemetryEnvOptions> {
  const { values } = parse('telemetry-env', {
    args,
    options: {
      portal: commonSpec.portal,
      token: commonSpec.token,
      entity: commonSpec.entity,
      remote: commonSpec.remote,
      team: { type: 'string' },
      format: { type: 'string' },
      help: commonSpec.help,
    },
  });
  if (values.help) {
    return { help: true };
  }
  const format = values.format ?? 'shell';
  if (format !== 'shell' && format !== 'json') {
    throw usageError(
      'telemetry-env',
      `--format expects shell or json, got '${format}'`,
    );
  }
  if (values.team !== undefined && !values.team.trim()) {
    throw usageError('telemetry-env', '--team expects a group name or ref');
  }
  const portal = values.portal ?? (env[PORTAL_URL_ENV] || undefined);
  if (!portal) {
    throw new CliError(
      `no portal URL: pass --portal URL or set ${PORTAL_URL_ENV} to the URL of the Backstage backend`,
    );
  }
  checkEntityRef('telemetry-env', values.entity);
  return {
    help: false,
    options: {
      apiUrl: apiUrlOf(portal),
      token: values.token ?? (env[TOKEN_ENV] || undefined),
      entityRef: values.entity,
      remote: values.remote ?? 'origin',
      team: values.team?.trim(),
      format,
    },
  };
}

function checkEntityRef(command: CommandName, entity: string | undefined) {
  if (entity !== undefined && !ENTITY_REF.test(entity)) {
    throw usageError(
      command,
      `--entity expects an entity ref such as component:default/cart, got '${entity}'`,
    );
  }
}

function parse<T extends ParseArgsConfig>(
  command: CommandName,
  config: T,
): ReturnType<typeof parseArgs<T>> {
  try {
    // strict by default: unknown options and positionals are errors.
    return parseArgs(config);
  } catch (error) {
    // Node's advice about positionals after `--` does not apply: the
    // commands take none.
    const message = String((error as Error).message).replace(
      /\. To specify a positional argument.*$/s,
      '',
    );
    throw usageError(command, message);
  }
}

function usageError(command: CommandName, message: string): CliError {
  return new CliError(`${message}\n\n${commandUsage[command]}`);
}

function commonOptionsOf(
  command: CommandName,
  values: {
    portal?: string;
    token?: string;
    entity?: string;
    remote?: string;
    'max-tokens'?: string;
  },
  env: Env,
): CommonOptions {
  // Flags win over the environment; an empty variable counts as unset.
  const portal = values.portal ?? (env[PORTAL_URL_ENV] || undefined);
  const token = values.token ?? (env[TOKEN_ENV] || undefined);
  if (!portal) {
    throw new CliError(
      `no portal URL: pass --portal URL or set ${PORTAL_URL_ENV} to the URL of the Backstage backend`,
    );
  }
  if (!token) {
    throw new CliError(
      `no token: pass --token TOKEN or set ${TOKEN_ENV} to a token the portal accepts`,
    );
  }
  checkEntityRef(command, values.entity);
  return {
    connection: { apiUrl: apiUrlOf(portal), token },
    entityRef: values.entity,
    remote: values.remote ?? 'origin',
    maxTokens: parseMaxTokens(command, values['max-tokens']),
  };
}

function parseMaxTokens(
  command: CommandName,
  raw: string | undefined,
): number | undefined {
  if (raw === undefined) {
    return undefined;
  }
  // 0 asks for the whole document; the portal checks the range.
  if (!/^(0|[1-9][0-9]*)$/.test(raw)) {
    throw usageError(
      command,
      `--max-tokens expects a whole number of tokens (0 for no limit), got '${raw}'`,
    );
  }
  return Number(raw);
}

/**
 * The agent-context API under a portal URL. Accepts the backend's base URL,
 * with or without a trailing slash, or the API URL itself.
 */
export function apiUrlOf(portal: string): string {
  let url: URL;
  try {
    url = new URL(portal);
  } catch {
    url = new URL('invalid:');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new CliError(
      `invalid portal URL '${portal}' (from --portal or ${PORTAL_URL_ENV}): expected an http or https URL`,
    );
  }
  const base = `${url.origin}${url.pathname}`.replace(/\/+$/, '');
  return base.endsWith(API_PATH) ? base : `${base}${API_PATH}`;
}
