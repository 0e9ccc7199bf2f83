import { EntityOwnership } from '../types';
import { escapeInline } from './escapeMarkdown';
import { renderOwnerText } from './relatedEntityText';
import { RenderTrims } from './renderTrims';
import { renderLink } from './safeUrl';

const MAX_CONTACT_LINKS = 5;

/**
 * Whom to ask: the owner with ref, email and contact links, the chain of
 * groups above it, and the members; every group and person with the ref
 * an agent would pass to a tool.
 */
export function renderOwnership(
  ownership: EntityOwnership,
  trims: RenderTrims,
  portalUrl: string,
): string[] {
  const { owner, parents, members, memberCount } = ownership;
  if (!owner) {
    return [
      '## Ownership',
      '',
      'No owner recorded: ask in the portal, and set `spec.owner` in the catalog.',
    ];
  }

  const lines = ['## Ownership', ''];
  const email = owner.email ? escapeInline(owner.email, 80) : undefined;
  lines.push(`- Owner: ${renderOwnerText(owner)}${email ? `, ${email}` : ''}`);

  const contacts = (trims.ownerContacts ? owner.links ?? [] : [])
    .slice(0, MAX_CONTACT_LINKS)
    .map(link => renderLink(link.title, link.url, portalUrl));
  if (contacts.length > 0) {
    lines.push(`- Contact: ${contacts.join(', ')}`);
  }

  if (trims.ownerContacts && parents.length > 0) {
    lines.push(
      `- Chain: ${[owner, ...parents]
        .map(group => renderOwnerText(group))
        .join(' → ')}`,
    );
  }

  if (trims.members && members.length > 0) {
    const shown = members.map(member =>
      renderOwnerText(member, { email: true }),
    );
    const more = memberCount - members.length;
    lines.push(
      `- Members: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
    );
  }
  return lines;
}
