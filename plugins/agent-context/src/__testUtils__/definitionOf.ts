import { screen } from '@testing-library/react';

/** The definition (`dd`) that follows the term with the given label. */
export function definitionOf(label: string): HTMLElement {
  const term = screen
    .getAllByRole('term')
    .find(candidate => candidate.textContent === label);
  if (!term?.nextElementSibling) {
    throw new Error(`No field '${label}'`);
  }
  return term.nextElementSibling as HTMLElement;
}
