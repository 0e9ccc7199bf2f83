import { commandUsage, mainUsage } from './usage';

/** Unindented lines that end in a colon: what help readers take for headings. */
function headingsOf(usage: string): string[] {
  return usage.split('\n').filter(line => /^\S.*:$/.test(line));
}

describe('usage', () => {
  // The CLI report (cli-report.md) is read from --help by a parser that
  // knows only these headings, and it fails the repository's check on any
  // other: a new group of options goes under Options, apart by a blank line.
  it('has only a Commands section in the usage of the command as a whole', () => {
    expect(headingsOf(mainUsage)).toEqual(['Commands:']);
  });

  it.each(Object.entries(commandUsage))(
    'has exactly one Options section in the usage of %s',
    (_command, usage) => {
      expect(headingsOf(usage)).toEqual(['Options:']);
    },
  );

  it.each(Object.entries(commandUsage))(
    'lists the connection options and help in the usage of %s',
    (command, usage) => {
      const options = usage.slice(usage.indexOf('Options:'));
      for (const flag of [
        '--portal URL',
        '--token TOKEN',
        '--entity REF',
        '--remote NAME',
        // telemetry-env fetches no AGENTS.md.
        ...(command === 'telemetry-env' ? [] : ['--max-tokens N']),
        '-h, --help',
      ]) {
        expect(options).toMatch(new RegExp(`^ {2}${flag} {2}`, 'm'));
      }
    },
  );
});
