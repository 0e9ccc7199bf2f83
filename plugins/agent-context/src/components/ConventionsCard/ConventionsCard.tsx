import { useState } from 'react';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useConventionResolution, useConventionScope } from '../../hooks';
import { ConventionDialog, ConventionDialogs } from '../ConventionDialogs';
import { ResolvedConventionList } from '../ResolvedConventionList';
import {
  ScopeConventionList,
  ScopeConventionsToolbar,
} from '../ScopeConventionList';

const sectionSx = { '& + &': { mt: 4 } } as const;

/**
 * Props of {@link ConventionsCard}.
 */
export interface ConventionsCardProps {
  entityRef: string;
}

/**
 * The conventions an agent follows on this entity, from the org codex down
 * to the entity itself, and the entity's own entries. Its owners add, edit,
 * override and waive here; everyone else reads, and learns whom to ask.
 */
export function ConventionsCard(props: ConventionsCardProps) {
  const { entityRef } = props;
  const resolved = useConventionResolution(entityRef);
  const own = useConventionScope(entityRef);
  const [dialog, setDialog] = useState<ConventionDialog>();

  const { resolution } = resolved;
  const { view } = own;
  const error = resolved.error ?? own.error;
  // After a write both reload; what was shown stays until they are back.
  const reloading = (resolved.loading || own.loading) && resolution && view;

  let content;
  if (error) {
    content = <ResponseErrorPanel error={error} />;
  } else if (!resolution || !view) {
    content = <Progress />;
  } else {
    content = (
      <>
        <Box component="section" sx={sectionSx} aria-label="Applies here">
          <Typography variant="h6" component="h3">
            Applies here
          </Typography>
          <ResolvedConventionList
            resolution={resolution}
            canEdit={view.canEdit}
            onOpen={setDialog}
          />
        </Box>
        <Box
          component="section"
          sx={sectionSx}
          aria-label="Recorded on this entity"
        >
          <Typography variant="h6" component="h3">
            Recorded on this entity
          </Typography>
          <ScopeConventionsToolbar
            view={view}
            historyTitle="History of this entity's conventions"
            onOpen={setDialog}
          />
          <ScopeConventionList
            view={view}
            conventions={view.conventions}
            label="Recorded on this entity"
            emptyText="Nothing is recorded on this entity itself; it follows what it inherits."
            onOpen={setDialog}
          />
        </Box>
        <ConventionDialogs
          scope={entityRef}
          dialog={dialog}
          onClose={() => setDialog(undefined)}
        />
      </>
    );
  }

  return (
    <InfoCard
      title="Conventions"
      subheader="Rules, commands and boundaries agents follow here, and where each comes from"
    >
      {reloading && <LinearProgress aria-label="Reloading conventions" />}
      {content}
    </InfoCard>
  );
}
