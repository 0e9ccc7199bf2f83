import { AdoptionDemoNotice } from '@agent-context/plugin-agent-context-common';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';

/**
 * Says, above everything else, that the figures are the demo generator's,
 * so that no one quotes them as the organisation's own.
 */
export function AdoptionDemoBanner(props: { demo: AdoptionDemoNotice }) {
  return (
    <Alert severity="warning" data-testid="adoption-demo-banner">
      <AlertTitle>These figures are demo data</AlertTitle>
      {props.demo.message}
    </Alert>
  );
}
