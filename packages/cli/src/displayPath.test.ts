import { displayPath } from './displayPath';

describe('displayPath', () => {
  it('shows a file inside the working directory relative to it', () => {
    expect(displayPath('/repo', '/repo/AGENTS.md')).toBe('AGENTS.md');
    expect(displayPath('/repo', '/repo/docs/AGENTS.md')).toBe('docs/AGENTS.md');
  });

  it('shows a file elsewhere as its absolute path', () => {
    expect(displayPath('/repo/services', '/repo/AGENTS.md')).toBe(
      '/repo/AGENTS.md',
    );
    expect(displayPath('/repo', '/repo')).toBe('/repo');
  });
});
