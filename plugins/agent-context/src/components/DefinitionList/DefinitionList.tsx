import { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

// Two columns, so that the terms line up and the values start together.
const listSx = {
  display: 'grid',
  gridTemplateColumns: 'max-content 1fr',
  columnGap: 3,
  rowGap: 1,
  m: 0,
} as const;

const termSx = { color: 'text.secondary', fontWeight: 'fontWeightMedium' };

// Long refs and URLs wrap inside their column instead of widening the card.
const definitionSx = { m: 0, minWidth: 0, overflowWrap: 'anywhere' } as const;

/**
 * Props of {@link DefinitionList}.
 */
export interface DefinitionListProps {
  /** {@link DefinitionItem}s. */
  children: ReactNode;
}

/**
 * A list of labelled facts (`dl`), terms on the left and values on the right.
 */
export function DefinitionList(props: DefinitionListProps) {
  return (
    <Box component="dl" sx={listSx}>
      {props.children}
    </Box>
  );
}

/**
 * Props of {@link DefinitionItem}.
 */
export interface DefinitionItemProps {
  term: string;
  children: ReactNode;
}

/**
 * One fact of a {@link DefinitionList}: its term (`dt`) and value (`dd`).
 */
export function DefinitionItem(props: DefinitionItemProps) {
  return (
    <>
      <Typography component="dt" variant="body2" sx={termSx}>
        {props.term}
      </Typography>
      <Typography component="dd" variant="body2" sx={definitionSx}>
        {props.children}
      </Typography>
    </>
  );
}
