import { countLines } from './countLines';

describe('countLines', () => {
  it.each([
    ['', 0],
    ['one', 1],
    ['one\n', 1],
    ['one\ntwo', 2],
    ['one\ntwo\n', 2],
    ['one\n\nthree\n', 3],
    ['\n', 1],
    ['one\r\ntwo\r\n', 2],
  ])('counts %j as %i lines', (text, lines) => {
    expect(countLines(text)).toBe(lines);
  });
});
