// Starting and stopping the backend under test, and reading its memory and
// CPU from /proc. Everything here acts only on the process group the bench
// itself started.

import { spawn } from 'node:child_process';
import {
  openSync,
  closeSync,
  readFileSync,
  readdirSync,
  readlinkSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** Clock ticks per second of /proc/<pid>/stat times (getconf CLK_TCK). */
const CLOCK_TICKS = 100;

/**
 * Starts the repository's backend in its own process group (so that
 * stopping it reaches every process it spawned), with output to a log file.
 *
 * mode 'direct' (the default) runs what `backstage-cli package start` runs
 * for packages/backend, the same Node flags and source transform, but
 * without the dev server around it: that server restarts the backend
 * whenever a source file it loaded changes, which on a tree others are
 * editing voids a run. mode 'yarn' runs `yarn workspace backend start`
 * itself; a restart is then detected and the run refused.
 *
 * Either way the backend gets the Node.js inspector on a free loopback port
 * (see inspector.mjs), which the bench uses only to collect garbage before
 * it reads memory.
 */
export function startBackend({ root, configs, logFile, mode = 'direct' }) {
  const log = openSync(logFile, 'w');
  const configArgs = configs.flatMap(config => ['--config', config]);
  const inspect = '--inspect=127.0.0.1:0';
  const env = {
    ...process.env,
    FORCE_COLOR: '0',
    NODE_ENV: process.env.NODE_ENV ?? 'development',
  };
  const child =
    mode === 'yarn'
      ? spawn(
          'yarn',
          ['workspace', 'backend', 'start', inspect, ...configArgs],
          {
            cwd: root,
            detached: true,
            stdio: ['ignore', log, log],
            env,
          },
        )
      : spawn(
          process.execPath,
          [
            '--enable-source-maps',
            inspect,
            '--require',
            createRequire(join(root, 'package.json')).resolve(
              '@backstage/cli-node/config/nodeTransform.cjs',
            ),
            'src/index.ts',
            ...configArgs,
          ],
          {
            cwd: join(root, 'packages', 'backend'),
            detached: true,
            stdio: ['ignore', log, log],
            env,
          },
        );
  closeSync(log);
  let exited = false;
  const exitPromise = new Promise(resolve =>
    child.once('exit', code => {
      exited = true;
      resolve(code);
    }),
  );
  return {
    pid: child.pid,
    logFile,
    hasExited: () => exited,
    /** SIGTERM to the group, then SIGKILL if it is still there after 20 s. */
    async stop() {
      if (exited) return;
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        return;
      }
      const timeout = new Promise(resolve =>
        setTimeout(resolve, 20000, 'timeout'),
      );
      if ((await Promise.race([exitPromise, timeout])) === 'timeout') {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
        await Promise.race([
          exitPromise,
          new Promise(r => setTimeout(r, 5000)),
        ]);
      }
      // The CLI waits for its backend child; give stragglers in the group a
      // moment, then make sure none is left.
      for (let i = 0; i < 20 && groupAlive(child.pid); i++) {
        await new Promise(r => setTimeout(r, 250));
      }
      if (groupAlive(child.pid)) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    },
  };
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The last lines of a log file, for error messages. */
export function tail(file, lines = 40) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function readStat(pid) {
  // The command name may hold spaces or parentheses: split after the last ')'.
  const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return text.slice(text.lastIndexOf(')') + 2).split(' ');
}

/** The pid and its descendants, found through the parent pids in /proc. */
export function processTree(rootPid) {
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(readStat(entry)[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  const tree = [];
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.shift();
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

function statusField(pid, field) {
  const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(
    new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'),
  );
  return match ? Number(match[1]) * 1024 : 0;
}

/** Resident set size in bytes (VmRSS), 0 when the process is gone. */
export function rssBytes(pid) {
  try {
    return statusField(pid, 'VmRSS');
  } catch {
    return 0;
  }
}

/** Peak resident set size in bytes (VmHWM). */
export function peakRssBytes(pid) {
  try {
    return statusField(pid, 'VmHWM');
  } catch {
    return 0;
  }
}

/** User plus system CPU time of a process, in milliseconds. */
export function cpuMs(pid) {
  try {
    const fields = readStat(pid);
    // utime and stime are fields 14 and 15 of stat, 12 and 13 after ')'.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

/**
 * The pid among `candidates` that holds the listening TCP socket of `port`
 * (from /proc/net/tcp{,6} and the processes' fd links), or undefined.
 */
export function findListener(port, candidates) {
  const inodes = new Set();
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text;
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      // local_address is ip:port in hex; state 0A is LISTEN; column 9 the inode.
      if (
        cols.length > 9 &&
        cols[1].endsWith(`:${hexPort}`) &&
        cols[3] === '0A'
      ) {
        inodes.add(`socket:[${cols[9]}]`);
      }
    }
  }
  if (inodes.size === 0) return undefined;
  for (const pid of candidates) {
    let fds;
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        if (inodes.has(readlinkSync(`/proc/${pid}/fd/${fd}`))) return pid;
      } catch {
        // fd closed meanwhile
      }
    }
  }
  return undefined;
}

/** True when something (anything) already listens on the port. */
export function portInUse(port) {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    try {
      const text = readFileSync(table, 'utf8');
      if (
        text.split('\n').some(l => {
          const cols = l.trim().split(/\s+/);
          return (
            cols.length > 3 &&
            cols[1].endsWith(`:${hexPort}`) &&
            cols[3] === '0A'
          );
        })
      ) {
        return true;
      }
    } catch {
      // table missing
    }
  }
  return false;
}
