import Chip from '@mui/material/Chip';

/**
 * Marks a relation whose target the catalog does not hold (or the viewer may
 * not read), so that the gap is visible instead of silently dropped.
 */
export function NotInCatalogChip() {
  return (
    <Chip
      size="small"
      variant="outlined"
      label="not in catalog"
      title="The catalog has no entity with this ref, or you may not read it"
    />
  );
}
