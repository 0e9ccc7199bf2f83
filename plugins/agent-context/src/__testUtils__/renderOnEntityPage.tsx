import { AgentContextApi } from '@agent-context/plugin-agent-context-common';
import { Entity } from '@backstage/catalog-model';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { ReactElement } from 'react';
import { agentContextApiRef } from '../api';

/** Renders a card as the page of `entity` would, with the given API. */
export function renderOnEntityPage(
  element: ReactElement,
  options: { api: AgentContextApi; entity: Entity },
) {
  return renderInTestApp(
    <TestApiProvider apis={[[agentContextApiRef, options.api]]}>
      <EntityProvider entity={options.entity}>{element}</EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}
