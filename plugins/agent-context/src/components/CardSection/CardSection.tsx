import { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

/**
 * Props of {@link CardSection}.
 */
export interface CardSectionProps {
  /** The small heading above the section. */
  title: string;
  children: ReactNode;
}

/**
 * One titled part of a card that holds several, such as "Owner" and
 * "Members", spaced from the part before it.
 */
export function CardSection(props: CardSectionProps) {
  return (
    <Box sx={{ '& + &': { mt: 2 } }}>
      <Typography variant="overline" component="h3">
        {props.title}
      </Typography>
      {props.children}
    </Box>
  );
}
