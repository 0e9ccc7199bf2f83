import { AdoptionRange } from '../../adoption';
import { AdoptionListTable } from './AdoptionListTable';

/** Every team's figures, with who has not started; filterable by parent group. */
export function AdoptionTeamsTable(props: { range: AdoptionRange }) {
  return (
    <AdoptionListTable
      scope="teams"
      title="Teams"
      nameLabel="Team"
      range={props.range}
      facts={[{ label: 'Parent', valueOf: item => item.owner, isRef: true }]}
      filters={[
        {
          name: 'owner',
          label: 'Parent group',
          placeholder: 'engineering or group:default/engineering',
        },
      ]}
    />
  );
}
