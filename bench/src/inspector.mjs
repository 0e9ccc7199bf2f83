// A full garbage collection in the backend under test, through the Node.js
// inspector it was started with (--inspect=127.0.0.1:0, loopback only), so
// that memory is read as what the process actually holds rather than as
// garbage V8 has not collected yet.

import { readFile } from 'node:fs/promises';

/** The inspector's WebSocket URL, from the "Debugger listening" log line. */
async function inspectorUrl(logFile) {
  const text = await readFile(logFile, 'utf8');
  const urls = [
    ...text.matchAll(
      /Debugger listening on (ws:\/\/127\.0\.0\.1:\d+\/[\w-]+)/g,
    ),
  ];
  if (urls.length === 0) {
    throw new Error(`no inspector URL in ${logFile}`);
  }
  return urls[urls.length - 1][1];
}

/**
 * Collects garbage twice (the second pass frees what the first finalised)
 * and returns the JS heap usage afterwards: { usedBytes, totalBytes }.
 */
export async function collectGarbage(logFile, timeoutMs = 30000) {
  const ws = new WebSocket(await inspectorUrl(logFile));
  const timer = setTimeout(() => ws.close(), timeoutMs);
  try {
    await new Promise((resolve, reject) => {
      ws.onopen = resolve;
      ws.onerror = () =>
        reject(new Error('could not connect to the inspector'));
    });
    let nextId = 0;
    const pending = new Map();
    ws.onmessage = event => {
      const message = JSON.parse(event.data);
      pending.get(message.id)?.(message);
    };
    ws.onclose = () => {
      for (const settle of pending.values())
        settle({ error: { message: 'inspector closed' } });
    };
    const call = method =>
      new Promise((resolve, reject) => {
        const id = ++nextId;
        pending.set(id, message => {
          pending.delete(id);
          if (message.error)
            reject(new Error(`${method}: ${message.error.message}`));
          else resolve(message.result);
        });
        ws.send(JSON.stringify({ id, method }));
      });
    await call('HeapProfiler.collectGarbage');
    await call('HeapProfiler.collectGarbage');
    const usage = await call('Runtime.getHeapUsage');
    return { usedBytes: usage.usedSize, totalBytes: usage.totalSize };
  } finally {
    clearTimeout(timer);
    ws.close();
  }
}
