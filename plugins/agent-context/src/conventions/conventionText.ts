import {
  Convention,
  ConventionInput,
} from '@agent-context/plugin-agent-context-common';

/**
 * A convention as plain lines, one field a line and the body last, so that
 * two versions can be compared with a line diff. Bookkeeping (revision,
 * author, time) is left out: it always differs and says nothing about the
 * change.
 */
export function conventionText(
  convention: ConventionInput | Convention | undefined,
): string {
  if (!convention) {
    return '';
  }
  const lines = [`id: ${convention.id}`];
  if (convention.action === 'waive') {
    lines.push('action: waive');
  } else {
    lines.push(`category: ${convention.category ?? ''}`);
    if (convention.severity) {
      lines.push(`severity: ${convention.severity}`);
    }
    lines.push(`enforced: ${convention.enforced ? 'yes' : 'no'}`);
    if (convention.appliesTo) {
      lines.push(`applies to: ${JSON.stringify(convention.appliesTo)}`);
    }
    lines.push(`title: ${convention.title ?? ''}`);
  }
  if (convention.reason) {
    lines.push(`reason: ${convention.reason}`);
  }
  if (convention.action !== 'waive' && convention.body) {
    lines.push('', convention.body);
  }
  return lines.join('\n');
}
