import { Response as SpecResponse } from '@backstage/backend-openapi-utils';
import { JsonValue } from '@backstage/types';
import { AgentsMdDocument } from '@agent-context/plugin-agent-context-common';
import { spec } from './schema/openapi.generated';
import { asJson } from './asJson';

/** What the typed router lets `res.json` send on the agents.md route. */
type AgentsMdBody = SpecResponse<
  typeof spec,
  '/v1/entities/:kind/:namespace/:name/agents.md',
  'get'
>;

/** The same fields, declared as an interface, as a module's own types may be. */
interface DeclaredDocument extends AgentsMdDocument {
  markdown: string;
}

const document: AgentsMdDocument = {
  entityRef: 'component:default/checkout-service',
  markdown: '# checkout-service\n',
  tokens: 5,
  lines: 1,
  budget: { maxLines: 200 },
  omitted: [],
  overBudget: false,
  contentHash: 'sha256:0',
};

describe('asJson', () => {
  it('returns the value itself, unchanged', () => {
    expect(asJson(document)).toBe(document);
  });

  // The checks below are made by the compiler (`yarn tsc` covers tests):
  // each @ts-expect-error fails the type check once its line compiles.
  it('lets the compiler check a shared type against the OpenAPI document', () => {
    // The shared types are inferred from their zod schemas, as anonymous
    // object types, which the document's open objects admit as they are.
    const shared: AgentsMdBody = document;
    const declared: DeclaredDocument = document;
    const sent: AgentsMdBody = asJson(declared);

    // @ts-expect-error an interface has no index signature, which the
    // document's open objects ask for: why handlers once cast to any.
    const uncast: AgentsMdBody = declared;

    // @ts-expect-error a field whose type differs from the document's
    // schema is still refused through asJson.
    const drifted: AgentsMdBody = asJson({ ...document, tokens: 'five' });

    // @ts-expect-error so is a required field that is missing.
    const partial: AgentsMdBody = asJson({ entityRef: document.entityRef });

    expect([shared, sent, uncast, drifted, partial]).toHaveLength(5);
  });

  it('makes a shared type a JsonValue, as the cache stores', () => {
    const stored: JsonValue = asJson(document);

    // @ts-expect-error a value that is not JSON stays refused.
    const notJson: JsonValue = asJson({ ...document, tokens: BigInt(5) });

    expect([stored, notJson]).toHaveLength(2);
  });
});
