import { InfoCard } from '@backstage/core-components';
import {
  EntityDomainContext,
  EntitySystemContext,
  RelatedEntity,
} from '@agent-context/plugin-agent-context-common';
import Typography from '@mui/material/Typography';
import { BoundedEntityList } from '../BoundedEntityList';
import { CardSection } from '../CardSection';
import { RelatedEntityName } from '../RelatedEntityName';

/**
 * Props of {@link SystemCard}.
 */
export interface SystemCardProps {
  /** Absent when the entity is not part of a system (nor one). */
  system?: EntitySystemContext;
  /** For a domain: the domain above it, its systems and subdomains. */
  domain?: EntityDomainContext;
  /** The entity whose page this is. */
  entityRef: string;
}

function OneEntity(props: { entity?: RelatedEntity }) {
  return (
    <Typography variant="body2" component="div">
      {props.entity ? <RelatedEntityName entity={props.entity} /> : 'None'}
    </Typography>
  );
}

/**
 * The system the entity is part of, the system's domain, and the system's
 * other parts: the neighbourhood a change is likely to touch. For a system
 * itself, its domain and all its parts; for a domain, the domain above it,
 * its systems and its subdomains.
 */
export function SystemCard(props: SystemCardProps) {
  const { system, domain, entityRef } = props;

  if (domain) {
    return (
      <InfoCard title="Domain" variant="gridItem">
        <CardSection title="Subdomain of">
          <OneEntity entity={domain.subdomainOf} />
        </CardSection>
        <CardSection title={`Systems and subdomains (${domain.partCount})`}>
          <BoundedEntityList
            label="Systems and subdomains"
            entities={domain.parts}
            count={domain.partCount}
            selfRef={entityRef}
          />
        </CardSection>
      </InfoCard>
    );
  }

  if (!system) {
    return (
      <InfoCard title="System" variant="gridItem">
        <Typography variant="body2">Not part of a system</Typography>
      </InfoCard>
    );
  }

  const isSystem = system.system.ref === entityRef;
  return (
    <InfoCard title="System" variant="gridItem">
      {!isSystem && (
        <CardSection title="System">
          <Typography variant="h6" component="div">
            <RelatedEntityName entity={system.system} />
          </Typography>
          {system.system.title && (
            <Typography variant="body2" color="text.secondary">
              {system.system.title}
            </Typography>
          )}
          {system.system.description && (
            <Typography variant="body2">{system.system.description}</Typography>
          )}
        </CardSection>
      )}
      <CardSection title="Domain">
        <OneEntity entity={system.domain} />
      </CardSection>
      <CardSection
        title={`${isSystem ? 'Parts' : 'Other parts'} (${system.partCount})`}
      >
        <BoundedEntityList
          label={isSystem ? 'Parts of the system' : 'Other parts of the system'}
          entities={system.parts}
          count={system.partCount}
          selfRef={entityRef}
        />
      </CardSection>
    </InfoCard>
  );
}
