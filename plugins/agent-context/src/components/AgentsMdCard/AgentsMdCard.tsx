import { FormEvent, useEffect, useState } from 'react';
import {
  CodeSnippet,
  InfoCard,
  MarkdownContent,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { errorApiRef, useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import LinearProgress from '@material-ui/core/LinearProgress';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import useCopyToClipboard from 'react-use/esm/useCopyToClipboard';
import { useAgentsMd } from '../../hooks';
import { downloadText } from './downloadText';

const useStyles = makeStyles(theme => ({
  actions: {
    display: 'flex',
    gap: theme.spacing(1),
    marginTop: theme.spacing(1),
    marginRight: theme.spacing(1),
  },
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    justifyContent: 'space-between',
    gap: theme.spacing(2),
    marginBottom: theme.spacing(2),
  },
  budget: {
    display: 'flex',
    alignItems: 'flex-end',
    gap: theme.spacing(1),
  },
  budgetField: {
    width: theme.spacing(20),
  },
  note: {
    marginBottom: theme.spacing(1),
  },
  // The rendered document sits in a frame so that its headings do not read
  // as part of the portal page.
  preview: {
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: theme.shape.borderRadius,
    padding: theme.spacing(0, 2),
    maxHeight: theme.spacing(80),
    overflow: 'auto',
  },
  raw: {
    maxHeight: theme.spacing(80),
    overflow: 'auto',
  },
}));

const tokenFormat = new Intl.NumberFormat('en-US');

/** "1,234 tokens". */
export function formatTokens(tokens: number): string {
  return `${tokenFormat.format(tokens)} ${tokens === 1 ? 'token' : 'tokens'}`;
}

type View = 'rendered' | 'raw';

/**
 * Props of {@link AgentsMdCard}.
 */
export interface AgentsMdCardProps {
  entityRef: string;
}

/**
 * The entity's AGENTS.md as an agent receives it: rendered or raw, with its
 * size in tokens, ready to copy or download, and trimmed to a token budget
 * on request.
 */
export function AgentsMdCard(props: AgentsMdCardProps) {
  const { entityRef } = props;
  const classes = useStyles();
  const errorApi = useApi(errorApiRef);
  const [view, setView] = useState<View>('rendered');
  const [budgetInput, setBudgetInput] = useState('');
  const [maxTokens, setMaxTokens] = useState<number | undefined>();
  const { document, loading, error } = useAgentsMd(entityRef, { maxTokens });
  const [copyState, copy] = useCopyToClipboard();
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (copyState.error) {
      errorApi.post(copyState.error);
    }
  }, [copyState.error, errorApi]);

  useEffect(() => {
    if (!copied) {
      return undefined;
    }
    const timeout = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timeout);
  }, [copied]);

  const applyBudget = (event: FormEvent) => {
    event.preventDefault();
    const budget = Number.parseInt(budgetInput, 10);
    setMaxTokens(Number.isFinite(budget) && budget > 0 ? budget : undefined);
  };

  const clearBudget = () => {
    setBudgetInput('');
    setMaxTokens(undefined);
  };

  const actions = document && (
    <div className={classes.actions}>
      <Button
        variant="outlined"
        size="small"
        onClick={() => {
          copy(document.markdown);
          setCopied(true);
        }}
      >
        {copied ? 'Copied' : 'Copy'}
      </Button>
      <Button
        variant="outlined"
        size="small"
        onClick={() => downloadText(document.markdown, 'AGENTS.md')}
      >
        Download
      </Button>
    </div>
  );

  return (
    <InfoCard
      title="AGENTS.md"
      subheader={document && formatTokens(document.tokens)}
      action={actions}
    >
      <div className={classes.toolbar}>
        <Tabs
          value={view}
          onChange={(_, value: View) => setView(value)}
          indicatorColor="primary"
          textColor="primary"
          aria-label="AGENTS.md view"
        >
          <Tab
            value="rendered"
            label="Rendered"
            id="agents-md-tab-rendered"
            aria-controls="agents-md-panel"
          />
          <Tab
            value="raw"
            label="Raw"
            id="agents-md-tab-raw"
            aria-controls="agents-md-panel"
          />
        </Tabs>
        <form
          className={classes.budget}
          onSubmit={applyBudget}
          aria-label="Token budget"
        >
          <TextField
            id="agents-md-token-budget"
            className={classes.budgetField}
            label="Token budget"
            type="number"
            size="small"
            value={budgetInput}
            onChange={event => setBudgetInput(event.target.value)}
            // The backend accepts budgets from 100 tokens up.
            inputProps={{ min: 100 }}
            placeholder="No limit"
          />
          <Button type="submit" size="small" color="primary">
            Apply
          </Button>
          {maxTokens !== undefined && (
            <Button size="small" onClick={clearBudget}>
              Clear
            </Button>
          )}
        </form>
      </div>
      {loading && document && <LinearProgress aria-label="Reloading" />}
      {error && <ResponseErrorPanel error={error} />}
      {!error && loading && !document && <Progress />}
      {!error && document && (
        <>
          {maxTokens !== undefined && document.omitted.length > 0 && (
            <Typography variant="body2" className={classes.note}>
              Left out to fit {formatTokens(maxTokens)}:{' '}
              {document.omitted.join(', ')}.
            </Typography>
          )}
          {maxTokens !== undefined && document.overBudget && (
            <Typography variant="body2" color="error" className={classes.note}>
              Even the parts that are never left out need more than{' '}
              {formatTokens(maxTokens)}.
            </Typography>
          )}
          <div
            role="tabpanel"
            id="agents-md-panel"
            aria-labelledby={`agents-md-tab-${view}`}
          >
            {view === 'rendered' ? (
              <div className={classes.preview}>
                {/* The gfm dialect parses raw HTML and then sanitises it
                    with GitHub's schema: the generated header's comments
                    and any script or event handler are dropped. */}
                <MarkdownContent content={document.markdown} dialect="gfm" />
              </div>
            ) : (
              <div className={classes.raw}>
                {/* Long lines scroll rather than wrap: the highlighter wraps
                    each token on its own, which breaks lines apart. */}
                <CodeSnippet
                  text={document.markdown}
                  language="markdown"
                  showLineNumbers
                />
              </div>
            )}
          </div>
        </>
      )}
    </InfoCard>
  );
}
