import { createBackend } from '@backstage/backend-defaults';
import { permissionPolicyModule } from './modules/permissionPolicyModule';

/**
 * The portal's backend: the catalog, sign-in, permissions, MCP and the
 * Agent Context suite, and nothing the product does not use.
 */
const backend = createBackend();

// Serves the built frontend when there is one (production, browser tests).
backend.add(import('@backstage/plugin-app-backend'));

backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));

backend.add(import('@backstage/plugin-catalog-backend'));
// The AiResource kind: AI rules and skills modelled in the catalog.
backend.add(import('@backstage/plugin-catalog-backend-module-ai-model'));

backend.add(import('@backstage/plugin-permission-backend'));
backend.add(permissionPolicyModule);

// Serves registered actions as MCP tools at /api/mcp-actions/v1.
backend.add(import('@backstage/plugin-mcp-actions-backend'));

backend.add(import('@agent-context/plugin-agent-context-backend'));

backend.start();
