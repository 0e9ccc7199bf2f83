import {
  adoptionRowSchema,
  agentsMdDocumentSchema,
  apiUsageSchema,
  blastRadiusEntrySchema,
  contextConventionSchema,
  contextSectionSchema,
  contextSkillSchema,
  conventionConflictResponseSchema,
  conventionHistoryEntrySchema,
  conventionInputSchema,
  conventionResolutionSchema,
  conventionSchema,
  conventionScopeViewSchema,
  conventionSourceIdSchema,
  conventionUpdateSchema,
  entityContextLinkSchema,
  entityContextSchema,
  ownerSummarySchema,
  relatedEntitySchema,
} from '@agent-context/plugin-agent-context-common';
import { z } from 'zod/v4';
import { spec } from './openapi.generated';

/**
 * The OpenAPI document's component schemas against the zod schemas of the
 * common package, from which the shared types are inferred: the two are
 * written apart (the document is what people read), so this is what keeps
 * them the same. Compared: property names, which are required, JSON types,
 * enums, nullability, whether unknown properties are allowed, and
 * descriptions; not the string and number bounds, which the service checks
 * in its own words.
 */

/** What is compared of a schema. */
interface Shape {
  type?: string;
  nullable?: true;
  description?: string;
  enum?: string[];
  properties?: Record<string, Shape>;
  required?: string[];
  /** Whether properties other than those listed are allowed. */
  additionalProperties?: boolean;
  items?: Shape;
}

type JsonSchema = { [key: string]: unknown };

const isSchema = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const schemasOf = (value: unknown): JsonSchema[] =>
  Array.isArray(value) ? value.filter(isSchema) : [];

const stringsOf = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string')
    : [];

/**
 * A schema reduced to what is compared: references followed, `allOf`
 * merged into one object, a union with null made a nullable schema, and
 * lists sorted. `resolve` finds a `$ref`'s target in its document.
 */
function normalise(
  schema: JsonSchema,
  resolve: (ref: string) => JsonSchema,
): Shape {
  const own =
    typeof schema.description === 'string'
      ? { description: schema.description }
      : {};
  if (typeof schema.$ref === 'string') {
    return { ...normalise(resolve(schema.$ref), resolve), ...own };
  }
  if (Array.isArray(schema.allOf)) {
    // A part's own description describes the part, not the whole.
    const parts = schemasOf(schema.allOf).map(part => {
      const { description: _, ...shape } = normalise(part, resolve);
      return shape;
    });
    return {
      ...parts.reduce<Shape>(
        (whole, part) => ({
          ...whole,
          ...part,
          properties: { ...whole.properties, ...part.properties },
          required: [
            ...new Set([...(whole.required ?? []), ...(part.required ?? [])]),
          ].sort(),
        }),
        {},
      ),
      ...own,
    };
  }
  const union = schemasOf(schema.anyOf ?? schema.oneOf);
  const nonNull = union.filter(member => member.type !== 'null');
  if (union.length > 0 && nonNull.length === 1) {
    return { ...normalise(nonNull[0], resolve), nullable: true, ...own };
  }
  const types = Array.isArray(schema.type)
    ? stringsOf(schema.type)
    : stringsOf([schema.type]);
  const type = types.find(t => t !== 'null');
  const shape: Shape = {
    ...(type ? { type } : {}),
    ...(types.includes('null') || schema.nullable === true
      ? { nullable: true }
      : {}),
    ...own,
    ...(Array.isArray(schema.enum)
      ? { enum: stringsOf(schema.enum).sort() }
      : {}),
  };
  if (type === 'object') {
    const properties = isSchema(schema.properties) ? schema.properties : {};
    shape.properties = Object.fromEntries(
      Object.entries(properties)
        .filter((entry): entry is [string, JsonSchema] => isSchema(entry[1]))
        .map(([name, property]) => [name, normalise(property, resolve)]),
    );
    shape.required = stringsOf(schema.required).sort();
    shape.additionalProperties = schema.additionalProperties !== false;
  }
  if (type === 'array' && isSchema(schema.items)) {
    shape.items = normalise(schema.items, resolve);
  }
  return shape;
}

/** A request body as the document types it: names, JSON types, words. */
function asRequestBody(shape: Shape): Shape {
  // The document leaves what is required, the allowed values and unknown
  // fields to the service, whose 400 names the field in its own words.
  const {
    enum: _values,
    required: _required,
    additionalProperties: _open,
    ...rest
  } = shape;
  return {
    ...rest,
    ...(shape.properties
      ? {
          properties: Object.fromEntries(
            Object.entries(shape.properties).map(([name, property]) => [
              name,
              asRequestBody(property),
            ]),
          ),
        }
      : {}),
    ...(shape.items ? { items: asRequestBody(shape.items) } : {}),
  };
}

const components: Record<string, unknown> = spec.components.schemas;

function documentShape(name: string): Shape {
  const resolve = (ref: string): JsonSchema => {
    const target = components[ref.replace('#/components/schemas/', '')];
    if (!ref.startsWith('#/components/schemas/') || !isSchema(target)) {
      throw new Error(`${name}: cannot follow ${ref}`);
    }
    return target;
  };
  const component = components[name];
  if (!isSchema(component)) {
    throw new Error(`The document has no component ${name}`);
  }
  return normalise(component, resolve);
}

function zodShape(schema: z.ZodType): Shape {
  // Filter predicates and a section's facts are objects of any JSON, whose
  // values zod takes as they are (`z.custom`): any schema, to JSON Schema.
  const json: JsonSchema = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
  });
  const definitions = isSchema(json.$defs) ? json.$defs : {};
  const resolve = (ref: string): JsonSchema => {
    const target = definitions[ref.replace('#/$defs/', '')];
    if (!isSchema(target)) {
      throw new Error(`cannot follow ${ref}`);
    }
    return target;
  };
  return normalise(json, resolve);
}

/** The document's responses and their parts, by component name. */
const twins: Record<string, z.ZodType> = {
  Link: entityContextLinkSchema,
  RelatedEntity: relatedEntitySchema,
  OwnerSummary: ownerSummarySchema,
  ApiUsage: apiUsageSchema,
  BlastRadiusEntry: blastRadiusEntrySchema,
  ConventionSourceId: conventionSourceIdSchema,
  ContextSection: contextSectionSchema,
  ContextConvention: contextConventionSchema,
  ContextSkill: contextSkillSchema,
  Convention: conventionSchema,
  ConventionResolution: conventionResolutionSchema,
  ConventionScopeView: conventionScopeViewSchema,
  // The history routes wrap the entries in an object.
  ConventionHistory: z.object({
    entries: z.array(conventionHistoryEntrySchema),
  }),
  // The document's name for a 409's body.
  ConventionConflict: conventionConflictResponseSchema,
  EntityContext: entityContextSchema,
  AgentsMdDocument: agentsMdDocumentSchema,
  AdoptionRow: adoptionRowSchema,
  // The push API's answer: AdoptionIngestResult of src/adoption/types.ts.
  AdoptionIngestResult: z
    .object({
      accepted: z.number().int().describe('Rows stored new or changed.'),
      unchanged: z
        .number()
        .int()
        .describe(
          'Rows identical to what was stored for their (source, sourceId).',
        ),
      unattributed: z
        .number()
        .int()
        .describe('Rows kept without an entity or a team.'),
      expired: z
        .number()
        .int()
        .describe(
          'Rows for days older than the raw retention, ignored so that a late replay never counts twice.',
        ),
    })
    .describe('What became of a batch.'),
};

/**
 * The body of both writes: a convention, and the revision an update names.
 * The component describes the convention, whose description `extend` and
 * `partial` do not carry over.
 */
const conventionBody = conventionUpdateSchema
  .partial({ revision: true })
  .describe(conventionInputSchema.description ?? '');

/** The components with no zod twin, and why. */
const untwinned: Record<string, string> = {
  Error: "Backstage's error body, which the framework writes",
  // The adoption responses' types live beside their queries in the backend
  // (src/adoption/query) until a client in the common package reads them.
  AdoptionFigure: 'an adoption response part, typed in src/adoption/query',
  AdoptionFigures: 'an adoption response part, typed in src/adoption/query',
  AdoptionBaseline: 'an adoption response part, typed in src/adoption/query',
  AdoptionDetail: 'an adoption response, typed in src/adoption/query',
  AdoptionList: 'an adoption response, typed in src/adoption/query',
};

describe('the OpenAPI components', () => {
  it('each have a zod twin in the common package, or a reason not to', () => {
    expect(Object.keys(components).sort()).toEqual(
      [
        ...Object.keys(twins),
        'ConventionInput',
        ...Object.keys(untwinned),
      ].sort(),
    );
  });

  it.each(Object.entries(twins))(
    '%s is what its zod schema says',
    (name, schema) => {
      expect(documentShape(name)).toEqual(zodShape(schema));
    },
  );

  it('ConventionInput names the fields and types of a convention write', () => {
    expect(asRequestBody(documentShape('ConventionInput'))).toEqual(
      asRequestBody(zodShape(conventionBody)),
    );
  });

  // What the comparison sees, so that a passing test means something.
  it.each<[string, z.ZodType, z.ZodType]>([
    [
      'an added field',
      relatedEntitySchema.extend({ extra: z.string() }),
      relatedEntitySchema,
    ],
    [
      'a field no longer required',
      relatedEntitySchema.partial({ kind: true }),
      relatedEntitySchema,
    ],
    [
      'a changed type',
      relatedEntitySchema.extend({ resolved: z.string() }),
      relatedEntitySchema,
    ],
    [
      'a field made nullable',
      relatedEntitySchema.extend({ type: z.string().nullable().optional() }),
      relatedEntitySchema,
    ],
    [
      'unknown fields refused',
      z.strictObject(relatedEntitySchema.shape),
      relatedEntitySchema,
    ],
    [
      'a changed description',
      relatedEntitySchema.extend({ resolved: z.boolean().describe('Other.') }),
      relatedEntitySchema,
    ],
    [
      'a changed enum',
      blastRadiusEntrySchema.extend({ relation: z.enum(['dependsOn']) }),
      blastRadiusEntrySchema,
    ],
    [
      'a nested change',
      entityContextSchema.extend({
        apis: z.object({ provides: z.array(relatedEntitySchema) }),
      }),
      entityContextSchema,
    ],
  ])('tells %s apart', (_, drifted, original) => {
    expect(zodShape(drifted)).not.toEqual(zodShape(original));
  });
});
