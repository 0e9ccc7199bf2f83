// Generated from openapi.yaml by `yarn --cwd plugins/agent-context-backend generate`.
// Do not edit: edit openapi.yaml; openapi.test.ts fails when the two differ.

export const spec = {
  openapi: '3.1.0',
  info: {
    title: 'agent-context',
    version: '1',
    description:
      "Catalog entities as context for AI coding agents: ownership, dependencies both ways, APIs, the system, the blast radius of a change, and the entity's AGENTS.md. Every catalog read is made with the caller's credentials; an entity the caller may not read answers 404. Text that catalog authors and convention owners write reaches agents without the characters a person cannot see (tag characters, zero-width and bidirectional controls, other invisible format characters), and Markdown reaches them without bare links (bare web and mail addresses are code spans); a scope's own conventions and their history are served as stored, for their editors.",
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
          "Token budget for the AGENTS.md, from 100 to 1000000; 0 for the whole document. Without it the portal's default budget applies (agentContext.agentsMd.defaultBudget: at most 200 lines unless configured otherwise); a budget given here replaces the default, line limit included. Lower-priority material is left out first and the document says what was; MUST rules, commands and boundaries are never cut.",
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
      conventionId: {
        name: 'id',
        in: 'path',
        required: true,
        description:
          "The convention's id, e.g. SEC-004. An id no convention can have (see ConventionInput) answers 400.",
        schema: {
          type: 'string',
        },
      },
      revision: {
        name: 'revision',
        in: 'query',
        required: true,
        description:
          'The revision the deletion was based on, in decimal digits; revisions are at most 2147483647.',
        schema: {
          type: 'string',
        },
      },
      historyConventionId: {
        name: 'conventionId',
        in: 'query',
        required: false,
        description:
          "Only this convention's history. An id no convention can have (see ConventionInput) answers 400.",
        schema: {
          type: 'string',
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
                description:
                  'The ref it was reached from (the entity itself at depth 1, or the part of a system or domain).',
              },
              relation: {
                type: 'string',
                enum: ['dependsOn', 'consumesApi'],
              },
              api: {
                type: 'string',
                description: 'For consumesApi, the API it consumes.',
              },
            },
            required: ['depth', 'via', 'relation'],
          },
        ],
      },
      ConventionSourceId: {
        type: 'string',
        description:
          'Where a convention is kept: database (edited in the portal and the API), config (the org codex in app-config), repository (a conventions-as-code file), catalog (an AiResource rule), or the id of a source a backend module added. Only database conventions are edited through the API.',
        pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
        maxLength: 32,
      },
      ContextSection: {
        type: 'object',
        description:
          "A section a backend module added to the context (a context contributor), such as the entity's on-call rota.",
        properties: {
          id: {
            type: 'string',
            description: "The contributor's id, e.g. on-call.",
          },
          title: {
            type: 'string',
            description: "The section's heading in AGENTS.md.",
          },
          priority: {
            type: 'integer',
            description:
              'Where a token budget places it; lower priorities are left out first.',
          },
          data: {
            type: 'object',
            description: "The section's facts, without invisible characters.",
          },
          markdown: {
            type: 'string',
            description:
              "The section's body in AGENTS.md, without invisible characters; bare web and mail addresses are code spans. Empty when the section is in the JSON only.",
          },
        },
        required: ['id', 'title', 'priority', 'data', 'markdown'],
      },
      ContextConvention: {
        type: 'object',
        description:
          'A convention that applies to the entity, as its context carries it.',
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
            description:
              "The owner's Markdown, without invisible characters; bare web and mail addresses are code spans.",
          },
          severity: {
            type: 'string',
            enum: ['must', 'should', 'may'],
          },
          scope: {
            type: 'string',
          },
          source: {
            $ref: '#/components/schemas/ConventionSourceId',
          },
          enforced: {
            type: 'boolean',
          },
          rationale: {
            type: 'string',
          },
          topic: {
            type: 'string',
            description: "A catalog rule's own spec.category, e.g. security.",
          },
          location: {
            type: 'string',
          },
          locationOwner: {
            type: 'string',
            description:
              "A catalog rule's AiResource owner, which entitles it to its scope.",
          },
          overrides: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                scope: {
                  type: 'string',
                },
                source: {
                  $ref: '#/components/schemas/ConventionSourceId',
                },
              },
              required: ['scope', 'source'],
            },
          },
        },
        required: ['id', 'category', 'title', 'body', 'scope'],
      },
      ContextSkill: {
        type: 'object',
        description: 'An AiResource skill that applies to the entity.',
        properties: {
          ref: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          sourceLocation: {
            type: 'string',
          },
          scope: {
            type: 'string',
          },
        },
        required: ['ref', 'name', 'scope'],
      },
      Convention: {
        type: 'object',
        description: 'A convention as recorded at one scope, from any source.',
        properties: {
          id: {
            type: 'string',
          },
          scope: {
            type: 'string',
            description: 'global, or the entity ref of the scope.',
          },
          source: {
            $ref: '#/components/schemas/ConventionSourceId',
          },
          action: {
            type: 'string',
            enum: ['define', 'waive'],
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
          appliesTo: {
            type: 'object',
            description: 'A Backstage filter predicate over the entity.',
          },
          enforced: {
            type: 'boolean',
          },
          reason: {
            type: 'string',
          },
          location: {
            type: 'string',
            description: 'Where a read-only convention lives.',
          },
          locationOwner: {
            type: 'string',
            description:
              "A catalog rule's AiResource owner, which entitles it to its scope.",
          },
          rationale: {
            type: 'string',
          },
          topic: {
            type: 'string',
            description: "A catalog rule's own spec.category, e.g. security.",
          },
          revision: {
            type: 'integer',
            description: '0 for conventions not kept in the database.',
          },
          createdBy: {
            type: 'string',
          },
          createdAt: {
            type: 'string',
          },
          updatedBy: {
            type: 'string',
          },
          updatedAt: {
            type: 'string',
          },
        },
        required: [
          'id',
          'scope',
          'source',
          'action',
          'category',
          'title',
          'body',
          'enforced',
          'revision',
        ],
      },
      ConventionInput: {
        type: 'object',
        description:
          'A convention as an editor writes it. The backend validates it and answers 400 naming every field that is wrong. A waiver needs only id, action waive and reason. Text fields may not hold NUL characters or unpaired surrogates, and unknown fields are refused.',
        properties: {
          id: {
            type: 'string',
            description:
              'Letters, digits and single dashes, at most 64, unique in the scope.',
          },
          action: {
            type: 'string',
            description: 'define (default) or waive.',
          },
          category: {
            type: 'string',
            description: 'rule, command or boundary.',
          },
          title: {
            type: 'string',
            description: 'At most 200 characters.',
          },
          body: {
            type: 'string',
            description: 'Markdown, at most 16384 characters.',
          },
          severity: {
            type: 'string',
            description:
              'must, should or may; rules only, and required for them.',
          },
          appliesTo: {
            type: 'object',
            description: 'A Backstage filter predicate.',
          },
          enforced: {
            type: 'boolean',
          },
          reason: {
            type: 'string',
            description: 'Required for a waiver.',
          },
          revision: {
            type: 'integer',
            description:
              'For updates, the revision the edit was based on: a whole number from 1 to 2147483647.',
          },
        },
      },
      ConventionResolution: {
        type: 'object',
        properties: {
          entityRef: {
            type: 'string',
          },
          path: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                scope: {
                  type: 'string',
                },
                level: {
                  type: 'string',
                  enum: ['global', 'domain', 'system', 'group', 'entity'],
                },
              },
              required: ['scope', 'level'],
            },
          },
          conventions: {
            type: 'array',
            items: {
              allOf: [
                {
                  $ref: '#/components/schemas/Convention',
                },
                {
                  type: 'object',
                  properties: {
                    overrides: {
                      type: 'array',
                      items: {
                        type: 'object',
                        properties: {
                          scope: {
                            type: 'string',
                          },
                          source: {
                            $ref: '#/components/schemas/ConventionSourceId',
                          },
                        },
                        required: ['scope', 'source'],
                      },
                    },
                  },
                },
              ],
            },
          },
          waived: {
            type: 'array',
            items: {
              allOf: [
                {
                  $ref: '#/components/schemas/Convention',
                },
                {
                  type: 'object',
                  properties: {
                    waivedBy: {
                      type: 'object',
                      properties: {
                        scope: {
                          type: 'string',
                        },
                        reason: {
                          type: 'string',
                        },
                        by: {
                          type: 'string',
                        },
                        at: {
                          type: 'string',
                        },
                      },
                      required: ['scope', 'reason'],
                    },
                  },
                  required: ['waivedBy'],
                },
              ],
            },
          },
          conflicts: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                id: {
                  type: 'string',
                },
                scope: {
                  type: 'string',
                },
                source: {
                  $ref: '#/components/schemas/ConventionSourceId',
                },
                message: {
                  type: 'string',
                },
              },
              required: ['id', 'scope', 'source', 'message'],
            },
          },
          skills: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ContextSkill',
            },
          },
        },
        required: [
          'entityRef',
          'path',
          'conventions',
          'waived',
          'conflicts',
          'skills',
        ],
      },
      ConventionScopeView: {
        type: 'object',
        properties: {
          scope: {
            type: 'string',
          },
          conventions: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Convention',
            },
          },
          canEdit: {
            type: 'boolean',
            description: 'Whether the caller may write this scope.',
          },
          editors: {
            type: 'array',
            items: {
              type: 'string',
            },
            description: 'Who may edit (owners, or admins for global), to ask.',
          },
          repository: {
            type: 'object',
            description:
              "The scope's conventions-as-code file and its last read.",
            properties: {
              location: {
                type: 'string',
              },
              lastGoodAt: {
                type: 'string',
              },
              lastCheckedAt: {
                type: 'string',
              },
              error: {
                type: 'string',
                description:
                  "Why the last read failed, with the last good conventions still in force. Structural only (entry numbers, the schema's field names, YAML line and column): it never quotes the file.",
              },
            },
            required: ['location'],
          },
          unverified: {
            type: 'array',
            description:
              'Catalog rules and skills that name this scope but were not applied, because their owner does not own it.',
            items: {
              type: 'object',
              properties: {
                ref: {
                  type: 'string',
                },
                type: {
                  type: 'string',
                },
                title: {
                  type: 'string',
                },
                owner: {
                  type: 'string',
                },
                scope: {
                  type: 'string',
                },
                reason: {
                  type: 'string',
                },
              },
              required: ['ref', 'type', 'title', 'scope', 'reason'],
            },
          },
        },
        required: ['scope', 'conventions', 'canEdit', 'editors'],
      },
      ConventionHistory: {
        type: 'object',
        properties: {
          entries: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                scope: {
                  type: 'string',
                },
                conventionId: {
                  type: 'string',
                },
                revision: {
                  type: 'integer',
                },
                change: {
                  type: 'string',
                  enum: ['create', 'update', 'delete'],
                },
                author: {
                  type: 'string',
                },
                at: {
                  type: 'string',
                },
                before: {
                  $ref: '#/components/schemas/Convention',
                },
                after: {
                  $ref: '#/components/schemas/Convention',
                },
              },
              required: [
                'scope',
                'conventionId',
                'revision',
                'change',
                'author',
                'at',
              ],
            },
          },
        },
        required: ['entries'],
      },
      ConventionConflict: {
        type: 'object',
        description:
          'A stale write; current is the stored version, absent if deleted.',
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
          current: {
            $ref: '#/components/schemas/Convention',
          },
        },
        required: ['error'],
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
            description:
              "The entity's system (for a system, itself), its domain and its parts.",
            properties: {
              system: {
                $ref: '#/components/schemas/RelatedEntity',
              },
              domain: {
                $ref: '#/components/schemas/RelatedEntity',
              },
              parts: {
                type: 'array',
                description: 'The parts besides the entity itself, bounded.',
                items: {
                  $ref: '#/components/schemas/RelatedEntity',
                },
              },
              partCount: {
                type: 'integer',
                description: 'How many parts in all.',
              },
            },
            required: ['system', 'parts', 'partCount'],
          },
          api: {
            type: 'object',
            description: 'APIs only.',
            properties: {
              providedBy: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/RelatedEntity',
                },
              },
              consumedBy: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/RelatedEntity',
                },
              },
            },
            required: ['providedBy', 'consumedBy'],
          },
          component: {
            type: 'object',
            description: 'Components only.',
            properties: {
              subcomponentOf: {
                $ref: '#/components/schemas/RelatedEntity',
              },
              subcomponents: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/RelatedEntity',
                },
              },
              subcomponentCount: {
                type: 'integer',
              },
            },
            required: ['subcomponents', 'subcomponentCount'],
          },
          domain: {
            type: 'object',
            description: 'Domains only.',
            properties: {
              subdomainOf: {
                $ref: '#/components/schemas/RelatedEntity',
              },
              parts: {
                type: 'array',
                description: 'Its systems and subdomains, bounded.',
                items: {
                  $ref: '#/components/schemas/RelatedEntity',
                },
              },
              partCount: {
                type: 'integer',
              },
            },
            required: ['parts', 'partCount'],
          },
          group: {
            type: 'object',
            description: 'Groups only.',
            properties: {
              parents: {
                type: 'array',
                description: 'Parent first, up to the root.',
                items: {
                  $ref: '#/components/schemas/OwnerSummary',
                },
              },
              children: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/OwnerSummary',
                },
              },
              childCount: {
                type: 'integer',
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
            required: [
              'parents',
              'children',
              'childCount',
              'members',
              'memberCount',
            ],
          },
          user: {
            type: 'object',
            description: 'Users only.',
            properties: {
              memberOf: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/OwnerSummary',
                },
              },
              memberOfCount: {
                type: 'integer',
              },
            },
            required: ['memberOf', 'memberOfCount'],
          },
          owns: {
            type: 'object',
            description: 'Groups and users only.',
            properties: {
              entities: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/RelatedEntity',
                },
              },
              count: {
                type: 'integer',
              },
            },
            required: ['entities', 'count'],
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
          placement: {
            type: 'object',
            description:
              "The scopes the entity's conventions come from: its owner and every group above it to the root (nearest first), its system and domain. Not trimmed for display.",
            properties: {
              ownerChain: {
                type: 'array',
                items: {
                  type: 'string',
                },
              },
              system: {
                type: 'string',
              },
              domain: {
                type: 'string',
              },
            },
            required: ['ownerChain'],
          },
          conventions: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ContextConvention',
            },
          },
          skills: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ContextSkill',
            },
          },
          sections: {
            type: 'array',
            description:
              'What installed modules added, highest priority first; absent when no module added anything.',
            items: {
              $ref: '#/components/schemas/ContextSection',
            },
          },
          readiness: {
            type: 'object',
            description:
              'Agent readiness: the score and the failed checks with their fixes; components, APIs, resources and systems only. Not in AGENTS.md.',
            properties: {
              score: {
                type: 'number',
                description: '0 to 100.',
              },
              failed: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    id: {
                      type: 'string',
                    },
                    title: {
                      type: 'string',
                    },
                    fix: {
                      type: 'string',
                    },
                  },
                  required: ['id', 'title', 'fix'],
                },
              },
            },
            required: ['score', 'failed'],
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
          'placement',
          'conventions',
          'skills',
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
          lines: {
            type: 'integer',
            description: 'Lines in markdown; a final newline starts no line.',
          },
          budget: {
            type: 'object',
            description:
              "The limits the document was fitted to: the budget asked for, or the portal's default when none was. An absent limit did not apply; {} is the whole document.",
            properties: {
              maxTokens: {
                type: 'integer',
              },
              maxLines: {
                type: 'integer',
              },
            },
          },
          omitted: {
            type: 'array',
            items: {
              type: 'string',
            },
            description: 'What the budget left out, lowest priority first.',
          },
          overBudget: {
            type: 'boolean',
            description:
              'True when even the material that is never cut exceeds the budget.',
          },
          contentHash: {
            type: 'string',
          },
        },
        required: [
          'entityRef',
          'markdown',
          'tokens',
          'lines',
          'budget',
          'omitted',
          'overBudget',
          'contentHash',
        ],
      },
      AdoptionRow: {
        type: 'object',
        properties: {
          type: {
            type: 'string',
            enum: ['event', 'daily'],
            description:
              'An event (one request, one data point) or a daily aggregate (a vendor report line).',
          },
          source: {
            type: 'string',
            pattern: '^[a-z0-9][a-z0-9._-]{0,63}$',
            description:
              'Where the row comes from, e.g. ai-gateway, copilot, cursor.',
          },
          sourceId: {
            type: 'string',
            minLength: 1,
            maxLength: 256,
            description:
              "The row's id within its source. A row sent again with the same source and id replaces the first; it never adds to it.",
          },
          timestamp: {
            type: 'string',
            format: 'date-time',
            description: 'When an event happened; required for events.',
          },
          day: {
            type: 'string',
            pattern: '^\\d{4}-\\d{2}-\\d{2}$',
            description:
              'The UTC day a daily row covers; required for daily rows.',
          },
          entityRef: {
            type: 'string',
            maxLength: 512,
            description: 'The catalog entity the usage was for.',
          },
          repositoryUrl: {
            type: 'string',
            maxLength: 2048,
            description:
              'A repository URL, resolved to the catalog entity whose source location it is, as the by-repository lookup does.',
          },
          teamRef: {
            type: 'string',
            maxLength: 512,
            description: 'The team (a catalog group) the usage was for.',
          },
          user: {
            type: 'object',
            description:
              'Who used it. Pseudonymised with a keyed hash before anything is stored; the e-mail only finds their teams in the catalog and is never stored.',
            properties: {
              id: {
                type: 'string',
                minLength: 1,
                maxLength: 256,
              },
              email: {
                type: 'string',
                minLength: 3,
                maxLength: 320,
              },
            },
          },
          tool: {
            type: 'string',
            maxLength: 64,
            description: 'The client, e.g. claude-code, copilot, cursor.',
          },
          model: {
            type: 'string',
            maxLength: 128,
          },
          provider: {
            type: 'string',
            maxLength: 64,
          },
          metrics: {
            type: 'object',
            description:
              'Figures by metric name; see the plugin README for each one.',
            additionalProperties: {
              type: 'number',
            },
          },
          metadata: {
            type: 'object',
            description:
              'Up to five scalar keys, as an AI gateway carries them.',
            additionalProperties: {
              type: ['string', 'number', 'boolean'],
            },
          },
        },
        required: ['type', 'source', 'sourceId', 'metrics'],
      },
      AdoptionIngestResult: {
        type: 'object',
        description: 'What became of a batch.',
        properties: {
          accepted: {
            type: 'integer',
            description: 'Rows stored new or changed.',
          },
          unchanged: {
            type: 'integer',
            description:
              'Rows identical to what was stored for their (source, sourceId).',
          },
          unattributed: {
            type: 'integer',
            description: 'Rows kept without an entity or a team.',
          },
          expired: {
            type: 'integer',
            description:
              'Rows for days older than the raw retention, ignored so that a late replay never counts twice.',
          },
        },
        required: ['accepted', 'unchanged', 'unattributed', 'expired'],
      },
      AdoptionFigure: {
        description:
          'A figure, or an object saying why it is withheld: it comes from the rows of fewer people than the minimum group size (but at least one), or it would let such a figure be worked out from those beside it. A withheld figure is never a number, not even zero.',
        oneOf: [
          {
            type: 'number',
          },
          {
            type: 'object',
            additionalProperties: false,
            required: ['withheld', 'reason'],
            properties: {
              withheld: {
                type: 'boolean',
                const: true,
              },
              reason: {
                type: 'string',
              },
            },
          },
        ],
      },
      AdoptionFigures: {
        type: 'object',
        description:
          'The figures of a period, bucket or breakdown entry; the plugin README\'s "Adoption metrics" defines each one.',
        required: [
          'activeUsers',
          'requests',
          'sessions',
          'tokensIn',
          'tokensOut',
          'cacheReadTokens',
          'cacheWriteTokens',
          'cost',
          'linesAdded',
          'linesRemoved',
          'mergeRequestsOpened',
          'mergeRequestsMerged',
          'aiAssistedMergeRequestsOpened',
          'aiAssistedMergeRequestsMerged',
          'aiAssistedShare',
          'mergeRequestsPerWeek',
          'contextFetches',
        ],
        properties: {
          activeUsers: {
            $ref: '#/components/schemas/AdoptionFigure',
          },
          requests: {
            $ref: '#/components/schemas/AdoptionFigure',
          },
          sessions: {
            $ref: '#/components/schemas/AdoptionFigure',
          },
          tokensIn: {
            $ref: '#/components/schemas/AdoptionFigure',
          },
          tokensOut: {
            $ref: '#/components/schemas/AdoptionFigure',
          },
          cacheReadTokens: {
            $ref: '#/components/schemas/AdoptionFigure',
          },
          cacheWriteTokens: {
            $ref: '#/components/schemas/AdoptionFigure',
          },
          cost: {
            $ref: '#/components/schemas/AdoptionFigure',
          },
          linesAdded: {
            $ref: '#/components/schemas/AdoptionFigure',
          },
          linesRemoved: {
            $ref: '#/components/schemas/AdoptionFigure',
          },
          mergeRequestsOpened: {
            type: 'number',
          },
          mergeRequestsMerged: {
            type: 'number',
          },
          aiAssistedMergeRequestsOpened: {
            type: 'number',
          },
          aiAssistedMergeRequestsMerged: {
            type: 'number',
          },
          aiAssistedShare: {
            type: ['number', 'null'],
            description:
              'AI-assisted merged merge requests over merged ones; null when none merged.',
          },
          mergeRequestsPerWeek: {
            type: 'number',
          },
          contextFetches: {
            $ref: '#/components/schemas/AdoptionFigure',
          },
        },
      },
      AdoptionBaseline: {
        type: 'object',
        required: ['mergeRequestsPerWeek', 'aiAssistedShare'],
        properties: {
          from: {
            type: 'string',
          },
          to: {
            type: 'string',
          },
          mergeRequestsPerWeek: {
            type: 'number',
          },
          aiAssistedShare: {
            type: ['number', 'null'],
          },
        },
      },
      AdoptionDetail: {
        type: 'object',
        required: [
          'range',
          'minimumGroupSize',
          'totals',
          'baseline',
          'buckets',
          'byTool',
          'byModel',
        ],
        properties: {
          range: {
            type: 'object',
            required: ['from', 'to', 'bucket'],
            properties: {
              from: {
                type: 'string',
              },
              to: {
                type: 'string',
              },
              bucket: {
                type: 'string',
                enum: ['week', 'day'],
              },
            },
          },
          minimumGroupSize: {
            type: 'integer',
          },
          totals: {
            $ref: '#/components/schemas/AdoptionFigures',
          },
          baseline: {
            $ref: '#/components/schemas/AdoptionBaseline',
          },
          buckets: {
            type: 'array',
            description:
              'Each week (from Monday) or day of the range, cut to the range.',
            items: {
              allOf: [
                {
                  $ref: '#/components/schemas/AdoptionFigures',
                },
                {
                  type: 'object',
                  required: ['start', 'end'],
                  properties: {
                    start: {
                      type: 'string',
                    },
                    end: {
                      type: 'string',
                    },
                  },
                },
              ],
            },
          },
          byTool: {
            type: 'array',
            items: {
              allOf: [
                {
                  $ref: '#/components/schemas/AdoptionFigures',
                },
                {
                  type: 'object',
                  required: ['tool'],
                  properties: {
                    tool: {
                      type: 'string',
                      description: "'' when the source names none.",
                    },
                  },
                },
              ],
            },
          },
          byModel: {
            type: 'array',
            items: {
              allOf: [
                {
                  $ref: '#/components/schemas/AdoptionFigures',
                },
                {
                  type: 'object',
                  required: ['model'],
                  properties: {
                    model: {
                      type: 'string',
                      description: "'' when the source names none.",
                    },
                  },
                },
              ],
            },
          },
        },
      },
      AdoptionList: {
        type: 'object',
        required: [
          'range',
          'minimumGroupSize',
          'items',
          'totalItems',
          'unattributed',
        ],
        properties: {
          range: {
            type: 'object',
            properties: {
              from: {
                type: 'string',
              },
              to: {
                type: 'string',
              },
              baselineFrom: {
                type: 'string',
              },
              baselineTo: {
                type: 'string',
              },
            },
          },
          minimumGroupSize: {
            type: 'integer',
          },
          totalItems: {
            type: 'integer',
            description: 'Items after the filters, on every page.',
          },
          nextCursor: {
            type: 'string',
            description: 'The next page; absent on the last.',
          },
          unattributed: {
            $ref: '#/components/schemas/AdoptionFigures',
          },
          items: {
            type: 'array',
            items: {
              type: 'object',
              required: ['ref', 'kind', 'active', 'totals', 'baseline'],
              properties: {
                ref: {
                  type: 'string',
                },
                kind: {
                  type: 'string',
                },
                title: {
                  type: 'string',
                },
                owner: {
                  type: 'string',
                  description: "An entity's owner; a team's parent group.",
                },
                system: {
                  type: 'string',
                },
                lifecycle: {
                  type: 'string',
                },
                active: {
                  type: 'boolean',
                  description:
                    'Whether anything was recorded for it in the range.',
                },
                totals: {
                  $ref: '#/components/schemas/AdoptionFigures',
                },
                baseline: {
                  $ref: '#/components/schemas/AdoptionBaseline',
                },
              },
            },
          },
        },
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
      Forbidden: {
        description:
          'The caller may not edit this scope; the message says whom to ask.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      StaleRevision: {
        description:
          'Someone else wrote first: the revision named is not the stored one. Nothing was changed; current is the stored version.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/ConventionConflict',
            },
          },
        },
      },
      Enforced: {
        description:
          'An override or waiver of a convention that a broader scope enforces.',
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
      NotModified: {
        description:
          'Unchanged since the ETag given in If-None-Match; no body.',
      },
      Loading: {
        description:
          'The backend has only just started and is still loading the catalog; try again in a few seconds.',
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
        description:
          'Carries a strong ETag (a digest of the bytes sent); If-None-Match answers 304 without a body.',
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
          '304': {
            $ref: '#/components/responses/NotModified',
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '503': {
            $ref: '#/components/responses/Loading',
          },
        },
      },
    },
    '/v1/entities/{kind}/{namespace}/{name}/agents.md': {
      get: {
        operationId: 'GetEntityAgentsMd',
        summary: "The entity's AGENTS.md.",
        description:
          "Markdown by default, or JSON with the token and line counts and the budget applied. Within the portal's default budget (at most 200 lines unless configured otherwise) unless maxTokens asks for another. Carries an ETag (the context's content hash, the renderer revision and the budget applied); If-None-Match answers 304.",
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
            $ref: '#/components/responses/NotModified',
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '503': {
            $ref: '#/components/responses/Loading',
          },
        },
      },
    },
    '/v1/context/by-repository': {
      get: {
        operationId: 'GetContextByRepository',
        summary: 'The context of the entity whose source is a repository.',
        description:
          'For agents in a checkout, which know their git remote but not their entity ref. https, ssh and scp-style URLs match, with or without .git, against backstage.io/source-location and github.com/project-slug. In a monorepo the entity whose source folder is the longest prefix of path wins; several equally good matches answer 409 listing them. Carries the ETag of the answer sent; If-None-Match answers 304.',
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
          '304': {
            $ref: '#/components/responses/NotModified',
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
          '503': {
            $ref: '#/components/responses/Loading',
          },
        },
      },
    },
    '/v1/status': {
      get: {
        operationId: 'GetEngineStatus',
        summary:
          "The size and age of the catalog graph, and the answer cache's figures.",
        description:
          'For operators and the benchmark: how many entities and relations the in-process catalog graph holds, when it was loaded and last refreshed (a catalog change reaches contexts within refreshIntervalSeconds plus lastRefreshMs), and how the shared answers fare. Names no entity.',
        responses: {
          '200': {
            description: 'The figures.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['graph', 'answers'],
                  properties: {
                    graph: {
                      type: 'object',
                      additionalProperties: false,
                      required: [
                        'entities',
                        'relations',
                        'refreshIntervalSeconds',
                      ],
                      properties: {
                        entities: {
                          type: 'integer',
                        },
                        relations: {
                          type: 'integer',
                        },
                        loadedAt: {
                          type: 'string',
                          description: 'ISO 8601; absent until the first load',
                        },
                        refreshedAt: {
                          type: 'string',
                          description: 'ISO 8601; the last delta',
                        },
                        lastLoadMs: {
                          type: 'number',
                        },
                        lastRefreshMs: {
                          type: 'number',
                        },
                        refreshIntervalSeconds: {
                          type: 'number',
                        },
                      },
                    },
                    answers: {
                      type: 'object',
                      additionalProperties: false,
                      required: [
                        'entries',
                        'bytes',
                        'maxBytes',
                        'hits',
                        'misses',
                        'evictions',
                        'invalidations',
                      ],
                      properties: {
                        entries: {
                          type: 'integer',
                        },
                        bytes: {
                          type: 'integer',
                        },
                        maxBytes: {
                          type: 'integer',
                        },
                        hits: {
                          type: 'integer',
                        },
                        misses: {
                          type: 'integer',
                        },
                        evictions: {
                          type: 'integer',
                        },
                        invalidations: {
                          type: 'integer',
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    '/v1/entities/{kind}/{namespace}/{name}/conventions': {
      get: {
        operationId: 'GetEntityConventions',
        summary:
          'The conventions that apply to an entity, resolved along its scopes.',
        description:
          "The union of the global codex, the entity's domain, system, owning group chain and the entity itself, filtered by each convention's appliesTo; narrower scopes override by id or waive with a reason, except where a convention is enforced. Each convention says where it comes from; waived ones and refused overrides are listed apart. Carries a strong ETag; If-None-Match answers 304.",
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
            description: 'The resolution.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ConventionResolution',
                },
              },
            },
          },
          '304': {
            $ref: '#/components/responses/NotModified',
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '503': {
            $ref: '#/components/responses/Loading',
          },
        },
      },
    },
    '/v1/conventions/global': {
      get: {
        operationId: 'GetGlobalConventions',
        summary: 'The org codex, from app-config and the database.',
        responses: {
          '200': {
            description: 'The global scope.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ConventionScopeView',
                },
              },
            },
          },
        },
      },
      post: {
        operationId: 'CreateGlobalConvention',
        summary: 'Adds a convention to the org codex (admins only).',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/ConventionInput',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The stored convention, at revision 1 or later.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Convention',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
        },
      },
    },
    '/v1/conventions/global/history': {
      get: {
        operationId: 'GetGlobalConventionHistory',
        summary: 'Every change to the org codex, newest first.',
        parameters: [
          {
            $ref: '#/components/parameters/historyConventionId',
          },
        ],
        responses: {
          '200': {
            description: 'The history.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ConventionHistory',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
        },
      },
    },
    '/v1/conventions/global/{id}': {
      put: {
        operationId: 'UpdateGlobalConvention',
        summary: 'Replaces a convention of the org codex, as of a revision.',
        parameters: [
          {
            $ref: '#/components/parameters/conventionId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/ConventionInput',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The stored convention.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Convention',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/StaleRevision',
          },
        },
      },
      delete: {
        operationId: 'DeleteGlobalConvention',
        summary: 'Deletes a convention of the org codex, as of a revision.',
        parameters: [
          {
            $ref: '#/components/parameters/conventionId',
          },
          {
            $ref: '#/components/parameters/revision',
          },
        ],
        responses: {
          '204': {
            description: 'Deleted; the history keeps it.',
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/StaleRevision',
          },
        },
      },
    },
    '/v1/conventions/entities/{kind}/{namespace}/{name}': {
      get: {
        operationId: 'GetEntityScopeConventions',
        summary:
          "The conventions recorded at an entity's own scope, from every source.",
        description:
          "What an editor sees: the scope's entries (read-only ones say where they live), whether the caller may edit, and whom to ask otherwise.",
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
            description: 'The scope.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ConventionScopeView',
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
      post: {
        operationId: 'CreateEntityConvention',
        summary:
          "Adds a convention, override or waiver at an entity's scope (owners only).",
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
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/ConventionInput',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The stored convention.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Convention',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '422': {
            $ref: '#/components/responses/Enforced',
          },
        },
      },
    },
    '/v1/conventions/entities/{kind}/{namespace}/{name}/history': {
      get: {
        operationId: 'GetEntityConventionHistory',
        summary: "Every change at an entity's scope, newest first.",
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
            $ref: '#/components/parameters/historyConventionId',
          },
        ],
        responses: {
          '200': {
            description: 'The history.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ConventionHistory',
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
    '/v1/conventions/entities/{kind}/{namespace}/{name}/{id}': {
      put: {
        operationId: 'UpdateEntityConvention',
        summary:
          "Replaces a convention at an entity's scope, as of a revision.",
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
            $ref: '#/components/parameters/conventionId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/ConventionInput',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The stored convention.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Convention',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/StaleRevision',
          },
          '422': {
            $ref: '#/components/responses/Enforced',
          },
        },
      },
      delete: {
        operationId: 'DeleteEntityConvention',
        summary: "Deletes a convention at an entity's scope, as of a revision.",
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
            $ref: '#/components/parameters/conventionId',
          },
          {
            $ref: '#/components/parameters/revision',
          },
        ],
        responses: {
          '204': {
            description: 'Deleted; the history keeps it.',
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/StaleRevision',
          },
        },
      },
    },
    '/v1/conventions/export': {
      get: {
        operationId: 'ExportCodex',
        summary: 'The whole codex, for review bots and audits.',
        description:
          'Every scope the caller may read, with its conventions from every source, as JSON or as one Markdown document. Titles, reasons and bodies are served as agents get them: without invisible characters, and bodies without bare links.',
        parameters: [
          {
            $ref: '#/components/parameters/format',
          },
        ],
        responses: {
          '200': {
            description: 'The codex.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    generatedAt: {
                      type: 'string',
                    },
                    scopes: {
                      type: 'array',
                      items: {
                        type: 'object',
                        properties: {
                          scope: {
                            type: 'string',
                          },
                          conventions: {
                            type: 'array',
                            items: {
                              $ref: '#/components/schemas/Convention',
                            },
                          },
                        },
                        required: ['scope', 'conventions'],
                      },
                    },
                  },
                  required: ['generatedAt', 'scopes'],
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
        },
      },
    },
    '/v1/adoption/events': {
      post: {
        operationId: 'PushAdoptionRows',
        summary: 'Stores usage rows from any source (the push API).',
        description:
          "Event rows (a gateway log line, an OpenTelemetry-like data point, a merge request) and daily aggregate rows (a vendor's report line), at most 10000 per request and 16 MB of JSON (a larger body answers 400, request entity too large). Every row is checked first: one bad row answers 400 naming its index, field and what is wrong, e.g. `rows[12].metrics.tokensIn: must be a number >= 0`, and nothing is stored. A row sent again with the same source and sourceId replaces the first, so a replayed batch changes nothing. Needs the agent-context.adoption.ingest permission.",
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  rows: {
                    type: 'array',
                    maxItems: 10000,
                    items: {
                      $ref: '#/components/schemas/AdoptionRow',
                    },
                  },
                },
                required: ['rows'],
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The batch was stored; what became of its rows.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/AdoptionIngestResult',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            description: 'No credentials.',
          },
          '403': {
            description: 'The caller may not push adoption data.',
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
    '/v1/adoption/webhooks/github': {
      post: {
        operationId: 'ReceiveGithubWebhook',
        summary:
          "GitHub's pull_request webhook, for AI-assisted merge requests.",
        description:
          "Signed by GitHub instead of authenticated: the X-Hub-Signature-256 header must be the HMAC-SHA256 of the raw body with agentContext.adoption.github.webhookSecret. Records opened and merged pull requests per repository, and whether an agent assisted (a label, an agent's footer in the description, or an agent's Co-authored-by trailer on a commit). A ping answers 200; other events and actions answer 202 and record nothing. A delivery sent again changes nothing.",
        parameters: [
          {
            name: 'X-GitHub-Event',
            in: 'header',
            required: true,
            description: 'The event, e.g. pull_request or ping.',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'X-Hub-Signature-256',
            in: 'header',
            required: true,
            description: 'sha256= and the hex HMAC-SHA256 of the body.',
            schema: {
              type: 'string',
            },
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                description: "GitHub's event payload, as GitHub sends it.",
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'A ping, or a pull request recorded.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    recorded: {
                      type: 'array',
                      items: {
                        type: 'string',
                      },
                    },
                  },
                  required: ['recorded'],
                },
              },
            },
          },
          '202': {
            description: 'An event or action that is not recorded.',
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            description:
              'The signature is missing or wrong; nothing was recorded.',
          },
        },
      },
    },
    '/v1/otlp/v1/metrics': {
      post: {
        operationId: 'ExportOtlpMetrics',
        summary: 'OTLP/HTTP metrics from coding agents, for adoption.',
        description:
          "An OTLP/HTTP receiver for metrics (the exporter's endpoint is …/api/agent-context/v1/otlp). Claude Code's claude_code.* metrics and the OpenTelemetry GenAI metrics become adoption rows (source otlp); running totals count what they added since the last export taken, so a re-sent export, a restarted portal or a restarted exporter never counts twice. Other metrics are counted and ignored. Needs the agent-context.adoption.ingest permission. The body is read raw, at most agentContext.adoption.otlp.maxBodyBytes after gzip is undone. Errors are Backstage error bodies. gRPC is not served.",
        parameters: [
          {
            name: 'Content-Encoding',
            in: 'header',
            required: false,
            schema: {
              type: 'string',
              enum: ['gzip', 'identity'],
            },
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                description: 'An ExportMetricsServiceRequest in OTLP/JSON.',
              },
            },
            'application/x-protobuf': {
              schema: {
                type: 'string',
                format: 'binary',
                description: 'An ExportMetricsServiceRequest in protobuf.',
              },
            },
          },
        },
        responses: {
          '200': {
            description:
              "An ExportMetricsServiceResponse in the request's encoding; partialSuccess counts the data points that could not be used and says why.",
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    partialSuccess: {
                      type: 'object',
                      properties: {
                        rejectedDataPoints: {
                          type: 'string',
                        },
                        errorMessage: {
                          type: 'string',
                        },
                      },
                    },
                  },
                },
              },
              'application/x-protobuf': {
                schema: {
                  type: 'string',
                  format: 'binary',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '413': {
            description:
              'The body is over agentContext.adoption.otlp.maxBodyBytes.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
          '415': {
            description:
              'Another content type than application/json or application/x-protobuf, or an encoding other than gzip.',
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
    '/v1/otlp/v1/logs': {
      post: {
        operationId: 'ExportOtlpLogs',
        summary: 'OTLP/HTTP log events from coding agents, for adoption.',
        description:
          "An OTLP/HTTP receiver for logs. Claude Code's claude_code.api_request events become one adoption row each (requests and durationMs, by model; tokens and cost come from the metrics only); other records are counted and ignored. Same permission, encodings and limits as the metrics route.",
        parameters: [
          {
            name: 'Content-Encoding',
            in: 'header',
            required: false,
            schema: {
              type: 'string',
              enum: ['gzip', 'identity'],
            },
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                description: 'An ExportLogsServiceRequest in OTLP/JSON.',
              },
            },
            'application/x-protobuf': {
              schema: {
                type: 'string',
                format: 'binary',
                description: 'An ExportLogsServiceRequest in protobuf.',
              },
            },
          },
        },
        responses: {
          '200': {
            description:
              "An ExportLogsServiceResponse in the request's encoding; partialSuccess counts the records that could not be used and says why.",
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    partialSuccess: {
                      type: 'object',
                      properties: {
                        rejectedLogRecords: {
                          type: 'string',
                        },
                        errorMessage: {
                          type: 'string',
                        },
                      },
                    },
                  },
                },
              },
              'application/x-protobuf': {
                schema: {
                  type: 'string',
                  format: 'binary',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '413': {
            description:
              'The body is over agentContext.adoption.otlp.maxBodyBytes.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
          '415': {
            description:
              'Another content type than application/json or application/x-protobuf, or an encoding other than gzip.',
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
    '/v1/adoption/overview': {
      get: {
        operationId: 'GetAdoptionOverview',
        summary: "The organisation's adoption of AI tools over a period.",
        description:
          'Totals, a series by week or day, breakdowns by tool and by model, the merge request figures against a baseline period, and how many teams and services took part. Needs the adoption read permission. Figures behind fewer people than agentContext.adoption.privacy.minimumGroupSize are withheld.',
        parameters: [
          {
            name: 'from',
            in: 'query',
            required: false,
            description:
              'First day (YYYY-MM-DD, UTC); default 29 days before `to`.',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'to',
            in: 'query',
            required: false,
            description:
              'Last day, included; default today (UTC). At most 400 days after `from`.',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'bucket',
            in: 'query',
            required: false,
            description: 'week (ISO weeks, from Monday; the default) or day.',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'baselineFrom',
            in: 'query',
            required: false,
            description:
              'First day of the baseline; default as many days as the range, just before `from`.',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'baselineTo',
            in: 'query',
            required: false,
            description:
              'Last day of the baseline; default the day before `from`.',
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: "The organisation's figures.",
            content: {
              'application/json': {
                schema: {
                  allOf: [
                    {
                      $ref: '#/components/schemas/AdoptionDetail',
                    },
                    {
                      type: 'object',
                      required: ['teams', 'services', 'users'],
                      properties: {
                        users: {
                          type: 'object',
                          description:
                            "The catalog's users, the denominator of the active users' share.",
                          required: ['inCatalog'],
                          properties: {
                            inCatalog: {
                              type: 'integer',
                            },
                          },
                        },
                        demo: {
                          type: 'object',
                          description:
                            'Present while the figures include generated demo data.',
                          required: ['message'],
                          properties: {
                            message: {
                              type: 'string',
                            },
                          },
                        },
                        teams: {
                          type: 'object',
                          description:
                            "Teams with any figure in the range, and the catalog's groups of type team.",
                          properties: {
                            withActivity: {
                              type: 'integer',
                            },
                            inCatalog: {
                              type: 'integer',
                            },
                          },
                        },
                        services: {
                          type: 'object',
                          description:
                            "Entities with any figure in the range, and the catalog's components.",
                          properties: {
                            withActivity: {
                              type: 'integer',
                            },
                            inCatalog: {
                              type: 'integer',
                            },
                          },
                        },
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '403': {
            description: 'The caller may not read adoption figures.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
          '503': {
            $ref: '#/components/responses/Loading',
          },
        },
      },
    },
    '/v1/adoption/teams': {
      get: {
        operationId: 'ListAdoptionTeams',
        summary:
          "Every team's adoption, including the teams that have not started.",
        description:
          "The catalog's groups of type team, and any other group with figures, with their totals and baseline. Withheld figures sort last whatever the order. owner filters by parent group; system keeps the teams that own a part of that system.",
        parameters: [
          {
            name: 'from',
            in: 'query',
            required: false,
            description:
              'First day (YYYY-MM-DD, UTC); default 29 days before `to`.',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'to',
            in: 'query',
            required: false,
            description:
              'Last day, included; default today (UTC). At most 400 days after `from`.',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'baselineFrom',
            in: 'query',
            required: false,
            description:
              'First day of the baseline; default as many days as the range, just before `from`.',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'baselineTo',
            in: 'query',
            required: false,
            description:
              'Last day of the baseline; default the day before `from`.',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'sort',
            in: 'query',
            required: false,
            description:
              "ref or a figure's name (activeUsers, requests, cost, aiAssistedShare, ...); default activeUsers.",
            schema: {
              type: 'string',
            },
          },
          {
            name: 'order',
            in: 'query',
            required: false,
            description: 'asc or desc; default desc (asc when sorting by ref).',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'limit',
            in: 'query',
            required: false,
            description: 'Items per page, 1 to 500; default 50.',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'offset',
            in: 'query',
            required: false,
            description: 'Items to skip; or use cursor.',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'cursor',
            in: 'query',
            required: false,
            description: 'The nextCursor of the previous page.',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'owner',
            in: 'query',
            required: false,
            allowReserved: true,
            description:
              'A group ref (kind group and namespace default may be left out).',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'system',
            in: 'query',
            required: false,
            allowReserved: true,
            description: 'A system ref.',
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'A page of teams.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/AdoptionList',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '403': {
            description: 'The caller may not read adoption figures.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
          '503': {
            $ref: '#/components/responses/Loading',
          },
        },
      },
    },
    '/v1/adoption/entities': {
      get: {
        operationId: 'ListAdoptionEntities',
        summary:
          "Every service's adoption, including the services that have not started.",
        description:
          "The catalog's components (or entities of the kind asked), and any other entity with figures, with their totals and baseline, read with the catalog graph's owner, system and lifecycle.",
        parameters: [
          {
            name: 'from',
            in: 'query',
            required: false,
            description:
              'First day (YYYY-MM-DD, UTC); default 29 days before `to`.',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'to',
            in: 'query',
            required: false,
            description:
              'Last day, included; default today (UTC). At most 400 days after `from`.',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'baselineFrom',
            in: 'query',
            required: false,
            description:
              'First day of the baseline; default as many days as the range, just before `from`.',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'baselineTo',
            in: 'query',
            required: false,
            description:
              'Last day of the baseline; default the day before `from`.',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'sort',
            in: 'query',
            required: false,
            description:
              "ref or a figure's name (activeUsers, requests, cost, aiAssistedShare, ...); default activeUsers.",
            schema: {
              type: 'string',
            },
          },
          {
            name: 'order',
            in: 'query',
            required: false,
            description: 'asc or desc; default desc (asc when sorting by ref).',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'limit',
            in: 'query',
            required: false,
            description: 'Items per page, 1 to 500; default 50.',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'offset',
            in: 'query',
            required: false,
            description: 'Items to skip; or use cursor.',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'cursor',
            in: 'query',
            required: false,
            description: 'The nextCursor of the previous page.',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'owner',
            in: 'query',
            required: false,
            allowReserved: true,
            description:
              'A group ref (kind group and namespace default may be left out).',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'system',
            in: 'query',
            required: false,
            allowReserved: true,
            description: 'A system ref.',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'kind',
            in: 'query',
            required: false,
            description: "The entities' kind; default component.",
            schema: {
              type: 'string',
            },
          },
          {
            name: 'lifecycle',
            in: 'query',
            required: false,
            description: 'e.g. production, experimental.',
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'A page of entities.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/AdoptionList',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '403': {
            description: 'The caller may not read adoption figures.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
          '503': {
            $ref: '#/components/responses/Loading',
          },
        },
      },
    },
    '/v1/adoption/entities/{kind}/{namespace}/{name}': {
      get: {
        operationId: 'GetEntityAdoption',
        summary: "One service's (or, for a group, one team's) adoption.",
        description:
          "As the overview, for one entity; a group answers its team's figures. 404 when the catalog holds no such entity and nothing was recorded for it.",
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
            name: 'from',
            in: 'query',
            required: false,
            description:
              'First day (YYYY-MM-DD, UTC); default 29 days before `to`.',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'to',
            in: 'query',
            required: false,
            description:
              'Last day, included; default today (UTC). At most 400 days after `from`.',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'bucket',
            in: 'query',
            required: false,
            description: 'week (ISO weeks, from Monday; the default) or day.',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'baselineFrom',
            in: 'query',
            required: false,
            description:
              'First day of the baseline; default as many days as the range, just before `from`.',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'baselineTo',
            in: 'query',
            required: false,
            description:
              'Last day of the baseline; default the day before `from`.',
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: "The entity's figures.",
            content: {
              'application/json': {
                schema: {
                  allOf: [
                    {
                      $ref: '#/components/schemas/AdoptionDetail',
                    },
                    {
                      type: 'object',
                      required: ['entity'],
                      properties: {
                        entity: {
                          type: 'object',
                          required: ['ref', 'kind', 'inCatalog'],
                          properties: {
                            ref: {
                              type: 'string',
                            },
                            kind: {
                              type: 'string',
                            },
                            title: {
                              type: 'string',
                            },
                            owner: {
                              type: 'string',
                            },
                            system: {
                              type: 'string',
                            },
                            lifecycle: {
                              type: 'string',
                            },
                            inCatalog: {
                              type: 'boolean',
                            },
                          },
                        },
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '403': {
            description: 'The caller may not read adoption figures.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '503': {
            $ref: '#/components/responses/Loading',
          },
        },
      },
    },
    '/v1/readiness': {
      get: {
        operationId: 'ListReadiness',
        summary: 'Agent readiness of every scored entity the caller may read.',
        description:
          'Components, APIs, resources and systems, each with its score (0 to 100: the weights of the checks it passes over the weights of the checks that apply to its kind) and the ids of the checks it fails. Scored for the whole catalog at once and kept until the catalog or a convention changes (usage at most every ten minutes). Entities the caller may not read are never listed.',
        parameters: [
          {
            name: 'sort',
            in: 'query',
            required: false,
            description: 'What to sort by; score by default, lowest first.',
            schema: {
              type: 'string',
              enum: ['score', 'name', 'kind'],
            },
          },
          {
            name: 'order',
            in: 'query',
            required: false,
            description: 'asc (default) or desc.',
            schema: {
              type: 'string',
              enum: ['asc', 'desc'],
            },
          },
          {
            name: 'owner',
            in: 'query',
            required: false,
            description:
              'Only entities of this owner, e.g. team-a or group:default/team-a.',
            schema: {
              type: 'string',
              minLength: 1,
            },
          },
          {
            name: 'system',
            in: 'query',
            required: false,
            description: 'Only entities of this system, e.g. checkout.',
            schema: {
              type: 'string',
              minLength: 1,
            },
          },
          {
            name: 'kind',
            in: 'query',
            required: false,
            description: 'Only entities of this kind, e.g. component.',
            schema: {
              type: 'string',
              minLength: 1,
            },
          },
          {
            name: 'lifecycle',
            in: 'query',
            required: false,
            description: 'Only entities in this lifecycle, e.g. production.',
            schema: {
              type: 'string',
              minLength: 1,
            },
          },
          {
            name: 'minScore',
            in: 'query',
            required: false,
            description: 'Only scores from this one, 0 to 100.',
            schema: {
              type: 'string',
              pattern: '^[0-9]{1,3}$',
            },
          },
          {
            name: 'maxScore',
            in: 'query',
            required: false,
            description: 'Only scores up to this one, 0 to 100.',
            schema: {
              type: 'string',
              pattern: '^[0-9]{1,3}$',
            },
          },
          {
            name: 'limit',
            in: 'query',
            required: false,
            description: 'Items per page, 1 to 500; 50 by default.',
            schema: {
              type: 'string',
              pattern: '^[0-9]{1,3}$',
            },
          },
          {
            name: 'offset',
            in: 'query',
            required: false,
            description: 'Items to skip; 0 by default.',
            schema: {
              type: 'string',
              pattern: '^[0-9]{1,9}$',
            },
          },
        ],
        responses: {
          '200': {
            description: 'One page of the list.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['items', 'totalItems'],
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        type: 'object',
                        additionalProperties: false,
                        required: [
                          'entityRef',
                          'title',
                          'kind',
                          'score',
                          'failed',
                        ],
                        properties: {
                          entityRef: {
                            type: 'string',
                          },
                          title: {
                            type: 'string',
                          },
                          kind: {
                            type: 'string',
                          },
                          owner: {
                            type: 'string',
                            description: 'Full lower-case ref.',
                          },
                          system: {
                            type: 'string',
                            description: 'Full lower-case ref.',
                          },
                          lifecycle: {
                            type: 'string',
                          },
                          score: {
                            type: 'integer',
                            minimum: 0,
                            maximum: 100,
                          },
                          failed: {
                            type: 'array',
                            description: 'The ids of the checks it fails.',
                            items: {
                              type: 'string',
                            },
                          },
                        },
                      },
                    },
                    totalItems: {
                      type: 'integer',
                      description: 'How many entities match, over every page.',
                    },
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '503': {
            $ref: '#/components/responses/Loading',
          },
        },
      },
    },
    '/v1/entities/{kind}/{namespace}/{name}/readiness': {
      get: {
        operationId: 'GetEntityReadiness',
        summary:
          "An entity's agent readiness, with every check behind its score.",
        description:
          "Each check says whether it passed, its weight, the fix in one sentence and a link to where the fix is made (the entity's catalog file, its conventions in the portal, or the telemetry guide).",
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
            description: "The entity's readiness.",
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['entityRef', 'title', 'kind', 'score', 'checks'],
                  properties: {
                    entityRef: {
                      type: 'string',
                    },
                    title: {
                      type: 'string',
                    },
                    kind: {
                      type: 'string',
                    },
                    owner: {
                      type: 'string',
                    },
                    system: {
                      type: 'string',
                    },
                    lifecycle: {
                      type: 'string',
                    },
                    score: {
                      type: 'integer',
                      minimum: 0,
                      maximum: 100,
                    },
                    checks: {
                      type: 'array',
                      items: {
                        type: 'object',
                        additionalProperties: false,
                        required: [
                          'id',
                          'title',
                          'passed',
                          'weight',
                          'fix',
                          'link',
                        ],
                        properties: {
                          id: {
                            type: 'string',
                          },
                          title: {
                            type: 'string',
                          },
                          passed: {
                            type: 'boolean',
                          },
                          weight: {
                            type: 'number',
                          },
                          fix: {
                            type: 'string',
                          },
                          link: {
                            type: 'string',
                          },
                        },
                      },
                    },
                  },
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
          '503': {
            $ref: '#/components/responses/Loading',
          },
        },
      },
    },
  },
} as const;
