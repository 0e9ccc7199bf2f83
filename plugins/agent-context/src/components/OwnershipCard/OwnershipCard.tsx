import { InfoCard, Link } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  EntityOwnership,
  OwnerSummary,
} from '@agent-context/plugin-agent-context-common';
import Breadcrumbs from '@material-ui/core/Breadcrumbs';
import MuiLink from '@material-ui/core/Link';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { NotInCatalogChip } from '../NotInCatalogChip';

const useStyles = makeStyles(theme => ({
  section: {
    marginBottom: theme.spacing(2),
  },
  unresolved: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(1),
  },
  plainList: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    '& > li + li': {
      marginTop: theme.spacing(0.5),
    },
  },
}));

/**
 * Props of {@link OwnershipCard}.
 */
export interface OwnershipCardProps {
  ownership: EntityOwnership;
}

/**
 * A group or user: a link to its entity page, or its name and a marker when
 * the catalog does not hold it.
 */
function OwnerName(props: { owner: OwnerSummary }) {
  const { owner } = props;
  const classes = useStyles();
  if (!owner.resolved) {
    return (
      <span className={classes.unresolved}>
        <span>{owner.displayName}</span>
        <NotInCatalogChip />
      </span>
    );
  }
  return (
    <EntityRefLink entityRef={owner.ref}>{owner.displayName}</EntityRefLink>
  );
}

/** A mail link. */
function MailLink(props: { email: string }) {
  // Not core-components' Link: it announces every non-http link as opening a
  // new window, which a mail link does not.
  return <MuiLink href={`mailto:${props.email}`}>{props.email}</MuiLink>;
}

/**
 * The members of the owning group that the context lists, and how many
 * more it left out.
 */
function Members(props: { members: OwnerSummary[]; memberCount: number }) {
  const { members, memberCount } = props;
  const classes = useStyles();
  const more = memberCount - members.length;
  if (memberCount === 0) {
    return <Typography variant="body2">No members</Typography>;
  }
  return (
    <ul className={classes.plainList} aria-label="Members">
      {members.map(member => (
        <li key={member.ref}>
          <Typography variant="body2" component="span">
            <OwnerName owner={member} />
            {member.email && (
              <>
                {' · '}
                <MailLink email={member.email} />
              </>
            )}
          </Typography>
        </li>
      ))}
      {more > 0 && (
        <li>
          <Typography variant="body2" color="textSecondary" component="span">
            {members.length > 0 ? `and ${more} more` : `${more} members`}
          </Typography>
        </li>
      )}
    </ul>
  );
}

/**
 * Who owns the entity, how to reach them, who is in the team, and the chain
 * of groups above that owner up to the root of the organisation.
 */
export function OwnershipCard(props: OwnershipCardProps) {
  const { owner, parents, members, memberCount } = props.ownership;
  const classes = useStyles();

  if (!owner) {
    return (
      <InfoCard title="Ownership" variant="gridItem">
        <Typography variant="body2">No owner declared</Typography>
      </InfoCard>
    );
  }

  const description = [owner.kind.toLocaleLowerCase('en-US'), owner.type]
    .filter(Boolean)
    .join(' · ');

  return (
    <InfoCard title="Ownership" variant="gridItem">
      <div className={classes.section}>
        <Typography variant="overline" component="h3">
          Owner
        </Typography>
        <Typography variant="h6" component="div">
          <OwnerName owner={owner} />
        </Typography>
        <Typography variant="body2" color="textSecondary">
          {description}
        </Typography>
        {owner.email && (
          <Typography variant="body2">
            <MailLink email={owner.email} />
          </Typography>
        )}
        {owner.links && owner.links.length > 0 && (
          <ul className={classes.plainList} aria-label="Contact">
            {owner.links.map(link => (
              <li key={link.url}>
                <Typography variant="body2" component="span">
                  <Link to={link.url}>{link.title ?? link.url}</Link>
                </Typography>
              </li>
            ))}
          </ul>
        )}
      </div>
      {owner.kind.toLocaleLowerCase('en-US') === 'group' && (
        <div className={classes.section}>
          <Typography variant="overline" component="h3">
            Members{memberCount > 0 && ` (${memberCount})`}
          </Typography>
          <Members members={members} memberCount={memberCount} />
        </div>
      )}
      <div>
        <Typography variant="overline" component="h3">
          Ownership chain
        </Typography>
        {parents.length === 0 ? (
          <Typography variant="body2">No parent groups</Typography>
        ) : (
          <Breadcrumbs separator="→" aria-label="Ownership chain">
            {[owner, ...parents].map(group => (
              <OwnerName key={group.ref} owner={group} />
            ))}
          </Breadcrumbs>
        )}
      </div>
    </InfoCard>
  );
}
