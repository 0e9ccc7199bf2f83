import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { ConventionsRevisionProvider } from '../../hooks';
import { ConventionsCard } from '../ConventionsCard';

/**
 * The Conventions tab of a group or domain page. Such entities are scopes
 * of the codex rather than things agents change, so the tab holds only the
 * conventions recorded there (a team's, a domain's) and what they inherit.
 */
export function EntityConventionsContent() {
  const { entity } = useEntity();
  return (
    <ConventionsRevisionProvider>
      <ConventionsCard entityRef={stringifyEntityRef(entity)} />
    </ConventionsRevisionProvider>
  );
}
