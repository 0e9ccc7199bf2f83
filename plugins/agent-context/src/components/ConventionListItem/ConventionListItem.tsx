import { ReactNode } from 'react';
import { Convention } from '@agent-context/plugin-agent-context-common';
import { MarkdownContent } from '@backstage/core-components';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';

const listSx = { listStyle: 'none', m: 0, p: 0 } as const;

const itemSx = {
  py: 1.5,
  borderBottom: 1,
  borderColor: 'divider',
  '&:last-child': { borderBottom: 'none' },
} as const;

const headingSx = {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: 1,
} as const;

const bodySx = { mt: 0.5, '& p': { my: 0.5 } } as const;

const detailsSx = { mt: 0.5 } as const;

const actionsSx = { display: 'flex', flexWrap: 'wrap', gap: 1, mt: 1 } as const;

/** A list of {@link ConventionListItem}s, named for assistive technology. */
export function ConventionList(props: { label: string; children: ReactNode }) {
  return (
    <Box component="ul" aria-label={props.label} sx={listSx}>
      {props.children}
    </Box>
  );
}

/**
 * Props of {@link ConventionListItem}.
 */
export interface ConventionListItemProps {
  convention: Convention;
  /** Lines under the body, such as where it comes from. */
  details?: ReactNode;
  /** Buttons, such as Edit and Delete. */
  actions?: ReactNode;
}

/**
 * One convention: its id and title, its severity and whether it is
 * enforced, and its body rendered as Markdown. A waiver shows its reason
 * instead.
 */
export function ConventionListItem(props: ConventionListItemProps) {
  const { convention, details, actions } = props;
  const waiver = convention.action === 'waive';
  return (
    <Box component="li" sx={itemSx} aria-label={convention.id}>
      <Box sx={headingSx}>
        <Typography
          component="code"
          variant="body2"
          sx={{ fontWeight: 'fontWeightMedium' }}
        >
          {convention.id}
        </Typography>
        <Typography variant="body2" component="span">
          {waiver ? `Waives ${convention.id}` : convention.title}
        </Typography>
        {waiver && <Chip size="small" label="waiver" />}
        {convention.severity && (
          <Chip
            size="small"
            color={convention.severity === 'must' ? 'secondary' : 'default'}
            label={convention.severity.toLocaleUpperCase('en-US')}
          />
        )}
        {convention.enforced && (
          <Chip size="small" variant="outlined" label="enforced" />
        )}
        {convention.topic && (
          <Chip size="small" variant="outlined" label={convention.topic} />
        )}
      </Box>
      {waiver && convention.reason && (
        <Typography variant="body2" sx={detailsSx}>
          Reason: {convention.reason}
        </Typography>
      )}
      {!waiver && convention.body && (
        <Box sx={bodySx}>
          {/* Sanitised: raw HTML in a body is parsed, then every script,
              event handler and javascript: link is dropped. */}
          <MarkdownContent content={convention.body} dialect="gfm" />
        </Box>
      )}
      {!waiver && convention.rationale && (
        <Typography variant="body2" sx={detailsSx}>
          Why: {convention.rationale}
        </Typography>
      )}
      {details && (
        <Typography
          variant="caption"
          color="text.secondary"
          component="div"
          sx={detailsSx}
        >
          {details}
        </Typography>
      )}
      {actions && <Box sx={actionsSx}>{actions}</Box>}
    </Box>
  );
}
