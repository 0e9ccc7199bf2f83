import { AdoptionRange } from '../../adoption';
import { AdoptionListTable } from './AdoptionListTable';

/** Every service's figures, filterable by owner, system and lifecycle. */
export function AdoptionServicesTable(props: { range: AdoptionRange }) {
  return (
    <AdoptionListTable
      scope="services"
      title="Services"
      nameLabel="Service"
      range={props.range}
      facts={[
        { label: 'Owner', valueOf: item => item.owner, isRef: true },
        { label: 'System', valueOf: item => item.system, isRef: true },
        { label: 'Lifecycle', valueOf: item => item.lifecycle },
      ]}
      filters={[
        {
          name: 'owner',
          label: 'Owner',
          placeholder: 'team-a or group:default/team-a',
        },
        { name: 'system', label: 'System', placeholder: 'payments' },
        { name: 'lifecycle', label: 'Lifecycle', placeholder: 'production' },
      ]}
    />
  );
}
