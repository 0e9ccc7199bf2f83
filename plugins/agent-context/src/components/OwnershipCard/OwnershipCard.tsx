import { InfoCard, Link } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  EntityGroupContext,
  EntityOwnedEntities,
  EntityOwnership,
  EntityUserContext,
  OwnerSummary,
} from '@agent-context/plugin-agent-context-common';
import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import MuiLink from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { NotInCatalogChip } from '../NotInCatalogChip';
import { BoundedEntityList } from '../BoundedEntityList';
import { CardSection } from '../CardSection';

const plainList = {
  listStyle: 'none',
  m: 0,
  p: 0,
  '& > li + li': { mt: 0.5 },
};

/**
 * Props of {@link OwnershipCard}.
 */
export interface OwnershipCardProps {
  ownership: EntityOwnership;
  /** For a group: its parent chain, child groups and members. */
  group?: EntityGroupContext;
  /** For a user: the groups it is a member of. */
  user?: EntityUserContext;
  /** For a group or user: what it owns. */
  owns?: EntityOwnedEntities;
}

/**
 * A group or user: a link to its entity page, or its name and a marker when
 * the catalog does not hold it.
 */
function OwnerName(props: { owner: OwnerSummary }) {
  const { owner } = props;
  if (!owner.resolved) {
    return (
      <Box
        component="span"
        sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}
      >
        <span>{owner.displayName}</span>
        <NotInCatalogChip />
      </Box>
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
 * Groups or people the context lists (members, child groups, a user's
 * groups), with mail links, and how many more it left out.
 */
function OwnerList(props: {
  label: string;
  owners: OwnerSummary[];
  count: number;
  none: string;
}) {
  const { label, owners, count, none } = props;
  const more = count - owners.length;
  if (count === 0) {
    return <Typography variant="body2">{none}</Typography>;
  }
  return (
    <Box component="ul" sx={plainList} aria-label={label}>
      {owners.map(owner => (
        <li key={owner.ref}>
          <Typography variant="body2" component="span">
            <OwnerName owner={owner} />
            {owner.email && (
              <>
                {' · '}
                <MailLink email={owner.email} />
              </>
            )}
          </Typography>
        </li>
      ))}
      {more > 0 && (
        <li>
          <Typography variant="body2" color="text.secondary" component="span">
            {owners.length > 0
              ? `and ${more} more`
              : `${more} ${label.toLocaleLowerCase('en-US')}`}
          </Typography>
        </li>
      )}
    </Box>
  );
}

/** A chain of groups as links, nearest first. */
function Chain(props: { label: string; groups: OwnerSummary[] }) {
  return (
    <Breadcrumbs separator="→" aria-label={props.label}>
      {props.groups.map(group => (
        <OwnerName key={group.ref} owner={group} />
      ))}
    </Breadcrumbs>
  );
}

/**
 * A group's or user's place in the organisation: for a group the groups
 * above it, its child groups and members; for a user its groups; for both,
 * what they own. They have no owner of their own.
 */
function Organisation(props: OwnershipCardProps) {
  const { group, user, owns } = props;
  return (
    <InfoCard title="Organisation" variant="gridItem">
      {group && (
        <>
          <CardSection title="Parent chain">
            {group.parents.length === 0 ? (
              <Typography variant="body2">
                None: the top of the organisation
              </Typography>
            ) : (
              <Chain label="Parent chain" groups={group.parents} />
            )}
          </CardSection>
          <CardSection title={`Child groups (${group.childCount})`}>
            <OwnerList
              label="Child groups"
              owners={group.children}
              count={group.childCount}
              none="No child groups"
            />
          </CardSection>
          <CardSection title={`Members (${group.memberCount})`}>
            <OwnerList
              label="Members"
              owners={group.members}
              count={group.memberCount}
              none="No members"
            />
          </CardSection>
        </>
      )}
      {user && (
        <CardSection title={`Member of (${user.memberOfCount})`}>
          <OwnerList
            label="Groups"
            owners={user.memberOf}
            count={user.memberOfCount}
            none="No groups"
          />
        </CardSection>
      )}
      {owns && (
        <CardSection title={`Owns (${owns.count})`}>
          <BoundedEntityList
            label="Owned entities"
            entities={owns.entities}
            count={owns.count}
          />
        </CardSection>
      )}
    </InfoCard>
  );
}

/**
 * Who owns the entity, how to reach them, who is in the team, and the chain
 * of groups above that owner up to the root of the organisation. For a
 * group or user, its place in the organisation and what it owns instead.
 */
export function OwnershipCard(props: OwnershipCardProps) {
  const { ownership, group, user } = props;
  const { owner, parents, members, memberCount } = ownership;

  if (group || user) {
    return <Organisation {...props} />;
  }

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
      <CardSection title="Owner">
        <Typography variant="h6" component="div">
          <OwnerName owner={owner} />
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {description}
        </Typography>
        {owner.email && (
          <Typography variant="body2">
            <MailLink email={owner.email} />
          </Typography>
        )}
        {owner.links && owner.links.length > 0 && (
          <Box component="ul" sx={plainList} aria-label="Contact">
            {owner.links.map(link => (
              <li key={link.url}>
                <Typography variant="body2" component="span">
                  <Link to={link.url}>{link.title ?? link.url}</Link>
                </Typography>
              </li>
            ))}
          </Box>
        )}
      </CardSection>
      {owner.kind.toLocaleLowerCase('en-US') === 'group' && (
        <CardSection
          title={`Members${memberCount > 0 ? ` (${memberCount})` : ''}`}
        >
          <OwnerList
            label="Members"
            owners={members}
            count={memberCount}
            none="No members"
          />
        </CardSection>
      )}
      <CardSection title="Ownership chain">
        {parents.length === 0 ? (
          <Typography variant="body2">No parent groups</Typography>
        ) : (
          <Chain label="Ownership chain" groups={[owner, ...parents]} />
        )}
      </CardSection>
    </InfoCard>
  );
}
