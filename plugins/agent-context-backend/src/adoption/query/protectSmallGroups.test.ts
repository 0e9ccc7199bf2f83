import { AdoptionCell } from './AdoptionCell';
import { protectSmallGroups } from './protectSmallGroups';

const cell = (aiUsers: number, requests: number, contextUsers = 0) => {
  const made = new AdoptionCell(7);
  made.users = { aiUsers, contextUsers };
  made.add('requests', requests);
  return made;
};

describe('protectSmallGroups', () => {
  it('withholds a small cell and the smallest shown one beside it', () => {
    const cells = [cell(3, 10), cell(8, 40), cell(6, 20), cell(0, 0)];

    protectSmallGroups(cells, 5);

    expect(cells.map(c => c.gates.usage)).toEqual([
      'small',
      'open',
      'complement',
      'open',
    ]);
    expect(cells[0].figures(5).requests).toEqual({
      withheld: true,
      reason: 'Fewer than 5 people are behind this figure',
    });
    expect(cells[2].figures(5).activeUsers).toMatchObject({ withheld: true });
    expect(cells[1].figures(5)).toMatchObject({ activeUsers: 8, requests: 40 });
  });

  it('adds nothing when the small cells together reach the minimum', () => {
    const cells = [cell(3, 10), cell(2, 5), cell(9, 40)];

    protectSmallGroups(cells, 5);

    expect(cells.map(c => c.gates.usage)).toEqual(['small', 'small', 'open']);
  });

  it('falls back on a cell without people when no other has any', () => {
    const cells = [cell(2, 10), cell(0, 30)];

    protectSmallGroups(cells, 5);

    expect(cells.map(c => c.gates.usage)).toEqual(['small', 'complement']);
  });

  it('never withholds figures without people, nor a zero', () => {
    const cells = [cell(0, 30), cell(0, 0)];

    protectSmallGroups(cells, 5);

    expect(cells[0].figures(5)).toMatchObject({ activeUsers: 0, requests: 30 });
    expect(cells[1].figures(5)).toMatchObject({ activeUsers: 0, requests: 0 });
  });

  it('decides on context fetches by the people who fetched', () => {
    const fetched = cell(9, 40, 2);
    fetched.add('contextFetches', 7);

    protectSmallGroups([fetched], 5);

    expect(fetched.figures(5)).toMatchObject({
      activeUsers: 9,
      contextFetches: { withheld: true },
    });
  });
});
