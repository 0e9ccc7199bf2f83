import { Convention } from '@agent-context/plugin-agent-context-common';
import { Link } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { formatTime } from '../../conventions';

/**
 * Where one of a scope's own conventions is kept: its revision and last
 * author for the portal's, and for the read-only ones where to change them.
 */
export function ConventionOrigin(props: { convention: Convention }) {
  const { convention } = props;
  switch (convention.source) {
    case 'config':
      return (
        <>
          Read-only: shipped with the installation
          {convention.location && (
            <>
              {' '}
              (app-config <code>{convention.location}</code>)
            </>
          )}
        </>
      );
    case 'repository':
      return (
        <>
          Read-only: kept in the repository
          {convention.location && (
            <>
              , <Link to={convention.location}>{convention.location}</Link>
            </>
          )}
        </>
      );
    case 'catalog':
      return (
        <>
          Read-only: an AiResource rule in the catalog
          {convention.location && (
            <>
              , <EntityRefLink entityRef={convention.location} />
            </>
          )}
          {convention.locationOwner && (
            <>
              {' '}
              owned by <EntityRefLink entityRef={convention.locationOwner} />
            </>
          )}
        </>
      );
    case 'database': {
      const author = convention.updatedBy ?? convention.createdBy;
      const time = convention.updatedAt ?? convention.createdAt;
      return (
        <>
          Kept in the portal · revision {convention.revision}
          {author && ` · by ${author}`}
          {time && `, ${formatTime(time)}`}
        </>
      );
    }
    default:
      // A source a backend module added: the portal knows its id and where
      // the convention lives, nothing more, and cannot edit it.
      return (
        <>
          Read-only: kept in {convention.source}
          {convention.location && (
            <>
              {' '}
              (<code>{convention.location}</code>)
            </>
          )}
        </>
      );
  }
}
