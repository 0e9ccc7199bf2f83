import { useState } from 'react';
import {
  CONVENTION_CATEGORIES,
  CONVENTION_SEVERITIES,
  Convention,
  ConventionScope,
} from '@agent-context/plugin-agent-context-common';
import { MarkdownContent } from '@backstage/core-components';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import {
  ConventionFormValues,
  conventionInputOf,
  conventionText,
  formValuesOf,
} from '../../conventions';
import {
  useConventionSave,
  useConventionWrites,
  useConventionsRevision,
} from '../../hooks';
import { ConflictNotice } from '../ConflictNotice';
import { AppliesToEditor } from './AppliesToEditor';

const rowSx = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fit, minmax(160px, 1fr))',
  gap: 2,
} as const;

const sectionSx = { mt: 2 } as const;

const previewSx = {
  minHeight: 96,
  border: 1,
  borderColor: 'divider',
  borderRadius: 1,
  px: 2,
} as const;

const CATEGORY_LABELS = {
  rule: 'Rule',
  command: 'Command',
  boundary: 'Boundary',
} as const;

/** The fields the editor shows; problems with any other go on top. */
const SHOWN_FIELDS = new Set([
  'id',
  'category',
  'title',
  'severity',
  'enforced',
  'appliesTo',
  'body',
  'reason',
]);

/**
 * What the editor does: add a convention, change one of the scope's own,
 * or override an inherited one under the same id.
 */
export type ConventionEditorMode = 'create' | 'edit' | 'override';

/**
 * Props of {@link ConventionEditorDialog}.
 */
export interface ConventionEditorDialogProps {
  scope: ConventionScope;
  mode: ConventionEditorMode;
  /** The convention to edit, or the inherited one to override. */
  convention?: Convention;
  onClose: () => void;
}

function titleOf(mode: ConventionEditorMode, id?: string): string {
  if (mode === 'edit') {
    return `Edit ${id}`;
  }
  return mode === 'override' ? `Override ${id}` : 'Add convention';
}

/**
 * The convention editor: every field of a convention, checked as the
 * backend will check it before anything is sent, with a Markdown preview
 * of the body. A save that someone else beat keeps the editor's text and
 * shows both versions, so that nothing is lost without a choice.
 */
export function ConventionEditorDialog(props: ConventionEditorDialogProps) {
  const { scope, mode, convention, onClose } = props;
  const writes = useConventionWrites(scope);
  const { bump } = useConventionsRevision();
  const [values, setValues] = useState<ConventionFormValues>(() =>
    // An override starts from the inherited text, but its reason is this
    // scope's own to give.
    formValuesOf(
      mode === 'override' && convention
        ? { ...convention, reason: undefined }
        : convention,
    ),
  );
  // The revision a save replaces; none for a convention new to the scope.
  const [baseRevision, setBaseRevision] = useState<number | undefined>(
    mode === 'edit' ? convention?.revision : undefined,
  );
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [bodyView, setBodyView] = useState<'write' | 'preview'>('write');
  const [rebased, setRebased] = useState(false);
  const { saving, conflict, saveError, save, clearConflict } =
    useConventionSave(writes, onClose);

  const { input, problems } = conventionInputOf(values);
  const visibleProblem = (field: string) =>
    submitted || touched.has(field)
      ? problems.find(problem => problem.field === field)?.message
      : undefined;
  const otherProblems = submitted
    ? problems.filter(problem => !SHOWN_FIELDS.has(problem.field))
    : [];

  const change = (patch: Partial<ConventionFormValues>) => {
    setValues(current => ({ ...current, ...patch }));
    setTouched(current => new Set([...current, ...Object.keys(patch)]));
  };

  const submit = () => {
    setSubmitted(true);
    if (problems.length === 0) {
      save(input, baseRevision);
    }
  };

  const reloadOnTheirs = () => {
    // Their revision becomes the base, so the next save replaces it; with
    // theirs deleted, the next save records the convention anew.
    setBaseRevision(conflict?.current?.revision);
    clearConflict();
    setRebased(true);
  };

  const discard = () => {
    // Their version was saved; the page shows it once it reloads.
    bump();
    onClose();
  };

  const idFixed = mode !== 'create';

  return (
    <Dialog
      open
      onClose={onClose}
      fullWidth
      maxWidth="md"
      aria-labelledby="convention-editor-title"
    >
      <DialogTitle id="convention-editor-title">
        {titleOf(mode, convention?.id)}
      </DialogTitle>
      <DialogContent>
        {mode === 'override' && convention && (
          <Typography variant="body2" paragraph>
            Replaces the convention inherited from {convention.scope} for this
            scope and everything under it.
          </Typography>
        )}
        {conflict && (
          <ConflictNotice
            id={values.id}
            conflict={conflict}
            yours={conventionText(input)}
            diffLabel="Their version against yours"
            reloadLabel={
              conflict.current
                ? 'Apply my changes to their version'
                : 'Keep my changes as a new convention'
            }
            onReload={reloadOnTheirs}
            onDiscard={discard}
          />
        )}
        {rebased && !conflict && (
          <Alert severity="info" sx={sectionSx}>
            {baseRevision === undefined
              ? 'Saving records your version as a new convention.'
              : `Your changes now apply to revision ${baseRevision}. Save to replace their version with yours.`}
          </Alert>
        )}
        {saveError && (
          <Alert severity="error" role="alert">
            {saveError}
          </Alert>
        )}
        {otherProblems.length > 0 && (
          <Alert severity="error">
            {otherProblems
              .map(problem => `${problem.field} ${problem.message}`)
              .join('; ')}
          </Alert>
        )}
        <Box sx={rowSx}>
          <TextField
            id="convention-id"
            label="Id"
            placeholder="SEC-004"
            required
            margin="dense"
            value={values.id}
            disabled={idFixed}
            onChange={event => change({ id: event.target.value })}
            error={Boolean(visibleProblem('id'))}
            helperText={visibleProblem('id') ?? 'Letters, digits and dashes'}
          />
          <TextField
            id="convention-category"
            label="Category"
            select
            SelectProps={{ native: true }}
            InputLabelProps={{ shrink: true }}
            margin="dense"
            value={values.category}
            onChange={event =>
              change({
                category: event.target
                  .value as ConventionFormValues['category'],
              })
            }
            error={Boolean(visibleProblem('category'))}
            helperText={visibleProblem('category')}
          >
            {CONVENTION_CATEGORIES.map(category => (
              <option key={category} value={category}>
                {CATEGORY_LABELS[category]}
              </option>
            ))}
          </TextField>
          {values.category === 'rule' && (
            <TextField
              id="convention-severity"
              label="Severity"
              select
              SelectProps={{ native: true }}
              InputLabelProps={{ shrink: true }}
              margin="dense"
              value={values.severity}
              onChange={event =>
                change({
                  severity: event.target
                    .value as ConventionFormValues['severity'],
                })
              }
              error={Boolean(visibleProblem('severity'))}
              helperText={visibleProblem('severity')}
            >
              <option value="">Choose…</option>
              {CONVENTION_SEVERITIES.map(severity => (
                <option key={severity} value={severity}>
                  {severity.toLocaleUpperCase('en-US')}
                </option>
              ))}
            </TextField>
          )}
        </Box>
        <TextField
          id="convention-title"
          label="Title"
          required
          fullWidth
          margin="dense"
          value={values.title}
          onChange={event => change({ title: event.target.value })}
          error={Boolean(visibleProblem('title'))}
          helperText={visibleProblem('title')}
        />
        <FormControlLabel
          control={
            <Checkbox
              checked={values.enforced}
              onChange={event => change({ enforced: event.target.checked })}
              color="primary"
            />
          }
          label="Enforced: narrower scopes can neither override nor waive it"
        />
        {visibleProblem('enforced') && (
          <Typography variant="caption" color="error" component="p">
            {visibleProblem('enforced')}
          </Typography>
        )}
        <Box sx={sectionSx}>
          <AppliesToEditor
            values={values}
            onChange={filter => change(filter)}
            error={visibleProblem('appliesTo')}
          />
        </Box>
        <Box sx={sectionSx}>
          <Tabs
            value={bodyView}
            onChange={(_, view) => setBodyView(view)}
            indicatorColor="primary"
            textColor="primary"
            aria-label="Body"
          >
            <Tab value="write" label="Write" />
            <Tab value="preview" label="Preview" />
          </Tabs>
          {bodyView === 'write' ? (
            <TextField
              id="convention-body"
              label="Body (Markdown)"
              multiline
              minRows={6}
              fullWidth
              margin="dense"
              variant="outlined"
              value={values.body}
              onChange={event => change({ body: event.target.value })}
              error={Boolean(visibleProblem('body'))}
              helperText={
                visibleProblem('body') ??
                'What an agent reads: concrete and short. Commands in fenced code blocks.'
              }
            />
          ) : (
            <Box sx={previewSx} aria-label="Body preview" role="region">
              {values.body.trim() ? (
                // Sanitised: raw HTML is parsed, then scripts, event
                // handlers and javascript: links are dropped, never run.
                <MarkdownContent content={values.body} dialect="gfm" />
              ) : (
                <Typography variant="body2" color="text.secondary">
                  Nothing to preview
                </Typography>
              )}
            </Box>
          )}
        </Box>
        {mode !== 'create' && (
          <TextField
            id="convention-reason"
            label={mode === 'override' ? 'Why override it' : 'Reason'}
            fullWidth
            margin="dense"
            value={values.reason}
            onChange={event => change({ reason: event.target.value })}
            error={Boolean(visibleProblem('reason'))}
            helperText={visibleProblem('reason')}
          />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          color="primary"
          variant="contained"
          onClick={submit}
          disabled={saving || Boolean(conflict)}
        >
          Save
        </Button>
      </DialogActions>
    </Dialog>
  );
}
