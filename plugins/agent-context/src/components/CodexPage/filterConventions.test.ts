import { convention } from '../../__fixtures__/conventions';
import { filterConventions } from './filterConventions';

const conventions = [
  convention({
    id: 'SEC-004',
    scope: 'global',
    title: 'No secrets in code',
    body: 'Read credentials from the vault.',
  }),
  convention({
    id: 'CMD-LINT',
    scope: 'global',
    category: 'command',
    title: 'Lint before pushing',
    body: '`yarn lint`',
  }),
];

const ids = (list: typeof conventions) => list.map(c => c.id);

describe('filterConventions', () => {
  it('keeps everything for an empty filter', () => {
    expect(
      ids(filterConventions(conventions, { text: ' ', category: '' })),
    ).toEqual(['SEC-004', 'CMD-LINT']);
  });

  it('matches every word in the id, title or body, in any case', () => {
    const match = (text: string) =>
      ids(filterConventions(conventions, { text, category: '' }));
    expect(match('sec-004')).toEqual(['SEC-004']);
    expect(match('LINT pushing')).toEqual(['CMD-LINT']);
    expect(match('vault credentials')).toEqual(['SEC-004']);
    expect(match('vault lint')).toEqual([]);
  });

  it('narrows by category', () => {
    expect(
      ids(filterConventions(conventions, { text: '', category: 'command' })),
    ).toEqual(['CMD-LINT']);
  });
});
