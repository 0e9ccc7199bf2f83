import { isExternalLink } from './isExternalLink';

describe('isExternalLink', () => {
  it('tells links to other sites from the portal’s own', () => {
    const portal = 'http://localhost:3000';
    expect(isExternalLink('https://github.com/org/repo', portal)).toBe(true);
    expect(isExternalLink('http://localhost:3000/docs', portal)).toBe(false);
    expect(isExternalLink('/catalog/default/component/a', portal)).toBe(false);
  });
});
