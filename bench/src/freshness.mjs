// How soon a catalog edit reaches the agent context: the bench rewrites one
// entity's description in its generated YAML file, asks the catalog to
// refresh that entity, and polls the catalog's by-name lookup and the
// context JSON until each shows the edit.

import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import YAML from 'yaml';
import { catalogFileText } from './generateCatalog.mjs';
import { get, post } from './load.mjs';

const sleep = ms => new Promise(r => setTimeout(r, ms));

/**
 * Sets the description of `entity` ({ kind, name }) in the catalog file of
 * `catalogDir` that holds it. Resolves to { file, writtenAt, restore },
 * where writtenAt is the hrtime (ns) right after the write and restore()
 * puts the file's original text back (the next database starts from it).
 */
export async function editDescription(catalogDir, entity, description) {
  const isIt = e =>
    e?.kind === entity.kind && e?.metadata?.name === entity.name;
  for (const name of (await readdir(catalogDir)).sort()) {
    if (!name.endsWith('.yaml')) continue;
    const file = join(catalogDir, name);
    const original = await readFile(file, 'utf8');
    // A cheap test first: only a file that mentions the name is parsed.
    if (!original.includes(entity.name)) continue;
    const entities = YAML.parseAllDocuments(original).map(d => d.toJS());
    const target = entities.find(isIt);
    if (!target) continue;
    target.metadata.description = description;
    await writeFile(file, catalogFileText(entities));
    return {
      file,
      writtenAt: process.hrtime.bigint(),
      restore: () => writeFile(file, original),
    };
  }
  throw new Error(
    `no catalog file in ${catalogDir} holds ${entity.kind} ${entity.name}`,
  );
}

/**
 * Polls `catalogUrl` and `contextUrl` every `intervalMs` until each answer
 * contains `marker`, or `timeoutS` has passed since `since` (an hrtime in
 * ns). Each URL is asked again only until it has shown the marker once.
 * Resolves to { catalogS, contextS, polls, lastStatuses }, the seconds from
 * `since` to the first answer showing the marker (undefined if none did).
 */
export async function pollUntilVisible({
  catalogUrl,
  catalogToken,
  contextUrl,
  contextToken,
  marker,
  since,
  intervalMs = 100,
  timeoutS = 120,
}) {
  const secondsSince = () =>
    Math.round(Number(process.hrtime.bigint() - since) / 1e7) / 100;
  const seen = { catalogS: undefined, contextS: undefined };
  const lastStatuses = {};
  let polls = 0;
  const check = async (key, url, token) => {
    if (seen[key] !== undefined) return;
    const res = await get(url, { token, keepBody: true });
    lastStatuses[key] = res.status;
    if (res.status === 200 && res.body.includes(marker)) {
      seen[key] = secondsSince();
    }
  };
  while (
    (seen.catalogS === undefined || seen.contextS === undefined) &&
    secondsSince() < timeoutS
  ) {
    const tick = Date.now();
    polls++;
    await Promise.all([
      check('catalogS', catalogUrl, catalogToken),
      check('contextS', contextUrl, contextToken),
    ]);
    await sleep(Math.max(0, intervalMs - (Date.now() - tick)));
  }
  return { ...seen, polls, lastStatuses };
}

/**
 * The whole measurement on a running backend: edit, refresh, poll, and put
 * the file back. `entity` is a sampled entity ({ kind, namespace, name,
 * ref }); `urls` builds the by-name and context URLs of an entity.
 */
export async function measureFreshness({
  base,
  catalogDir,
  entity,
  urls,
  tokens,
  marker,
  timeoutS,
}) {
  const edit = await editDescription(
    catalogDir,
    entity,
    `Edited by the benchmark to time how soon the edit is served (${marker}).`,
  );
  try {
    // Processing is left to run once an hour (see benchConfig): the
    // refresh is what makes the catalog read the file again now.
    const refresh = await post(`${base}/api/catalog/refresh`, {
      token: tokens.catalog,
      body: { entityRef: entity.ref },
    });
    const polled = await pollUntilVisible({
      catalogUrl: urls.catalog(entity),
      catalogToken: tokens.catalog,
      contextUrl: urls.context(entity),
      contextToken: tokens.context,
      marker,
      since: edit.writtenAt,
      timeoutS,
    });
    return {
      ref: entity.ref,
      refreshStatus: refresh.status,
      timeoutS,
      ...polled,
    };
  } finally {
    await edit.restore();
  }
}
