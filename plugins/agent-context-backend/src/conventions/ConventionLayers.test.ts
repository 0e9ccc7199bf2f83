import { mockCredentials } from '@backstage/backend-test-utils';
import { NotFoundError } from '@backstage/errors';
import {
  Convention,
  ConventionScopeLevel,
} from '@agent-context/plugin-agent-context-common';
import { ConventionSource } from '@agent-context/plugin-agent-context-node';
import { ConventionLayers } from './ConventionLayers';
import { readOnlyConvention } from '../__testUtils__/readOnlyConvention';

const PATH: ConventionScopeLevel[] = [
  { scope: 'global', level: 'global' },
  { scope: 'system:default/checkout', level: 'system' },
  { scope: 'component:default/checkout-service', level: 'entity' },
];
const credentials = mockCredentials.user('user:default/alice');

function source(
  id: string,
  precedence: number,
  conventions: Convention[],
  more: Partial<ConventionSource> = {},
): ConventionSource {
  return {
    id,
    precedence,
    conventionsFor: async () => ({ conventions }),
    ...more,
  };
}

describe('ConventionLayers', () => {
  describe('gather', () => {
    it("files every source's conventions under their scopes, in precedence order", async () => {
      const layers = ConventionLayers.create({
        sources: [
          source('database', 400, [
            readOnlyConvention(
              'DB-1',
              'component:default/checkout-service',
              'database',
            ),
          ]),
          source('handbook', 150, [
            readOnlyConvention('HB-1', 'global', 'handbook'),
            readOnlyConvention('HB-2', 'System:default/Checkout', 'handbook'),
          ]),
          source('config', 100, [
            readOnlyConvention('CFG-1', 'global', 'config'),
          ]),
        ],
      });
      const { layers: gathered } = await layers.gather(PATH, credentials);
      expect(
        gathered.map(layer => [
          layer.level.scope,
          layer.conventions.map(c => `${c.id} (${c.source})`),
        ]),
      ).toEqual([
        ['global', ['CFG-1 (config)', 'HB-1 (handbook)']],
        ['system:default/checkout', ['HB-2 (handbook)']],
        ['component:default/checkout-service', ['DB-1 (database)']],
      ]);
      expect(layers.sourcePrecedence).toEqual([
        'config',
        'handbook',
        'database',
      ]);
    });

    it('asks every source about the whole path with the caller’s credentials', async () => {
      const conventionsFor = jest.fn(async () => ({ conventions: [] }));
      const layers = ConventionLayers.create({
        sources: [source('handbook', 150, [], { conventionsFor })],
      });
      await layers.gather(PATH, credentials);
      expect(conventionsFor).toHaveBeenCalledWith({ path: PATH, credentials });
    });

    it('lets no source pass its entries off as another’s, nor file them outside the path', async () => {
      const layers = ConventionLayers.create({
        sources: [
          source('handbook', 150, [
            readOnlyConvention(
              'HB-1',
              'component:default/checkout-service',
              'database',
              {
                revision: 3,
              },
            ),
            readOnlyConvention(
              'HB-2',
              'component:default/other-service',
              'handbook',
            ),
          ]),
        ],
      });
      const { layers: gathered } = await layers.gather(PATH, credentials);
      expect(gathered.flatMap(layer => layer.conventions)).toEqual([
        readOnlyConvention(
          'HB-1',
          'component:default/checkout-service',
          'handbook',
          {
            revision: 3,
          },
        ),
      ]);
    });

    it('gathers the skills and unverified resources of every source', async () => {
      const skill = {
        ref: 'airesource:default/flyway',
        name: 'flyway',
        scope: 'system:default/checkout',
      };
      const unverified = {
        ref: 'airesource:default/rogue',
        type: 'rule',
        title: 'Rogue',
        scope: 'system:default/checkout',
        reason: 'not the owner',
      };
      const layers = ConventionLayers.create({
        sources: [
          source('catalog', 200, [], {
            conventionsFor: async () => ({
              conventions: [],
              skills: [skill],
              unverified: [unverified],
            }),
          }),
          source('handbook', 150, []),
        ],
      });
      expect(await layers.gather(PATH, credentials)).toEqual({
        layers: PATH.map(level => ({ level, conventions: [] })),
        skills: [skill],
        unverified: [unverified],
      });
    });

    it('fails, naming the source, when one fails, keeping the kind of error', async () => {
      const layers = ConventionLayers.create({
        sources: [
          source('handbook', 150, [], {
            conventionsFor: async () => {
              throw new NotFoundError('no handbook');
            },
          }),
        ],
      });
      const gathered = layers.gather(PATH, credentials);
      await expect(gathered).rejects.toMatchObject({
        name: 'NotFoundError',
        message:
          "Convention source 'handbook' failed; caused by NotFoundError: no handbook",
      });
    });
  });

  describe('create', () => {
    it('keeps the registration order of sources of equal precedence', () => {
      const layers = ConventionLayers.create({
        sources: [
          source('b', 150, []),
          source('a', 150, []),
          source('c', 100, []),
        ],
      });
      expect(layers.sourcePrecedence).toEqual(['c', 'b', 'a']);
    });

    it('refuses, naming each, taken and malformed ids and precedences out of range', () => {
      expect(() =>
        ConventionLayers.create({
          sources: [
            source('config', 100, []),
            source('config', 150, []),
            source('Hand Book', 150, []),
            source('handbook', 1.5, []),
            source('wiki', -1, []),
          ],
        }),
      ).toThrow(
        [
          'Invalid convention sources:',
          "  - id 'config' is registered more than once",
          "  - id 'Hand Book' is not lower-case letters, digits and single dashes of at most 32 characters",
          "  - precedence 1.5 of 'handbook' is not a whole number from 0 to 10000",
          "  - precedence -1 of 'wiki' is not a whole number from 0 to 10000",
        ].join('\n'),
      );
    });

    it('lists only the sources that take part in the export', () => {
      const layers = ConventionLayers.create({
        sources: [
          source('catalog', 200, []),
          source('config', 100, [], { listAll: async () => [] }),
        ],
      });
      expect(layers.exportedSources.map(s => s.id)).toEqual(['config']);
    });
  });
});
