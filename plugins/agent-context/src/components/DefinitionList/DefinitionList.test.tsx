import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { definitionOf } from '../../__testUtils__';
import { DefinitionItem, DefinitionList } from './DefinitionList';

describe('DefinitionList', () => {
  it('renders each item as a term followed by its definition', async () => {
    await renderInTestApp(
      <DefinitionList>
        <DefinitionItem term="Kind">Component</DefinitionItem>
        <DefinitionItem term="Source">
          <a href="https://example.com/repo">repo</a>
        </DefinitionItem>
      </DefinitionList>,
    );

    expect(screen.getAllByRole('term').map(term => term.textContent)).toEqual([
      'Kind',
      'Source',
    ]);
    expect(definitionOf('Kind')).toHaveTextContent('Component');
    expect(definitionOf('Kind').tagName).toBe('DD');
    expect(definitionOf('Source')).toContainElement(
      screen.getByRole('link', { name: 'repo' }),
    );
  });

  it('leaves out items that are not rendered', async () => {
    const type: string | undefined = undefined;
    await renderInTestApp(
      <DefinitionList>
        <DefinitionItem term="Kind">Component</DefinitionItem>
        {type && <DefinitionItem term="Type">{type}</DefinitionItem>}
      </DefinitionList>,
    );

    expect(screen.getAllByRole('term').map(term => term.textContent)).toEqual([
      'Kind',
    ]);
  });
});
