import { ConventionScope } from '@agent-context/plugin-agent-context-common';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  EntityRefLink,
  humanizeEntityRef,
} from '@backstage/plugin-catalog-react';
import { isGlobalScope } from '../../conventions';

/**
 * Props of {@link ConventionScopeName}.
 */
export interface ConventionScopeNameProps {
  scope: ConventionScope;
}

/**
 * A scope by name: "the org codex", or a link to the scope's entity page.
 */
export function ConventionScopeName(props: ConventionScopeNameProps) {
  if (isGlobalScope(props.scope)) {
    return <>the org codex</>;
  }
  // The ref as text, kind included ("system:checkout"): which level of the
  // path a convention comes from matters as much as the name.
  return (
    <EntityRefLink entityRef={props.scope}>
      {humanizeEntityRef(parseEntityRef(props.scope))}
    </EntityRefLink>
  );
}
