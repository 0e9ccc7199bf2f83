import { useState } from 'react';
import {
  CONVENTION_CATEGORIES,
  GLOBAL_SCOPE,
} from '@agent-context/plugin-agent-context-common';
import {
  Content,
  Header,
  Page,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { ConventionsRevisionProvider, useConventionScope } from '../../hooks';
import { ConventionDialog, ConventionDialogs } from '../ConventionDialogs';
import {
  ScopeConventionList,
  ScopeConventionsToolbar,
} from '../ScopeConventionList';
import { ConventionFilter, filterConventions } from './filterConventions';

const filtersSx = { display: 'flex', flexWrap: 'wrap', gap: 2, mb: 2 } as const;

const CATEGORY_LABELS = {
  rule: 'Rules',
  command: 'Commands',
  boundary: 'Boundaries',
} as const;

/** The org codex: searchable, and editable by its admins. */
function Codex() {
  const { view, loading, error } = useConventionScope(GLOBAL_SCOPE);
  const [filter, setFilter] = useState<ConventionFilter>({
    text: '',
    category: '',
  });
  const [dialog, setDialog] = useState<ConventionDialog>();

  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  if (!view) {
    return <Progress />;
  }
  const shown = filterConventions(view.conventions, filter);
  return (
    <Paper sx={{ px: 3, py: 2 }}>
      {loading && <LinearProgress aria-label="Reloading the codex" />}
      <ScopeConventionsToolbar
        view={view}
        historyTitle="History of the codex"
        onOpen={setDialog}
      />
      <Box sx={filtersSx} role="search">
        <TextField
          id="codex-search"
          sx={{ flex: '1 1 300px' }}
          label="Search"
          placeholder="Id, title or text"
          type="search"
          value={filter.text}
          onChange={event => setFilter({ ...filter, text: event.target.value })}
        />
        <TextField
          id="codex-category"
          sx={{ width: 192 }}
          label="Category"
          select
          SelectProps={{ native: true }}
          InputLabelProps={{ shrink: true }}
          value={filter.category}
          onChange={event =>
            setFilter({
              ...filter,
              category: event.target.value as ConventionFilter['category'],
            })
          }
        >
          <option value="">All</option>
          {CONVENTION_CATEGORIES.map(category => (
            <option key={category} value={category}>
              {CATEGORY_LABELS[category]}
            </option>
          ))}
        </TextField>
      </Box>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {shown.length === view.conventions.length
          ? `${view.conventions.length} conventions`
          : `${shown.length} of ${view.conventions.length} conventions`}
      </Typography>
      <ScopeConventionList
        view={view}
        conventions={shown}
        label="Codex"
        emptyText={
          view.conventions.length === 0
            ? 'The codex is empty.'
            : 'No convention matches the search.'
        }
        onOpen={setDialog}
      />
      <ConventionDialogs
        scope={GLOBAL_SCOPE}
        dialog={dialog}
        onClose={() => setDialog(undefined)}
      />
    </Paper>
  );
}

/**
 * The Codex page: the organisation's conventions, which every entity
 * inherits. Everyone reads and searches them; the codex admins add, edit
 * and delete the ones kept in the portal.
 */
export function CodexPage() {
  return (
    <Page themeId="tool">
      <Header
        title="Codex"
        subtitle="The organisation's conventions, inherited by every entity"
      />
      <Content>
        <ConventionsRevisionProvider>
          <Codex />
        </ConventionsRevisionProvider>
      </Content>
    </Page>
  );
}
