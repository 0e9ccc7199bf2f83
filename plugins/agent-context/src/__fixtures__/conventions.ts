import {
  Convention,
  ConventionResolution,
  ConventionScopeView,
} from '@agent-context/plugin-agent-context-common';

/**
 * Conventions of checkout-service along its scope path: the org codex, its
 * system, its owner and the entity itself.
 */

const entityRef = 'component:default/checkout-service';

/** A convention kept in the portal, with the fields every one shares. */
export function convention(
  fields: Partial<Convention> & Pick<Convention, 'id' | 'scope' | 'title'>,
): Convention {
  return {
    source: 'database',
    action: 'define',
    category: 'rule',
    body: '',
    enforced: false,
    revision: 1,
    ...fields,
  };
}

export const noSecrets = convention({
  id: 'SEC-004',
  scope: 'global',
  source: 'config',
  location: 'agentContext.conventions.global',
  title: 'No secrets in code',
  body: 'Read credentials from the vault.',
  severity: 'must',
  enforced: true,
  revision: 0,
});

export const reviewMigrations = convention({
  id: 'DB-002',
  scope: 'global',
  category: 'boundary',
  title: 'Migrations need a human review',
  body: 'Do not edit files under `migrations/` without a reviewer.',
  revision: 4,
  updatedBy: 'user:default/ada',
  updatedAt: '2026-02-01T10:00:00.000Z',
});

export const smallPrs = convention({
  id: 'PR-001',
  scope: 'global',
  title: 'Keep pull requests small',
  severity: 'should',
  revision: 2,
});

export const useYarn = convention({
  id: 'CMD-TEST',
  scope: 'system:default/checkout',
  category: 'command',
  title: 'Run the tests',
  body: '```sh\nyarn test\n```',
  revision: 1,
});

export const largePrsOk = convention({
  id: 'PR-001',
  scope: entityRef,
  title: 'Pull requests may be large during the migration',
  severity: 'may',
  reason: 'The payment migration lands in one piece',
  revision: 3,
});

export const waiveLogging = convention({
  id: 'LOG-001',
  scope: entityRef,
  action: 'waive',
  title: '',
  reason: 'Logs go to the payment provider',
  revision: 1,
});

export const repositoryRule = convention({
  id: 'REPO-001',
  scope: entityRef,
  source: 'repository',
  location: 'https://github.com/example/checkout/blob/main/conventions.yaml',
  title: 'Format with Prettier',
  severity: 'should',
  revision: 0,
});

/** What the backend resolves for checkout-service. */
export const checkoutServiceResolution: ConventionResolution = {
  entityRef,
  path: [
    { scope: 'global', level: 'global' },
    { scope: 'system:default/checkout', level: 'system' },
    { scope: 'group:default/checkout-team', level: 'group' },
    { scope: entityRef, level: 'entity' },
  ],
  conventions: [
    noSecrets,
    reviewMigrations,
    useYarn,
    {
      ...largePrsOk,
      overrides: [{ scope: 'global', source: 'database' }],
    },
    repositoryRule,
  ],
  waived: [
    {
      ...convention({
        id: 'LOG-001',
        scope: 'group:default/checkout-team',
        title: 'Log in JSON',
        severity: 'should',
      }),
      waivedBy: {
        scope: entityRef,
        reason: 'Logs go to the payment provider',
        by: 'user:default/grace',
        at: '2026-02-03T08:00:00.000Z',
      },
    },
  ],
  conflicts: [
    {
      id: 'SEC-004',
      scope: 'system:default/checkout',
      source: 'database',
      message:
        'SEC-004 is enforced by global and cannot be overridden at system:default/checkout',
    },
  ],
  skills: [],
};

/** checkout-service's own entries, as its owners see them. */
export const checkoutServiceScope: ConventionScopeView = {
  scope: entityRef,
  conventions: [largePrsOk, waiveLogging, repositoryRule],
  canEdit: true,
  editors: ['group:default/checkout-team'],
  repository: {
    location: 'https://github.com/example/checkout/blob/main/conventions.yaml',
    lastGoodAt: '2026-02-01T00:00:00.000Z',
  },
};

/** The org codex. */
export const globalScope: ConventionScopeView = {
  scope: 'global',
  conventions: [noSecrets, reviewMigrations, smallPrs],
  canEdit: true,
  editors: ['group:default/platform-admins'],
};
