import { ResponseErrorPanel, WarningPanel } from '@backstage/core-components';
import { isForbidden } from '../../adoption';

/**
 * Why adoption figures could not be shown: a refusal is the reader's
 * permissions, not a fault, so it says so instead of showing an error.
 */
export function AdoptionErrorPanel(props: { error: Error }) {
  if (isForbidden(props.error)) {
    return (
      <WarningPanel
        severity="info"
        title="You may not read adoption figures"
        message="They need the agent-context.adoption.read permission: ask your portal's administrators for it."
      />
    );
  }
  return <ResponseErrorPanel error={props.error} />;
}
