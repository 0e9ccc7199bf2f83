import { ReadinessCheckResult } from '@agent-context/plugin-agent-context-common';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import { isExternalLink } from './isExternalLink';

/** The failed checks, the heaviest (the biggest gain) first. */
export function fixesOf(
  checks: ReadinessCheckResult[],
): ReadinessCheckResult[] {
  return checks
    .filter(check => !check.passed)
    .sort((a, b) => b.weight - a.weight);
}

/**
 * The failed checks of an entity, each with its fix in one sentence and a
 * link to where it is made; `limit` keeps the first few.
 */
export function ReadinessFixList(props: {
  checks: ReadinessCheckResult[];
  limit?: number;
}) {
  const fixes = fixesOf(props.checks).slice(0, props.limit);
  if (fixes.length === 0) {
    return (
      <Typography variant="body2">
        Every check passes: nothing to fix.
      </Typography>
    );
  }
  return (
    <List dense disablePadding aria-label="Fixes">
      {fixes.map(check => {
        const external = isExternalLink(check.link);
        return (
          <ListItem
            key={check.id}
            disableGutters
            aria-label={check.title}
            sx={{ display: 'block' }}
          >
            <Typography variant="body2" component="span" fontWeight="medium">
              {check.title}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {' '}
              (+{check.weight})
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {check.fix}{' '}
              <Link
                href={check.link}
                aria-label={`Fix ${check.title}${
                  external ? ' (opens in a new tab)' : ''
                }`}
                {...(external
                  ? { target: '_blank', rel: 'noopener noreferrer' }
                  : {})}
              >
                Fix it
              </Link>
            </Typography>
          </ListItem>
        );
      })}
    </List>
  );
}
