import { FormEvent, useEffect, useState } from 'react';
import {
  CodeSnippet,
  InfoCard,
  MarkdownContent,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { errorApiRef, useApi } from '@backstage/core-plugin-api';
import { AgentsMdBudget } from '@agent-context/plugin-agent-context-common';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import useCopyToClipboard from 'react-use/esm/useCopyToClipboard';
import { useAgentsMd } from '../../hooks';
import { downloadText } from './downloadText';

// The rendered document sits in a frame so that its headings do not read
// as part of the portal page.
const previewSx = {
  border: 1,
  borderColor: 'divider',
  borderRadius: 1,
  px: 2,
  overflow: 'auto',
} as const;

const numberFormat = new Intl.NumberFormat('en-US');

function formatCount(n: number, one: string, many: string): string {
  return `${numberFormat.format(n)} ${n === 1 ? one : many}`;
}

/** "1,234 tokens". */
export function formatTokens(tokens: number): string {
  return formatCount(tokens, 'token', 'tokens');
}

/** "200 lines", "2,000 tokens", "2,000 tokens and 200 lines". */
export function formatBudget(budget: AgentsMdBudget): string {
  return [
    ...(budget.maxTokens === undefined ? [] : [formatTokens(budget.maxTokens)]),
    ...(budget.maxLines === undefined
      ? []
      : [formatCount(budget.maxLines, 'line', 'lines')]),
  ].join(' and ');
}

type View = 'rendered' | 'raw';

/**
 * Props of {@link AgentsMdCard}.
 */
export interface AgentsMdCardProps {
  entityRef: string;
  /**
   * The tallest the document's frame grows (px) before it scrolls on its
   * own; 640 unless told, so that the page around it stays in reach.
   */
  previewMaxHeight?: number;
}

/**
 * The entity's AGENTS.md as an agent receives it: rendered or raw, with its
 * size, ready to copy or download. Without a budget of its own it is the
 * document the portal serves by default (kept short, and saying what it
 * left out); a token budget asked for here replaces that default, and 0
 * shows all of it.
 */
export function AgentsMdCard(props: AgentsMdCardProps) {
  const { entityRef, previewMaxHeight = 640 } = props;
  const errorApi = useApi(errorApiRef);
  const [view, setView] = useState<View>('rendered');
  const [budgetInput, setBudgetInput] = useState('');
  // Undefined asks for the portal's default budget, 0 for none.
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

  const askFor = (budget: number | undefined) => {
    setBudgetInput(budget === undefined ? '' : String(budget));
    setMaxTokens(budget);
  };

  const applyBudget = (event: FormEvent) => {
    event.preventDefault();
    const budget = Number.parseInt(budgetInput, 10);
    askFor(Number.isFinite(budget) && budget >= 0 ? budget : undefined);
  };

  const actions = document && (
    <Box sx={{ display: 'flex', gap: 1, mt: 1, mr: 1 }}>
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
    </Box>
  );

  const budget = document && formatBudget(document.budget);
  let fittedTo = 'the whole document';
  if (budget) {
    fittedTo =
      maxTokens === undefined
        ? `within the portal's default budget of ${budget}`
        : `within a budget of ${budget}`;
  }
  return (
    <InfoCard
      title="AGENTS.md"
      subheader={document && formatTokens(document.tokens)}
      action={actions}
    >
      <Box
        sx={{
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'flex-end',
          justifyContent: 'space-between',
          gap: 2,
          mb: 2,
        }}
      >
        <Tabs
          value={view}
          onChange={(_, value: View) => setView(value)}
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
        <Box
          component="form"
          sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}
          onSubmit={applyBudget}
          aria-label="Token budget"
        >
          <TextField
            id="agents-md-token-budget"
            sx={{ width: 200 }}
            label="Token budget"
            type="number"
            size="small"
            value={budgetInput}
            onChange={event => setBudgetInput(event.target.value)}
            // The backend accepts 0 (no limit) and budgets from 100 up.
            inputProps={{ min: 0 }}
            placeholder="Default"
            helperText="Empty: the portal's default. 0: no limit."
          />
          <Button type="submit" size="small">
            Apply
          </Button>
          {maxTokens !== undefined && (
            <Button size="small" onClick={() => askFor(undefined)}>
              Clear
            </Button>
          )}
        </Box>
      </Box>
      {loading && document && <LinearProgress aria-label="Reloading" />}
      {error && <ResponseErrorPanel error={error} />}
      {!error && loading && !document && <Progress />}
      {!error && document && (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {formatCount(document.lines, 'line', 'lines')}, {fittedTo}.
          </Typography>
          {document.omitted.length > 0 && (
            <Typography variant="body2" sx={{ mb: 1 }}>
              Left out to fit{' '}
              {maxTokens === undefined
                ? `the portal's default budget of ${budget}`
                : budget}
              : {document.omitted.join(', ')}.{' '}
              <Button size="small" onClick={() => askFor(0)}>
                Show all
              </Button>
            </Typography>
          )}
          {document.overBudget && (
            <Typography variant="body2" color="error" sx={{ mb: 1 }}>
              Even the parts that are never left out need more than {budget}.
            </Typography>
          )}
          <div
            role="tabpanel"
            id="agents-md-panel"
            aria-labelledby={`agents-md-tab-${view}`}
          >
            {view === 'rendered' ? (
              <Box sx={{ ...previewSx, maxHeight: previewMaxHeight }}>
                {/* The gfm dialect parses raw HTML and then sanitises it
                    with GitHub's schema: the generated header's comments
                    and any script or event handler are dropped. */}
                <MarkdownContent content={document.markdown} dialect="gfm" />
              </Box>
            ) : (
              <Box sx={{ maxHeight: previewMaxHeight, overflow: 'auto' }}>
                {/* Long lines scroll rather than wrap: the highlighter wraps
                    each token on its own, which breaks lines apart. */}
                <CodeSnippet
                  text={document.markdown}
                  language="markdown"
                  showLineNumbers
                />
              </Box>
            )}
          </div>
        </>
      )}
    </InfoCard>
  );
}
