import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { AdoptionRange, lastDays, rangeProblem } from '../../adoption';

const PRESETS = [30, 90] as const;

/** The props of {@link AdoptionRangePicker}. */
export interface AdoptionRangePickerProps {
  range: AdoptionRange;
  /** The end of the presets. */
  today: string;
  /** Why the link's range was not used, if it was not. */
  problem?: string;
  onChange: (range: AdoptionRange) => void;
}

/**
 * The page's range: the last 30 or 90 days, or any days from and to. A
 * custom range is applied as soon as it is valid; until then it says what
 * is wrong and the page keeps the range before.
 */
export function AdoptionRangePicker(props: AdoptionRangePickerProps) {
  const { range, today, problem, onChange } = props;
  const [draft, setDraft] = useState(range);
  // A preset or the browser's back button changes the range from outside.
  useEffect(() => setDraft(range), [range]);

  const preset = PRESETS.find(days => {
    const candidate = lastDays(days, today);
    return candidate.from === range.from && candidate.to === range.to;
  });
  const draftProblem = rangeProblem(draft);

  const change = (next: AdoptionRange) => {
    setDraft(next);
    if (!rangeProblem(next)) {
      onChange(next);
    }
  };

  return (
    <Box
      role="group"
      aria-label="Date range"
      data-testid="adoption-range-picker"
      sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2 }}
    >
      <ToggleButtonGroup
        exclusive
        size="small"
        aria-label="Preset ranges"
        value={preset ?? null}
        onChange={(_event, days: number | null) => {
          if (days) {
            onChange(lastDays(days, today));
          }
        }}
      >
        {PRESETS.map(days => (
          <ToggleButton key={days} value={days}>
            Last {days} days
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      <TextField
        id="adoption-range-from"
        label="From"
        type="date"
        size="small"
        value={draft.from}
        error={draftProblem?.startsWith('From') ?? false}
        InputLabelProps={{ shrink: true }}
        inputProps={{ 'data-testid': 'adoption-range-from', max: draft.to }}
        onChange={event => change({ ...draft, from: event.target.value })}
      />
      <TextField
        id="adoption-range-to"
        label="To"
        type="date"
        size="small"
        value={draft.to}
        error={draftProblem?.startsWith('To') ?? false}
        InputLabelProps={{ shrink: true }}
        inputProps={{ 'data-testid': 'adoption-range-to', min: draft.from }}
        onChange={event => change({ ...draft, to: event.target.value })}
      />
      {(draftProblem || problem) && (
        <Typography role="alert" variant="body2" color="error">
          {draftProblem ??
            `The link's range was not used: ${problem} Showing the last 30 days.`}
        </Typography>
      )}
    </Box>
  );
}
