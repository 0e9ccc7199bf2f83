// The Node.js inspector of the backend under test (started with
// --inspect=127.0.0.1:0, loopback only): a full garbage collection before
// memory is read, so that it is what the process actually holds rather than
// garbage V8 has not collected yet; and, when asked, a CPU profile.

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
 * Opens a session: { call(method, params), close() }. Calls reject when the
 * inspector answers with an error or closes.
 */
export async function openInspector(logFile) {
  const ws = new WebSocket(await inspectorUrl(logFile));
  await new Promise((resolve, reject) => {
    ws.onopen = resolve;
    ws.onerror = () => reject(new Error('could not connect to the inspector'));
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
  return {
    call: (method, params = {}) =>
      new Promise((resolve, reject) => {
        const id = ++nextId;
        pending.set(id, message => {
          pending.delete(id);
          if (message.error)
            reject(new Error(`${method}: ${message.error.message}`));
          else resolve(message.result);
        });
        ws.send(JSON.stringify({ id, method, params }));
      }),
    close: () => ws.close(),
  };
}

/**
 * Collects garbage twice (the second pass frees what the first finalised)
 * and returns the JS heap usage afterwards: { usedBytes, totalBytes }.
 */
export async function collectGarbage(logFile, timeoutMs = 30000) {
  const session = await openInspector(logFile);
  const timer = setTimeout(() => session.close(), timeoutMs);
  try {
    await session.call('HeapProfiler.collectGarbage');
    await session.call('HeapProfiler.collectGarbage');
    const usage = await session.call('Runtime.getHeapUsage');
    return { usedBytes: usage.usedSize, totalBytes: usage.totalSize };
  } finally {
    clearTimeout(timer);
    session.close();
  }
}

/**
 * Runs `work` under V8's sampling CPU profiler and returns
 * { result, profile }, the profile as the inspector gives it.
 */
export async function withCpuProfile(logFile, work) {
  const session = await openInspector(logFile);
  try {
    await session.call('Profiler.enable');
    await session.call('Profiler.setSamplingInterval', { interval: 500 });
    await session.call('Profiler.start');
    const result = await work();
    const { profile } = await session.call('Profiler.stop');
    return { result, profile };
  } finally {
    session.close();
  }
}
