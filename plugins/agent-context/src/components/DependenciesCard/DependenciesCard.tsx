import { InfoCard } from '@backstage/core-components';
import {
  EntityComponentParts,
  EntityDependencies,
} from '@agent-context/plugin-agent-context-common';
import Typography from '@mui/material/Typography';
import { RelatedEntityTable } from '../RelatedEntityTable';

/**
 * Props of {@link DependenciesCard}.
 */
export interface DependenciesCardProps {
  dependencies: EntityDependencies;
  /** A component's parent component and subcomponents, if it has any. */
  component?: EntityComponentParts;
}

/**
 * What the entity depends on, and what depends on it: the blast radius an
 * agent should weigh before changing it. A component also shows the
 * component it is part of and its own subcomponents, where it has them.
 */
export function DependenciesCard(props: DependenciesCardProps) {
  const { dependencies, component } = props;
  const { dependsOn, dependedOnBy } = dependencies;
  const hasComponentParts =
    !!component &&
    (!!component.subcomponentOf || component.subcomponentCount > 0);

  if (
    dependsOn.length === 0 &&
    dependedOnBy.length === 0 &&
    !hasComponentParts
  ) {
    return (
      <InfoCard title="Dependencies">
        <Typography variant="body2">No dependencies declared</Typography>
      </InfoCard>
    );
  }

  return (
    <InfoCard title="Dependencies">
      <RelatedEntityTable title="Depends on" entities={dependsOn} />
      <RelatedEntityTable title="Depended on by" entities={dependedOnBy} />
      {component && hasComponentParts && (
        <>
          <RelatedEntityTable
            title="Subcomponent of"
            entities={
              component.subcomponentOf ? [component.subcomponentOf] : []
            }
          />
          <RelatedEntityTable
            title="Subcomponents"
            entities={component.subcomponents}
            total={component.subcomponentCount}
          />
        </>
      )}
    </InfoCard>
  );
}
