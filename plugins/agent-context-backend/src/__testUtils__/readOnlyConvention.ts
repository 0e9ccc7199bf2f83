import { Convention } from '@agent-context/plugin-agent-context-common';

/** A SHOULD rule as a read-only source keeps it, to vary one field at a time. */
export function readOnlyConvention(
  id: string,
  scope: string,
  sourceId: string,
  more: Partial<Convention> = {},
): Convention {
  return {
    id,
    scope,
    source: sourceId,
    action: 'define',
    category: 'rule',
    title: id,
    body: '',
    severity: 'should',
    enforced: false,
    revision: 0,
    ...more,
  };
}
