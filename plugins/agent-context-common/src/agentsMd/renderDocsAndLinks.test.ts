import { checkoutServiceContext } from './__fixtures__/checkoutServiceContext';
import { renderDocsAndLinks } from './renderDocsAndLinks';
import { FULL_RENDER } from './renderTrims';

const options = {
  entityPageUrl: 'https://portal.example.com/catalog/default/component/x',
  portalUrl: 'https://portal.example.com',
};

describe('renderDocsAndLinks', () => {
  it('shows a docs link once, as the docs, with its title', () => {
    const handbook = 'https://handbook.example/checkout';
    const lines = renderDocsAndLinks(
      {
        ...checkoutServiceContext.entity,
        docsUrl: handbook,
        links: [{ url: handbook, title: 'Conventions', type: 'docs' }],
      },
      FULL_RENDER,
      options,
    );
    expect(lines.filter(line => line.includes(handbook))).toEqual([
      `- Docs: [Conventions](${handbook})`,
    ]);
  });

  it('keeps the catalog page and the source when links are trimmed', () => {
    expect(
      renderDocsAndLinks(
        checkoutServiceContext.entity,
        { ...FULL_RENDER, links: false },
        options,
      ),
    ).toEqual([
      '## Docs and links',
      '',
      `- Catalog page (edit facts and conventions there): <${options.entityPageUrl}>`,
      '- Source: <https://github.com/northwind-commerce/commerce-monorepo/tree/main/services/checkout-service/>',
    ]);
  });
});
