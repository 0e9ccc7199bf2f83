import {
  AuthService,
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { recordingActionsRegistry, UsageRecorder } from '../adoption/recording';
import { AdoptionQueries } from '../adoption/query';
import { AgentsMdService } from '../agentsMd/AgentsMdService';
import { ContextAnswers } from '../answers/ContextAnswers';
import { createGetAgentsMdAction } from './createGetAgentsMdAction';
import { createGetAdoptionSummaryAction } from './createGetAdoptionSummaryAction';
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
  /** Records each call as adoption usage; none when recording is off. */
  usage?: UsageRecorder;
  adoptionQueries: AdoptionQueries;
  permissions: PermissionsService;
  readiness?: ReadinessService;
}) {
  const registering = {
    ...options,
    actionsRegistry: recordingActionsRegistry(
      options.actionsRegistry,
      options.usage,
    ),
  };
  const reading = { ...registering, contextService: options.answers };
  createGetEntityContextAction(reading);
  createGetAgentsMdAction(registering);
  createGetContextForRepositoryAction(reading);
  createGetBlastRadiusAction(reading);
  createListConventionsAction(registering);
  createGetAdoptionSummaryAction(options);
  if (options.readiness) {
    createGetAgentReadinessAction({ ...options, readiness: options.readiness });
  }
}
