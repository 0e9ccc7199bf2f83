import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  Convention,
  GLOBAL_SCOPE,
  renderCodexMarkdown,
} from '@agent-context/plugin-agent-context-common';
import { ConventionSource } from '@agent-context/plugin-agent-context-node';
import { neutralizeConvention } from './neutralizeResolution';

/** Code-point order, so the export is the same on every machine. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : Number(a > b));

/** The global scope first, then entity scopes by ref. */
function scopeOrder(a: string, b: string): number {
  if (a === GLOBAL_SCOPE || b === GLOBAL_SCOPE) {
    return Number(b === GLOBAL_SCOPE) - Number(a === GLOBAL_SCOPE);
  }
  return byCodePoint(a, b);
}

/** The whole codex, scope by scope, neutralised as agents get it. */
export interface CodexExport {
  generatedAt: string;
  scopes: Array<{ scope: string; conventions: Convention[] }>;
}

/**
 * Exports every scope's conventions the caller may read, for review bots
 * and audits, from every source that takes part in the export: the org
 * codex from app-config, conventions-as-code files, the database, and the
 * sources of modules that list theirs. Catalog `AiResource` rules are left
 * to the catalog, where they live.
 */
export class CodexExporter {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      /** In precedence order; those without `listAll` are left out. */
      sources: ConventionSource[];
      now?: () => Date;
    },
  ) {}

  async export(credentials: BackstageCredentials): Promise<CodexExport> {
    const { catalog, sources } = this.deps;
    const listed = await Promise.all(
      sources.map(async source =>
        ((await source.listAll?.({ credentials })) ?? []).map(convention => ({
          ...convention,
          source: source.id,
        })),
      ),
    );
    const byScope = new Map<string, Convention[]>([[GLOBAL_SCOPE, []]]);
    for (const convention of listed.flat()) {
      const list = byScope.get(convention.scope) ?? [];
      list.push(convention);
      byScope.set(convention.scope, list);
    }

    const entityScopes = [...byScope.keys()].filter(s => s !== GLOBAL_SCOPE);
    const { items } = await catalog.getEntitiesByRefs(
      {
        entityRefs: entityScopes,
        fields: ['kind', 'metadata.name', 'metadata.namespace'],
      },
      { credentials },
    );
    const readable = new Set([
      GLOBAL_SCOPE,
      ...entityScopes.filter((_scope, index) => items[index] !== undefined),
    ]);

    const scopes = [...byScope.entries()]
      .filter(([scope]) => readable.has(scope))
      .sort(([a], [b]) => scopeOrder(a, b))
      .map(([scope, conventions]) => ({
        scope,
        conventions: [...conventions]
          .sort((x, y) => byCodePoint(x.id, y.id))
          .map(neutralizeConvention),
      }));
    return {
      generatedAt: (this.deps.now?.() ?? new Date()).toISOString(),
      scopes,
    };
  }

  toMarkdown(codex: CodexExport): string {
    return renderCodexMarkdown(codex);
  }
}
