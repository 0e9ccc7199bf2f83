import {
  AdoptionFigure,
  isWithheld,
} from '@agent-context/plugin-agent-context-common';

/**
 * The sum of figures, such as input and output tokens; withheld when any
 * part is, since a sum of what is shown would pass for the whole.
 */
export function sumFigures(...figures: AdoptionFigure[]): AdoptionFigure {
  const hidden = figures.find(isWithheld);
  if (hidden) {
    return hidden;
  }
  return (figures as number[]).reduce((sum, figure) => sum + figure, 0);
}
