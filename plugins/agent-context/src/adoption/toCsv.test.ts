import { toCsv } from './toCsv';

describe('toCsv', () => {
  it('writes a header and rows with CRLF line ends', () => {
    expect(
      toCsv(
        ['ref', 'requests'],
        [
          ['component:default/a', 12],
          ['component:default/b', 0],
        ],
      ),
    ).toBe(
      'ref,requests\r\ncomponent:default/a,12\r\ncomponent:default/b,0\r\n',
    );
  });

  it('quotes cells with commas, quotes or line breaks and doubles the quotes', () => {
    expect(toCsv(['title'], [['Checkout, "new"'], ['two\nlines']])).toBe(
      'title\r\n"Checkout, ""new"""\r\n"two\nlines"\r\n',
    );
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(
      toCsv(
        ['title'],
        [['=HYPERLINK("x")'], ['+1'], ['-2'], ['@SUM(A1)'], ['\tcmd'], ['a=b']],
      ),
    ).toBe(
      `title\r\n"'=HYPERLINK(""x"")"\r\n'+1\r\n'-2\r\n'@SUM(A1)\r\n'\tcmd\r\na=b\r\n`,
    );
  });

  it('writes numbers and booleans as they are and nothing for a missing cell', () => {
    expect(toCsv(['a', 'b', 'c', 'd'], [[-3.5, true, undefined, null]])).toBe(
      'a,b,c,d\r\n-3.5,true,,\r\n',
    );
  });
});
