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
import LinearProgress from '@material-ui/core/LinearProgress';
import Paper from '@material-ui/core/Paper';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { ConventionsRevisionProvider, useConventionScope } from '../../hooks';
import { ConventionDialog, ConventionDialogs } from '../ConventionDialogs';
import {
  ScopeConventionList,
  ScopeConventionsToolbar,
} from '../ScopeConventionList';
import { ConventionFilter, filterConventions } from './filterConventions';

const useStyles = makeStyles(theme => ({
  paper: {
    padding: theme.spacing(2, 3),
  },
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    marginBottom: theme.spacing(2),
  },
  search: {
    flex: '1 1 300px',
  },
  category: {
    width: theme.spacing(24),
  },
}));

const CATEGORY_LABELS = {
  rule: 'Rules',
  command: 'Commands',
  boundary: 'Boundaries',
} as const;

/** The org codex: searchable, and editable by its admins. */
function Codex() {
  const classes = useStyles();
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
    <Paper className={classes.paper}>
      {loading && <LinearProgress aria-label="Reloading the codex" />}
      <ScopeConventionsToolbar
        view={view}
        historyTitle="History of the codex"
        onOpen={setDialog}
      />
      <div className={classes.filters} role="search">
        <TextField
          id="codex-search"
          className={classes.search}
          label="Search"
          placeholder="Id, title or text"
          type="search"
          value={filter.text}
          onChange={event => setFilter({ ...filter, text: event.target.value })}
        />
        <TextField
          id="codex-category"
          className={classes.category}
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
      </div>
      <Typography variant="body2" color="textSecondary" gutterBottom>
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
