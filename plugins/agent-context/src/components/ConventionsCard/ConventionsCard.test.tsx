import {
  ConventionConflictError,
  ConventionScopeView,
} from '@agent-context/plugin-agent-context-common';
import { ResponseError } from '@backstage/errors';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { agentContextApiRef } from '../../api';
import {
  checkoutServiceResolution,
  checkoutServiceScope,
  largePrsOk,
  repositoryRule,
  reviewMigrations,
} from '../../__fixtures__/conventions';
import { mockAgentContextApi } from '../../__testUtils__';
import { ConventionsRevisionProvider } from '../../hooks';
import { ConventionsCard } from './ConventionsCard';

const entityRef = 'component:default/checkout-service';

/**
 * Puts text into a field as a paste: typing it key by key through a form
 * this size takes seconds per field under test.
 */
async function enter(field: HTMLElement, text: string) {
  await userEvent.click(field);
  await userEvent.paste(text);
}

/** A failed request as the client reports it, with the backend's message. */
async function responseError(status: number, name: string, message: string) {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name, message },
        request: { method: 'POST', url: '/v1/conventions' },
        response: { statusCode: status },
      }),
      { status, headers: { 'Content-Type': 'application/json' } },
    ),
  );
}

// The dialog flows click through a large form; on a busy machine that can
// outlast jest's default of five seconds.

describe('ConventionsCard', () => {
  const api = mockAgentContextApi();

  beforeEach(() => {
    jest.resetAllMocks();
    api.getConventionResolution.mockResolvedValue(checkoutServiceResolution);
    api.getConventionScope.mockResolvedValue(checkoutServiceScope);
  });

  async function renderCard() {
    const rendered = await renderInTestApp(
      <TestApiProvider apis={[[agentContextApiRef, api]]}>
        <ConventionsRevisionProvider>
          <ConventionsCard entityRef={entityRef} />
        </ConventionsRevisionProvider>
      </TestApiProvider>,
      {
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );
    await screen.findByRole('region', { name: 'Applies here' });
    return rendered;
  }

  const applied = () => screen.getByRole('region', { name: 'Applies here' });
  const own = () =>
    screen.getByRole('region', { name: 'Recorded on this entity' });

  describe('what applies', () => {
    it('loads the resolution and the scope of the entity', async () => {
      await renderCard();

      expect(api.getConventionResolution).toHaveBeenCalledWith(entityRef);
      expect(api.getConventionScope).toHaveBeenCalledWith(entityRef);
      expect(screen.getByText('Conventions')).toBeInTheDocument();
    });

    it('groups commands, boundaries and rules by severity', async () => {
      await renderCard();

      const groups = within(applied())
        .getAllByRole('list')
        .map(list => list.getAttribute('aria-label'));
      expect(groups).toEqual([
        'Commands',
        'Boundaries',
        'Rules: MUST',
        'Rules: SHOULD',
        'Rules: MAY',
        'Waived',
      ]);
      const ids = (name: string) =>
        within(within(applied()).getByRole('list', { name }))
          .getAllByRole('listitem')
          .map(item => item.getAttribute('aria-label'));
      expect(ids('Commands')).toEqual(['CMD-TEST']);
      expect(ids('Boundaries')).toEqual(['DB-002']);
      expect(ids('Rules: MUST')).toEqual(['SEC-004']);
      expect(ids('Rules: SHOULD')).toEqual(['REPO-001']);
      expect(ids('Rules: MAY')).toEqual(['PR-001']);
    });

    it('says where each convention comes from and what it overrides', async () => {
      await renderCard();

      const secrets = within(applied()).getByRole('listitem', {
        name: 'SEC-004',
      });
      expect(secrets).toHaveTextContent('No secrets in code');
      expect(secrets).toHaveTextContent('From the org codex (app-config)');
      expect(within(secrets).getByText('MUST')).toBeInTheDocument();
      expect(within(secrets).getByText('enforced')).toBeInTheDocument();

      const command = within(applied()).getByRole('listitem', {
        name: 'CMD-TEST',
      });
      expect(
        within(command).getByRole('link', { name: 'system:checkout' }),
      ).toHaveAttribute('href', '/catalog/default/system/checkout');
      expect(command).toHaveTextContent('(portal)');

      const override = within(applied()).getByRole('listitem', {
        name: 'PR-001',
      });
      expect(override).toHaveTextContent(
        'overrides the org codex (portal) · reason: The payment migration lands in one piece',
      );
      expect(
        within(applied()).getByRole('listitem', { name: 'REPO-001' }),
      ).toHaveTextContent('(repository)');
    });

    it('lists waived conventions with who waived them and why', async () => {
      await renderCard();

      const waived = within(
        within(applied()).getByRole('list', { name: 'Waived' }),
      ).getByRole('listitem', { name: 'LOG-001' });
      expect(waived).toHaveTextContent('Log in JSON');
      expect(waived).toHaveTextContent('by user:default/grace');
      expect(waived).toHaveTextContent(
        'reason: Logs go to the payment provider',
      );
    });

    it('shows the entries the resolution refused as warnings', async () => {
      await renderCard();

      expect(
        within(applied()).getByText(
          'SEC-004 is enforced by global and cannot be overridden at system:default/checkout',
        ),
      ).toBeInTheDocument();
    });
  });

  describe('for someone who may not edit', () => {
    const readOnly: ConventionScopeView = {
      ...checkoutServiceScope,
      canEdit: false,
      repository: {
        location: 'https://github.com/example/checkout/blob/main/x.yaml',
        error: 'Line 3: not YAML',
      },
    };

    it('offers no changes and says whom to ask', async () => {
      api.getConventionScope.mockResolvedValue(readOnly);
      await renderCard();

      expect(own()).toHaveTextContent(
        'Read-only. To change these conventions, ask checkout-team.',
      );
      expect(
        within(own()).getByRole('link', { name: 'checkout-team' }),
      ).toHaveAttribute('href', '/catalog/default/group/checkout-team');
      for (const name of [
        'Add convention',
        'Edit PR-001',
        'Delete PR-001',
        'Override DB-002',
        'Waive DB-002',
      ]) {
        expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
      }
      // The conventions file is the editors' concern.
      expect(screen.queryByText(/Line 3: not YAML/)).not.toBeInTheDocument();
    });

    it('still shows what changed, and who changed it', async () => {
      api.getConventionScope.mockResolvedValue(readOnly);
      api.getConventionHistory.mockResolvedValue({ entries: [] });
      await renderCard();
      expect(
        screen.getByRole('button', {
          name: "History of this entity's conventions",
        }),
      ).toBeInTheDocument();

      await userEvent.click(
        screen.getByRole('button', { name: 'History of PR-001' }),
      );
      expect(api.getConventionHistory).toHaveBeenCalledWith(entityRef, {
        conventionId: 'PR-001',
      });
    });
  });

  describe('for an editor', () => {
    it('lists the entity’s own entries, read-only ones with where they live', async () => {
      await renderCard();

      const repo = within(own()).getByRole('listitem', { name: 'REPO-001' });
      expect(repo).toHaveTextContent(
        'Read-only: kept in the repository, https://github.com/example/checkout/blob/main/conventions.yaml',
      );
      expect(
        within(repo).queryByRole('button', { name: 'Edit REPO-001' }),
      ).not.toBeInTheDocument();
      expect(
        within(own()).getByRole('listitem', { name: 'PR-001' }),
      ).toHaveTextContent('Kept in the portal · revision 3');
      expect(
        within(own()).getByRole('listitem', { name: 'LOG-001' }),
      ).toHaveTextContent('Reason: Logs go to the payment provider');
    });

    it("shows a module's source read-only, by its id and where the convention lives", async () => {
      const handbookRule = {
        ...repositoryRule,
        id: 'HB-001',
        source: 'handbook',
        location: 'handbook/checkout.yaml',
        title: 'Retry with backoff',
      };
      api.getConventionScope.mockResolvedValue({
        ...checkoutServiceScope,
        conventions: [...checkoutServiceScope.conventions, handbookRule],
      });
      api.getConventionResolution.mockResolvedValue({
        ...checkoutServiceResolution,
        conventions: [...checkoutServiceResolution.conventions, handbookRule],
      });
      await renderCard();

      const item = within(own()).getByRole('listitem', { name: 'HB-001' });
      expect(item).toHaveTextContent(
        'Read-only: kept in handbook (handbook/checkout.yaml)',
      );
      expect(item).not.toHaveTextContent('Kept in the portal');
      expect(
        within(item).queryByRole('button', { name: 'Edit HB-001' }),
      ).not.toBeInTheDocument();
      expect(
        within(applied()).getByRole('listitem', { name: 'HB-001' }),
      ).toHaveTextContent('(handbook)');
    });

    it('offers override and waiver on inherited conventions that are not enforced', async () => {
      await renderCard();

      expect(
        screen.getByRole('button', { name: 'Override DB-002' }),
      ).toBeInTheDocument();
      expect(
        screen.getByRole('button', { name: 'Waive CMD-TEST' }),
      ).toBeInTheDocument();
      expect(
        screen.queryByRole('button', { name: 'Override SEC-004' }),
      ).not.toBeInTheDocument();
      // Its own conventions are edited, not overridden.
      expect(
        screen.queryByRole('button', { name: 'Override PR-001' }),
      ).not.toBeInTheDocument();
    });

    it('shows an error of the conventions-as-code file', async () => {
      api.getConventionScope.mockResolvedValue({
        ...checkoutServiceScope,
        repository: {
          location: 'https://github.com/example/checkout/blob/main/x.yaml',
          error: 'Line 3: not YAML',
        },
      });
      await renderCard();

      expect(own()).toHaveTextContent(
        'The conventions file https://github.com/example/checkout/blob/main/x.yaml could not be used: Line 3: not YAML It has never been read successfully.',
      );
    });

    it('adds a convention and reloads the lists', async () => {
      api.createConvention.mockResolvedValue(largePrsOk);
      await renderCard();

      await userEvent.click(
        screen.getByRole('button', { name: 'Add convention' }),
      );
      const dialog = screen.getByRole('dialog', { name: 'Add convention' });
      await enter(
        within(dialog).getByRole('textbox', { name: /^Id/ }),
        'API-001',
      );
      await enter(
        within(dialog).getByRole('textbox', { name: /^Title/ }),
        'Version every public API',
      );
      await userEvent.selectOptions(
        within(dialog).getByRole('combobox', { name: 'Severity' }),
        'must',
      );
      await enter(
        within(dialog).getByRole('textbox', { name: 'Kind' }),
        'component',
      );
      await enter(
        within(dialog).getByRole('textbox', { name: 'Tags (any of)' }),
        'pci',
      );
      await enter(
        within(dialog).getByRole('textbox', { name: 'Body (Markdown)' }),
        'Add `/v2` rather than break `/v1`.',
      );
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Save' }),
      );

      await waitFor(() =>
        expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
      );
      expect(api.createConvention).toHaveBeenCalledWith(entityRef, {
        id: 'API-001',
        category: 'rule',
        severity: 'must',
        title: 'Version every public API',
        body: 'Add `/v2` rather than break `/v1`.',
        enforced: false,
        appliesTo: {
          kind: 'component',
          'metadata.tags': { $contains: 'pci' },
        },
      });
      await waitFor(() =>
        expect(api.getConventionScope).toHaveBeenCalledTimes(2),
      );
      expect(api.getConventionResolution).toHaveBeenCalledTimes(2);
    });

    it('shows what is wrong next to the fields and saves nothing', async () => {
      await renderCard();

      await userEvent.click(
        screen.getByRole('button', { name: 'Add convention' }),
      );
      const dialog = screen.getByRole('dialog', { name: 'Add convention' });
      await enter(
        within(dialog).getByRole('textbox', { name: /^Id/ }),
        'not an id',
      );
      expect(
        within(dialog).getByText(
          '"not an id" must be letters, digits and single dashes, e.g. SEC-004',
        ),
      ).toBeInTheDocument();
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Save' }),
      );

      expect(within(dialog).getByText('is required')).toBeInTheDocument();
      expect(api.createConvention).not.toHaveBeenCalled();
    });

    it("shows the backend's message when it refuses a save", async () => {
      api.createConvention.mockRejectedValue(
        await responseError(
          400,
          'InputError',
          'Invalid convention: appliesTo is not a valid filter predicate',
        ),
      );
      await renderCard();

      await userEvent.click(
        screen.getByRole('button', { name: 'Add convention' }),
      );
      const dialog = screen.getByRole('dialog', { name: 'Add convention' });
      await enter(
        within(dialog).getByRole('textbox', { name: /^Id/ }),
        'API-001',
      );
      await enter(
        within(dialog).getByRole('textbox', { name: /^Title/ }),
        'Version every public API',
      );
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Save' }),
      );

      expect(
        await within(dialog).findByText(
          'Invalid convention: appliesTo is not a valid filter predicate',
        ),
      ).toBeInTheDocument();
      expect(
        within(dialog).getByRole('textbox', { name: /^Title/ }),
      ).toHaveValue('Version every public API');
    });

    it('edits one of its own conventions as of its revision', async () => {
      api.updateConvention.mockResolvedValue({ ...largePrsOk, revision: 4 });
      await renderCard();

      await userEvent.click(
        screen.getByRole('button', { name: 'Edit PR-001' }),
      );
      const dialog = screen.getByRole('dialog', { name: 'Edit PR-001' });
      expect(
        within(dialog).getByRole('textbox', { name: /^Id/ }),
      ).toBeDisabled();
      const title = within(dialog).getByRole('textbox', { name: /^Title/ });
      await userEvent.clear(title);
      await enter(title, 'Large pull requests are fine for now');
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Save' }),
      );

      await waitFor(() =>
        expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
      );
      expect(api.updateConvention).toHaveBeenCalledWith(entityRef, {
        id: 'PR-001',
        category: 'rule',
        severity: 'may',
        title: 'Large pull requests are fine for now',
        body: '',
        enforced: false,
        reason: 'The payment migration lands in one piece',
        revision: 3,
      });
    });

    it('deletes one of its own conventions after asking', async () => {
      api.deleteConvention.mockResolvedValue();
      await renderCard();

      await userEvent.click(
        screen.getByRole('button', { name: 'Delete PR-001' }),
      );
      const dialog = screen.getByRole('dialog', { name: 'Delete PR-001?' });
      expect(api.deleteConvention).not.toHaveBeenCalled();
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Delete' }),
      );

      await waitFor(() =>
        expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
      );
      expect(api.deleteConvention).toHaveBeenCalledWith(entityRef, 'PR-001', 3);
    });

    it('overrides an inherited convention under the same id', async () => {
      api.createConvention.mockResolvedValue(reviewMigrations);
      await renderCard();

      await userEvent.click(
        screen.getByRole('button', { name: 'Override DB-002' }),
      );
      const dialog = screen.getByRole('dialog', { name: 'Override DB-002' });
      const id = within(dialog).getByRole('textbox', { name: /^Id/ });
      expect(id).toHaveValue('DB-002');
      expect(id).toBeDisabled();
      expect(
        within(dialog).getByRole('combobox', { name: 'Category' }),
      ).toHaveValue('boundary');
      const body = within(dialog).getByRole('textbox', {
        name: 'Body (Markdown)',
      });
      await userEvent.clear(body);
      await enter(body, 'Migrations here are generated; edit freely.');
      await enter(
        within(dialog).getByRole('textbox', { name: 'Why override it' }),
        'Generated schema',
      );
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Save' }),
      );

      await waitFor(() =>
        expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
      );
      expect(api.createConvention).toHaveBeenCalledWith(entityRef, {
        id: 'DB-002',
        category: 'boundary',
        title: 'Migrations need a human review',
        body: 'Migrations here are generated; edit freely.',
        enforced: false,
        reason: 'Generated schema',
      });
    });

    it('shows why the backend refuses an override of an enforced convention', async () => {
      api.createConvention.mockRejectedValue(
        await responseError(
          422,
          'EnforcedConventionError',
          'DB-002 is enforced by the org codex and cannot be overridden',
        ),
      );
      await renderCard();

      await userEvent.click(
        screen.getByRole('button', { name: 'Override DB-002' }),
      );
      const dialog = screen.getByRole('dialog', { name: 'Override DB-002' });
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Save' }),
      );

      expect(
        await within(dialog).findByText(
          'DB-002 is enforced by the org codex and cannot be overridden',
        ),
      ).toBeInTheDocument();
    });

    it('waives an inherited convention with a reason', async () => {
      api.createConvention.mockResolvedValue(reviewMigrations);
      await renderCard();

      await userEvent.click(
        screen.getByRole('button', { name: 'Waive DB-002' }),
      );
      const dialog = screen.getByRole('dialog', { name: 'Waive DB-002' });
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Save' }),
      );
      expect(
        within(dialog).getByText('is required for a waiver'),
      ).toBeInTheDocument();
      expect(api.createConvention).not.toHaveBeenCalled();

      await enter(
        within(dialog).getByRole('textbox', { name: /^Reason/ }),
        'This service has no migrations',
      );
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Save' }),
      );

      await waitFor(() =>
        expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
      );
      expect(api.createConvention).toHaveBeenCalledWith(entityRef, {
        id: 'DB-002',
        action: 'waive',
        reason: 'This service has no migrations',
      });
    });

    it('changes the reason of its own waiver as of its revision', async () => {
      api.updateConvention.mockResolvedValue(reviewMigrations);
      await renderCard();

      await userEvent.click(
        screen.getByRole('button', { name: 'Edit LOG-001' }),
      );
      const dialog = screen.getByRole('dialog', { name: 'Waive LOG-001' });
      const reason = within(dialog).getByRole('textbox', { name: /^Reason/ });
      expect(reason).toHaveValue('Logs go to the payment provider');
      await userEvent.type(reason, ' directly');
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Save' }),
      );

      await waitFor(() =>
        expect(api.updateConvention).toHaveBeenCalledWith(entityRef, {
          id: 'LOG-001',
          action: 'waive',
          reason: 'Logs go to the payment provider directly',
          revision: 1,
        }),
      );
    });

    it('shows the history of a convention with each change as a diff', async () => {
      api.getConventionHistory.mockResolvedValue({
        entries: [
          {
            scope: entityRef,
            conventionId: 'PR-001',
            revision: 3,
            change: 'update',
            author: 'user:default/ada',
            at: '2026-02-01T10:00:00.000Z',
            before: { ...largePrsOk, title: 'Old title', revision: 2 },
            after: largePrsOk,
          },
        ],
      });
      const { baseElement } = await renderCard();

      await userEvent.click(
        screen.getByRole('button', { name: 'History of PR-001' }),
      );
      const dialog = screen.getByRole('dialog', { name: 'History of PR-001' });
      expect(
        await within(dialog).findByText(
          /^Updated PR-001 to revision 3 by user:default\/ada/,
        ),
      ).toBeInTheDocument();
      expect(api.getConventionHistory).toHaveBeenCalledWith(entityRef, {
        conventionId: 'PR-001',
      });
      expect(
        [...baseElement.querySelectorAll('[role="dialog"] del')].map(
          line => line.textContent,
        ),
      ).toEqual(['- title: Old title']);
      expect(
        [...baseElement.querySelectorAll('[role="dialog"] ins')].map(
          line => line.textContent,
        ),
      ).toEqual(['+ title: Pull requests may be large during the migration']);
    });

    it("shows the scope's whole history", async () => {
      api.getConventionHistory.mockResolvedValue({ entries: [] });
      await renderCard();

      await userEvent.click(
        screen.getByRole('button', {
          name: "History of this entity's conventions",
        }),
      );
      expect(
        await screen.findByText('No changes recorded yet'),
      ).toBeInTheDocument();
      expect(api.getConventionHistory).toHaveBeenCalledWith(
        entityRef,
        undefined,
      );
    });
  });

  describe('when someone else saved first', () => {
    const theirs = {
      ...largePrsOk,
      title: 'Keep pull requests under 400 lines',
      revision: 5,
      updatedBy: 'user:default/grace',
      updatedAt: '2026-03-01T12:00:00.000Z',
    };

    async function saveStaleEdit() {
      api.updateConvention.mockRejectedValueOnce(
        new ConventionConflictError('PR-001 is at revision 5, not 3', theirs),
      );
      await renderCard();
      await userEvent.click(
        screen.getByRole('button', { name: 'Edit PR-001' }),
      );
      const dialog = screen.getByRole('dialog', { name: 'Edit PR-001' });
      const title = within(dialog).getByRole('textbox', { name: /^Title/ });
      await userEvent.clear(title);
      await enter(title, 'My title');
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Save' }),
      );
      await within(dialog).findByText(/Someone else saved PR-001 first/);
      return dialog;
    }

    it('keeps the text, and shows who saved what against it', async () => {
      const dialog = await saveStaleEdit();

      expect(dialog).toHaveTextContent(
        'Someone else saved PR-001 first (user:default/grace,',
      );
      expect(dialog).toHaveTextContent('now at revision 5');
      expect(
        within(dialog).getByRole('textbox', { name: /^Title/ }),
      ).toHaveValue('My title');
      const diff = within(dialog).getByRole('region', {
        name: 'Their version against yours',
      });
      expect(
        [...diff.querySelectorAll('del')].map(line => line.textContent),
      ).toEqual(['- title: Keep pull requests under 400 lines']);
      expect(
        [...diff.querySelectorAll('ins')].map(line => line.textContent),
      ).toEqual(['+ title: My title']);
      expect(
        within(dialog).getByRole('button', { name: 'Save' }),
      ).toBeDisabled();
    });

    it('saves the text onto their revision only when asked again', async () => {
      const dialog = await saveStaleEdit();
      api.updateConvention.mockResolvedValueOnce({ ...theirs, revision: 6 });

      await userEvent.click(
        within(dialog).getByRole('button', {
          name: 'Apply my changes to their version',
        }),
      );
      expect(api.updateConvention).toHaveBeenCalledTimes(1);
      expect(dialog).toHaveTextContent('Your changes now apply to revision 5');

      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Save' }),
      );

      await waitFor(() =>
        expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
      );
      expect(api.updateConvention).toHaveBeenLastCalledWith(
        entityRef,
        expect.objectContaining({ title: 'My title', revision: 5 }),
      );
    });

    it('drops the text and reloads their version on discard', async () => {
      const dialog = await saveStaleEdit();

      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Discard my changes' }),
      );

      await waitFor(() =>
        expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
      );
      expect(api.updateConvention).toHaveBeenCalledTimes(1);
      await waitFor(() =>
        expect(api.getConventionScope).toHaveBeenCalledTimes(2),
      );
    });

    it('deletes their version only when asked again', async () => {
      api.deleteConvention
        .mockRejectedValueOnce(
          new ConventionConflictError('PR-001 is at revision 5', theirs),
        )
        .mockResolvedValueOnce();
      await renderCard();

      await userEvent.click(
        screen.getByRole('button', { name: 'Delete PR-001' }),
      );
      const dialog = screen.getByRole('dialog', { name: 'Delete PR-001?' });
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Delete' }),
      );
      expect(
        await within(dialog).findByText(/Someone else saved PR-001 first/),
      ).toBeInTheDocument();

      await userEvent.click(
        within(dialog).getByRole('button', {
          name: 'Delete their version instead',
        }),
      );
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Delete' }),
      );

      await waitFor(() =>
        expect(api.deleteConvention).toHaveBeenLastCalledWith(
          entityRef,
          'PR-001',
          5,
        ),
      );
    });
  });

  describe('the body preview', () => {
    it('renders Markdown without running or inserting scripts', async () => {
      await renderCard();

      await userEvent.click(
        screen.getByRole('button', { name: 'Add convention' }),
      );
      const dialog = screen.getByRole('dialog', { name: 'Add convention' });
      await enter(
        within(dialog).getByRole('textbox', { name: 'Body (Markdown)' }),
        '**Run** the tests.\n\n<script>window.pwned = true</script>\n\n<img src="x" onerror="window.pwned = true">',
      );
      await userEvent.click(
        within(dialog).getByRole('tab', { name: 'Preview' }),
      );

      const preview = within(dialog).getByRole('region', {
        name: 'Body preview',
      });
      expect(within(preview).getByText('Run').tagName).toBe('STRONG');
      expect(document.querySelector('script')).toBeNull();
      expect(document.querySelector('[onerror]')).toBeNull();
      expect((window as { pwned?: boolean }).pwned).toBeUndefined();

      await userEvent.click(within(dialog).getByRole('tab', { name: 'Write' }));
      expect(
        within(dialog).getByRole('textbox', { name: 'Body (Markdown)' }),
      ).toHaveValue(
        '**Run** the tests.\n\n<script>window.pwned = true</script>\n\n<img src="x" onerror="window.pwned = true">',
      );
    });
  });
});
