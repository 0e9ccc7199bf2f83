import Chip from '@mui/material/Chip';

/** The colour band of a score: ready, nearly there, or not yet. */
export function readinessBand(score: number): 'success' | 'warning' | 'error' {
  if (score >= 80) {
    return 'success';
  }
  return score >= 50 ? 'warning' : 'error';
}

/**
 * An agent-readiness score out of 100, coloured by band, with the band in
 * words for those who cannot tell the colours apart.
 */
export function ReadinessScore(props: {
  score: number;
  size?: 'small' | 'medium';
}) {
  const band = readinessBand(props.score);
  const words = {
    success: 'ready',
    warning: 'partly ready',
    error: 'not ready',
  }[band];
  return (
    <Chip
      size={props.size ?? 'small'}
      color={band}
      label={`${props.score} / 100`}
      aria-label={`Agent readiness ${props.score} of 100, ${words}`}
      title={`Agent readiness: ${words}`}
    />
  );
}
