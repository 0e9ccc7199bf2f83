// Generates a synthetic but realistically shaped Backstage catalog, the same
// one for the same seed: an organisation of departments and teams, their
// people, domains and systems, the components each team owns, the APIs those
// provide and consume, the resources they use, and dependsOn edges whose
// fan-in is heavy-tailed (a few platform hubs that hundreds depend on).
//
// Usage as a command:
//   node bench/src/generateCatalog.mjs [--entities 10000] [--seed 42] [--out DIR]
// writes multi-document YAML files (Backstage file locations) and a
// manifest.json into DIR (default: agent-context-bench-catalog in the
// system's temporary directory, outside the repository and its checks).

import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { createPrng, createZipfSampler } from './prng.mjs';

const AREAS = [
  'payments',
  'checkout',
  'logistics',
  'catalog',
  'search',
  'identity',
  'billing',
  'pricing',
  'inventory',
  'fulfilment',
  'marketing',
  'analytics',
  'support',
  'loyalty',
  'fraud',
  'risk',
  'shipping',
  'returns',
  'partners',
  'content',
  'mobile',
  'growth',
  'finance',
  'warehouse',
  'procurement',
  'messaging',
  'reviews',
  'recommend',
  'ads',
  'tax',
];
const TEAM_WORDS = [
  'falcons',
  'otters',
  'lynx',
  'badgers',
  'herons',
  'ravens',
  'wolves',
  'foxes',
  'orcas',
  'bisons',
  'cranes',
  'geckos',
  'ibis',
  'jaguars',
  'koalas',
  'lemurs',
  'marlins',
  'newts',
  'ospreys',
  'pandas',
  'quokkas',
  'robins',
  'sharks',
  'tapirs',
  'urchins',
  'vipers',
  'walruses',
  'yaks',
  'zebras',
  'pumas',
  'hawks',
  'owls',
  'moles',
  'seals',
  'stoats',
  'swifts',
];
const SYSTEM_WORDS = [
  'ledger',
  'gateway',
  'portal',
  'engine',
  'hub',
  'platform',
  'pipeline',
  'registry',
  'console',
  'tracker',
  'scheduler',
  'broker',
  'vault',
  'index',
  'planner',
  'router',
  'studio',
  'monitor',
  'exchange',
  'workbench',
];
const COMPONENT_WORDS = [
  'orders',
  'accounts',
  'sessions',
  'tokens',
  'events',
  'invoices',
  'quotes',
  'carts',
  'offers',
  'profiles',
  'labels',
  'rates',
  'stock',
  'routes',
  'claims',
  'refunds',
  'ratings',
  'feeds',
  'alerts',
  'reports',
  'exports',
  'imports',
  'audits',
  'ledgers',
  'limits',
  'rules',
  'tenants',
  'media',
  'slots',
  'zones',
  'parcels',
  'batches',
  'metrics',
  'prices',
  'vouchers',
];
const COMPONENT_SUFFIX = { service: 'service', website: 'web', library: 'lib' };
const RESOURCE_TYPES = [
  ['database', 'postgres'],
  ['database', 'mysql'],
  ['cache', 'redis'],
  ['queue', 'queue'],
  ['s3-bucket', 'bucket'],
  ['topic', 'topic'],
];
const FIRST_NAMES = [
  'ada',
  'alan',
  'amara',
  'anton',
  'bea',
  'carlos',
  'chen',
  'dana',
  'dmitri',
  'elena',
  'emeka',
  'farah',
  'felix',
  'grace',
  'hana',
  'hugo',
  'ines',
  'ivan',
  'jamal',
  'jin',
  'kai',
  'karin',
  'lars',
  'leila',
  'liam',
  'maria',
  'mateo',
  'mei',
  'nadia',
  'nils',
  'noor',
  'olga',
  'omar',
  'priya',
  'quinn',
  'rafael',
  'rosa',
  'sami',
  'sara',
  'tariq',
  'tomas',
  'uma',
  'vera',
  'wei',
  'yara',
  'yusuf',
  'zoe',
  'zsofia',
];
const LAST_NAMES = [
  'abara',
  'berg',
  'costa',
  'dubois',
  'eriksen',
  'fischer',
  'garcia',
  'haddad',
  'ito',
  'jansen',
  'kowalski',
  'larsen',
  'moreau',
  'nakamura',
  'okafor',
  'petrov',
  'quispe',
  'rossi',
  'silva',
  'tanaka',
  'umarov',
  'varga',
  'weber',
  'xu',
  'yilmaz',
  'zimmer',
  'novak',
  'kim',
  'singh',
  'lopez',
  'murphy',
  'nguyen',
  'oliveira',
  'park',
  'santos',
  'schmidt',
];

/** Gives each generated name a numeric suffix when it was already used. */
function createNamer() {
  const used = new Map();
  return base => {
    const count = used.get(base) ?? 0;
    used.set(base, count + 1);
    return count === 0 ? base : `${base}-${count + 1}`;
  };
}

const NAME_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function entity(kind, metadata, spec) {
  if (!NAME_PATTERN.test(metadata.name) || metadata.name.length > 63) {
    throw new Error(`Generated an invalid ${kind} name '${metadata.name}'`);
  }
  const apiVersion = 'backstage.io/v1alpha1';
  return { apiVersion, kind, metadata, spec };
}

/** The lower-cased ref the catalog uses in relations. */
export function refOf(e) {
  return `${e.kind.toLocaleLowerCase('en-US')}:default/${e.metadata.name}`;
}

/** Drops empty arrays, so that the YAML reads like a hand-written file. */
function compact(spec) {
  return Object.fromEntries(
    Object.entries(spec).filter(
      ([, value]) =>
        value !== undefined && !(Array.isArray(value) && value.length === 0),
    ),
  );
}

/** Exponentially distributed small counts: most entities have few edges. */
function edgeCount(prng, mean, max) {
  return Math.min(max, Math.floor(-Math.log(1 - prng.next()) * mean));
}

/**
 * Builds the catalog in memory.
 *
 * @param options.entities total number of entities (at least 150)
 * @param options.seed PRNG seed
 * @param options.maxFanIn most entities that may depend on one entity
 */
export function generateCatalog(options = {}) {
  const total = options.entities ?? 10000;
  const seed = options.seed ?? 42;
  const maxFanIn = options.maxFanIn ?? 200;
  if (!Number.isInteger(total) || total < 150) {
    throw new Error(
      `entities must be an integer of at least 150, got ${total}`,
    );
  }
  const prng = createPrng(seed);
  const scale = total / 10000;

  // Organisation: one root, departments, ~150 teams at full size.
  const teamCount = Math.max(3, Math.round(150 * scale));
  const departmentCount = Math.max(1, Math.round(teamCount / 15));
  const groupName = createNamer();
  const org = entity(
    'Group',
    {
      name: 'northwind',
      title: 'Northwind Commerce',
      description: 'The whole company.',
    },
    {
      type: 'organization',
      profile: { displayName: 'Northwind Commerce' },
      children: [],
    },
  );
  const areas = prng.shuffle(AREAS);
  const departments = Array.from({ length: departmentCount }, (_, i) => {
    const area = areas[i % areas.length];
    return entity(
      'Group',
      {
        name: groupName(area),
        title: `${area[0].toUpperCase()}${area.slice(1)} department`,
      },
      {
        type: 'department',
        parent: 'group:default/northwind',
        profile: { email: `${area}@example.com` },
        children: [],
      },
    );
  });
  const teams = Array.from({ length: teamCount }, (_, i) => {
    const department = departments[i % departmentCount];
    const name = groupName(
      `${department.metadata.name}-${prng.pick(TEAM_WORDS)}`,
    );
    return entity(
      'Group',
      {
        name,
        description: `Team ${name} of the ${department.metadata.name} department.`,
      },
      {
        type: 'team',
        parent: `group:default/${department.metadata.name}`,
        profile: { displayName: name, email: `${name}@example.com` },
        children: [],
      },
    );
  });
  const teamDepartment = new Map(
    teams.map((team, i) => [team, departments[i % departmentCount]]),
  );

  // Domains: one per department, plus two shared ones owned by the root.
  const domains = [
    ...departments.map(department =>
      entity(
        'Domain',
        {
          name: `${department.metadata.name}-domain`,
          description: `Everything ${department.metadata.name}.`,
        },
        { owner: `group:default/${department.metadata.name}` },
      ),
    ),
    entity(
      'Domain',
      {
        name: 'shared-platform',
        description: 'Platform services every team builds on.',
      },
      { owner: 'group:default/northwind' },
    ),
    entity(
      'Domain',
      {
        name: 'data-platform',
        description: 'Data pipelines and analytics stores.',
      },
      { owner: 'group:default/northwind' },
    ),
  ];
  const domainOfDepartment = new Map(
    departments.map((department, i) => [department, domains[i]]),
  );

  // Systems: 1-4 per team.
  const systemName = createNamer();
  const systems = [];
  const teamSystems = new Map();
  for (const team of teams) {
    const own = [];
    const area = teamDepartment.get(team).metadata.name;
    for (let i = prng.int(1, 4); i > 0; i--) {
      const domain = prng.chance(0.15)
        ? domains[domains.length - 1 - prng.int(0, 1)]
        : domainOfDepartment.get(teamDepartment.get(team));
      const system = entity(
        'System',
        {
          name: systemName(`${area}-${prng.pick(SYSTEM_WORDS)}`),
          description: `Part of the ${domain.metadata.name} domain.`,
        },
        {
          owner: `group:default/${team.metadata.name}`,
          domain: `domain:default/${domain.metadata.name}`,
        },
      );
      own.push(system);
      systems.push(system);
    }
    teamSystems.set(team, own);
  }

  // Components: each team owns 5-30.
  const componentName = createNamer();
  const components = [];
  const componentTeam = new Map();
  for (const team of teams) {
    for (let i = prng.int(5, 30); i > 0; i--) {
      const system = prng.pick(teamSystems.get(team));
      const r = prng.next();
      const type = r < 0.6 ? 'service' : r < 0.8 ? 'website' : 'library';
      const l = prng.next();
      const lifecycle =
        l < 0.7 ? 'production' : l < 0.9 ? 'experimental' : 'deprecated';
      const word = prng.pick(COMPONENT_WORDS);
      const name = componentName(
        `${system.metadata.name}-${word}-${COMPONENT_SUFFIX[type]}`,
      );
      const description = prng.chance(0.3)
        ? `Handles ${word} for ${system.metadata.name}.\nRuns in three regions; see the runbook for failover.\nOn-call: ${team.metadata.name}.`
        : `Handles ${word} for ${system.metadata.name}.`;
      const annotations = {
        'backstage.io/source-location': `url:https://git.example.com/${team.metadata.name}/${name}/`,
      };
      if (prng.chance(0.6)) annotations['backstage.io/techdocs-ref'] = 'dir:.';
      const component = entity(
        'Component',
        {
          name,
          description,
          tags: prng
            .shuffle([
              'java',
              'go',
              'typescript',
              'python',
              'kotlin',
              'grpc',
              'kafka',
            ])
            .slice(0, prng.int(0, 3)),
          annotations,
          links: prng.chance(0.4)
            ? [
                {
                  url: `https://runbooks.example.com/${name}`,
                  title: 'Runbook',
                },
              ]
            : undefined,
        },
        {
          type,
          lifecycle,
          owner: `group:default/${team.metadata.name}`,
          system: `system:default/${system.metadata.name}`,
          providesApis: [],
          consumesApis: [],
          dependsOn: [],
        },
      );
      if (!component.metadata.links) delete component.metadata.links;
      components.push(component);
      componentTeam.set(component, team);
    }
  }

  // APIs: ~0.6 per component, each provided by one service of a team.
  const services = components.filter(c => c.spec.type === 'service');
  const apiName = createNamer();
  const apis = [];
  const apiProvider = new Map();
  for (let i = Math.round(components.length * 0.6); i > 0; i--) {
    const provider = prng.pick(services.length ? services : components);
    const r = prng.next();
    const type = r < 0.7 ? 'openapi' : r < 0.85 ? 'grpc' : 'asyncapi';
    const name = apiName(
      `${provider.metadata.name.replace(/-service(-\d+)?$/, '')}-${
        type === 'asyncapi' ? 'events' : 'api'
      }`,
    );
    const api = entity(
      'API',
      {
        name,
        description: `The ${type} interface of ${provider.metadata.name}.`,
      },
      {
        type,
        lifecycle: provider.spec.lifecycle,
        owner: provider.spec.owner,
        system: provider.spec.system,
        definition:
          type === 'openapi'
            ? `openapi: 3.0.0\ninfo:\n  title: ${name}\n  version: 1.0.0\npaths:\n  /health:\n    get:\n      responses:\n        '200':\n          description: OK\n`
            : `# ${type} definition of ${name}\n`,
      },
    );
    provider.spec.providesApis.push(`api:default/${name}`);
    apis.push(api);
    apiProvider.set(api, provider);
  }

  // Resources: ~0.4 per component, owned by the teams of random components.
  const resourceName = createNamer();
  const resources = [];
  for (let i = Math.round(components.length * 0.4); i > 0; i--) {
    const user = prng.pick(components);
    const [type, suffix] = prng.pick(RESOURCE_TYPES);
    resources.push(
      entity(
        'Resource',
        {
          name: resourceName(`${user.spec.system.split('/')[1]}-${suffix}`),
          description: `A ${type} of ${user.spec.system.split('/')[1]}.`,
        },
        { type, owner: user.spec.owner, system: user.spec.system },
      ),
    );
  }

  // dependsOn: a heavy tail over components and resources, capped at maxFanIn.
  const targets = prng.shuffle([...components, ...resources]);
  const pickTarget = createZipfSampler(prng, targets.length, 0.75);
  const fanIn = new Map();
  let dependsOnEdges = 0;
  for (const component of components) {
    const chosen = new Set();
    const wanted = edgeCount(prng, 3.5, 15);
    for (let tries = 0; chosen.size < wanted && tries < wanted * 20; tries++) {
      const target = targets[pickTarget()];
      if (target === component || chosen.has(target)) continue;
      if ((fanIn.get(target) ?? 0) >= maxFanIn) continue;
      chosen.add(target);
      fanIn.set(target, (fanIn.get(target) ?? 0) + 1);
    }
    component.spec.dependsOn = [...chosen].map(t => refOf(t));
    dependsOnEdges += chosen.size;
  }

  // consumesApis: a milder tail over the APIs, never a component's own.
  const apiOrder = prng.shuffle(apis);
  const pickApi = createZipfSampler(prng, apiOrder.length, 0.6);
  let consumesEdges = 0;
  for (const component of components) {
    const own = new Set(component.spec.providesApis);
    const chosen = new Set();
    const wanted = edgeCount(prng, 1.5, 8);
    for (let tries = 0; chosen.size < wanted && tries < wanted * 20; tries++) {
      const ref = `api:default/${apiOrder[pickApi()].metadata.name}`;
      if (!own.has(ref)) chosen.add(ref);
    }
    component.spec.consumesApis = [...chosen];
    consumesEdges += chosen.size;
  }

  // Users fill the rest: members of one team, some of two.
  const nonUsers =
    1 +
    departments.length +
    teams.length +
    domains.length +
    systems.length +
    components.length +
    apis.length +
    resources.length;
  const userCount = total - nonUsers;
  if (userCount < teams.length) {
    throw new Error(
      `entities=${total} leaves ${userCount} users for ${teams.length} teams; use a larger count`,
    );
  }
  const userName = createNamer();
  const users = Array.from({ length: userCount }, () => {
    const name = userName(`${prng.pick(FIRST_NAMES)}-${prng.pick(LAST_NAMES)}`);
    const memberOf = [`group:default/${prng.pick(teams).metadata.name}`];
    if (prng.chance(0.1)) {
      const second = `group:default/${prng.pick(teams).metadata.name}`;
      if (second !== memberOf[0]) memberOf.push(second);
    }
    return entity(
      'User',
      { name },
      {
        profile: {
          displayName: name
            .split('-')
            .map(w => w[0].toUpperCase() + w.slice(1))
            .join(' '),
          email: `${name}@example.com`,
        },
        memberOf,
      },
    );
  });

  for (const e of [...components, ...apis, ...resources, ...systems]) {
    e.spec = compact(e.spec);
  }

  const byKind = {
    Group: [org, ...departments, ...teams],
    User: users,
    Domain: domains,
    System: systems,
    Component: components,
    API: apis,
    Resource: resources,
  };
  const all = Object.values(byKind).flat();
  if (all.length !== total) {
    throw new Error(`Generated ${all.length} entities instead of ${total}`);
  }

  // What each component's relations should be once the catalog has
  // processed and stitched everything: the harness waits for these.
  const dependents = new Map();
  for (const component of components) {
    for (const ref of component.spec.dependsOn ?? []) {
      dependents.set(ref, (dependents.get(ref) ?? 0) + 1);
    }
  }
  const expected = new Map(
    components.map(c => [
      refOf(c),
      {
        ownedBy: 1,
        partOf: 1,
        dependsOn: (c.spec.dependsOn ?? []).length,
        dependencyOf: dependents.get(refOf(c)) ?? 0,
        providesApi: (c.spec.providesApis ?? []).length,
        consumesApi: (c.spec.consumesApis ?? []).length,
      },
    ]),
  );
  const fanIns = [...dependents.values()].sort((a, b) => b - a);
  const hubs = [...dependents.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 10)
    .map(([ref, count]) => ({ ref, dependents: count }));

  return {
    seed,
    byKind,
    all,
    expected,
    hubs,
    stats: {
      entities: total,
      counts: Object.fromEntries(
        Object.entries(byKind).map(([k, v]) => [k, v.length]),
      ),
      departments: departments.length,
      teams: teams.length,
      dependsOnEdges,
      consumesApiEdges: consumesEdges,
      providesApiEdges: apis.length,
      maxFanIn: fanIns[0] ?? 0,
      entitiesWithFanInOver50: fanIns.filter(n => n > 50).length,
      medianFanInOfDependedOn: fanIns[Math.floor(fanIns.length / 2)] ?? 0,
    },
  };
}

/**
 * Picks the entities to measure: the `size` most depended-on components
 * first (up to 5% of the sample, at least one), then a seeded random choice
 * of other components, in a shuffled order so that hubs are spread through
 * the sequential runs. Also picks a few other components to warm up with.
 */
export function chooseSample(catalog, size, seed = catalog.seed) {
  const prng = createPrng(seed ^ 0x5eed);
  const components = catalog.byKind.Component;
  const bySize = [...components].sort(
    (a, b) =>
      catalog.expected.get(refOf(b)).dependencyOf -
        catalog.expected.get(refOf(a)).dependencyOf ||
      a.metadata.name.localeCompare(b.metadata.name),
  );
  const count = Math.min(size, components.length - 10);
  const hubCount = Math.max(1, Math.round(count * 0.05));
  const chosen = new Set(bySize.slice(0, hubCount));
  const rest = prng.shuffle(bySize.slice(hubCount));
  for (const c of rest) {
    if (chosen.size >= count) break;
    chosen.add(c);
  }
  const warmup = rest.filter(c => !chosen.has(c)).slice(0, 10);
  const describe = c => ({
    kind: c.kind,
    namespace: 'default',
    name: c.metadata.name,
    ref: refOf(c),
    ...catalog.expected.get(refOf(c)),
  });
  return {
    sample: prng.shuffle([...chosen]).map(describe),
    warmup: warmup.map(describe),
    hubsInSample: hubCount,
  };
}

/** The text of one catalog file: the entities as multi-document YAML. */
export function catalogFileText(entities) {
  return entities.map(e => YAML.stringify(e, { lineWidth: 0 })).join('---\n');
}

/**
 * Writes the catalog as multi-document YAML files of at most `chunk`
 * entities, and returns the locations to configure: Users and Groups carry
 * a location rule that allows them.
 */
export async function writeCatalog(catalog, dir, chunk = 500) {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const locations = [];
  for (const [kind, list] of Object.entries(catalog.byKind)) {
    for (let start = 0, part = 1; start < list.length; start += chunk, part++) {
      const file = join(
        dir,
        `${kind.toLowerCase()}s-${String(part).padStart(2, '0')}.yaml`,
      );
      await writeFile(file, catalogFileText(list.slice(start, start + chunk)));
      locations.push({
        type: 'file',
        target: file,
        ...(kind === 'User' || kind === 'Group'
          ? { rules: [{ allow: ['User', 'Group'] }] }
          : {}),
      });
    }
  }
  await writeFile(
    join(dir, 'manifest.json'),
    `${JSON.stringify(
      {
        seed: catalog.seed,
        stats: catalog.stats,
        hubs: catalog.hubs,
        files: locations.map(l => l.target),
      },
      null,
      2,
    )}\n`,
  );
  return locations;
}

async function main(argv) {
  const arg = (flag, fallback) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : fallback;
  };
  const entities = Number(
    arg('--entities', process.env.BENCH_ENTITIES ?? 10000),
  );
  const seed = Number(arg('--seed', process.env.BENCH_SEED ?? 42));
  const out = resolve(
    arg('--out', join(tmpdir(), 'agent-context-bench-catalog')),
  );
  const catalog = generateCatalog({ entities, seed });
  const locations = await writeCatalog(catalog, out);
  console.log(
    JSON.stringify(
      {
        out,
        files: locations.length,
        stats: catalog.stats,
        hubs: catalog.hubs,
      },
      null,
      2,
    ),
  );
}

if (
  process.argv[1] &&
  resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  main(process.argv.slice(2)).catch(error => {
    console.error(error);
    process.exit(1);
  });
}
