import { Convention } from '@agent-context/plugin-agent-context-common';

/**
 * Sample conventions of the fictional Northwind Commerce organisation along
 * checkout-service's scope path, one of every source, so that the dev app
 * shows grouping, provenance, overrides, waivers and read-only entries.
 */

const createdAt = '2026-01-15T09:00:00.000Z';

function portal(
  fields: Partial<Convention> & Pick<Convention, 'id' | 'scope'>,
): Convention {
  return {
    source: 'database',
    action: 'define',
    category: 'rule',
    title: '',
    body: '',
    enforced: false,
    revision: 1,
    createdBy: 'user:default/amara.okafor',
    createdAt,
    updatedBy: 'user:default/amara.okafor',
    updatedAt: createdAt,
    ...fields,
  };
}

export const sampleConventions: Convention[] = [
  {
    id: 'SEC-001',
    scope: 'global',
    source: 'config',
    location: 'agentContext.conventions.global',
    action: 'define',
    category: 'rule',
    title: 'No secrets in code or logs',
    body: 'Read credentials from the vault at runtime. Never print tokens, even masked.',
    severity: 'must',
    enforced: true,
    revision: 0,
  },
  {
    id: 'DB-001',
    scope: 'global',
    source: 'config',
    location: 'agentContext.conventions.global',
    action: 'define',
    category: 'boundary',
    title: 'Migrations need a human',
    body: 'Do not write or edit files under `migrations/`; propose the change in the pull request description instead.',
    enforced: false,
    revision: 0,
  },
  portal({
    id: 'PR-001',
    scope: 'global',
    title: 'Keep pull requests small',
    body: 'Aim for under 400 changed lines; split refactors from behaviour changes.',
    severity: 'should',
  }),
  portal({
    id: 'LOG-001',
    scope: 'group:default/commerce',
    title: 'Log in JSON',
    body: 'Use the shared logger; one event a line, with `orderId` when there is one.',
    severity: 'should',
  }),
  portal({
    id: 'CMD-TEST',
    scope: 'system:default/checkout',
    category: 'command',
    title: 'Run the tests',
    body: '```sh\nyarn install --immutable\nyarn test\n```',
  }),
  portal({
    id: 'PR-001',
    scope: 'component:default/checkout-service',
    title: 'Pull requests may be large during the payment migration',
    body: 'The migration lands behind one flag; keep it reviewable commit by commit.',
    severity: 'may',
    reason: 'The payment migration lands in one piece',
    revision: 2,
    updatedBy: 'user:default/bruno.keller',
    updatedAt: '2026-02-20T14:30:00.000Z',
  }),
  portal({
    id: 'LOG-001',
    scope: 'component:default/checkout-service',
    action: 'waive',
    reason: 'Payment logs go to the provider in its own format',
  }),
  {
    id: 'FMT-001',
    scope: 'component:default/checkout-service',
    source: 'repository',
    location:
      'https://github.com/northwind/checkout/blob/main/.agent-context/conventions.yaml',
    action: 'define',
    category: 'rule',
    title: 'Format with Prettier',
    body: 'Run `yarn prettier --write` on changed files.',
    severity: 'should',
    enforced: false,
    revision: 0,
  },
];
