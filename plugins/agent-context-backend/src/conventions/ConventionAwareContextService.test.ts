import { publishedSkill } from './ConventionAwareContextService';

describe('publishedSkill', () => {
  const skill = {
    ref: 'airesource:default/write-flyway-migration',
    name: 'write-flyway-migration',
    scope: 'system:default/checkout',
  };
  const index = 'https://portal.example/.well-known/agent-skills';

  it.each([
    [
      'keeps a web location, without its url: prefix',
      'url:https://git.example/skills/flyway/SKILL.md',
      'https://git.example/skills/flyway/SKILL.md',
    ],
    [
      'points a file location at the published copy',
      'file:./skills/write-flyway-migration/SKILL.md',
      `${index}/write-flyway-migration/SKILL.md`,
    ],
    [
      'points a skill without a location at the published copy',
      undefined,
      `${index}/write-flyway-migration/SKILL.md`,
    ],
  ])('%s', (_name, sourceLocation, expected) => {
    expect(publishedSkill({ ...skill, sourceLocation }, index)).toEqual({
      ...skill,
      sourceLocation: expected,
    });
  });
});
