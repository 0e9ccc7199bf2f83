import request from 'supertest';
import { callMcp } from './__testUtils__/callMcp';
import { createTestDatabases } from './__testUtils__/startExamplePortal';
import {
  Caller,
  SecuredPortal,
  startSecuredPortal,
} from './__testUtils__/startSecuredPortal';

/**
 * Malformed and hostile requests to every route and action of the plugin,
 * on the example portal. Each must be refused with the 4xx its table row
 * names, in a JSON error whose message names the problem, and leave every
 * table of the plugin as it was. Runs on PostgreSQL, which refuses more
 * than SQLite (NUL characters, integers past 32 bits), and on SQLite.
 */

const API = '/api/agent-context';
const ENTITIES = `${API}/v1/entities`;
const CHECKOUT = 'component/default/checkout-service';
const GLOBAL_SCOPE = `${API}/v1/conventions/global`;
const CHECKOUT_SCOPE = `${API}/v1/conventions/entities/${CHECKOUT}`;
const ACTIONS = `${API}/.backstage/actions/v1/actions`;
const REMOTE = 'git@github.com:northwind-commerce/commerce-monorepo.git';
// eslint-disable-next-line no-script-url -- data the corpus sends, not code
const SCRIPT_URL = 'javascript:alert(1)';

/** Conventions the corpus tries to overwrite, each at revision 2. */
const FIXTURE_ID = 'HOSTILE-1';

/** Over the 100 kB every JSON body parser of the backend accepts. */
const OVER_BODY_LIMIT = 'x'.repeat(150_000);

const rule = (id: string, fields: Record<string, unknown> = {}) => ({
  id,
  category: 'rule',
  title: `Hostile corpus rule ${id}`,
  body: 'Stored before the corpus runs.',
  severity: 'may',
  ...fields,
});

/** `{"a":{"a":...}}`, nested `depth` times around `leaf`. */
function nested(depth: number, leaf: unknown = 1): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) {
    value = { a: value };
  }
  return value;
}

/** An answer reduced to what the corpus checks. */
interface Answer {
  status: number;
  message: string;
}

let portal: SecuredPortal;

/** Who sends what: owners and admins get past authorization to validation. */
function http(
  method: 'get' | 'post' | 'put' | 'delete',
  path: string,
  options: {
    as?: Caller;
    body?: unknown;
    /** Sent as it is, with this content type. */
    raw?: { type: string; text: string };
  } = {},
) {
  return async (): Promise<Answer> => {
    let call = request(portal.server)
      [method](path)
      .set('Authorization', portal.authorization[options.as ?? 'owner']!);
    if (options.raw) {
      call = call.set('Content-Type', options.raw.type).send(options.raw.text);
    } else if (options.body !== undefined) {
      call = call
        .set('Content-Type', 'application/json')
        .send(JSON.stringify(options.body));
    }
    const response = await call;
    const error = response.body?.error ?? {};
    return {
      status: response.status,
      // The actions registry names the action and puts what is wrong with
      // the input in the cause.
      message: [error.message, error.cause?.message]
        .filter(Boolean)
        .join(' | '),
    };
  };
}

const get = (path: string, as?: Caller) => http('get', path, { as });
const post = (path: string, body: unknown, as?: Caller) =>
  http('post', path, { as, body });
const put = (path: string, body: unknown, as?: Caller) =>
  http('put', path, { as, body });
const del = (path: string, as?: Caller) => http('delete', path, { as });
const invoke = (action: string, input: unknown) =>
  post(`${ACTIONS}/agent-context:${action}/invoke`, input);
const mcp = (tool: string, input: unknown) => async (): Promise<Answer> => {
  const outcome = await callMcp(
    portal.server,
    portal.authorization.owner,
    'tools/call',
    { name: tool, arguments: input },
  );
  return { status: outcome.status, message: outcome.message ?? '' };
};

const context = (kind: string, namespace: string, name: string) =>
  get(`${ENTITIES}/${kind}/${namespace}/${name}/context`);
const agentsMd = (query: string) =>
  get(`${ENTITIES}/${CHECKOUT}/agents.md?${query}`);
const byRepository = (query: string) =>
  get(`${API}/v1/context/by-repository?${query}`);
const remote = encodeURIComponent(REMOTE);
const createAtCheckout = (body: unknown) => post(CHECKOUT_SCOPE, body);
const createAtGlobal = (body: unknown) => post(GLOBAL_SCOPE, body, 'admin');
const updateAtCheckout = (body: unknown, id = FIXTURE_ID) =>
  put(`${CHECKOUT_SCOPE}/${id}`, body);
const raw = (path: string, type: string, text: string, method = 'post') =>
  http(method as 'post' | 'put', path, { raw: { type, text } });

// The corpus is a table: what is wrong, the request, the status, and what
// the message must say. Laid out by hand, one case per line.
// prettier-ignore
const CORPUS: Array<[string, () => Promise<Answer>, number, string]> = [
  // Entity refs in paths.
  ['a kind that is a space',                 context('%20', 'default', 'checkout-service'), 400, "Invalid entity kind ' '"],
  ['a kind starting with a digit',           context('9bad', 'default', 'checkout-service'), 400, "Invalid entity kind '9bad'"],
  ['a kind of 300 letters',                  context('k'.repeat(300), 'default', 'checkout-service'), 400, 'Invalid entity kind'],
  ['a namespace in upper case',              context('component', 'Default', 'checkout-service'), 400, "Invalid entity namespace 'Default'"],
  ['a namespace of ..',                      context('component', '..', 'checkout-service'), 400, "Invalid entity namespace '..'"],
  ['a name of ..',                           context('component', 'default', '..'), 400, "Invalid entity name '..'"],
  ['a name of encoded dots',                 context('component', 'default', '%2e%2e'), 400, "Invalid entity name '..'"],
  ['a name with an encoded slash',           context('component', 'default', 'a%2Fb'), 400, "Invalid entity name 'a/b'"],
  ['a path traversal in the name',           context('component', 'default', '..%2F..%2Fetc%2Fpasswd'), 400, "Invalid entity name '../../etc/passwd'"],
  ['a NUL in the name',                      context('component', 'default', 'checkout%00service'), 400, 'Invalid entity name'],
  ['a name of 64 characters',                context('component', 'default', 'n'.repeat(64)), 400, 'Invalid entity name'],
  ['a name of 2000 characters',              context('component', 'default', 'n'.repeat(2000)), 400, 'Invalid entity name'],
  ['a right-to-left mark in the name',       context('component', 'default', 'checkout%E2%80%8F-service'), 400, 'Invalid entity name'],
  ['Unicode tag characters in the name',     context('component', 'default', 'checkout%F3%A0%81%81'), 400, 'Invalid entity name'],
  ['a Cyrillic look-alike in the name',      context('component', 'default', '%D1%81heckout-service'), 400, 'Invalid entity name'],
  ['an encoded lone surrogate in the name',  context('component', 'default', '%ED%A0%80'), 400, 'malformed uri'],
  ['a stray percent sign in the name',       context('component', 'default', 'checkout%'), 400, 'malformed uri'],
  ['SQL in the name',                        context('component', 'default', encodeURIComponent("x' OR '1'='1")), 400, 'Invalid entity name'],
  ['HTML in the name',                       context('component', 'default', encodeURIComponent('<script>alert(1)</script>')), 400, 'Invalid entity name'],
  ['a Markdown link in the name',            context('component', 'default', encodeURIComponent('[x](javascript:alert(1))')), 400, 'Invalid entity name'],
  ['a bad kind, for AGENTS.md',              get(`${ENTITIES}/9bad/default/checkout-service/agents.md`), 400, "Invalid entity kind '9bad'"],
  ['a NUL in the name, for AGENTS.md',       get(`${ENTITIES}/component/default/x%00/agents.md`), 400, 'Invalid entity name'],
  ['a bad namespace, for conventions',       get(`${ENTITIES}/component/NS/checkout-service/conventions`), 400, "Invalid entity namespace 'NS'"],
  ['a name of .., for conventions',          get(`${ENTITIES}/component/default/../conventions`), 400, "Invalid entity name '..'"],
  ['a long name, for a scope',               get(`${API}/v1/conventions/entities/component/default/${'n'.repeat(300)}`), 400, 'Invalid entity name'],
  ['a bad kind, for a history',              get(`${API}/v1/conventions/entities/9bad/default/checkout-service/history`), 400, "Invalid entity kind '9bad'"],
  ['a name of .., for a create',             post(`${API}/v1/conventions/entities/component/default/..`, rule('X-1')), 400, "Invalid entity name '..'"],
  ['a bad kind, for an update',              put(`${API}/v1/conventions/entities/9bad/default/checkout-service/${FIXTURE_ID}`, { ...rule(FIXTURE_ID), revision: 2 }), 400, "Invalid entity kind '9bad'"],
  ['a bad namespace, for a delete',          del(`${API}/v1/conventions/entities/component/D/checkout-service/${FIXTURE_ID}?revision=2`), 400, "Invalid entity namespace 'D'"],
  ['SQL in the scope, for a delete',         del(`${API}/v1/conventions/entities/component/default/${encodeURIComponent("x';DROP TABLE agent_context_conventions;--")}/${FIXTURE_ID}?revision=2`), 400, 'Invalid entity name'],

  // Query parameters.
  ['maxTokens that is no number',            agentsMd('maxTokens=abc'), 400, 'maxTokens'],
  ['maxTokens below the minimum',            agentsMd('maxTokens=99'), 400, "Invalid maxTokens '99'"],
  ['maxTokens above the maximum',            agentsMd('maxTokens=1000001'), 400, 'maxTokens'],
  ['a negative maxTokens',                   agentsMd('maxTokens=-5'), 400, 'maxTokens'],
  ['maxTokens in exponent notation',         agentsMd('maxTokens=1e5'), 400, 'maxTokens'],
  ['an empty maxTokens',                     agentsMd('maxTokens='), 400, 'maxTokens'],
  ['maxTokens given twice',                  agentsMd('maxTokens=200&maxTokens=300'), 400, 'maxTokens'],
  ['an unknown format',                      agentsMd('format=xml'), 400, 'format'],
  ['a format in upper case',                 agentsMd('format=MD'), 400, 'format'],
  ['an unknown query parameter',             agentsMd('colour=red'), 400, 'colour'],
  ['a query parameter the context lacks',    get(`${ENTITIES}/${CHECKOUT}/context?debug=true`), 400, 'debug'],
  ['no repository url',                      byRepository('path=services'), 400, 'url'],
  ['an empty repository url',                byRepository('url='), 400, 'url'],
  ['a repository url that is no url',        byRepository('url=not-a-remote'), 400, "Invalid repository url 'not-a-remote'"],
  ['a javascript: repository url',           byRepository(`url=${encodeURIComponent(SCRIPT_URL)}`), 400, 'Invalid repository url'],
  ['a file: repository url',                 byRepository(`url=${encodeURIComponent('file:///etc/passwd')}`), 400, "unsupported scheme 'file:'"],
  ['a NUL in the repository url',            byRepository('url=https%3A%2F%2Fgithub.com%2Fa%00%2Fb'), 400, 'it contains control characters'],
  ['a bad escape in the repository path',    byRepository(`url=${encodeURIComponent('https://github.com/org/%E0%A4%A')}`), 400, 'its path has a malformed percent-escape'],
  ['a repository url of 5000 characters',    byRepository(`url=https%3A%2F%2Fgithub.com%2F${'o'.repeat(5000)}`), 400, 'Invalid repository url'],
  ['the repository url given twice',         byRepository(`url=${remote}&url=${remote}`), 400, 'url'],
  ['a folder outside the repository',        byRepository(`url=${remote}&path=${encodeURIComponent('../../etc')}`), 400, "Invalid path '../../etc'"],
  ['maxTokens of 1 by repository',           byRepository(`url=${remote}&format=md&maxTokens=1`), 400, "Invalid maxTokens '1'"],
  ['maxTokens of 0x0 by repository',         byRepository(`url=${remote}&format=md&maxTokens=0x0`), 400, 'maxTokens'],
  ['an unknown format by repository',        byRepository(`url=${remote}&format=html`), 400, 'format'],
  ['an unknown export format',               get(`${API}/v1/conventions/export?format=pdf`), 400, 'format'],
  ['an unknown export parameter',            get(`${API}/v1/conventions/export?scope=global`), 400, 'scope'],
  ['a history filter given twice',           get(`${GLOBAL_SCOPE}/history?conventionId=A&conventionId=B`), 400, 'conventionId'],
  ['SQL in a history filter',                get(`${GLOBAL_SCOPE}/history?conventionId=${encodeURIComponent("' OR 1=1 --")}`), 400, "Invalid conventionId '' OR 1=1 --'"],
  ['a NUL in a history filter',              get(`${CHECKOUT_SCOPE}/history?conventionId=A%00B`), 400, 'Invalid conventionId'],
  ['a history filter of 65 characters',      get(`${CHECKOUT_SCOPE}/history?conventionId=${'A'.repeat(65)}`), 400, 'Invalid conventionId'],
  ['an unknown parameter on a scope',        get(`${GLOBAL_SCOPE}?include=all`), 400, 'include'],

  // Request bodies.
  ['malformed JSON',                         raw(CHECKOUT_SCOPE, 'application/json', '{"id":'), 400, 'JSON'],
  ['a JSON array',                           createAtCheckout([]), 400, 'request/body must be object'],
  ['a JSON string',                          raw(CHECKOUT_SCOPE, 'application/json', '"rule"'), 400, 'JSON'],
  ['JSON null',                              raw(CHECKOUT_SCOPE, 'application/json', 'null'), 400, 'JSON'],
  ['a JSON number',                          raw(CHECKOUT_SCOPE, 'application/json', '42'), 400, 'JSON'],
  ['a body that is not JSON',                raw(CHECKOUT_SCOPE, 'text/plain', 'id=X-1'), 400, 'media type'],
  ['form-encoded fields',                    raw(CHECKOUT_SCOPE, 'application/x-www-form-urlencoded', 'id=X-1&title=t'), 400, 'media type'],
  ['no body at all',                         raw(CHECKOUT_SCOPE, 'application/json', ''), 400, 'id is required'],
  ['a body over the size limit',             createAtCheckout(rule('X-1', { body: OVER_BODY_LIMIT })), 400, 'too large'],
  ['a body field over its limit',            createAtCheckout(rule('X-1', { body: 'b'.repeat(16_385) })), 400, 'body must be at most 16384 characters'],
  ['a title over its limit',                 createAtCheckout(rule('X-1', { title: 't'.repeat(201) })), 400, 'title must be at most 200 characters'],
  ['a reason over its limit',                createAtCheckout(rule('X-1', { reason: 'r'.repeat(2001) })), 400, 'reason must be at most 2000 characters'],
  ['an appliesTo nested 2000 deep',          createAtCheckout(rule('X-1', { appliesTo: nested(2000) })), 400, 'appliesTo'],
  ['an unknown field nested 2000 deep',      createAtCheckout(rule('X-1', { extra: nested(2000) })), 400, 'extra is not a convention field'],
  ['a title of nested arrays',               createAtCheckout(rule('X-1', { title: [[[['t']]]] })), 400, 'body/title must be string'],
  ['an id that is a number',                 createAtCheckout(rule('X-1', { id: 42 })), 400, 'id'],
  ['an id that is null',                     createAtCheckout(rule('X-1', { id: null })), 400, 'body/id must be string'],
  ['a NUL in the id',                        createAtCheckout(rule('A\u0000B')), 400, 'must be letters, digits and single dashes'],
  ['a right-to-left mark in the id',         createAtCheckout(rule('SEC\u200f-9')), 400, 'must be letters, digits and single dashes'],
  ['Unicode tag characters in the id',       createAtCheckout(rule('SEC-9\u{e0041}\u{e0042}')), 400, 'must be letters, digits and single dashes'],
  ['an id of 65 characters',                 createAtCheckout(rule('A'.repeat(65))), 400, 'id must be at most 64 characters'],
  ['SQL in the id',                          createAtCheckout(rule("X'; DROP TABLE agent_context_conventions; --")), 400, 'must be letters, digits and single dashes'],
  ['HTML in the id',                         createAtCheckout(rule('<img src=x onerror=alert(1)>')), 400, 'must be letters, digits and single dashes'],
  ['an id of ..',                            createAtCheckout(rule('..')), 400, 'must be letters, digits and single dashes'],
  ['an id with a slash',                     createAtCheckout(rule('a/b')), 400, 'must be letters, digits and single dashes'],
  ['a category that is a number',            createAtCheckout(rule('X-1', { category: 7 })), 400, 'body/category must be string'],
  ['a category in upper case',               createAtCheckout(rule('X-1', { category: 'RULE' })), 400, 'category "RULE" is not one of'],
  ['a severity that is a list',              createAtCheckout(rule('X-1', { severity: ['must'] })), 400, 'severity'],
  ['enforced as text',                       createAtCheckout(rule('X-1', { enforced: 'yes' })), 400, 'body/enforced must be boolean'],
  ['an appliesTo that is a list',            createAtCheckout(rule('X-1', { appliesTo: [] })), 400, 'body/appliesTo must be object'],
  ['an appliesTo that is text',              createAtCheckout(rule('X-1', { appliesTo: 'kind=component' })), 400, 'body/appliesTo must be object'],
  ['code in an appliesTo',                   createAtCheckout(rule('X-1', { appliesTo: { $where: 'sleep(1000)' } })), 400, 'appliesTo is not a valid filter predicate'],
  ['an unknown appliesTo operator',          createAtCheckout(rule('X-1', { appliesTo: { kind: { $regex: '.*' } } })), 400, 'appliesTo is not a valid filter predicate'],
  ['a NUL in the title',                     createAtCheckout(rule('X-1', { title: 'Safe\u0000title' })), 400, 'title must not contain NUL characters'],
  ['a NUL in the body',                      createAtCheckout(rule('X-1', { body: 'Body\u0000' })), 400, 'body must not contain NUL characters'],
  ['a NUL in a waiver reason',               createAtCheckout({ id: 'OBS-001', action: 'waive', reason: 'Because\u0000' }), 400, 'reason must not contain NUL characters'],
  ['a lone high surrogate in the title',     raw(CHECKOUT_SCOPE, 'application/json', JSON.stringify(rule('X-1')).replace('Hostile corpus', 'Broken \\ud800 text')), 400, 'title must be valid Unicode'],
  ['a lone low surrogate in the body',       raw(CHECKOUT_SCOPE, 'application/json', JSON.stringify(rule('X-1')).replace('Stored before', '\\udc00 Stored before')), 400, 'body must be valid Unicode'],
  ['a title of spaces',                      createAtCheckout(rule('X-1', { title: '   ' })), 400, 'title is required'],
  ['a __proto__ field',                      raw(CHECKOUT_SCOPE, 'application/json', JSON.stringify(rule('X-1')).replace('{', '{"__proto__":{"admin":true},')), 400, '__proto__ is not a convention field'],
  ['a constructor field',                    createAtCheckout(rule('X-1', { constructor: { name: 'x' } })), 400, 'constructor is not a convention field'],
  ['an unknown action',                      createAtCheckout(rule('X-1', { action: 'delete' })), 400, 'action "delete" is not one of define, waive'],
  ['a waiver that redefines the category',   createAtCheckout({ id: 'OBS-001', action: 'waive', reason: 'r', category: 'rule' }), 400, 'category does not belong in a waiver'],
  ['a waiver reason that is an object',      createAtCheckout({ id: 'OBS-001', action: 'waive', reason: { why: 'x' } }), 400, 'body/reason must be string'],
  ['an id already stored at the scope',      createAtCheckout(rule(FIXTURE_ID)), 400, `id '${FIXTURE_ID}' already exists`],
  ['an override of an enforced convention',  createAtCheckout(rule('SEC-002')), 422, 'SEC-002 is enforced at global'],
  ['a waiver of nothing inherited',          createAtCheckout({ id: 'NOTHING-1', action: 'waive', reason: 'r' }), 400, 'NOTHING-1 is not in effect at any broader scope'],
  ['a global id app-config already uses',    createAtGlobal(rule('SEC-001')), 400, "id 'SEC-001' is already used at global"],
  ['a global rule nested 2000 deep',         createAtGlobal(rule('X-1', { appliesTo: nested(2000) })), 400, 'appliesTo'],
  ['a global body over the size limit',      createAtGlobal(rule('X-1', { body: OVER_BODY_LIMIT })), 400, 'too large'],

  // Updates and deletions: revisions and ids.
  ['a stale revision',                       updateAtCheckout({ ...rule(FIXTURE_ID), revision: 1 }), 409, 'is at revision 2, not 1'],
  ['a revision from the future',             updateAtCheckout({ ...rule(FIXTURE_ID), revision: 99 }), 409, 'is at revision 2, not 99'],
  ['a revision of 0',                        updateAtCheckout({ ...rule(FIXTURE_ID), revision: 0 }), 400, "Invalid revision '0'"],
  ['a negative revision',                    updateAtCheckout({ ...rule(FIXTURE_ID), revision: -1 }), 400, "Invalid revision '-1'"],
  ['a fractional revision',                  updateAtCheckout({ ...rule(FIXTURE_ID), revision: 1.5 }), 400, 'body/revision must be integer'],
  ['a revision past 32 bits',                updateAtCheckout({ ...rule(FIXTURE_ID), revision: 2 ** 31 }), 400, "Invalid revision '2147483648'"],
  ['a revision of 1e20',                     updateAtCheckout({ ...rule(FIXTURE_ID), revision: 1e20 }), 400, "Invalid revision '100000000000000000000'"],
  ['a revision that is null',                updateAtCheckout({ ...rule(FIXTURE_ID), revision: null }), 400, 'body/revision must be integer'],
  ['a revision that is a list',              updateAtCheckout({ ...rule(FIXTURE_ID), revision: [2] }), 400, 'revision'],
  ['no revision',                            updateAtCheckout(rule(FIXTURE_ID)), 400, "Invalid revision 'undefined'"],
  ['an id other than the path',              updateAtCheckout({ ...rule('OTHER-1'), revision: 2 }), 400, "id 'OTHER-1' differs from 'HOSTILE-1' in the path"],
  ['a NUL in the path id',                   updateAtCheckout({ ...rule(FIXTURE_ID), revision: 2 }, 'A%00B'), 400, "Invalid convention id 'A\u0000B'"],
  ['tag characters in the path id',          updateAtCheckout({ ...rule(FIXTURE_ID), revision: 2 }, 'A%F3%A0%81%81'), 400, 'Invalid convention id'],
  ['a path id of 65 characters',             updateAtCheckout({ ...rule('A'.repeat(65)), revision: 2 }, 'A'.repeat(65)), 400, 'Invalid convention id'],
  ['an update of no such convention',        updateAtCheckout({ ...rule('NOPE-1'), revision: 1 }, 'NOPE-1'), 404, 'NOPE-1'],
  ['an update body over the size limit',     updateAtCheckout({ ...rule(FIXTURE_ID, { body: OVER_BODY_LIMIT }), revision: 2 }), 400, 'too large'],
  ['a stale global revision',                put(`${GLOBAL_SCOPE}/${FIXTURE_ID}`, { ...rule(FIXTURE_ID), revision: 1 }, 'admin'), 409, 'is at revision 2, not 1'],
  ['a deletion with a stale revision',       del(`${CHECKOUT_SCOPE}/${FIXTURE_ID}?revision=1`), 409, 'is at revision 2, not 1'],
  ['a deletion without a revision',          del(`${CHECKOUT_SCOPE}/${FIXTURE_ID}`), 400, 'revision'],
  ['a deletion with a revision of text',     del(`${CHECKOUT_SCOPE}/${FIXTURE_ID}?revision=latest`), 400, "Invalid revision 'latest'"],
  ['a deletion with a revision twice',       del(`${CHECKOUT_SCOPE}/${FIXTURE_ID}?revision=2&revision=2`), 400, 'revision'],
  ['a deletion with a revision of 20 digits', del(`${CHECKOUT_SCOPE}/${FIXTURE_ID}?revision=99999999999999999999`), 400, "Invalid revision '99999999999999999999'"],
  ['a deletion with a hex revision',         del(`${CHECKOUT_SCOPE}/${FIXTURE_ID}?revision=0x2`), 400, "Invalid revision '0x2'"],
  ['a deletion with a NUL in the id',        del(`${CHECKOUT_SCOPE}/A%00B?revision=2`), 400, 'Invalid convention id'],
  ['a deletion with SQL in the id',          del(`${CHECKOUT_SCOPE}/${encodeURIComponent("x' OR '1'='1")}?revision=2`), 400, 'Invalid convention id'],
  ['a global deletion with a stale revision', del(`${GLOBAL_SCOPE}/${FIXTURE_ID}?revision=1`, 'admin'), 409, 'is at revision 2, not 1'],
  ['a global deletion of an app-config id',  del(`${GLOBAL_SCOPE}/SEC-001?revision=1`, 'admin'), 404, 'SEC-001'],

  // Actions, through the actions registry's endpoint.
  ['an empty entityRef',                     invoke('get-entity-context', { entityRef: '' }), 400, 'entityRef'],
  ['an entityRef that is a number',          invoke('get-entity-context', { entityRef: 42 }), 400, 'entityRef'],
  ['an entityRef that is null',              invoke('get-entity-context', { entityRef: null }), 400, 'entityRef'],
  ['no entityRef',                           invoke('get-entity-context', {}), 400, 'entityRef'],
  ['an entityRef without a name',            invoke('get-entity-context', { entityRef: 'component:' }), 400, "Invalid entityRef 'component:'"],
  ['an entityRef with two kinds',            invoke('get-entity-context', { entityRef: 'a:b:c/d/e' }), 400, "Invalid entityRef 'a:b:c/d/e'"],
  ['an entityRef named ..',                  invoke('get-entity-context', { entityRef: 'component:default/..' }), 400, "Invalid entityRef 'component:default/..'"],
  ['a NUL in the entityRef',                 invoke('get-entity-context', { entityRef: 'checkout\u0000service' }), 400, 'Invalid entityRef'],
  ['an entityRef of 5000 characters',        invoke('get-entity-context', { entityRef: 'c'.repeat(5000) }), 400, 'Invalid entityRef'],
  ['a right-to-left mark in the entityRef',  invoke('get-entity-context', { entityRef: 'checkout\u200f-service' }), 400, 'Invalid entityRef'],
  ['tag characters in the entityRef',        invoke('get-entity-context', { entityRef: 'checkout-service\u{e0041}' }), 400, 'Invalid entityRef'],
  ['SQL in the entityRef',                   invoke('get-entity-context', { entityRef: "component:default/x' OR 1=1--" }), 400, 'Invalid entityRef'],
  ['an unknown input field',                 invoke('get-entity-context', { entityRef: 'checkout-service', colour: 'red' }), 400, 'colour'],
  ['maxTokens below the minimum, as input',  invoke('get-agents-md', { entityRef: 'checkout-service', maxTokens: 99 }), 400, 'maxTokens'],
  ['maxTokens as text, as input',            invoke('get-agents-md', { entityRef: 'checkout-service', maxTokens: '500' }), 400, 'maxTokens'],
  ['a fractional maxTokens, as input',       invoke('get-agents-md', { entityRef: 'checkout-service', maxTokens: 150.5 }), 400, 'maxTokens'],
  ['maxTokens above the maximum, as input',  invoke('get-agents-md', { entityRef: 'checkout-service', maxTokens: 1e7 }), 400, 'maxTokens'],
  ['an empty url, as input',                 invoke('get-context-for-repository', { url: '' }), 400, 'url'],
  ['a url that is a number, as input',       invoke('get-context-for-repository', { url: 42 }), 400, 'url'],
  ['a url that is no url, as input',         invoke('get-context-for-repository', { url: 'not a remote' }), 400, "Invalid repository url 'not a remote'"],
  ['a javascript: url, as input',            invoke('get-context-for-repository', { url: SCRIPT_URL }), 400, 'Invalid repository url'],
  ['a path that is a number, as input',      invoke('get-context-for-repository', { url: REMOTE, path: 42 }), 400, 'path'],
  ['a folder outside the repository, as input', invoke('get-context-for-repository', { url: REMOTE, path: '../..' }), 400, "Invalid path '../..'"],
  ['an entityRef that is a list',            invoke('get-blast-radius', { entityRef: ['checkout-service'] }), 400, 'entityRef'],
  ['an entityRef that is an object',         invoke('list-conventions', { entityRef: { kind: 'component' } }), 400, 'entityRef'],
  ['input that is a list',                   invoke('list-conventions', ['checkout-service']), 400, 'Invalid input'],
  ['input that is malformed JSON',           raw(`${ACTIONS}/agent-context:list-conventions/invoke`, 'application/json', '{"entityRef":'), 400, 'JSON'],
  ['input over the size limit',              invoke('list-conventions', { entityRef: OVER_BODY_LIMIT }), 413, 'too large'],
  ['an action that does not exist',          invoke('drop-tables', {}), 404, 'Action "agent-context:drop-tables" not found'],
  ['secrets for an action without any',      post(`${API}/.backstage/actions/v2/actions/agent-context:list-conventions/invoke`, { input: { entityRef: 'checkout-service' }, secrets: { token: 'x' } }), 400, 'does not accept secrets'],

  // Actions as MCP tools: failures are tool errors an agent can read.
  ['a tool entityRef that is a number',      mcp('get-entity-context', { entityRef: 42 }), 400, 'Invalid input'],
  ['a tool entityRef without a name',        mcp('get-entity-context', { entityRef: 'component:' }), 400, "Invalid entityRef 'component:'"],
  ['a tool entityRef named ..',              mcp('list-conventions', { entityRef: '..' }), 400, "Invalid entityRef '..'"],
  ['a tool maxTokens that is negative',      mcp('get-agents-md', { entityRef: 'checkout-service', maxTokens: -1 }), 400, 'Invalid input'],
  ['a tool url that is no url',              mcp('get-context-for-repository', { url: SCRIPT_URL }), 400, 'Invalid repository url'],
  ['a tool that does not exist',             mcp('drop-tables', {}), 404, 'Action "drop-tables" not found'],
];

/**
 * Every row of the plugin's tables, in a fixed order. The conventions-as-code
 * schedule re-reads the files every two seconds in tests and stamps each
 * read, so those two timestamps are left out; what the reads found is not.
 */
async function storedState() {
  const knex = await portal.agentContextDatabase();
  return {
    conventions: await knex('agent_context_conventions').orderBy([
      'scope',
      'convention_id',
    ]),
    history: await knex('agent_context_convention_history').orderBy('id'),
    repositoryConventions: (
      await knex('agent_context_repository_conventions').orderBy('entity_ref')
    ).map(({ last_good_at: _good, last_checked_at: _checked, ...row }) => row),
  };
}

/** A fixture convention at a scope, created and updated once: revision 2. */
async function storeFixture(scope: string, editor: Caller) {
  const send = (call: request.Test) =>
    call.set('Authorization', portal.authorization[editor]!);
  const created = await send(
    request(portal.server).post(scope).send(rule(FIXTURE_ID)),
  );
  expect(created.status).toBe(201);
  const updated = await send(
    request(portal.server)
      .put(`${scope}/${FIXTURE_ID}`)
      .send({ ...rule(FIXTURE_ID, { severity: 'should' }), revision: 1 }),
  );
  expect(updated.status).toBe(200);
}

/**
 * The stored state once the conventions-as-code schedule has read every
 * file: the portal waits only for checkout-service's, and the others land
 * during the same run. Unchanged over a whole refresh period is settled.
 */
async function settledState() {
  let previous = await storedState();
  for (;;) {
    await new Promise(resolve => setTimeout(resolve, 2500));
    const current = await storedState();
    if (JSON.stringify(current) === JSON.stringify(previous)) {
      return current;
    }
    previous = current;
  }
}

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'hostile input on %s',
  databaseId => {
    let before: Awaited<ReturnType<typeof storedState>>;

    beforeAll(async () => {
      portal = await startSecuredPortal(databases, databaseId);
      await storeFixture(CHECKOUT_SCOPE, 'owner');
      await storeFixture(GLOBAL_SCOPE, 'admin');
      before = await settledState();
    }, 120_000);

    it('has at least a hundred cases, each expecting a refusal', () => {
      expect(CORPUS.length).toBeGreaterThanOrEqual(100);
      const statuses = new Set(CORPUS.map(([, , status]) => status));
      expect([...statuses].filter(s => s < 400 || s >= 500)).toEqual([]);
    });

    it.each(CORPUS)(
      'refuses %s, naming the problem and changing nothing',
      async (_case, send, status, problem) => {
        expect(await send()).toEqual({
          status,
          message: expect.stringContaining(problem),
        });
        expect(await storedState()).toEqual(before);
      },
    );
  },
);
