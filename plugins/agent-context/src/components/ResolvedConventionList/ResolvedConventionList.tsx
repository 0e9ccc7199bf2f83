import {
  ConventionResolution,
  ConventionSeverity,
  ResolvedConvention,
} from '@agent-context/plugin-agent-context-common';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { Fragment } from 'react';
import { conventionSourceLabel, formatTime } from '../../conventions';
import { ConventionDialog } from '../ConventionDialogs';
import { ConventionList, ConventionListItem } from '../ConventionListItem';
import { ConventionScopeName } from '../ConventionScopeName';

/** A rule without a severity counts as SHOULD, as in the AGENTS.md. */
function severityOf(convention: ResolvedConvention): ConventionSeverity {
  return convention.severity ?? 'should';
}

/**
 * The groups of the list, in the order an agent reads them in the
 * AGENTS.md: what to run, what not to touch, then the rules by severity.
 */
const GROUPS: Array<{
  title: string;
  matches: (convention: ResolvedConvention) => boolean;
}> = [
  { title: 'Commands', matches: c => c.category === 'command' },
  { title: 'Boundaries', matches: c => c.category === 'boundary' },
  ...(['must', 'should', 'may'] as const).map(severity => ({
    title: `Rules: ${severity.toLocaleUpperCase('en-US')}`,
    matches: (c: ResolvedConvention) =>
      c.category === 'rule' && severityOf(c) === severity,
  })),
];

/** Where a resolved convention comes from, and what it replaced. */
function Provenance(props: { convention: ResolvedConvention }) {
  const { convention } = props;
  return (
    <>
      From <ConventionScopeName scope={convention.scope} /> (
      {conventionSourceLabel(convention.source)})
      {convention.overrides && convention.overrides.length > 0 && (
        <>
          {' · overrides '}
          {convention.overrides.map((overridden, index) => (
            <Fragment key={`${overridden.scope}-${overridden.source}`}>
              {index > 0 && ', '}
              <ConventionScopeName scope={overridden.scope} /> (
              {conventionSourceLabel(overridden.source)})
            </Fragment>
          ))}
        </>
      )}
      {convention.reason && ` · reason: ${convention.reason}`}
    </>
  );
}

/**
 * Props of {@link ResolvedConventionList}.
 */
export interface ResolvedConventionListProps {
  resolution: ConventionResolution;
  /** Whether the viewer may write the entity's own conventions. */
  canEdit: boolean;
  onOpen: (dialog: ConventionDialog) => void;
}

/**
 * What applies to an entity, grouped as commands, boundaries and rules by
 * severity, each with where it comes from; what its scopes waived, and by
 * whom; and the entries the resolution refused. Editors may override or
 * waive what the entity inherits, unless it is enforced.
 */
export function ResolvedConventionList(props: ResolvedConventionListProps) {
  const { resolution, canEdit, onOpen } = props;
  return (
    <>
      {resolution.conflicts.map(conflict => (
        <Alert
          key={`${conflict.scope}-${conflict.source}-${conflict.id}`}
          severity="warning"
          sx={{ mb: 1 }}
        >
          {conflict.message}
        </Alert>
      ))}
      {resolution.conventions.length === 0 && (
        <Typography variant="body2">
          No conventions apply to this entity yet.
        </Typography>
      )}
      {GROUPS.map(group => {
        const conventions = resolution.conventions.filter(group.matches);
        if (conventions.length === 0) {
          return null;
        }
        return (
          <Box key={group.title} sx={{ mt: 2 }}>
            <Typography variant="subtitle2" component="h4">
              {group.title} ({conventions.length})
            </Typography>
            <ConventionList label={group.title}>
              {conventions.map(convention => {
                const inherited = convention.scope !== resolution.entityRef;
                const { id } = convention;
                return (
                  <ConventionListItem
                    key={id}
                    convention={convention}
                    details={<Provenance convention={convention} />}
                    actions={
                      canEdit &&
                      inherited &&
                      !convention.enforced && (
                        <>
                          <Button
                            size="small"
                            variant="outlined"
                            aria-label={`Override ${id}`}
                            onClick={() =>
                              onOpen({ kind: 'override', convention })
                            }
                          >
                            Override
                          </Button>
                          <Button
                            size="small"
                            aria-label={`Waive ${id}`}
                            onClick={() =>
                              onOpen({ kind: 'waive', convention })
                            }
                          >
                            Waive
                          </Button>
                        </>
                      )
                    }
                  />
                );
              })}
            </ConventionList>
          </Box>
        );
      })}
      {resolution.waived.length > 0 && (
        <Box sx={{ mt: 2 }}>
          <Typography variant="subtitle2" component="h4">
            Waived ({resolution.waived.length})
          </Typography>
          <ConventionList label="Waived">
            {resolution.waived.map(convention => {
              const { waivedBy } = convention;
              return (
                <ConventionListItem
                  key={convention.id}
                  convention={convention}
                  details={
                    <>
                      From <ConventionScopeName scope={convention.scope} /> ·
                      waived at <ConventionScopeName scope={waivedBy.scope} />
                      {waivedBy.by && ` by ${waivedBy.by}`}
                      {waivedBy.at && `, ${formatTime(waivedBy.at)}`}
                      {` · reason: ${waivedBy.reason}`}
                    </>
                  }
                />
              );
            })}
          </ConventionList>
        </Box>
      )}
    </>
  );
}
