// Load rounds with fresh callers, for reading whether the backend's memory
// stays flat as new agents keep arriving: each round, a new set of callers
// (each its own static token, hence its own service principal) asks for the
// contexts and AGENTS.md of a few random sampled entities.

import http from 'node:http';
import { get } from './load.mjs';
import { createPrng } from './prng.mjs';

/** Callers of a memory round that are under way at the same time. */
export const ROUND_PARALLEL = 8;

/** The token id of one caller of one round (both counted from 1). */
export function roundCallerId(round, caller) {
  return `round${round}-caller${String(caller).padStart(2, '0')}`;
}

/** Every caller id of `rounds` rounds of `callers` callers each. */
export function roundCallerIds(rounds, callers) {
  const ids = [];
  for (let r = 1; r <= rounds; r++) {
    for (let c = 1; c <= callers; c++) ids.push(roundCallerId(r, c));
  }
  return ids;
}

/**
 * One round: `callers` callers, `parallel` of them at a time, each asking
 * every target (e.g. context and AGENTS.md) for `entitiesPerCaller`
 * distinct entities drawn from `sample` with a seeded PRNG, one request at
 * a time. Resolves to { requests, errors, statuses, seconds }.
 */
export async function runRound({
  round,
  callers,
  entitiesPerCaller,
  parallel,
  sample,
  seed,
  targets,
  tokens,
}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: parallel });
  const statuses = {};
  let requests = 0;
  let next = 1;
  const started = Date.now();
  const caller = async () => {
    while (next <= callers) {
      const number = next++;
      const token = tokens[roundCallerId(round, number)];
      const prng = createPrng(seed + round * 7919 + number * 104729);
      const entities = prng.shuffle(sample).slice(0, entitiesPerCaller);
      for (const entity of entities) {
        for (const target of targets) {
          const res = await get(target.url(entity), { token, agent });
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
          requests++;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: parallel }, caller));
  agent.destroy();
  return {
    requests,
    errors: requests - (statuses[200] ?? 0),
    statuses,
    seconds: (Date.now() - started) / 1000,
  };
}
