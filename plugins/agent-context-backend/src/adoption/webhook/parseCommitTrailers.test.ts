import { parseCommitTrailers, parsePerson } from './parseCommitTrailers';

describe('parseCommitTrailers', () => {
  it('reads the trailers of the last paragraph', () => {
    expect(
      parseCommitTrailers(
        'Fix the checkout total\n\nRounding was off by a cent.\n\nCo-authored-by: Claude <noreply@anthropic.com>\nSigned-off-by: Dev <dev@example.com>\n',
      ),
    ).toEqual([
      { key: 'Co-authored-by', value: 'Claude <noreply@anthropic.com>' },
      { key: 'Signed-off-by', value: 'Dev <dev@example.com>' },
    ]);
  });

  it('joins a continued line to its trailer', () => {
    expect(
      parseCommitTrailers('Subject\n\nNote: a long\n  explanation\r\n'),
    ).toEqual([{ key: 'Note', value: 'a long explanation' }]);
  });

  it('never reads the subject as a trailer', () => {
    expect(
      parseCommitTrailers('Co-authored-by: Claude <noreply@anthropic.com>'),
    ).toEqual([]);
  });

  it('ignores trailers that are not in the last paragraph', () => {
    expect(
      parseCommitTrailers(
        'Subject\n\nCo-authored-by: Claude <noreply@anthropic.com>\n\nMore prose after it.',
      ),
    ).toEqual([]);
  });

  it('takes a mixed paragraph only with a trailer git writes, and enough of them', () => {
    expect(
      parseCommitTrailers(
        'Subject\n\nReviewed in the design meeting\nCo-authored-by: Codex <codex@openai.com>',
      ),
    ).toEqual([{ key: 'Co-authored-by', value: 'Codex <codex@openai.com>' }]);
    expect(
      parseCommitTrailers('Subject\n\nSee the ticket\nfor details\nRef: ABC-1'),
    ).toEqual([]);
    expect(
      parseCommitTrailers(
        'Subject\n\none\ntwo\nthree\nfour\nCo-authored-by: Codex <codex@openai.com>',
      ),
    ).toEqual([]);
  });
});

describe('parsePerson', () => {
  it('splits a name from its e-mail', () => {
    expect(parsePerson('Cursor Agent <cursoragent@cursor.com>')).toEqual({
      name: 'Cursor Agent',
      email: 'cursoragent@cursor.com',
    });
    expect(parsePerson('Copilot')).toEqual({ name: 'Copilot' });
  });
});
