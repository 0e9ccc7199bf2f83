import { InputError } from '@backstage/errors';
import { CONVENTION_BODY_MAX_LENGTH, CONVENTION_ID_MAX_LENGTH } from '../types';
import {
  conventionInputProblems,
  parseConventionInput,
} from './conventionInput';

const rule = {
  id: 'SEC-004',
  category: 'rule',
  title: 'Never log card data',
  body: 'Card numbers must not reach logs.',
  severity: 'must',
};

describe('conventionInputProblems', () => {
  it.each<{ name: string; input: unknown; problems: string[] }>([
    { name: 'a valid rule', input: rule, problems: [] },
    {
      name: 'a valid command without a severity',
      input: { id: 'CMD-1', category: 'command', title: 'Test' },
      problems: [],
    },
    {
      name: 'a valid waiver',
      input: { id: 'SEC-004', action: 'waive', reason: 'Batch job' },
      problems: [],
    },
    {
      name: 'something other than an object',
      input: ['SEC-004'],
      problems: ['body must be a JSON object'],
    },
    {
      name: 'a missing id',
      input: { ...rule, id: '' },
      problems: ['id is required'],
    },
    {
      name: 'an id with spaces',
      input: { ...rule, id: 'SEC 004' },
      problems: [
        'id "SEC 004" must be letters, digits and single dashes, e.g. SEC-004',
      ],
    },
    {
      name: 'an id with a double dash',
      input: { ...rule, id: 'SEC--4' },
      problems: [
        'id "SEC--4" must be letters, digits and single dashes, e.g. SEC-004',
      ],
    },
    {
      name: 'an id that is too long',
      input: { ...rule, id: 'A'.repeat(CONVENTION_ID_MAX_LENGTH + 1) },
      problems: [`id must be at most ${CONVENTION_ID_MAX_LENGTH} characters`],
    },
    {
      name: 'an unknown field',
      input: { ...rule, owner: 'me' },
      problems: ['owner is not a convention field'],
    },
    {
      name: 'fields named like the members every object inherits',
      input: JSON.parse(
        '{"__proto__":{"admin":true},"constructor":1,"toString":"x","id":"SEC-004","category":"command","title":"Test"}',
      ),
      problems: [
        '__proto__ is not a convention field',
        'constructor is not a convention field',
        'toString is not a convention field',
      ],
    },
    {
      name: 'an id that is not text',
      input: { ...rule, id: 42 },
      problems: ['id is required'],
    },
    {
      name: 'text fields that are not text',
      input: { ...rule, title: ['t'], body: 7, reason: {} },
      problems: [
        'reason must be a string',
        'title must be a string',
        'body must be a string',
      ],
    },
    {
      name: 'an unknown action',
      input: { ...rule, action: 'delete' },
      problems: ['action "delete" is not one of define, waive'],
    },
    {
      name: 'a rule without severity',
      input: { ...rule, severity: undefined },
      problems: ['severity is required for rules (must, should, may)'],
    },
    {
      name: 'a command with a severity',
      input: { ...rule, category: 'command' },
      problems: ['severity only rules have a severity'],
    },
    {
      name: 'an unknown category and severity',
      input: { ...rule, category: 'law', severity: 'always' },
      problems: [
        'category "law" is not one of rule, command, boundary',
        'severity "always" is not one of must, should, may',
      ],
    },
    {
      name: 'a blank title and an over-long body',
      input: {
        ...rule,
        title: '   ',
        body: 'x'.repeat(CONVENTION_BODY_MAX_LENGTH + 1),
      },
      problems: [
        'title is required',
        `body must be at most ${CONVENTION_BODY_MAX_LENGTH} characters`,
      ],
    },
    {
      name: 'NUL characters, which PostgreSQL cannot store',
      input: { ...rule, title: 'Never\u0000log', reason: '\u0000' },
      problems: [
        'reason must not contain NUL characters',
        'title must not contain NUL characters',
      ],
    },
    {
      name: 'unpaired surrogates, which are no characters',
      input: { ...rule, title: 'Broken \ud800 title', body: 'Tail \udc00' },
      problems: [
        'title must be valid Unicode text, without unpaired surrogate code units',
        'body must be valid Unicode text, without unpaired surrogate code units',
      ],
    },
    {
      name: 'a surrogate pair, which is one character',
      input: { ...rule, title: 'Ship it \ud83d\ude80' },
      problems: [],
    },
    {
      name: 'enforced that is not a boolean',
      input: { ...rule, enforced: 'yes' },
      problems: ['enforced must be true or false'],
    },
    {
      name: 'appliesTo that is not an object',
      input: { ...rule, appliesTo: 'services' },
      problems: ['appliesTo must be a filter predicate object'],
    },
    {
      name: 'a waiver without a reason, carrying definition fields',
      input: { id: 'SEC-004', action: 'waive', title: 'x', enforced: true },
      problems: [
        'title does not belong in a waiver, which only names the id and why',
        'enforced does not belong in a waiver, which only names the id and why',
        'reason is required for a waiver',
      ],
    },
  ])('reports $name', ({ input, problems }) => {
    expect(
      conventionInputProblems(input).map(p => `${p.field} ${p.message}`),
    ).toEqual(problems);
  });

  it('refuses an appliesTo that is not a valid filter predicate', () => {
    const [problem] = conventionInputProblems({
      ...rule,
      appliesTo: { $all: [{ kind: 'Component' }], kind: 'API' },
    });
    expect(problem.field).toBe('appliesTo');
    expect(problem.message).toMatch(/^is not a valid filter predicate: /);
  });

  describe('without quoting the input', () => {
    const secret = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc';

    it('names only its own fields and rules, never a key or value written', () => {
      const problems = conventionInputProblems(
        {
          id: `${secret} x`,
          action: secret,
          [secret]: 'x',
          password: secret,
        },
        { quoteInput: false },
      ).map(p => `${p.field} ${p.message}`);
      expect(problems).toEqual([
        'fields include 2 that are not convention fields',
        'id must be letters, digits and single dashes, e.g. SEC-004',
        'action is not one of define, waive',
      ]);
      expect(
        conventionInputProblems(
          {
            ...rule,
            category: secret,
            severity: secret,
            appliesTo: { [`$${secret}`]: secret },
            token: 1,
          },
          { quoteInput: false },
        ).map(p => `${p.field} ${p.message}`),
      ).toEqual([
        'fields include 1 that is not a convention field',
        'category is not one of rule, command, boundary',
        'severity is not one of must, should, may',
        'appliesTo is not a valid filter predicate',
      ]);
    });
  });
});

describe('parseConventionInput', () => {
  it('returns a definition with defaults and trimmed text', () => {
    expect(
      parseConventionInput({
        id: 'CMD-1',
        category: 'command',
        title: '  Test  ',
        appliesTo: { kind: 'Component' },
        reason: '  ',
      }),
    ).toEqual({
      id: 'CMD-1',
      action: 'define',
      category: 'command',
      title: 'Test',
      body: '',
      severity: undefined,
      appliesTo: { kind: 'Component' },
      enforced: false,
      reason: undefined,
    });
  });

  it('returns a waiver as its id, action and reason only', () => {
    expect(
      parseConventionInput({
        id: 'SEC-004',
        action: 'waive',
        reason: ' Batch job ',
        revision: 3,
      }),
    ).toEqual({ id: 'SEC-004', action: 'waive', reason: 'Batch job' });
  });

  it('throws an InputError naming every bad field', () => {
    expect(() =>
      parseConventionInput({ ...rule, id: '', severity: 'x' }),
    ).toThrow(
      new InputError(
        'Invalid convention: id is required; severity "x" is not one of must, should, may',
      ),
    );
  });
});
