import { useState } from 'react';
import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import {
  AppliesToFields,
  ConventionFormValues,
  appliesToFromFields,
  fieldsFromAppliesTo,
} from '../../conventions';

const fieldsetSx = { border: 'none', m: 0, p: 0, minWidth: 0 } as const;

const fieldsSx = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))',
  gap: 2,
} as const;

const SIMPLE_FIELDS: Array<{
  name: keyof AppliesToFields;
  label: string;
  placeholder: string;
}> = [
  { name: 'kind', label: 'Kind', placeholder: 'component' },
  { name: 'type', label: 'Type (spec.type)', placeholder: 'service, website' },
  { name: 'lifecycle', label: 'Lifecycle', placeholder: 'production' },
  { name: 'tags', label: 'Tags (any of)', placeholder: 'pci, pii' },
];

type FilterValues = Pick<
  ConventionFormValues,
  'filter' | 'advancedFilter' | 'filterJson'
>;

/**
 * Props of {@link AppliesToEditor}.
 */
export interface AppliesToEditorProps {
  values: FilterValues;
  onChange: (values: FilterValues) => void;
  /** The validation message for the filter, if any. */
  error?: string;
}

/**
 * The applicability filter: kind, type, lifecycle and tags as
 * comma-separated lists that compose a filter predicate, or the predicate
 * itself as JSON for anything those fields cannot say.
 */
export function AppliesToEditor(props: AppliesToEditorProps) {
  const { values, onChange, error } = props;
  const [switchError, setSwitchError] = useState<string>();

  const toggleAdvanced = (advanced: boolean) => {
    setSwitchError(undefined);
    if (advanced) {
      const predicate = appliesToFromFields(values.filter);
      onChange({
        ...values,
        advancedFilter: true,
        filterJson: predicate ? JSON.stringify(predicate, null, 2) : '',
      });
      return;
    }
    let fields: AppliesToFields | undefined;
    try {
      const text = values.filterJson.trim();
      fields = fieldsFromAppliesTo(text ? JSON.parse(text) : undefined);
    } catch {
      fields = undefined;
    }
    if (!fields) {
      setSwitchError(
        'This filter says more than the simple fields can; keep editing it as JSON.',
      );
      return;
    }
    onChange({ ...values, advancedFilter: false, filter: fields });
  };

  return (
    <Box component="fieldset" sx={fieldsetSx}>
      <Typography variant="subtitle2" component="legend">
        Applies to
      </Typography>
      <Typography variant="caption" color="text.secondary" component="p">
        Leave empty for every entity in the scope.
      </Typography>
      <FormControlLabel
        control={
          <Switch
            checked={values.advancedFilter}
            onChange={event => toggleAdvanced(event.target.checked)}
            color="primary"
          />
        }
        label="Edit the filter as JSON"
      />
      {switchError && (
        <Typography variant="body2" color="error" role="alert">
          {switchError}
        </Typography>
      )}
      {values.advancedFilter ? (
        <TextField
          id="convention-applies-to-json"
          label="Filter predicate (JSON)"
          placeholder='{ "kind": "component", "spec.type": "service" }'
          multiline
          minRows={3}
          fullWidth
          margin="dense"
          variant="outlined"
          value={values.filterJson}
          onChange={event =>
            onChange({ ...values, filterJson: event.target.value })
          }
          error={Boolean(error)}
          helperText={error}
          inputProps={{ spellCheck: false }}
        />
      ) : (
        <>
          <Box sx={fieldsSx}>
            {SIMPLE_FIELDS.map(field => (
              <TextField
                key={field.name}
                id={`convention-applies-to-${field.name}`}
                label={field.label}
                placeholder={field.placeholder}
                margin="dense"
                value={values.filter[field.name]}
                onChange={event =>
                  onChange({
                    ...values,
                    filter: {
                      ...values.filter,
                      [field.name]: event.target.value,
                    },
                  })
                }
              />
            ))}
          </Box>
          <Typography
            variant="caption"
            color={error ? 'error' : 'text.secondary'}
            component="p"
          >
            {error ??
              'Separate several values with commas; any of them matches.'}
          </Typography>
        </>
      )}
    </Box>
  );
}
