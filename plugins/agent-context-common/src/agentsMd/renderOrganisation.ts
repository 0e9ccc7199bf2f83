import { EntityContext, OwnerSummary } from '../types';
import { kindNoun, renderByKind, renderOwnerText } from './relatedEntityText';
import { RenderTrims } from './renderTrims';

function ownerList(
  owners: readonly OwnerSummary[],
  total: number,
  options: { email?: boolean } = {},
): string {
  const more = total - owners.length;
  return `${owners.map(o => renderOwnerText(o, options)).join(', ')}${
    more > 0 ? ` and ${more} more` : ''
  }`;
}

/**
 * A group's or user's place in the organisation: for a group the chain of
 * groups above it, its child groups and its members; for a user the groups
 * it belongs to. Every group and person with its ref.
 */
export function renderOrganisation(
  context: EntityContext,
  trims: RenderTrims,
): string[] {
  const { group, user } = context;
  const lines: string[] = [];
  if (group) {
    lines.push(
      group.parents.length > 0
        ? `- Parent chain: ${group.parents
            .map(parent => renderOwnerText(parent))
            .join(' → ')}`
        : '- Parent group: none, the top of the organisation',
    );
    if (group.childCount > 0) {
      lines.push(
        `- Child groups (${group.childCount}): ${ownerList(
          group.children,
          group.childCount,
        )}`,
      );
    }
    if (group.memberCount === 0) {
      lines.push('- Members: none');
    } else if (trims.members && group.members.length > 0) {
      lines.push(
        `- Members (${group.memberCount}): ${ownerList(
          group.members,
          group.memberCount,
          { email: true },
        )}`,
      );
    } else {
      lines.push(`- Members: ${group.memberCount}`);
    }
  }
  if (user) {
    lines.push(
      user.memberOfCount > 0
        ? `- Member of (${user.memberOfCount}): ${ownerList(
            user.memberOf,
            user.memberOfCount,
          )}`
        : '- Member of: no group',
    );
  }
  return lines.length > 0 ? ['## Organisation', '', ...lines] : [];
}

/**
 * What a group or user owns, by kind. The budget may cut it to the count:
 * each owned entity has an AGENTS.md of its own.
 */
export function renderOwned(
  context: EntityContext,
  trims: RenderTrims,
): string[] {
  const { owns } = context;
  if (!owns) {
    return [];
  }
  const self = kindNoun(context.entity.kind);
  if (owns.count === 0) {
    return [
      '## Owns',
      '',
      `Nothing in the catalog names this ${self} as its owner.`,
    ];
  }
  if (!trims.owned) {
    return [
      '## Owns',
      '',
      `${owns.count} ${owns.count === 1 ? 'entity' : 'entities'}.`,
    ];
  }
  return ['## Owns', '', ...renderByKind(owns.entities, owns.count)];
}
