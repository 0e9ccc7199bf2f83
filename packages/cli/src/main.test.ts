import { runCli } from './__testUtils__/runCli';
import { main } from './main';

const cwd = process.cwd();

describe('main', () => {
  it('prints the usage with --help and exits 0', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const run = await runCli(argv, { cwd });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Usage: agent-context <command> [options]');
      expect(run.stdout).toContain('pull');
      expect(run.stdout).toContain('check');
    }
  });

  it.each(['pull', 'check'])(
    'prints the usage of %s with --help, needing no configuration',
    async command => {
      for (const argv of [
        [command, '--help'],
        ['help', command],
      ]) {
        const run = await runCli(argv, { cwd });
        expect(run).toMatchObject({ code: 0, stderr: '' });
        expect(run.stdout).toContain(
          `Usage: agent-context ${command} [options]`,
        );
        expect(run.stdout).toContain('AGENT_CONTEXT_URL');
        expect(run.stdout).toContain('AGENT_CONTEXT_TOKEN');
      }
    },
  );

  it('exits 2 with the usage when no command is given', async () => {
    const run = await runCli([], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('agent-context: a command is required');
    expect(run.stderr).toContain('Usage: agent-context <command>');
  });

  it('exits 2 with the usage for an unknown command', async () => {
    const run = await runCli(['push'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("agent-context: unknown command 'push'");
    expect(run.stderr).toContain('Usage: agent-context <command>');
  });

  it('exits 2 with the usage of the command for an unknown flag', async () => {
    const run = await runCli(['check', '--fix'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("agent-context: Unknown option '--fix'");
    expect(run.stderr).toContain('Usage: agent-context check [options]');
  });

  it('exits 2 naming --portal and AGENT_CONTEXT_URL when there is no URL', async () => {
    const run = await runCli(['pull'], {
      cwd,
      env: { AGENT_CONTEXT_TOKEN: 't' },
    });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'agent-context: no portal URL: pass --portal URL or set AGENT_CONTEXT_URL to the URL of the Backstage backend\n',
    });
  });

  it('keeps the stack trace of an error that is not the user’s', async () => {
    let stderr = '';
    const code = await main(['--help'], {
      cwd,
      env: {},
      stdout: {
        write: () => {
          throw new Error('stdout is closed');
        },
      },
      stderr: { write: (text: string) => (stderr += text) },
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^agent-context: unexpected error: Error: stdout is closed\n\s+at /,
    );
  });
});
