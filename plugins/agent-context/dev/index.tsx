import { ReactNode } from 'react';
import {
  AdoptionDetailOf,
  AdoptionList,
  AdoptionListQuery,
  AdoptionOverview,
  AgentContextApi,
  AgentsMdBudget,
  AgentsMdDocument,
  Convention,
  ConventionHistoryEntry,
  ConventionInput,
  ConventionResolution,
  ConventionScope,
  ConventionScopeView,
  ConventionUpdate,
  EntityContext,
  EntityReadiness,
  GLOBAL_SCOPE,
  ReadinessListQuery,
  ReadinessPage,
  renderAgentsMd,
  toContextConvention,
} from '@agent-context/plugin-agent-context-common';
import {
  CompoundEntityRef,
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { Content, Header, Page } from '@backstage/core-components';
import {
  createPlugin,
  createRoutableExtension,
  useRouteRefParams,
} from '@backstage/core-plugin-api';
import { createDevApp } from '@backstage/dev-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import {
  AgentContextAdoptionPage,
  AgentContextCodexPage,
  EntityAgentContextCard,
  EntityAgentContextContent,
  agentContextApiRef,
  agentContextPlugin,
} from '../src';
// The readiness and adoption cards.
import {
  EntityAgentReadinessOverviewCard,
  EntityGroupAdoptionCard,
} from '../src';
import { EntityAdoptionCard } from '../src/components/EntityAdoptionCard';
import { EntityReadinessCard } from '../src/components/EntityReadinessCard';
// The page's entity is the one the tests render; sampleData adds its context.
import { checkoutServiceEntity } from '../src/__fixtures__/entityContext';
import { InMemoryConventions, scopePath } from './InMemoryConventions';
import { legacyBatch, retiredService, sampleContexts } from './sampleData';
import { sampleAdoption } from './sampleAdoption';
import { sampleConventions } from './sampleConventions';

const portalUrl = 'http://localhost:3000';

function notFound(ref: string): Error {
  return Object.assign(new Error(`No entity '${ref}' found`), {
    name: 'NotFoundError',
  });
}

function refString(entityRef: CompoundEntityRef | string): string {
  return stringifyEntityRef(
    typeof entityRef === 'string' ? parseEntityRef(entityRef) : entityRef,
  );
}

/** A rough token count (four characters a token), enough for the samples. */
function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/**
 * Who may edit each scope in the dev app: the platform admins the codex,
 * and an entity's owner every scope on its path; scopes of an entity
 * without an owner stay read-only.
 */
function sampleEditors(): Map<ConventionScope, string[]> {
  const editors = new Map<ConventionScope, string[]>([
    [GLOBAL_SCOPE, ['group:default/platform-admins']],
  ]);
  for (const context of sampleContexts) {
    const owner = context.ownership.owner?.ref;
    if (!owner) {
      continue;
    }
    for (const { scope } of scopePath(context)) {
      if (scope !== GLOBAL_SCOPE) {
        editors.set(scope, [owner]);
      }
    }
  }
  return editors;
}

const pause = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/**
 * Serves the sample contexts and conventions, slowly enough to see the
 * loading states. Contexts and AGENTS.md documents are derived from the
 * conventions as they are now, so a save shows up in both.
 */
class SampleAgentContextApi implements AgentContextApi {
  private readonly contexts = new Map(
    sampleContexts.map(context => [context.entity.ref, context]),
  );
  private readonly conventions = new InMemoryConventions(
    sampleConventions,
    this.contexts,
    sampleEditors(),
  );

  async getEntityContext(
    entityRef: CompoundEntityRef | string,
  ): Promise<EntityContext> {
    const ref = refString(entityRef);
    await pause(600);
    return this.contextOf(ref);
  }

  async getAgentsMd(
    entityRef: CompoundEntityRef | string,
    options?: { maxTokens?: number },
  ): Promise<AgentsMdDocument> {
    const ref = refString(entityRef);
    await pause(300);
    const context = this.contextOf(ref);
    const { kind, namespace, name } = parseEntityRef(ref);
    // As the backend does: its default budget unless a caller asks for
    // another, and 0 for none.
    let budget: AgentsMdBudget = { maxLines: 200 };
    if (options?.maxTokens !== undefined) {
      budget = options.maxTokens === 0 ? {} : { maxTokens: options.maxTokens };
    }
    const rendered = renderAgentsMd(context, {
      entityPageUrl: `${portalUrl}/catalog/${namespace}/${kind}/${name}`,
      portalUrl,
      ...budget,
      countTokens: estimateTokens,
    });
    return {
      entityRef: ref,
      markdown: rendered.markdown,
      tokens: rendered.tokens ?? estimateTokens(rendered.markdown),
      lines: rendered.lines,
      budget,
      omitted: rendered.omitted,
      overBudget: rendered.overBudget,
      contentHash: context.metadata.contentHash,
    };
  }

  async getContextByRepository(request: {
    url: string;
  }): Promise<EntityContext> {
    const context = sampleContexts.find(
      candidate =>
        candidate.entity.sourceLocation &&
        request.url.startsWith(
          candidate.entity.sourceLocation.replace(/\/tree\/.*$/, ''),
        ),
    );
    if (!context) {
      throw notFound(request.url);
    }
    return this.contextOf(context.entity.ref);
  }

  async getConventionResolution(
    entityRef: CompoundEntityRef | string,
  ): Promise<ConventionResolution> {
    const ref = refString(entityRef);
    await pause(300);
    this.contextOf(ref);
    return this.conventions.resolve(ref);
  }

  async getConventionScope(
    scope: ConventionScope,
  ): Promise<ConventionScopeView> {
    await pause(300);
    return this.conventions.scopeView(scope);
  }

  async createConvention(
    scope: ConventionScope,
    input: ConventionInput,
  ): Promise<Convention> {
    await pause(300);
    return this.conventions.create(scope, input);
  }

  async updateConvention(
    scope: ConventionScope,
    update: ConventionUpdate,
  ): Promise<Convention> {
    await pause(300);
    return this.conventions.update(scope, update);
  }

  async deleteConvention(
    scope: ConventionScope,
    id: string,
    revision: number,
  ): Promise<void> {
    await pause(300);
    this.conventions.remove(scope, id, revision);
  }

  async getConventionHistory(
    scope: ConventionScope,
    options?: { conventionId?: string },
  ): Promise<{ entries: ConventionHistoryEntry[] }> {
    await pause(300);
    return {
      entries: this.conventions.historyOf(scope, options?.conventionId),
    };
  }

  async getAdoptionOverview(): Promise<AdoptionOverview> {
    await pause(500);
    return sampleAdoption.overview();
  }

  async listAdoptionTeams(query?: AdoptionListQuery): Promise<AdoptionList> {
    await pause(400);
    return sampleAdoption.teams(query);
  }

  async listAdoptionEntities(query?: AdoptionListQuery): Promise<AdoptionList> {
    await pause(400);
    return sampleAdoption.entities(query);
  }

  async getEntityAdoption(
    entityRef: CompoundEntityRef | string,
  ): Promise<AdoptionDetailOf> {
    await pause(400);
    return sampleAdoption.entity(refString(entityRef));
  }

  async listReadiness(query?: ReadinessListQuery): Promise<ReadinessPage> {
    await pause(300);
    return sampleAdoption.readinessList(query);
  }

  async getEntityReadiness(
    entityRef: CompoundEntityRef | string,
  ): Promise<EntityReadiness> {
    await pause(300);
    return sampleAdoption.readiness(refString(entityRef));
  }

  /** The sample context with the conventions that apply to it now. */
  private contextOf(ref: string): EntityContext {
    const context = this.contexts.get(ref);
    if (!context) {
      throw notFound(ref);
    }
    return {
      ...context,
      conventions: this.conventions
        .resolve(ref)
        .conventions.map(toContextConvention),
    };
  }
}

/**
 * Stands in for the catalog's entity page, so that entity links in the tab
 * lead somewhere in an app that has no catalog.
 */
function SampleEntityPage() {
  const { kind, namespace, name } = useRouteRefParams(entityRouteRef);
  return (
    <Page themeId="tool">
      <Header title={name} subtitle={`${kind}:${namespace}/${name}`} />
      <Content>
        <Typography>
          In a portal this link opens the catalog's page of this entity.
        </Typography>
      </Content>
    </Page>
  );
}

const sampleCatalogPlugin = createPlugin({ id: 'sample-catalog' });

const SampleCatalogEntityPage = sampleCatalogPlugin.provide(
  createRoutableExtension({
    name: 'SampleCatalogEntityPage',
    component: async () => SampleEntityPage,
    mountPoint: entityRouteRef,
  }),
);

function EntityTab(props: { entity: Entity; children: ReactNode }) {
  return (
    <Page themeId="service">
      <Header
        title={props.entity.metadata.name}
        subtitle="Agent context, with sample data"
      />
      <Content>
        <EntityProvider entity={props.entity}>{props.children}</EntityProvider>
      </Content>
    </Page>
  );
}

/** A team of the samples: it owns two of the sample services. */
const paymentsTeam: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'payments-team', namespace: 'default' },
  spec: { type: 'team', children: [] },
};

createDevApp()
  .registerPlugin(agentContextPlugin, sampleCatalogPlugin)
  .registerApi({
    api: agentContextApiRef,
    deps: {},
    factory: () => new SampleAgentContextApi(),
  })
  .addPage({
    path: '/agent-context',
    title: 'Agent context',
    element: (
      <EntityTab entity={checkoutServiceEntity}>
        <EntityAgentContextContent />
      </EntityTab>
    ),
  })
  .addPage({
    path: '/agent-context-card',
    title: 'Overview card',
    element: (
      <EntityTab entity={checkoutServiceEntity}>
        <Grid container spacing={3}>
          <Grid item xs={12} md={4}>
            <EntityAgentContextCard />
          </Grid>
        </Grid>
      </EntityTab>
    ),
  })
  .addPage({
    path: '/agent-readiness-cards',
    title: 'Readiness and adoption',
    element: (
      <EntityTab entity={checkoutServiceEntity}>
        <Grid container spacing={3}>
          <Grid item xs={12} md={4}>
            <EntityAgentReadinessOverviewCard />
          </Grid>
          <Grid item xs={12} md={8}>
            <EntityReadinessCard />
          </Grid>
          <Grid item xs={12}>
            <EntityAdoptionCard />
          </Grid>
        </Grid>
      </EntityTab>
    ),
  })
  .addPage({
    path: '/group-adoption-card',
    title: 'Team adoption',
    element: (
      <EntityTab entity={paymentsTeam}>
        <EntityGroupAdoptionCard />
      </EntityTab>
    ),
  })
  .addPage({
    path: '/agent-context-empty',
    title: 'Empty states',
    element: (
      <EntityTab entity={legacyBatch}>
        <EntityAgentContextContent />
      </EntityTab>
    ),
  })
  .addPage({
    path: '/agent-context-not-found',
    title: 'Unknown entity',
    element: (
      <EntityTab entity={retiredService}>
        <EntityAgentContextContent />
      </EntityTab>
    ),
  })
  .addPage({
    path: '/agent-context/codex',
    title: 'Codex',
    element: <AgentContextCodexPage />,
  })
  .addPage({
    path: '/agent-context/adoption',
    title: 'AI adoption',
    element: <AgentContextAdoptionPage />,
  })
  .addPage({
    path: '/catalog/:namespace/:kind/:name',
    element: <SampleCatalogEntityPage />,
  })
  .render();
