import { ResponseErrorPanel, WarningPanel } from '@backstage/core-components';
import { responseStatusOf } from '../../adoption';

/**
 * Why adoption figures could not be shown: a refusal is the reader's
 * permissions, not a fault, so it says so instead of showing an error.
 */
export function AdoptionErrorPanel(props: { error: Error }) {
  if (responseStatusOf(props.error) === 403) {
    return (
      <WarningPanel
        severity="info"
        title="You may not read adoption figures"
        message="Ask your portal administrators for the adoption read permission."
      />
    );
  }
  return <ResponseErrorPanel error={props.error} />;
}
