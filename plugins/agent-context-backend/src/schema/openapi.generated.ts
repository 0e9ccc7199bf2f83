// Generated from openapi.yaml by `yarn --cwd plugins/agent-context-backend generate`.
// Do not edit: edit openapi.yaml; openapi.test.ts fails when the two differ.

export const spec = {
  openapi: '3.1.0',
  info: {
    title: 'agent-context',
    version: '1',
    description:
      "Catalog entities as context for AI coding agents: ownership, dependencies both ways, APIs, the system, the blast radius of a change, and the entity's AGENTS.md. Every catalog read is made with the caller's credentials; an entity the caller may not read answers 404.",
    license: {
      name: 'Apache-2.0',
    },
  },
  servers: [
    {
      url: '/',
    },
  ],
  components: {
    parameters: {
      kind: {
        name: 'kind',
        in: 'path',
        required: true,
        description: 'Entity kind, e.g. component.',
        schema: {
          type: 'string',
        },
      },
      namespace: {
        name: 'namespace',
        in: 'path',
        required: true,
        description: 'Entity namespace, usually default.',
        schema: {
          type: 'string',
        },
      },
      name: {
        name: 'name',
        in: 'path',
        required: true,
        description: 'Entity name.',
        schema: {
          type: 'string',
        },
      },
      maxTokens: {
        name: 'maxTokens',
        in: 'query',
        required: false,
        description:
          'Token budget for the AGENTS.md. Lower-priority material is left out first and the document says what was; MUST rules, commands and boundaries are never cut.',
        schema: {
          type: 'string',
          pattern: '^[0-9]{1,7}$',
        },
      },
      format: {
        name: 'format',
        in: 'query',
        required: false,
        description: 'md for Markdown, json for JSON.',
        schema: {
          type: 'string',
          enum: ['json', 'md'],
        },
      },
    },
    schemas: {
      Error: {
        type: 'object',
        description: 'A Backstage error body.',
        properties: {
          error: {
            type: 'object',
            properties: {
              name: {
                type: 'string',
              },
              message: {
                type: 'string',
              },
            },
            required: ['name', 'message'],
          },
          response: {
            type: 'object',
            properties: {
              statusCode: {
                type: 'integer',
              },
            },
            required: ['statusCode'],
          },
        },
        required: ['error', 'response'],
      },
      Link: {
        type: 'object',
        properties: {
          url: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          type: {
            type: 'string',
          },
        },
        required: ['url'],
      },
      RelatedEntity: {
        type: 'object',
        properties: {
          ref: {
            type: 'string',
          },
          kind: {
            type: 'string',
          },
          type: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          description: {
            type: 'string',
            description: 'First line only.',
          },
          owner: {
            type: 'string',
          },
          lifecycle: {
            type: 'string',
          },
          resolved: {
            type: 'boolean',
            description:
              'False when the catalog has no such entity, or the caller may not read it.',
          },
        },
        required: ['ref', 'kind', 'resolved'],
      },
      OwnerSummary: {
        type: 'object',
        properties: {
          ref: {
            type: 'string',
          },
          kind: {
            type: 'string',
          },
          displayName: {
            type: 'string',
          },
          email: {
            type: 'string',
          },
          type: {
            type: 'string',
          },
          links: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Link',
            },
          },
          resolved: {
            type: 'boolean',
          },
        },
        required: ['ref', 'kind', 'displayName', 'resolved'],
      },
      ApiUsage: {
        type: 'object',
        properties: {
          api: {
            $ref: '#/components/schemas/RelatedEntity',
          },
          providers: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/RelatedEntity',
            },
          },
          consumers: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/RelatedEntity',
            },
          },
        },
        required: ['api', 'providers', 'consumers'],
      },
      BlastRadiusEntry: {
        allOf: [
          {
            $ref: '#/components/schemas/RelatedEntity',
          },
          {
            type: 'object',
            properties: {
              depth: {
                type: 'integer',
              },
              via: {
                type: 'string',
              },
              relation: {
                type: 'string',
                enum: ['dependsOn', 'consumesApi'],
              },
            },
            required: ['depth', 'via', 'relation'],
          },
        ],
      },
      Convention: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
          },
          category: {
            type: 'string',
            enum: ['rule', 'command', 'boundary'],
          },
          title: {
            type: 'string',
          },
          body: {
            type: 'string',
          },
          severity: {
            type: 'string',
            enum: ['must', 'should', 'may'],
          },
          scope: {
            type: 'string',
          },
        },
        required: ['id', 'category', 'title', 'body', 'scope'],
      },
      EntityContext: {
        type: 'object',
        properties: {
          entity: {
            type: 'object',
            properties: {
              ref: {
                type: 'string',
              },
              kind: {
                type: 'string',
              },
              namespace: {
                type: 'string',
              },
              name: {
                type: 'string',
              },
              title: {
                type: 'string',
              },
              type: {
                type: 'string',
              },
              description: {
                type: 'string',
              },
              lifecycle: {
                type: 'string',
              },
              tags: {
                type: 'array',
                items: {
                  type: 'string',
                },
              },
              links: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/Link',
                },
              },
              system: {
                type: 'string',
              },
              domain: {
                type: 'string',
              },
              sourceLocation: {
                type: 'string',
              },
              docsUrl: {
                type: 'string',
              },
            },
            required: ['ref', 'kind', 'namespace', 'name', 'tags', 'links'],
          },
          ownership: {
            type: 'object',
            properties: {
              owner: {
                $ref: '#/components/schemas/OwnerSummary',
              },
              parents: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/OwnerSummary',
                },
              },
              members: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/OwnerSummary',
                },
              },
              memberCount: {
                type: 'integer',
              },
            },
            required: ['parents', 'members', 'memberCount'],
          },
          dependencies: {
            type: 'object',
            properties: {
              dependsOn: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/RelatedEntity',
                },
              },
              dependedOnBy: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/RelatedEntity',
                },
              },
            },
            required: ['dependsOn', 'dependedOnBy'],
          },
          apis: {
            type: 'object',
            properties: {
              provides: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/ApiUsage',
                },
              },
              consumes: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/ApiUsage',
                },
              },
            },
            required: ['provides', 'consumes'],
          },
          system: {
            type: 'object',
            properties: {
              system: {
                $ref: '#/components/schemas/RelatedEntity',
              },
              domain: {
                $ref: '#/components/schemas/RelatedEntity',
              },
              parts: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/RelatedEntity',
                },
              },
            },
            required: ['system', 'parts'],
          },
          blastRadius: {
            type: 'object',
            properties: {
              entries: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/BlastRadiusEntry',
                },
              },
              maxDepth: {
                type: 'integer',
              },
              truncated: {
                type: 'boolean',
              },
            },
            required: ['entries', 'maxDepth', 'truncated'],
          },
          conventions: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Convention',
            },
          },
          metadata: {
            type: 'object',
            properties: {
              generatedAt: {
                type: 'string',
                format: 'date-time',
              },
              catalogRevision: {
                type: 'string',
              },
              conventionsRevision: {
                type: 'string',
              },
              contentHash: {
                type: 'string',
              },
            },
            required: [
              'generatedAt',
              'catalogRevision',
              'conventionsRevision',
              'contentHash',
            ],
          },
        },
        required: [
          'entity',
          'ownership',
          'dependencies',
          'apis',
          'blastRadius',
          'conventions',
          'metadata',
        ],
      },
      AgentsMdDocument: {
        type: 'object',
        properties: {
          entityRef: {
            type: 'string',
          },
          markdown: {
            type: 'string',
          },
          tokens: {
            type: 'integer',
          },
          omitted: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          overBudget: {
            type: 'boolean',
          },
          contentHash: {
            type: 'string',
          },
        },
        required: [
          'entityRef',
          'markdown',
          'tokens',
          'omitted',
          'overBudget',
          'contentHash',
        ],
      },
    },
    responses: {
      BadRequest: {
        description: 'A malformed parameter; the message names it.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      NotFound: {
        description: 'No such entity, or the caller may not read it.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
    },
  },
  paths: {
    '/v1/entities/{kind}/{namespace}/{name}/context': {
      get: {
        operationId: 'GetEntityContext',
        summary: 'The context of one entity, as JSON.',
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
        ],
        responses: {
          '200': {
            description: "The entity's context.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/EntityContext',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/v1/entities/{kind}/{namespace}/{name}/agents.md': {
      get: {
        operationId: 'GetEntityAgentsMd',
        summary: "The entity's AGENTS.md.",
        description:
          "Markdown by default, or JSON with the token count. Carries an ETag (the context's content hash and the budget); If-None-Match answers 304.",
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
          {
            $ref: '#/components/parameters/maxTokens',
          },
          {
            $ref: '#/components/parameters/format',
          },
        ],
        responses: {
          '200': {
            description: 'The AGENTS.md.',
            content: {
              'text/markdown': {
                schema: {
                  type: 'string',
                },
              },
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/AgentsMdDocument',
                },
              },
            },
          },
          '304': {
            description: 'Unchanged since the ETag given in If-None-Match.',
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/v1/context/by-repository': {
      get: {
        operationId: 'GetContextByRepository',
        summary: 'The context of the entity whose source is a repository.',
        description:
          'For agents in a checkout, which know their git remote but not their entity ref. https, ssh and scp-style URLs match, with or without .git, against backstage.io/source-location and github.com/project-slug. In a monorepo the entity whose source folder is the longest prefix of path wins; several equally good matches answer 409 listing them.',
        parameters: [
          {
            name: 'url',
            in: 'query',
            required: true,
            description:
              "The repository's remote URL, e.g. git@github.com:org/repo.git.",
            allowReserved: true,
            schema: {
              type: 'string',
              minLength: 1,
            },
          },
          {
            name: 'path',
            in: 'query',
            required: false,
            description:
              'The folder within the repository, relative to its root.',
            allowReserved: true,
            schema: {
              type: 'string',
            },
          },
          {
            $ref: '#/components/parameters/maxTokens',
          },
          {
            $ref: '#/components/parameters/format',
          },
        ],
        responses: {
          '200': {
            description:
              "The matching entity's context (JSON) or AGENTS.md (md).",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/EntityContext',
                },
              },
              'text/markdown': {
                schema: {
                  type: 'string',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            description:
              'Several entities match equally well; the message lists them.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
      },
    },
  },
} as const;
