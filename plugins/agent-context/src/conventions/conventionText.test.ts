import { conventionText } from './conventionText';

describe('conventionText', () => {
  it('puts each field on a line and the body after a blank line', () => {
    expect(
      conventionText({
        id: 'SEC-004',
        category: 'rule',
        severity: 'must',
        enforced: true,
        appliesTo: { kind: 'component' },
        title: 'No secrets in code',
        body: 'Use the vault.\nNever commit .env files.',
      }),
    ).toBe(
      [
        'id: SEC-004',
        'category: rule',
        'severity: must',
        'enforced: yes',
        'applies to: {"kind":"component"}',
        'title: No secrets in code',
        '',
        'Use the vault.',
        'Never commit .env files.',
      ].join('\n'),
    );
  });

  it('shows a waiver as its id and reason', () => {
    expect(
      conventionText({ id: 'SEC-004', action: 'waive', reason: 'No secrets' }),
    ).toBe('id: SEC-004\naction: waive\nreason: No secrets');
  });

  it('is empty for a convention that no longer exists', () => {
    expect(conventionText(undefined)).toBe('');
  });
});
