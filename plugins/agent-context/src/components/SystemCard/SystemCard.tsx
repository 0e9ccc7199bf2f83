import { InfoCard } from '@backstage/core-components';
import { EntitySystemContext } from '@agent-context/plugin-agent-context-common';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { RelatedEntityList } from '../RelatedEntityList';
import { RelatedEntityName } from '../RelatedEntityName';

const useStyles = makeStyles(theme => ({
  section: {
    '& + &': {
      marginTop: theme.spacing(2),
    },
  },
}));

/**
 * Props of {@link SystemCard}.
 */
export interface SystemCardProps {
  /** Absent when the entity is not part of a system. */
  system?: EntitySystemContext;
  /** The entity whose page this is. */
  entityRef: string;
}

/**
 * The system the entity is part of, the system's domain, and the system's
 * other parts: the neighbourhood a change is likely to touch.
 */
export function SystemCard(props: SystemCardProps) {
  const { system, entityRef } = props;
  const classes = useStyles();

  if (!system) {
    return (
      <InfoCard title="System" variant="gridItem">
        <Typography variant="body2">Not part of a system</Typography>
      </InfoCard>
    );
  }

  return (
    <InfoCard title="System" variant="gridItem">
      <div className={classes.section}>
        <Typography variant="overline" component="h3">
          System
        </Typography>
        <Typography variant="h6" component="div">
          <RelatedEntityName entity={system.system} />
        </Typography>
        {system.system.title && (
          <Typography variant="body2" color="textSecondary">
            {system.system.title}
          </Typography>
        )}
        {system.system.description && (
          <Typography variant="body2">{system.system.description}</Typography>
        )}
      </div>
      <div className={classes.section}>
        <Typography variant="overline" component="h3">
          Domain
        </Typography>
        <Typography variant="body2" component="div">
          {system.domain ? (
            <RelatedEntityName entity={system.domain} />
          ) : (
            'None'
          )}
        </Typography>
      </div>
      <div className={classes.section}>
        <Typography variant="overline" component="h3">
          Other parts ({system.parts.length})
        </Typography>
        <RelatedEntityList
          label="Other parts of the system"
          entities={system.parts}
          selfRef={entityRef}
          limit={10}
          showKind
        />
      </div>
    </InfoCard>
  );
}
