import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import useDebounce from 'react-use/esm/useDebounce';

/** A filter the adoption lists take. */
export type AdoptionListFilterName = 'owner' | 'system' | 'lifecycle';

/** The filters' values; an empty one does not filter. */
export type AdoptionListFilterValues = Partial<
  Record<AdoptionListFilterName, string>
>;

/** How a filter reads on screen. */
export interface AdoptionListFilterField {
  name: AdoptionListFilterName;
  label: string;
  placeholder: string;
}

/** The props of {@link AdoptionListFilters}. */
export interface AdoptionListFiltersProps {
  /** Names the filters for screen readers, e.g. "Filter services". */
  label: string;
  /** Prefixes the fields' ids, unique on the page. */
  idPrefix: string;
  fields: AdoptionListFilterField[];
  onChange: (values: AdoptionListFilterValues) => void;
}

/**
 * Text filters of a list, applied a moment after typing stops so that a
 * word being typed does not ask the API for every letter.
 */
export function AdoptionListFilters(props: AdoptionListFiltersProps) {
  const { onChange } = props;
  const [values, setValues] = useState<AdoptionListFilterValues>({});
  const [applied, setApplied] = useState<AdoptionListFilterValues>({});
  useDebounce(
    () => {
      const trimmed = Object.fromEntries(
        Object.entries(values)
          .map(([name, value]) => [name, value?.trim()])
          .filter(([, value]) => value),
      );
      setApplied(previous =>
        JSON.stringify(previous) === JSON.stringify(trimmed)
          ? previous
          : trimmed,
      );
    },
    400,
    [values],
  );
  useEffect(() => onChange(applied), [applied, onChange]);

  return (
    <Box
      role="search"
      aria-label={props.label}
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: 2 }}
    >
      {props.fields.map(field => (
        <TextField
          key={field.name}
          id={`${props.idPrefix}-${field.name}`}
          label={field.label}
          placeholder={field.placeholder}
          size="small"
          value={values[field.name] ?? ''}
          InputLabelProps={{ shrink: true }}
          onChange={event =>
            setValues({ ...values, [field.name]: event.target.value })
          }
        />
      ))}
    </Box>
  );
}
