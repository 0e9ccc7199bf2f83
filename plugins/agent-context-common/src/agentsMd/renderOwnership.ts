import { EntityOwnership, OwnerSummary } from '../types';
import { codeOrText, escapeInline } from './escapeMarkdown';
import { RenderTrims } from './renderTrims';
import { renderLink } from './safeUrl';

const NAME_LENGTH = 80;
const MAX_CONTACT_LINKS = 5;

function nameOf(owner: OwnerSummary): string {
  return escapeInline(owner.displayName, NAME_LENGTH) || codeOrText(owner.ref);
}

function emailOf(owner: OwnerSummary): string | undefined {
  return owner.email ? escapeInline(owner.email, NAME_LENGTH) : undefined;
}

/**
 * Whom to ask: the owner with ref, email and contact links, the chain of
 * groups above it, and the members by name.
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
  const ownerFacts = [codeOrText(owner.ref)];
  if (!owner.resolved) {
    ownerFacts.push('not in catalog');
  }
  const email = emailOf(owner);
  lines.push(
    `- Owner: ${nameOf(owner)} (${ownerFacts.join(', ')})${
      email ? `, ${email}` : ''
    }`,
  );

  const contacts = (trims.ownerContacts ? owner.links ?? [] : [])
    .slice(0, MAX_CONTACT_LINKS)
    .map(link => renderLink(link.title, link.url, portalUrl));
  if (contacts.length > 0) {
    lines.push(`- Contact: ${contacts.join(', ')}`);
  }

  if (trims.ownerContacts && parents.length > 0) {
    lines.push(`- Chain: ${[owner, ...parents].map(nameOf).join(' → ')}`);
  }

  if (trims.members && members.length > 0) {
    const shown = members.map(member => {
      const memberEmail = emailOf(member);
      return memberEmail
        ? `${nameOf(member)} (${memberEmail})`
        : nameOf(member);
    });
    const more = memberCount - members.length;
    lines.push(
      `- Members: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
    );
  }
  return lines;
}
