import { ReactNode } from 'react';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import {
  EntityRefLink,
  entityRouteParams,
  entityRouteRef,
  useEntity,
} from '@backstage/plugin-catalog-react';
import {
  CONTEXT_RELATION_SECTIONS,
  ContextRelationSectionId,
  carriesSection,
  contextRelationsOf,
} from '@agent-context/plugin-agent-context-common';
import { useAgentsMd, useEntityContext } from '../../hooks';
import { formatTokens } from '../AgentsMdCard';
import { DefinitionItem, DefinitionList } from '../DefinitionList';
import { NotInCatalogChip } from '../NotInCatalogChip';

/**
 * Props of {@link EntityAgentContextCard}.
 *
 * @public
 */
export interface EntityAgentContextCardProps {
  /** Path of the Agent context tab under the entity page; `agent-context` unless told. */
  tabPath?: string;
}

// Lists that only some kinds carry, shown by count where the kind has them.
const KIND_LISTS: ContextRelationSectionId[] = [
  'providers',
  'consumers',
  'parts',
  'domainParts',
  'childGroups',
  'members',
  'memberOf',
  'owns',
];

function count(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

function AgentsMdSize(props: { entityRef: string }) {
  const { document, loading, error } = useAgentsMd(props.entityRef);
  if (error) {
    return <span title={error.message}>unavailable</span>;
  }
  if (loading || !document) {
    return <span aria-busy="true">…</span>;
  }
  return <>{formatTokens(document.tokens)}</>;
}

/**
 * A compact summary of what agents are told about the entity, for its
 * Overview tab, with a link to the Agent context tab.
 */
export function EntityAgentContextCard(props: EntityAgentContextCardProps) {
  const { tabPath = 'agent-context' } = props;
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const { context, loading, error } = useEntityContext(entityRef);
  const entityRoute = useRouteRef(entityRouteRef);
  const tabLink = `${entityRoute(entityRouteParams(entity))}/${tabPath}`;

  let content: ReactNode;
  if (loading) {
    content = <Progress />;
  } else if (error) {
    content = <ResponseErrorPanel error={error} />;
  } else if (context) {
    const { ownership, dependencies, apis, blastRadius } = context;
    const { kind } = context.entity;
    const owner = ownership.owner;
    const carries = (id: ContextRelationSectionId) => carriesSection(kind, id);
    const countOf = (id: ContextRelationSectionId) =>
      CONTEXT_RELATION_SECTIONS[id].read(context).count;
    const rule = contextRelationsOf(kind).blastRadius;
    content = (
      <DefinitionList>
        {carries('owner') && (
          <DefinitionItem term="Owner">
            {!owner ? (
              'None declared'
            ) : (
              <>
                {owner.resolved ? (
                  <EntityRefLink entityRef={owner.ref}>
                    {owner.displayName}
                  </EntityRefLink>
                ) : (
                  owner.displayName
                )}
                {!owner.resolved && (
                  <>
                    {' '}
                    <NotInCatalogChip />
                  </>
                )}
              </>
            )}
          </DefinitionItem>
        )}
        {/* The lists each kind adds, by count: the tab lists them. */}
        {KIND_LISTS.filter(carries).map(id => (
          <DefinitionItem key={id} term={CONTEXT_RELATION_SECTIONS[id].title}>
            {count(countOf(id), 'entity', 'entities')}
          </DefinitionItem>
        ))}
        {carries('dependsOn') && (
          <DefinitionItem term="Depends on">
            {count(dependencies.dependsOn.length, 'entity', 'entities')}
          </DefinitionItem>
        )}
        {carries('dependedOnBy') && (
          <DefinitionItem term="Depended on by">
            {count(dependencies.dependedOnBy.length, 'entity', 'entities')}
          </DefinitionItem>
        )}
        {carries('providesApis') && (
          <DefinitionItem term="APIs">
            {`${apis.provides.length} provided, ${apis.consumes.length} consumed`}
          </DefinitionItem>
        )}
        <DefinitionItem term="Blast radius">
          {rule.follows.length === 0
            ? `None for a ${kind.toLocaleLowerCase('en-US')}`
            : `${blastRadius.truncated ? 'at least ' : ''}${count(
                blastRadius.entries.length,
                'entity',
                'entities',
              )}`}
        </DefinitionItem>
        <DefinitionItem term="AGENTS.md">
          <AgentsMdSize entityRef={entityRef} />
        </DefinitionItem>
      </DefinitionList>
    );
  }

  return (
    <InfoCard
      title="Agent context"
      variant="gridItem"
      deepLink={{ title: 'View agent context', link: tabLink }}
    >
      {content}
    </InfoCard>
  );
}
