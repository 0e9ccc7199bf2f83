import {
  AdoptionFigure,
  isWithheld,
} from '@agent-context/plugin-agent-context-common';
import LockOutlined from '@mui/icons-material/LockOutlined';
import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import { FigureFormat, formatNumber } from '../../adoption';

/**
 * One adoption figure as text. A figure withheld for privacy says so, with
 * the reason on hover, so that it is never read as zero.
 */
export function AdoptionFigureText(props: {
  figure: AdoptionFigure | null;
  format?: FigureFormat;
}) {
  const { figure, format = 'count' } = props;
  if (isWithheld(figure)) {
    return (
      <Tooltip title={figure.reason}>
        <Box
          component="span"
          aria-label={`Withheld: ${figure.reason}`}
          data-withheld="true"
          sx={{
            display: 'inline-flex',
            alignItems: 'center',
            gap: 0.5,
            color: 'text.secondary',
            fontStyle: 'italic',
          }}
        >
          <LockOutlined fontSize="inherit" />
          withheld
        </Box>
      </Tooltip>
    );
  }
  return <>{formatNumber(figure, format)}</>;
}
