import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { agentContextApiRef } from '../../api';
import { convention } from '../../__fixtures__/conventions';
import { mockAgentContextApi } from '../../__testUtils__';
import { ConventionEditorDialog } from './ConventionEditorDialog';

const scope = 'system:default/checkout';

describe('ConventionEditorDialog', () => {
  const api = mockAgentContextApi();

  beforeEach(() => {
    jest.resetAllMocks();
  });

  function renderEditor(
    stored = convention({
      id: 'OPS-001',
      scope,
      title: 'Page the on-call',
      severity: 'must',
    }),
  ) {
    const onClose = jest.fn();
    api.updateConvention.mockResolvedValue(stored);
    renderInTestApp(
      <TestApiProvider apis={[[agentContextApiRef, api]]}>
        <ConventionEditorDialog
          scope={scope}
          mode="edit"
          convention={stored}
          onClose={onClose}
        />
      </TestApiProvider>,
    );
    return onClose;
  }

  it('opens a filter the fields cannot express as JSON and saves it unchanged', async () => {
    const appliesTo = {
      $any: [
        { 'spec.lifecycle': 'production' },
        { 'metadata.tags': { $contains: 'pci' } },
      ],
    };
    const onClose = renderEditor(
      convention({
        id: 'OPS-001',
        scope,
        title: 'Page the on-call',
        severity: 'must',
        appliesTo,
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Edit OPS-001' });

    expect(
      within(dialog).getByRole('checkbox', { name: 'Edit the filter as JSON' }),
    ).toBeChecked();
    const json = within(dialog).getByRole('textbox', {
      name: 'Filter predicate (JSON)',
    });
    expect(JSON.parse((json as HTMLTextAreaElement).value)).toEqual(appliesTo);

    // It cannot go back to the simple fields without losing meaning.
    await userEvent.click(
      within(dialog).getByRole('checkbox', { name: 'Edit the filter as JSON' }),
    );
    expect(
      within(dialog).getByText(/says more than the simple fields can/),
    ).toBeInTheDocument();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(api.updateConvention).toHaveBeenCalledWith(
      scope,
      expect.objectContaining({ appliesTo, revision: 1 }),
    );
  });

  it('turns the simple fields into JSON and back', async () => {
    renderEditor();
    const dialog = await screen.findByRole('dialog', { name: 'Edit OPS-001' });

    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Type (spec.type)' }),
      'service, website',
    );
    await userEvent.click(
      within(dialog).getByRole('checkbox', { name: 'Edit the filter as JSON' }),
    );
    const json = within(dialog).getByRole('textbox', {
      name: 'Filter predicate (JSON)',
    });
    expect(JSON.parse((json as HTMLTextAreaElement).value)).toEqual({
      'spec.type': { $in: ['service', 'website'] },
    });

    await userEvent.click(
      within(dialog).getByRole('checkbox', { name: 'Edit the filter as JSON' }),
    );
    expect(
      within(dialog).getByRole('textbox', { name: 'Type (spec.type)' }),
    ).toHaveValue('service, website');
  });

  it('reports JSON that is not a filter next to the field', async () => {
    renderEditor();
    const dialog = await screen.findByRole('dialog', { name: 'Edit OPS-001' });

    await userEvent.click(
      within(dialog).getByRole('checkbox', { name: 'Edit the filter as JSON' }),
    );
    await userEvent.click(
      within(dialog).getByRole('textbox', { name: 'Filter predicate (JSON)' }),
    );
    await userEvent.paste('["component"]');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(
      within(dialog).getByText('must be a filter predicate object'),
    ).toBeInTheDocument();
    expect(api.updateConvention).not.toHaveBeenCalled();
  });

  it('asks no severity of a command', async () => {
    renderEditor();
    const dialog = await screen.findByRole('dialog', { name: 'Edit OPS-001' });

    await userEvent.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Category' }),
      'command',
    );

    expect(
      within(dialog).queryByRole('combobox', { name: 'Severity' }),
    ).not.toBeInTheDocument();
  });
});
