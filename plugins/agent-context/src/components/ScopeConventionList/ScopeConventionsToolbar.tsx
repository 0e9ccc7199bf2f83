import { ConventionScopeView } from '@agent-context/plugin-agent-context-common';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { Fragment } from 'react';
import { formatTime } from '../../conventions';
import { ConventionDialog } from '../ConventionDialogs';
import { UnverifiedCatalogResources } from '../UnverifiedCatalogResources';

const toolbarSx = {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: 1,
  mb: 1,
} as const;

/** Who may change a scope's conventions, as links to their pages. */
function EditorNames(props: { editors: string[] }) {
  return (
    <>
      {props.editors.map((editor, index) => (
        <Fragment key={editor}>
          {index > 0 && (index === props.editors.length - 1 ? ' or ' : ', ')}
          <EntityRefLink entityRef={editor} />
        </Fragment>
      ))}
    </>
  );
}

/**
 * Props of {@link ScopeConventionsToolbar}.
 */
export interface ScopeConventionsToolbarProps {
  view: ConventionScopeView;
  /** The title of the scope's history dialog. */
  historyTitle: string;
  onOpen: (dialog: ConventionDialog) => void;
}

/**
 * What a viewer can do with a scope's conventions: everyone reads the
 * history; editors add, and see when the scope's conventions-as-code file
 * failed; everyone else learns whom to ask.
 */
export function ScopeConventionsToolbar(props: ScopeConventionsToolbarProps) {
  const { view, historyTitle, onOpen } = props;
  const history = (
    <Button
      size="small"
      onClick={() => onOpen({ kind: 'history', title: historyTitle })}
    >
      {historyTitle}
    </Button>
  );
  const unverified = (
    <UnverifiedCatalogResources resources={view.unverified ?? []} />
  );
  if (!view.canEdit) {
    return (
      <>
        {unverified}
        <Typography variant="body2" sx={{ mb: 1 }}>
          Read-only.{' '}
          {view.editors.length > 0 ? (
            <>
              To change these conventions, ask{' '}
              <EditorNames editors={view.editors} />.
            </>
          ) : (
            'No one is recorded as able to change these conventions.'
          )}
        </Typography>
        <Box sx={toolbarSx}>{history}</Box>
      </>
    );
  }
  const repository = view.repository;
  return (
    <>
      {unverified}
      {repository?.error && (
        <Alert severity="error" sx={{ mb: 1 }}>
          The conventions file {repository.location} could not be used:{' '}
          {repository.error}
          {repository.lastGoodAt
            ? ` Last read successfully ${formatTime(repository.lastGoodAt)}.`
            : ' It has never been read successfully.'}
        </Alert>
      )}
      <Box sx={toolbarSx}>
        <Button
          color="primary"
          variant="contained"
          size="small"
          onClick={() => onOpen({ kind: 'create' })}
        >
          Add convention
        </Button>
        {history}
      </Box>
    </>
  );
}
