import {
  Convention,
  ConventionScopeView,
} from '@agent-context/plugin-agent-context-common';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { ConventionDialog } from '../ConventionDialogs';
import { ConventionList, ConventionListItem } from '../ConventionListItem';
import { ConventionOrigin } from './ConventionOrigin';

/**
 * Props of {@link ScopeConventionList}.
 */
export interface ScopeConventionListProps {
  view: ConventionScopeView;
  /** The conventions to list: the view's, or a filtered part of them. */
  conventions: Convention[];
  /** Names the list. */
  label: string;
  /** What to say when there is nothing to list. */
  emptyText: string;
  onOpen: (dialog: ConventionDialog) => void;
}

/**
 * A scope's own conventions, each with where it is kept. Editors get Edit,
 * Delete and History on the ones kept in the portal; the others are edited
 * where they live.
 */
export function ScopeConventionList(props: ScopeConventionListProps) {
  const { view, conventions, label, emptyText, onOpen } = props;
  if (conventions.length === 0) {
    return <Typography variant="body2">{emptyText}</Typography>;
  }
  return (
    <ConventionList label={label}>
      {conventions.map(convention => {
        // Only portal conventions have a history here; read-only sources
        // keep theirs where they live.
        const recorded = convention.source === 'database';
        const editable = view.canEdit && recorded;
        const { id } = convention;
        return (
          <ConventionListItem
            key={`${convention.source}-${id}`}
            convention={convention}
            details={<ConventionOrigin convention={convention} />}
            actions={
              recorded && (
                <>
                  {editable && (
                    <>
                      <Button
                        size="small"
                        variant="outlined"
                        aria-label={`Edit ${id}`}
                        onClick={() => onOpen({ kind: 'edit', convention })}
                      >
                        Edit
                      </Button>
                      <Button
                        size="small"
                        aria-label={`Delete ${id}`}
                        onClick={() => onOpen({ kind: 'delete', convention })}
                      >
                        Delete
                      </Button>
                    </>
                  )}
                  <Button
                    size="small"
                    aria-label={`History of ${id}`}
                    onClick={() =>
                      onOpen({
                        kind: 'history',
                        conventionId: id,
                        title: `History of ${id}`,
                      })
                    }
                  >
                    History
                  </Button>
                </>
              )
            }
          />
        );
      })}
    </ConventionList>
  );
}
