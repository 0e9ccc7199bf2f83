// The context engine's own account of its catalog graph, read from the
// backend's log: lines that mention "catalog graph", with an entity count
// and a duration where the line gives them. Parsed tolerantly (plain text,
// key=value or JSON fields), since the wording is the plugin's to change.

import { readFile } from 'node:fs/promises';

const COUNT_PATTERNS = [
  // entities=10000, entityCount: 10000, "entities":10000
  /entit\w*["']?\s*[:=]\s*["']?(\d[\d,]*)/i,
  // "10,000 entities", "10000 entities"
  /(\d[\d,]*)\s+entit/i,
];

/** A number with its unit in milliseconds, or undefined. */
function toMs(value, unit) {
  const n = Number(value);
  if (!Number.isFinite(n)) return undefined;
  return /^(s|sec)/i.test(unit) ? n * 1000 : n;
}

function durationMs(line) {
  // duration=1234, "durationMs":1234, took: 1.2s, elapsedSeconds=1.2
  const keyed = line.match(
    /\b(?:duration|took|elapsed)(\w*)["']?\s*[:=]\s*["']?(\d+(?:\.\d+)?)\s*(ms|s|sec\w*)?\b/i,
  );
  if (keyed) {
    const suffix = /^_?s(ec\w*)?$/i.test(keyed[1]) ? 's' : 'ms';
    return toMs(keyed[2], keyed[3] ?? suffix);
  }
  // loadMs=1234, "build_ms": 1234 (no timestamps: those are not "...Ms")
  const inMs = line.match(/\b\w*(?:Ms|_ms)["']?\s*[:=]\s*["']?(\d+(?:\.\d+)?)/);
  if (inMs) return toMs(inMs[1], 'ms');
  // "in 1234 ms", "in 1.2 s", "took 850ms"
  const spoken = line.match(
    /\b(?:in|took|after)\s+(\d+(?:\.\d+)?)\s*(ms|milliseconds?|s|seconds?)\b/i,
  );
  return spoken ? toMs(spoken[1], spoken[2]) : undefined;
}

/** Entity count and duration of one log line, either possibly undefined. */
export function parseGraphLine(line) {
  let entities;
  for (const pattern of COUNT_PATTERNS) {
    const match = line.match(pattern);
    if (match) {
      entities = Number(match[1].replace(/,/g, ''));
      break;
    }
  }
  return { entities, ms: durationMs(line) };
}

/**
 * What the log says about the catalog graph: { lines, loads, first, last,
 * longestMs, example }, where loads are the lines that gave an entity count
 * or a duration; { lines: 0 } when the log never mentions it.
 */
export async function readGraphLoads(logFile) {
  const text = await readFile(logFile, 'utf8').catch(() => '');
  const lines = text.split('\n').filter(l => /catalog graph/i.test(l));
  const loads = lines
    .map(parseGraphLine)
    .filter(l => l.entities !== undefined || l.ms !== undefined);
  const durations = loads.map(l => l.ms).filter(ms => ms !== undefined);
  return {
    lines: lines.length,
    loads: loads.length,
    first: loads[0],
    last: loads[loads.length - 1],
    longestMs: durations.length ? Math.max(...durations) : undefined,
    example: lines[lines.length - 1]?.trim().slice(0, 300),
  };
}
