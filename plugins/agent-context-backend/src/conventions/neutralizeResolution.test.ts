import {
  ConventionResolution,
  ResolvedConvention,
} from '@agent-context/plugin-agent-context-common';
import {
  HOSTILE_TEXTS,
  ORDINARY_TEXTS,
  invisibleCharactersIn,
  liveBareAddressesIn,
} from '@agent-context/plugin-agent-context-common/testUtils';
import {
  neutralizeConvention,
  neutralizeResolution,
} from './neutralizeResolution';

function ruleCarrying(text: string): ResolvedConvention {
  return {
    id: 'SEC-001',
    scope: 'global',
    source: 'catalog',
    action: 'define',
    category: 'rule',
    title: text,
    body: `${text}\n\n- ${text}`,
    severity: 'must',
    enforced: false,
    rationale: text,
    topic: text,
    location: text,
    revision: 0,
    overrides: [{ scope: 'global', source: 'config' }],
  };
}

/** A resolution with `text` in every field an author writes. */
function resolutionCarrying(text: string): ConventionResolution {
  return {
    entityRef: 'component:default/checkout-service',
    path: [{ scope: 'global', level: 'global' }],
    conventions: [ruleCarrying(text)],
    waived: [
      {
        ...ruleCarrying(text),
        id: 'DOC-001',
        reason: text,
        waivedBy: {
          scope: 'component:default/checkout-service',
          reason: text,
          by: 'user:default/alice',
        },
      },
    ],
    conflicts: [],
    skills: [
      {
        ref: 'airesource:default/skill',
        name: text,
        title: text,
        description: text,
        sourceLocation: 'https://links.example/SKILL.md',
        scope: 'system:default/checkout',
      },
    ],
  };
}

describe('neutralizeResolution', () => {
  it.each(HOSTILE_TEXTS.map(({ name, text }) => [name, text]))(
    'serves %s without invisible characters, and bodies without bare links',
    (_name, text) => {
      const resolution = neutralizeResolution(resolutionCarrying(text));
      expect(invisibleCharactersIn(JSON.stringify(resolution))).toEqual([]);
      for (const { body } of [
        ...resolution.conventions,
        ...resolution.waived,
      ]) {
        expect(liveBareAddressesIn(body)).toEqual([]);
      }
    },
  );

  it.each(ORDINARY_TEXTS)('serves %j as written', text => {
    expect(neutralizeResolution(resolutionCarrying(text))).toEqual(
      resolutionCarrying(text),
    );
  });

  it('adds no field a convention did not have', () => {
    const { rationale, topic, location, ...bare } = ruleCarrying('x');
    expect(neutralizeConvention(bare)).toEqual(bare);
  });
});
