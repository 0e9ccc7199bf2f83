import { InfoCard, Progress } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { AdoptionListScope, AdoptionRange } from '../../adoption';
import { useAdoptionList } from '../../hooks';
import { shortEntityName } from '../RelatedEntityName';
import { AdoptionErrorPanel } from '../AdoptionErrorPanel';

/** How many of the quietest teams or services the list looks through. */
export const NO_ACTIVITY_SEARCHED = 100;

const NOUNS = {
  teams: { one: 'team', many: 'teams', title: 'Teams' },
  services: { one: 'service', many: 'services', title: 'Services' },
} as const;

/**
 * The teams or services with nothing recorded in the range: who has not
 * started. The API has no activity filter, so this reads the quietest
 * first (fewest active AI users) and keeps the inactive ones; when that
 * page ends on a quiet one, more may follow, and the card says so.
 */
export function NoActivityList(props: {
  scope: AdoptionListScope;
  range: AdoptionRange;
}) {
  const { scope, range } = props;
  const nouns = NOUNS[scope];
  const title = `${nouns.title} with no activity`;
  const { list, error } = useAdoptionList(scope, {
    from: range.from,
    to: range.to,
    sort: 'activeUsers',
    order: 'asc',
    limit: NO_ACTIVITY_SEARCHED,
  });

  let content;
  if (error) {
    content = <AdoptionErrorPanel error={error} />;
  } else if (!list) {
    content = <Progress />;
  } else {
    const inactive = list.items.filter(item => !item.active);
    const last = list.items[list.items.length - 1];
    const mayBeMore =
      list.totalItems > list.items.length && last !== undefined && !last.active;
    content = (
      <>
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {inactive.length === 0
            ? `Every ${nouns.one} has activity in this range.`
            : `${inactive.length}${mayBeMore ? ' or more' : ''} ${
                inactive.length === 1 ? nouns.one : nouns.many
              } with nothing recorded from ${range.from} to ${range.to}.`}
        </Typography>
        {inactive.length > 0 && (
          <List
            dense
            aria-label={title}
            data-testid={`adoption-no-activity-${scope}`}
            sx={{ maxHeight: 360, overflowY: 'auto' }}
          >
            {inactive.map(item => (
              <ListItem key={item.ref} disableGutters>
                <ListItemText
                  primary={
                    <EntityRefLink entityRef={item.ref}>
                      {item.title ?? shortEntityName(item.ref)}
                    </EntityRefLink>
                  }
                  secondary={
                    item.owner ? `${shortEntityName(item.owner)}` : undefined
                  }
                />
              </ListItem>
            ))}
          </List>
        )}
        {mayBeMore && (
          <Typography variant="caption" color="text.secondary">
            Only the {NO_ACTIVITY_SEARCHED} {nouns.many} with the fewest active
            AI users were looked through; sort the {nouns.title} table by active
            AI users to see the rest.
          </Typography>
        )}
      </>
    );
  }
  return (
    <InfoCard title={title} titleTypographyProps={{ component: 'h2' }}>
      {content}
    </InfoCard>
  );
}
