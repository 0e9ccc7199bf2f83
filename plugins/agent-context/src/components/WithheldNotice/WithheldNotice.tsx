import LockOutlined from '@mui/icons-material/LockOutlined';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

/**
 * Said in place of the usage figures of a service or team that fewer
 * people than the portal's minimum group size used AI on.
 */
export function WithheldNotice(props: { minimumGroupSize: number }) {
  return (
    <Box
      role="note"
      sx={{ display: 'flex', alignItems: 'center', gap: 1, my: 1 }}
    >
      <LockOutlined fontSize="small" color="action" />
      <Typography variant="body2">
        Fewer than {props.minimumGroupSize} people used AI here; figures
        withheld for privacy
      </Typography>
    </Box>
  );
}
