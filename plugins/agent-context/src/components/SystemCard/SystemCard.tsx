import { ReactNode } from 'react';
import { InfoCard } from '@backstage/core-components';
import {
  EntityDomainContext,
  EntitySystemContext,
  RelatedEntity,
} from '@agent-context/plugin-agent-context-common';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { RelatedEntityList } from '../RelatedEntityList';
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

function Section(props: { title: string; children: ReactNode }) {
  return (
    <Box sx={{ '& + &': { mt: 2 } }}>
      <Typography variant="overline" component="h3">
        {props.title}
      </Typography>
      {props.children}
    </Box>
  );
}

function OneEntity(props: { entity?: RelatedEntity }) {
  return (
    <Typography variant="body2" component="div">
      {props.entity ? <RelatedEntityName entity={props.entity} /> : 'None'}
    </Typography>
  );
}

/** The parts of a whole, with their kinds, and how many a bound left out. */
function Parts(props: {
  label: string;
  parts: RelatedEntity[];
  count: number;
  entityRef: string;
}) {
  const { label, parts, count, entityRef } = props;
  const hidden = count - parts.length;
  return (
    <>
      <RelatedEntityList
        label={label}
        entities={parts}
        selfRef={entityRef}
        limit={10}
        showKind
      />
      {hidden > 0 && (
        <Typography variant="body2" color="text.secondary">
          and {hidden} more, not listed in the context
        </Typography>
      )}
    </>
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
        <Section title="Subdomain of">
          <OneEntity entity={domain.subdomainOf} />
        </Section>
        <Section title={`Systems and subdomains (${domain.partCount})`}>
          <Parts
            label="Systems and subdomains"
            parts={domain.parts}
            count={domain.partCount}
            entityRef={entityRef}
          />
        </Section>
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
        <Section title="System">
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
        </Section>
      )}
      <Section title="Domain">
        <OneEntity entity={system.domain} />
      </Section>
      <Section
        title={`${isSystem ? 'Parts' : 'Other parts'} (${system.partCount})`}
      >
        <Parts
          label={isSystem ? 'Parts of the system' : 'Other parts of the system'}
          parts={system.parts}
          count={system.partCount}
          entityRef={entityRef}
        />
      </Section>
    </InfoCard>
  );
}
