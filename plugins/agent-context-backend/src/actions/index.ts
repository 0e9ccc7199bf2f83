import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { AgentsMdService } from '../agentsMd/AgentsMdService';
import { ContextAnswers } from '../answers/ContextAnswers';
import { createGetAgentsMdAction } from './createGetAgentsMdAction';
import { createGetBlastRadiusAction } from './createGetBlastRadiusAction';
import { createGetContextForRepositoryAction } from './createGetContextForRepositoryAction';
import { createGetEntityContextAction } from './createGetEntityContextAction';
import { createListConventionsAction } from './createListConventionsAction';
import { createGetAgentReadinessAction } from './createGetAgentReadinessAction';
import { ReadinessService } from '../readiness/ReadinessService';

/** Registers the plugin's read operations as actions (and so MCP tools). */
export function registerActions(options: {
  actionsRegistry: ActionsRegistryService;
  auth: AuthService;
  findRepositoryEntity: (
    request: { url: string; path?: string },
    credentials: BackstageCredentials,
  ) => Promise<string>;
  /** Also the context service of the actions that read contexts. */
  answers: ContextAnswers;
  agentsMdService: AgentsMdService;
  readiness?: ReadinessService;
}) {
  const reading = { ...options, contextService: options.answers };
  createGetEntityContextAction(reading);
  createGetAgentsMdAction(options);
  createGetContextForRepositoryAction(reading);
  createGetBlastRadiusAction(reading);
  createListConventionsAction(options);
  if (options.readiness) {
    createGetAgentReadinessAction({ ...options, readiness: options.readiness });
  }
}
