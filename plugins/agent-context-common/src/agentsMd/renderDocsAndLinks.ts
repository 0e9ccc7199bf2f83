import { EntityContextSubject } from '../types';
import { escapeInline } from './escapeMarkdown';
import { RenderTrims } from './renderTrims';
import { renderLink, renderUrl } from './safeUrl';

const MAX_LINKS = 15;

/**
 * Where things are: the catalog page (where facts and conventions are
 * edited), the source, the docs and the entity's own links. The budget may
 * drop the docs and links, never the catalog page or the source.
 */
export function renderDocsAndLinks(
  entity: EntityContextSubject,
  trims: RenderTrims,
  options: { entityPageUrl: string; portalUrl: string },
): string[] {
  const lines = [
    '## Docs and links',
    '',
    `- Catalog page (edit facts and conventions there): ${renderUrl(
      options.entityPageUrl,
    )}`,
  ];
  if (entity.sourceLocation) {
    lines.push(`- Source: ${renderUrl(entity.sourceLocation)}`);
  }
  if (trims.links) {
    const { docsUrl } = entity;
    if (docsUrl) {
      // The backend takes the docs URL from a docs link when there is one:
      // show that link once, with its title.
      const docsLink = entity.links.find(link => link.url === docsUrl);
      lines.push(
        `- Docs: ${renderLink(docsLink?.title, docsUrl, options.portalUrl)}`,
      );
    }
    const links = entity.links.filter(link => link.url !== docsUrl);
    for (const link of links.slice(0, MAX_LINKS)) {
      const type = link.type ? ` (${escapeInline(link.type, 40)})` : '';
      lines.push(
        `- ${renderLink(link.title, link.url, options.portalUrl)}${type}`,
      );
    }
  }
  return lines;
}
