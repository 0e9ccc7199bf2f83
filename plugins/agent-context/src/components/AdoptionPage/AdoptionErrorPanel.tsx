import { ResponseErrorPanel } from '@backstage/core-components';
import Alert from '@mui/material/Alert';
import { isForbidden } from '../../adoption';

/**
 * A card's failure: a refusal for want of permission says so plainly;
 * anything else is the backend's error in full.
 */
export function AdoptionErrorPanel(props: { error: Error }) {
  if (isForbidden(props.error)) {
    return (
      <Alert severity="info">
        You may not read adoption figures (they need the
        agent-context.adoption.read permission).
      </Alert>
    );
  }
  return <ResponseErrorPanel error={props.error} />;
}
