import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { EntityContext } from '@agent-context/plugin-agent-context-common';
import {
  HOSTILE_TEXTS,
  bareEntityContext,
  invisibleCharactersIn,
  liveBareAddressesIn,
} from '@agent-context/plugin-agent-context-common/testUtils';
import { ContextContributor } from '@agent-context/plugin-agent-context-node';
import { EntityContextService } from '../context';
import { contentHashOf } from '../context/contextDigest';
import { ContributedSectionsContextService } from './ContributedSectionsContextService';

const ref = { kind: 'component', namespace: 'default', name: 'checkout' };
const credentials = mockCredentials.user('user:default/alice');

/** A context as the convention-aware service returns it, hash included. */
function baseContext(): EntityContext {
  const { metadata, ...content } = bareEntityContext(
    'component:default/checkout',
  );
  const revisions = {
    catalogRevision: metadata.catalogRevision,
    conventionsRevision: metadata.conventionsRevision,
  };
  return {
    ...content,
    metadata: {
      ...metadata,
      contentHash: contentHashOf({ ...content, ...revisions }),
    },
  };
}

const inner: EntityContextService = {
  getEntityContext: async () => baseContext(),
};

function contributor(
  id: string,
  priority: number,
  contribute: ContextContributor['contribute'],
): ContextContributor {
  return { id, title: `Title of ${id}`, priority, contribute };
}

function serviceWith(contributors: ContextContributor[]) {
  const logger = mockServices.logger.mock();
  const service = ContributedSectionsContextService.create({
    inner,
    contributors,
    logger,
  });
  return { service, logger };
}

describe('ContributedSectionsContextService', () => {
  it('is the inner service itself when no contributor is installed', () => {
    expect(serviceWith([]).service).toBe(inner);
  });

  it('adds each section, highest priority first, and hashes them into the content', async () => {
    const { service } = serviceWith([
      contributor('slos', 300, async () => ({
        data: { availability: '99.95%' },
        markdown: 'Availability 99.95% over 28 days.',
      })),
      contributor('on-call', 1500, async () => ({
        data: { rota: '#checkout-oncall' },
        markdown: '- Rota: #checkout-oncall',
      })),
    ]);
    const context = await service.getEntityContext(ref, { credentials });
    expect(context.sections).toEqual([
      {
        id: 'on-call',
        title: 'Title of on-call',
        priority: 1500,
        data: { rota: '#checkout-oncall' },
        markdown: '- Rota: #checkout-oncall',
      },
      {
        id: 'slos',
        title: 'Title of slos',
        priority: 300,
        data: { availability: '99.95%' },
        markdown: 'Availability 99.95% over 28 days.',
      },
    ]);
    const { metadata, ...content } = context;
    expect(metadata.contentHash).not.toBe(baseContext().metadata.contentHash);
    expect(metadata.contentHash).toBe(
      contentHashOf({
        ...content,
        catalogRevision: metadata.catalogRevision,
        conventionsRevision: metadata.conventionsRevision,
      }),
    );
  });

  it('gives each contributor the context and the caller’s credentials', async () => {
    const contribute = jest.fn(async () => undefined);
    const { service } = serviceWith([contributor('on-call', 1500, contribute)]);
    await service.getEntityContext(ref, { credentials });
    expect(contribute).toHaveBeenCalledWith({
      context: baseContext(),
      credentials,
    });
  });

  it('leaves the context as it was when no contributor has anything to say', async () => {
    const { service } = serviceWith([
      contributor('on-call', 1500, async () => undefined),
    ]);
    expect(await service.getEntityContext(ref, { credentials })).toEqual(
      baseContext(),
    );
  });

  it('leaves out, and logs, a section that failed or is not one', async () => {
    const { service, logger } = serviceWith([
      contributor('broken', 100, async () => {
        throw new Error('PagerDuty is down');
      }),
      // As a contributor written in JavaScript could answer.
      contributor('no-data', 100, async () =>
        JSON.parse('{ "data": ["not", "an", "object"], "markdown": "" }'),
      ),
      contributor('too-long', 100, async () => ({
        data: {},
        markdown: 'x'.repeat(16_385),
      })),
      contributor('fine', 100, async () => ({ data: {}, markdown: 'Fine.' })),
    ]);
    const context = await service.getEntityContext(ref, { credentials });
    expect(context.sections?.map(section => section.id)).toEqual(['fine']);
    expect(logger.warn.mock.calls.map(([message]) => message)).toEqual([
      "Context contributor 'broken' gave no section for component:default/checkout: Error: PagerDuty is down",
      "Context contributor 'no-data' gave no section for component:default/checkout: Error: data is not a JSON object",
      "Context contributor 'too-long' gave no section for component:default/checkout: Error: markdown is 16385 characters long, more than 16384",
    ]);
  });

  it('takes invisible characters out of the data and the Markdown, and bare addresses out of links', async () => {
    const { service } = serviceWith([
      contributor('on-call', 1500, async () => ({
        data: {
          'ro\u200bta': 'Page\u202e the team',
          nested: [{ note: 'call\u{e0041} now' }],
        },
        markdown: 'Page\u200b https://pager.example/checkout',
      })),
    ]);
    const [section] = (await service.getEntityContext(ref, { credentials }))
      .sections!;
    expect(section.data).toEqual({
      rota: 'Page the team',
      nested: [{ note: 'call now' }],
    });
    expect(section.markdown).toBe('Page `https://pager.example/checkout`');
  });

  it.each(HOSTILE_TEXTS.map(({ name, text }) => [name, text]))(
    'serves %s from a section as visible text, linking no address',
    async (_name, text) => {
      const { service } = serviceWith([
        contributor('on-call', 1500, async () => ({
          data: { [text]: text, list: [text, { text }] },
          markdown: `${text}\n\n- ${text}`,
        })),
      ]);
      const [section] = (await service.getEntityContext(ref, { credentials }))
        .sections!;
      expect(invisibleCharactersIn(JSON.stringify(section))).toEqual([]);
      expect(liveBareAddressesIn(section.markdown)).toEqual([]);
    },
  );

  it('refuses at startup contributors it cannot tell apart or place', () => {
    const noop = async () => undefined;
    expect(() =>
      serviceWith([
        contributor('on-call', 1500, noop),
        contributor('on-call', 100, noop),
        { id: 'slos', title: ' ', priority: 200, contribute: noop },
        contributor('runbooks', 20_000, noop),
      ]),
    ).toThrow(
      [
        'Invalid context contributors:',
        "  - id 'on-call' is registered more than once",
        "  - title of 'slos' is not a one-line text of 1 to 80 characters",
        "  - priority 20000 of 'runbooks' is not a whole number from 0 to 10000",
      ].join('\n'),
    );
  });
});
