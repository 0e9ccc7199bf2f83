import {
  Entity,
  RELATION_MEMBER_OF,
  RELATION_OWNED_BY,
} from '@backstage/catalog-model';
import { userEmailOf } from '../../graph';
import { AdoptionCatalog } from '../query/AdoptionCatalogView';
import { seededRandom } from './seededRandom';

/** A service of a team, and its repository when no other service shares it. */
export interface DemoService {
  ref: string;
  /** `owner/name` on GitHub, from `github.com/project-slug`. */
  repository?: string;
}

/** A team of type team, its members' e-mails and its components. */
export interface DemoTeam {
  ref: string;
  members: string[];
  services: DemoService[];
  /** Starts late and stays low. */
  lagging: boolean;
}

/** Whom the demo's usage is about: the catalog's own teams and people. */
export interface DemoPlan {
  teams: DemoTeam[];
  /** The component whose usage costs far more than the others'. */
  expensiveService?: string;
}

/** Teams of fewer people show nothing but withheld figures: never picked to lag. */
const VISIBLE_TEAM_SIZE = 5;

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

function targetsOf(entity: Entity, type: string): string[] {
  return (entity.relations ?? [])
    .filter(relation => relation.type === type)
    .map(relation => lower(relation.targetRef));
}

/** The seed's order of a list, the same for the same seed and items. */
function shuffled<T>(items: T[], seed: string): T[] {
  const random = seededRandom(seed, 'shuffle');
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/**
 * The organisation the demo's usage is generated for, read from the
 * catalog: every group of type team, its members (catalog users with an
 * e-mail, attributed by it as real rows are) and the components it owns.
 * Two teams with enough people to show figures lag (three from eight such
 * teams on), and one service of another team is expensive: chosen by the
 * seed, so the same catalog and seed give the same plan.
 */
export function planDemoOrganisation(
  catalog: Pick<AdoptionCatalog, 'keys' | 'get'>,
  seed: string,
): DemoPlan {
  const entities = [...catalog.keys()]
    .sort()
    .map(ref => ({ ref, entity: catalog.get(ref)! }))
    .filter(({ entity }) => entity);
  const members = new Map<string, string[]>();
  const services = new Map<string, DemoService[]>();
  const slugCounts = new Map<string, number>();
  const slugOf = (entity: Entity) =>
    entity.metadata.annotations?.['github.com/project-slug'];

  for (const { ref, entity } of entities) {
    const slug = slugOf(entity);
    if (ref.startsWith('component:') && slug) {
      slugCounts.set(slug, (slugCounts.get(slug) ?? 0) + 1);
    }
  }
  for (const { ref, entity } of entities) {
    if (ref.startsWith('user:')) {
      const email = userEmailOf(entity);
      for (const group of email ? targetsOf(entity, RELATION_MEMBER_OF) : []) {
        members.set(group, [...(members.get(group) ?? []), lower(email!)]);
      }
    } else if (ref.startsWith('component:')) {
      const slug = slugOf(entity);
      for (const owner of targetsOf(entity, RELATION_OWNED_BY)) {
        services.set(owner, [
          ...(services.get(owner) ?? []),
          {
            ref,
            // A shared repository's pull requests are no one service's.
            ...(slug && slugCounts.get(slug) === 1 ? { repository: slug } : {}),
          },
        ]);
      }
    }
  }

  const teams: DemoTeam[] = entities
    .filter(
      ({ ref, entity }) =>
        ref.startsWith('group:') && entity.spec?.type === 'team',
    )
    .map(({ ref }) => ({
      ref,
      members: members.get(ref) ?? [],
      services: services.get(ref) ?? [],
      lagging: false,
    }));

  const visible = shuffled(
    teams.filter(team => team.members.length >= VISIBLE_TEAM_SIZE),
    seed,
  );
  const laggingCount =
    visible.length >= 8 ? 3 : Math.min(2, visible.length - 1);
  visible.slice(0, Math.max(0, laggingCount)).forEach(team => {
    team.lagging = true;
  });
  const expensiveTeam = visible
    .slice(Math.max(0, laggingCount))
    .find(team => team.services.length > 0);
  return {
    teams,
    ...(expensiveTeam && {
      expensiveService: expensiveTeam.services[0].ref,
    }),
  };
}
