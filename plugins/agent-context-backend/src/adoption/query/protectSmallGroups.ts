import { AdoptionCell } from './AdoptionCell';

/**
 * Applies the minimum group size to sibling cells: entries whose figures
 * add up to a total shown elsewhere (the buckets of a period, the tools or
 * models of a scope, every team or every service with the unattributed
 * remainder).
 *
 * Withholding the small cells alone is not enough: with one team withheld,
 * the organisation's total minus the other teams gives it away. So while
 * the withheld cells of a family together hold fewer people than the
 * minimum, the shown cell with the fewest people (then one about services,
 * without people) is withheld too, which leaves any difference covering
 * at least the minimum. Counting people by summing cells may count one
 * person twice (someone in two teams), so the guard is approximate there.
 */
export function protectSmallGroups(cells: AdoptionCell[], minimum: number) {
  cells.forEach(cell => cell.applyMinimum(minimum));
  for (const family of ['usage', 'context'] as const) {
    const withheld = cells.filter(cell => cell.gates[family] !== 'open');
    const people = () =>
      withheld.reduce((total, cell) => total + cell.people(family), 0);
    if (withheld.length === 0) {
      continue;
    }
    const candidates = cells
      .filter(cell => cell.gates[family] === 'open' && cell.hasData(family))
      .sort((a, b) => {
        const [pa, pb] = [a.people(family), b.people(family)];
        // Cells with people first, fewest first; those without people last.
        if ((pa === 0) !== (pb === 0)) {
          return pa === 0 ? 1 : -1;
        }
        return pa - pb;
      });
    for (const candidate of candidates) {
      if (people() >= minimum) {
        break;
      }
      candidate.gates[family] = 'complement';
      withheld.push(candidate);
      if (candidate.people(family) === 0) {
        // Figures without people now blur the difference: enough.
        break;
      }
    }
  }
}
