import { AuthService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { CatalogService } from '@backstage/plugin-catalog-node';

/** The annotation a catalog group names its GitHub team with, `org/slug`. */
export const GITHUB_TEAM_SLUG_ANNOTATION = 'github.com/team-slug';

/** Finds the catalog group of each GitHub team slug of the organisation. */
export type TeamGroupLookup = () => Promise<Map<string, string>>;

/**
 * The groups that name one of the organisation's teams in their
 * `github.com/team-slug` annotation, with the configured `teamMapping`
 * taking precedence for the slugs it names. Read with the plugin's own
 * credentials: it decides attribution, not what a caller may see.
 */
export function githubTeamGroups(options: {
  catalog: CatalogService;
  auth: AuthService;
  org: string;
  teamMapping: Record<string, string>;
}): TeamGroupLookup {
  const { catalog, auth, org, teamMapping } = options;
  return async () => {
    const { items } = await catalog.getEntities(
      {
        filter: {
          kind: 'Group',
          [`metadata.annotations.${GITHUB_TEAM_SLUG_ANNOTATION}`]:
            CATALOG_FILTER_EXISTS,
        },
        fields: [
          'kind',
          'metadata.namespace',
          'metadata.name',
          'metadata.annotations',
        ],
      },
      { credentials: await auth.getOwnServiceCredentials() },
    );
    const groups = new Map<string, string>();
    for (const group of items) {
      const [teamOrg, slug] =
        group.metadata.annotations?.[GITHUB_TEAM_SLUG_ANNOTATION]?.split('/') ??
        [];
      if (slug && teamOrg.toLowerCase() === org.toLowerCase()) {
        groups.set(slug.toLowerCase(), stringifyEntityRef(group));
      }
    }
    for (const [slug, groupRef] of Object.entries(teamMapping)) {
      groups.set(slug.toLowerCase(), groupRef);
    }
    return groups;
  };
}
