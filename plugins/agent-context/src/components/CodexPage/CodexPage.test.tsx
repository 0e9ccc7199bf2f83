import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { agentContextApiRef } from '../../api';
import { globalScope, smallPrs } from '../../__fixtures__/conventions';
import { mockAgentContextApi } from '../../__testUtils__';
import { CodexPage } from './CodexPage';

describe('CodexPage', () => {
  const api = mockAgentContextApi();

  beforeEach(() => {
    jest.resetAllMocks();
    api.getConventionScope.mockResolvedValue(globalScope);
  });

  async function renderPage() {
    await renderInTestApp(
      <TestApiProvider apis={[[agentContextApiRef, api]]}>
        <CodexPage />
      </TestApiProvider>,
      {
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );
    return screen.findByRole('list', { name: 'Codex' });
  }

  const listed = (list: HTMLElement) =>
    within(list)
      .queryAllByRole('listitem')
      .map(item => item.getAttribute('aria-label'));

  it('shows the global scope under the Codex heading', async () => {
    const list = await renderPage();

    expect(screen.getByRole('heading', { name: 'Codex' })).toBeInTheDocument();
    expect(api.getConventionScope).toHaveBeenCalledWith('global');
    expect(listed(list)).toEqual(['SEC-004', 'DB-002', 'PR-001']);
    expect(screen.getByText('3 conventions')).toBeInTheDocument();
  });

  it('marks the conventions shipped in app-config as read-only', async () => {
    const list = await renderPage();

    const shipped = within(list).getByRole('listitem', { name: 'SEC-004' });
    expect(shipped).toHaveTextContent(
      'Read-only: shipped with the installation (app-config agentContext.conventions.global)',
    );
    expect(
      screen.queryByRole('button', { name: 'Edit SEC-004' }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Edit DB-002' }),
    ).toBeInTheDocument();
  });

  it('searches the id, title and body', async () => {
    const list = await renderPage();
    const search = screen.getByRole('searchbox', { name: 'Search' });

    await userEvent.type(search, 'migrations');
    expect(listed(list)).toEqual(['DB-002']);
    expect(screen.getByText('1 of 3 conventions')).toBeInTheDocument();

    await userEvent.clear(search);
    await userEvent.type(search, 'vault');
    expect(listed(list)).toEqual(['SEC-004']);

    await userEvent.clear(search);
    await userEvent.type(search, 'pr-001');
    expect(listed(list)).toEqual(['PR-001']);

    await userEvent.clear(search);
    await userEvent.type(search, 'nothing like this');
    expect(
      screen.getByText('No convention matches the search.'),
    ).toBeInTheDocument();
  });

  it('narrows by category', async () => {
    const list = await renderPage();

    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Category' }),
      'boundary',
    );

    expect(listed(list)).toEqual(['DB-002']);
  });

  it('lets everyone read but only admins change it', async () => {
    api.getConventionScope.mockResolvedValue({
      ...globalScope,
      canEdit: false,
    });
    await renderPage();

    expect(
      screen.queryByRole('button', { name: 'Add convention' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Edit DB-002' }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByText(/To change these conventions, ask/),
    ).toHaveTextContent('ask platform-admins.');
  });

  it('lets admins add to the codex and reloads it', async () => {
    api.createConvention.mockResolvedValue(smallPrs);
    await renderPage();

    await userEvent.click(
      screen.getByRole('button', { name: 'Add convention' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Add convention' });
    await userEvent.click(within(dialog).getByRole('textbox', { name: /^Id/ }));
    await userEvent.paste('CMD-LINT');
    await userEvent.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Category' }),
      'command',
    );
    await userEvent.click(
      within(dialog).getByRole('textbox', { name: /^Title/ }),
    );
    await userEvent.paste('Lint before pushing');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(api.createConvention).toHaveBeenCalledWith('global', {
      id: 'CMD-LINT',
      category: 'command',
      title: 'Lint before pushing',
      body: '',
      enforced: false,
    });
    await waitFor(() =>
      expect(api.getConventionScope).toHaveBeenCalledTimes(2),
    );
  });

  it('deletes from the codex as of the revision shown', async () => {
    api.deleteConvention.mockResolvedValue();
    await renderPage();

    await userEvent.click(
      screen.getByRole('button', { name: 'Delete DB-002' }),
    );
    await userEvent.click(
      within(screen.getByRole('dialog', { name: 'Delete DB-002?' })).getByRole(
        'button',
        { name: 'Delete' },
      ),
    );

    await waitFor(() =>
      expect(api.deleteConvention).toHaveBeenCalledWith('global', 'DB-002', 4),
    );
  });

  it('shows the history of the codex', async () => {
    api.getConventionHistory.mockResolvedValue({
      entries: [
        {
          scope: 'global',
          conventionId: 'DB-002',
          revision: 1,
          change: 'create',
          author: 'user:default/ada',
          at: '2026-01-01T00:00:00.000Z',
          after: { ...globalScope.conventions[1], revision: 1 },
        },
      ],
    });
    await renderPage();

    await userEvent.click(
      screen.getByRole('button', { name: 'History of the codex' }),
    );

    const dialog = screen.getByRole('dialog', { name: 'History of the codex' });
    expect(
      await within(dialog).findByText(
        /^Created DB-002 to revision 1 by user:default\/ada/,
      ),
    ).toBeInTheDocument();
    expect(api.getConventionHistory).toHaveBeenCalledWith('global', undefined);
  });
});
