import { ReactNode } from 'react';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';

/** The props of {@link AdoptionTile}. */
export interface AdoptionTileProps {
  title: string;
  /** The headline figure. */
  value: ReactNode;
  /** What it is compared with, or what it covers. */
  detail?: ReactNode;
}

/** One headline figure, named by its title for screen readers and tests. */
export function AdoptionTile(props: AdoptionTileProps) {
  return (
    <Paper
      variant="outlined"
      role="group"
      aria-label={props.title}
      sx={{ p: 2, height: '100%' }}
    >
      <Typography variant="body2" color="text.secondary">
        {props.title}
      </Typography>
      <Typography variant="h4" component="p" data-testid="adoption-tile-value">
        {props.value}
      </Typography>
      {props.detail && (
        <Typography variant="caption" color="text.secondary" component="p">
          {props.detail}
        </Typography>
      )}
    </Paper>
  );
}
