import { ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { EntityContext } from '@agent-context/plugin-agent-context-common';
import Box from '@mui/material/Box';
import Grid from '@mui/material/Grid';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { ApisCard } from '../ApisCard';
import { BlastRadiusCard } from '../BlastRadiusCard';
import { ConventionsCard } from '../ConventionsCard';
import { DependenciesCard } from '../DependenciesCard';
import { EntityAdoptionCard } from '../EntityAdoptionCard';
import { OwnershipCard } from '../OwnershipCard';
import { SystemCard } from '../SystemCard';

/** The query parameter that keeps the open section, so a link can share it. */
export const SECTION_PARAM = 'section';

interface Section {
  id: string;
  label: string;
  render: (context: EntityContext) => ReactNode;
}

// The long lists, in the order people look for them: what it touches,
// its contracts, what a change affects, the rules, then who and where.
const SECTIONS: Section[] = [
  {
    id: 'dependencies',
    label: 'Dependencies',
    render: context => (
      <DependenciesCard
        dependencies={context.dependencies}
        component={context.component}
      />
    ),
  },
  {
    id: 'apis',
    label: 'APIs',
    render: context => (
      <ApisCard
        apis={context.apis}
        api={context.api}
        entityRef={context.entity.ref}
      />
    ),
  },
  {
    id: 'blast-radius',
    label: 'Blast radius',
    render: context => (
      <BlastRadiusCard
        blastRadius={context.blastRadius}
        entityRef={context.entity.ref}
        kind={context.entity.kind}
      />
    ),
  },
  {
    id: 'conventions',
    label: 'Conventions',
    render: context => <ConventionsCard entityRef={context.entity.ref} />,
  },
  {
    id: 'ownership',
    label: 'Ownership & system',
    render: context => (
      <Grid container spacing={3} alignItems="stretch">
        <Grid item xs={12} md={7}>
          <OwnershipCard
            ownership={context.ownership}
            group={context.group}
            user={context.user}
            owns={context.owns}
          />
        </Grid>
        <Grid item xs={12} md={5}>
          <SystemCard
            system={context.system}
            domain={context.domain}
            entityRef={context.entity.ref}
          />
        </Grid>
      </Grid>
    ),
  },
  {
    id: 'adoption',
    label: 'Adoption',
    render: () => <EntityAdoptionCard />,
  },
];

/**
 * The Agent context tab's long lists, one at a time behind a tab bar, so
 * that the tab's first screen holds what people come for. The open one is
 * in the URL's `section` parameter.
 */
export function AgentContextSectionTabs(props: { context: EntityContext }) {
  const [params, setParams] = useSearchParams();
  const open =
    SECTIONS.find(section => section.id === params.get(SECTION_PARAM)) ??
    SECTIONS[0];

  const select = (id: string) =>
    setParams(
      current => {
        const next = new URLSearchParams(current);
        next.set(SECTION_PARAM, id);
        return next;
      },
      // Switching sections is not a page of its own in the history.
      { replace: true },
    );

  return (
    <Box>
      <Tabs
        value={open.id}
        onChange={(_, id: string) => select(id)}
        variant="scrollable"
        scrollButtons="auto"
        aria-label="Agent context sections"
        data-testid="agent-context-section-tabs"
        sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}
      >
        {SECTIONS.map(section => (
          <Tab
            key={section.id}
            value={section.id}
            label={section.label}
            id={`agent-context-tab-${section.id}`}
            data-testid={`agent-context-tab-${section.id}`}
            aria-controls={`agent-context-panel-${section.id}`}
          />
        ))}
      </Tabs>
      <Box
        role="tabpanel"
        id={`agent-context-panel-${open.id}`}
        data-testid={`agent-context-panel-${open.id}`}
        aria-labelledby={`agent-context-tab-${open.id}`}
      >
        {open.render(props.context)}
      </Box>
    </Box>
  );
}
