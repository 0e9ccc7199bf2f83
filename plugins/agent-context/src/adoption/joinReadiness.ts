import {
  AdoptionListItem,
  ReadinessListItem,
} from '@agent-context/plugin-agent-context-common';

/** A service's figures beside its readiness, when it is scored. */
export type ServiceWithReadiness = AdoptionListItem & {
  readiness?: ReadinessListItem;
};

/**
 * Puts each service's readiness beside its figures. Refs are compared
 * lower-cased: the readiness list answers them so, the adoption list as
 * the catalog spells them.
 */
export function joinReadiness(
  services: AdoptionListItem[],
  readiness: ReadinessListItem[],
): ServiceWithReadiness[] {
  const byRef = new Map(
    readiness.map(item => [item.entityRef.toLocaleLowerCase('en-US'), item]),
  );
  return services.map(service => ({
    ...service,
    readiness: byRef.get(service.ref.toLocaleLowerCase('en-US')),
  }));
}
