import http from 'node:http';
import { AddressInfo } from 'node:net';

/** One request as an exporter sent it, byte for byte. */
export interface RecordedRequest {
  path: string;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * Stands between the SDK exporters and the receiver and keeps what they
 * send, so a test can send an export again exactly, and point the
 * exporters at a restarted portal without restarting them.
 */
export class RecordingProxy {
  readonly requests: RecordedRequest[] = [];
  target = '';
  private readonly server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', chunk => chunks.push(chunk));
    req.on('end', async () => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) {
        if (
          typeof value === 'string' &&
          ![
            'host',
            'connection',
            'content-length',
            'transfer-encoding',
          ].includes(name)
        ) {
          headers[name] = value;
        }
      }
      const recorded = {
        path: req.url ?? '/',
        headers,
        body: Buffer.concat(chunks),
      };
      this.requests.push(recorded);
      try {
        const answer = await this.send(recorded);
        res.writeHead(answer.status, {
          'content-type': answer.headers.get('content-type') ?? '',
        });
        res.end(Buffer.from(await answer.arrayBuffer()));
      } catch (error) {
        res.writeHead(502).end(String(error));
      }
    });
  });

  async start(): Promise<string> {
    await new Promise<void>(resolve => this.server.listen(0, resolve));
    return `http://localhost:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise(resolve => this.server.close(resolve));
  }

  /** Sends a recorded request to the current target again. */
  send(recorded: RecordedRequest): Promise<Response> {
    return fetch(`${this.target}${recorded.path}`, {
      method: 'POST',
      headers: recorded.headers,
      body: recorded.body,
    });
  }
}
