import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import agentContextPlugin from '@agent-context/plugin-agent-context/alpha';
import { navModule } from './modules/nav';
import { signInModule } from './modules/signIn';

/**
 * The portal. Plugins listed here are installed explicitly; the others in
 * this package's dependencies (org, API docs, catalog graph, auth) are
 * discovered through `app.packages: all` in app-config.yaml.
 */
const app = createApp({
  features: [catalogPlugin, agentContextPlugin, navModule, signInModule],
});

export default app;
