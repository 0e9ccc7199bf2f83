import { parse, stringify } from 'yaml';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Where a skill's SKILL.md is, from its `backstage.io/source-location`:
 * the file itself when it names a Markdown file, else `SKILL.md` in the
 * directory it names (the catalog's own default points at a directory).
 */
export function skillFileTarget(sourceLocation: string): string {
  const target = sourceLocation.trim();
  if (/\.md$/i.test(target)) {
    return target;
  }
  return `${target.replace(/\/+$/, '')}/SKILL.md`;
}

/** The YAML frontmatter of a SKILL.md, if it has one that parses. */
export function skillFrontmatter(
  content: string,
): Record<string, unknown> | undefined {
  const match = FRONTMATTER.exec(content);
  if (!match) {
    return undefined;
  }
  try {
    const data = parse(match[1]);
    return typeof data === 'object' && data !== null && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The SKILL.md as it is served. Installers refuse a skill without `name`
 * and `description` in its frontmatter, so a file that lacks them gets
 * them from the catalog; a complete file is served byte for byte.
 */
export function withSkillFrontmatter(
  content: string,
  defaults: { name: string; description: string },
): string {
  const frontmatter = skillFrontmatter(content);
  const complete = (key: string) =>
    typeof frontmatter?.[key] === 'string' &&
    (frontmatter[key] as string).trim() !== '';
  if (complete('name') && complete('description')) {
    return content;
  }
  const body = FRONTMATTER.test(content)
    ? content.replace(FRONTMATTER, '')
    : content;
  const merged = {
    ...frontmatter,
    name: complete('name') ? frontmatter!.name : defaults.name,
    description: complete('description')
      ? frontmatter!.description
      : defaults.description,
  };
  return `---\n${stringify(merged).trimEnd()}\n---\n\n${body.replace(
    /^\s*\n/,
    '',
  )}`;
}
