import {
  skillFileTarget,
  skillFrontmatter,
  withSkillFrontmatter,
} from './skillMarkdown';

describe('skillFileTarget', () => {
  it('keeps a Markdown file and finds SKILL.md in a directory', () => {
    expect(skillFileTarget('file:./skills/pr/SKILL.md')).toBe(
      'file:./skills/pr/SKILL.md',
    );
    expect(
      skillFileTarget('url:https://github.com/o/r/tree/main/skills/pr/'),
    ).toBe('url:https://github.com/o/r/tree/main/skills/pr/SKILL.md');
    expect(skillFileTarget('file:./skills/pr')).toBe(
      'file:./skills/pr/SKILL.md',
    );
  });
});

describe('withSkillFrontmatter', () => {
  const defaults = { name: 'pr-description', description: 'From the catalog' };

  it('serves a complete file byte for byte', () => {
    const content = '---\nname: pr\ndescription: Writes PRs\n---\n\n# PR\n';
    expect(withSkillFrontmatter(content, defaults)).toBe(content);
  });

  it('adds frontmatter to a file without one', () => {
    const served = withSkillFrontmatter('# PR descriptions\n', defaults);
    expect(served).toBe(
      '---\nname: pr-description\ndescription: From the catalog\n---\n\n# PR descriptions\n',
    );
    expect(skillFrontmatter(served)).toEqual(defaults);
  });

  it('completes frontmatter that lacks a field, keeping the others', () => {
    const served = withSkillFrontmatter(
      '---\nname: pr\nlicense: MIT\n---\n# PR\n',
      defaults,
    );
    expect(skillFrontmatter(served)).toEqual({
      name: 'pr',
      license: 'MIT',
      description: 'From the catalog',
    });
    expect(served.endsWith('---\n\n# PR\n')).toBe(true);
  });
});
