import {
  AuthService,
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AdoptionIngestion } from '../types';
import { AiGatewayConnector } from './aiGateway/AiGatewayConnector';
import { ClaudeCodeConnector } from './claudeCode/ClaudeCodeConnector';
import { ConnectorHttp } from './ConnectorHttp';
import { GithubCopilotConnector } from './copilot/GithubCopilotConnector';
import { githubTeamGroups } from './copilot/githubTeamGroups';
import { CursorConnector } from './cursor/CursorConnector';
import {
  CONNECTORS_CONFIG_KEY,
  readConnectorSettings,
} from './readConnectorSettings';
import { runConnector } from './runConnector';
import { AdoptionConnector, ConnectorCursorStore } from './types';

interface ConnectorDeps {
  http: ConnectorHttp;
  catalog: CatalogService;
  auth: AuthService;
}

/** Every connector there is, by its config key. */
const CONNECTORS: Record<
  string,
  (block: Config, deps: ConnectorDeps) => AdoptionConnector
> = {
  copilot: (block, { http, catalog, auth }) =>
    GithubCopilotConnector.fromConfig(
      block,
      http,
      githubTeamGroups({
        catalog,
        auth,
        org: block.getString('org'),
        teamMapping: readTeamMapping(block),
      }),
    ),
  cursor: (block, { http }) => CursorConnector.fromConfig(block, http),
  'claude-code': (block, { http }) =>
    ClaudeCodeConnector.fromConfig(block, http),
  'ai-gateway': (block, { http }) => AiGatewayConnector.fromConfig(block, http),
};

/** The scheduler task id of a connector. */
export function connectorTaskId(name: string): string {
  return `agent-context-adoption-connector-${name}`;
}

/**
 * Schedules each connector that has a block under
 * `agentContext.adoption.connectors`; the others stay off. Runs are global
 * (one replica at a time, whatever the configured schedule says), because
 * two replicas pulling the same day would only repeat each other's work.
 * A misconfigured connector stops the backend here, naming the key.
 *
 * @returns the names of the connectors scheduled
 */
export async function scheduleAdoptionConnectors(options: {
  config: Config;
  scheduler: SchedulerService;
  logger: LoggerService;
  ingestion: AdoptionIngestion;
  cursors: ConnectorCursorStore;
  catalog: CatalogService;
  auth: AuthService;
  http?: ConnectorHttp;
}): Promise<string[]> {
  const { config, scheduler, logger, ingestion, cursors } = options;
  const blocks = config.getOptionalConfig(CONNECTORS_CONFIG_KEY);
  const names = blocks?.keys() ?? [];
  const unknown = names.find(name => !(name in CONNECTORS));
  if (unknown) {
    throw new Error(
      `${CONNECTORS_CONFIG_KEY}.${unknown} is not a connector (one of ${Object.keys(
        CONNECTORS,
      ).join(', ')})`,
    );
  }
  const deps: ConnectorDeps = {
    http: options.http ?? ConnectorHttp.create(),
    catalog: options.catalog,
    auth: options.auth,
  };
  for (const name of names) {
    const connector = CONNECTORS[name](blocks!.getConfig(name), deps);
    const settings = readConnectorSettings(config, name);
    await scheduler.scheduleTask({
      id: connectorTaskId(name),
      ...settings.schedule,
      scope: 'global',
      fn: signal =>
        runConnector({
          connector,
          ingestion,
          cursors,
          logger,
          backfillFrom: settings.backfillFrom,
          revisitDays: settings.revisitDays,
          signal,
        }),
    });
  }
  return names;
}

function readTeamMapping(block: Config): Record<string, string> {
  const mapping = block.getOptionalConfig('teamMapping');
  return Object.fromEntries(
    (mapping?.keys() ?? []).map(slug => [slug, mapping!.getString(slug)]),
  );
}
