import { ContextSkill } from '../types';
import { renderSkills } from './renderSkills';
import { FULL_RENDER } from './renderTrims';

function skill(name: string, more: Partial<ContextSkill> = {}): ContextSkill {
  return {
    ref: `airesource:default/${name}`,
    name,
    scope: 'system:default/checkout',
    ...more,
  };
}

describe('renderSkills', () => {
  it.each<{ name: string; skill: ContextSkill; line: string }>([
    {
      name: 'name, title, first line of the description and SKILL.md',
      skill: skill('release-notes', {
        title: 'Release notes',
        description: 'Drafts release notes\nfrom merged pull requests',
        sourceLocation: 'https://git.example.com/skills/release-notes/',
      }),
      line: '- `release-notes` **Release notes**: Drafts release notes. SKILL.md: <https://git.example.com/skills/release-notes/> (from `system:default/checkout`)',
    },
    {
      name: 'a location with the catalog url: prefix',
      skill: skill('pdf', {
        sourceLocation: 'url:https://git.example.com/skills/pdf/',
      }),
      line: '- `pdf`: SKILL.md: <https://git.example.com/skills/pdf/> (from `system:default/checkout`)',
    },
    {
      name: 'a location that is not a web link, as text',
      skill: skill('pdf', { sourceLocation: 'file:///etc/passwd' }),
      line: '- `pdf`: SKILL.md: file:///etc/passwd (from `system:default/checkout`)',
    },
    {
      name: 'a bare skill, and a title that only repeats the name',
      skill: skill('pdf', { title: 'pdf' }),
      line: '- `pdf` (from `system:default/checkout`)',
    },
  ])('shows $name', ({ skill: s, line }) => {
    expect(renderSkills([s], FULL_RENDER)).toEqual(['## Skills', '', line]);
  });

  it('counts the skills beyond the first twenty', () => {
    const skills = Array.from({ length: 23 }, (_, i) =>
      skill(`s-${String(i).padStart(2, '0')}`),
    );
    const lines = renderSkills(skills, FULL_RENDER);
    expect(lines).toHaveLength(2 + 20 + 1);
    expect(lines[21]).toBe('- `s-19` (from `system:default/checkout`)');
    expect(lines[22]).toBe('- and 3 more');
  });

  it('is empty without skills, or when the budget dropped them', () => {
    expect(renderSkills([], FULL_RENDER)).toEqual([]);
    expect(
      renderSkills([skill('pdf')], { ...FULL_RENDER, skills: false }),
    ).toEqual([]);
  });
});
