import { ChildProcess, fork } from 'node:child_process';
import { resolve as resolvePath } from 'node:path';

/** How the exports a command caused went: code 0 is success. */
export type ExportOutcomes = Array<{ code: number; error?: string }>;

/**
 * The OpenTelemetry SDK with its real OTLP exporters, in a child process
 * (see exporterProcess.js), driven one command at a time.
 */
export class ExporterProcess {
  private readonly child: ChildProcess;
  private nextId = 0;
  private readonly waiting = new Map<
    number,
    { resolve: (outcomes: ExportOutcomes) => void; reject: (e: Error) => void }
  >();

  constructor() {
    this.child = fork(resolvePath(__dirname, 'exporterProcess.js'), [], {
      execArgv: [],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    this.child.on(
      'message',
      (reply: { id: number; exports?: ExportOutcomes; error?: string }) => {
        const waiter = this.waiting.get(reply.id);
        this.waiting.delete(reply.id);
        if (reply.error) {
          waiter?.reject(new Error(reply.error));
        } else {
          waiter?.resolve(reply.exports ?? []);
        }
      },
    );
  }

  /** Runs a command; resolves with the outcome of each export it caused. */
  run(command: string, args?: object): Promise<ExportOutcomes> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.child.send({ id, command, args });
    });
  }

  /** Runs a command that must export, and fails unless every export succeeded. */
  async exported(command: string, args?: object): Promise<void> {
    const outcomes = await this.run(command, args);
    if (outcomes.length === 0 || outcomes.some(o => o.code !== 0)) {
      throw new Error(
        `${command} did not export successfully: ${JSON.stringify(outcomes)}`,
      );
    }
  }

  stop() {
    this.child.kill();
  }
}
