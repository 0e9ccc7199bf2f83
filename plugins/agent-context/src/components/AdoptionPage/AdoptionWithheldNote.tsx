import Typography from '@mui/material/Typography';

/**
 * Says why some figures of a card read "withheld": the backend keeps back
 * any figure about fewer people than the minimum group size.
 */
export function AdoptionWithheldNote(props: { minimumGroupSize: number }) {
  return (
    <Typography
      variant="caption"
      color="text.secondary"
      component="p"
      sx={{ mt: 1 }}
    >
      Figures about fewer than {props.minimumGroupSize} people are withheld for
      their privacy: they read “withheld”, never 0.
    </Typography>
  );
}
