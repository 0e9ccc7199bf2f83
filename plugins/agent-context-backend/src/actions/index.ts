import { AuthService } from '@backstage/backend-plugin-api';
import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AgentsMdService } from '../agentsMd/AgentsMdService';
import { EntityContextService } from '../context';
import { ConventionsService } from '../conventions/ConventionsService';
import { createGetAgentsMdAction } from './createGetAgentsMdAction';
import { createGetBlastRadiusAction } from './createGetBlastRadiusAction';
import { createGetContextForRepositoryAction } from './createGetContextForRepositoryAction';
import { createGetEntityContextAction } from './createGetEntityContextAction';
import { createListConventionsAction } from './createListConventionsAction';

/** Registers the plugin's read operations as actions (and so MCP tools). */
export function registerActions(options: {
  actionsRegistry: ActionsRegistryService;
  auth: AuthService;
  catalog: CatalogService;
  contextService: EntityContextService;
  agentsMdService: AgentsMdService;
  conventionsService: ConventionsService;
}) {
  createGetEntityContextAction(options);
  createGetAgentsMdAction(options);
  createGetContextForRepositoryAction(options);
  createGetBlastRadiusAction(options);
  createListConventionsAction(options);
}
