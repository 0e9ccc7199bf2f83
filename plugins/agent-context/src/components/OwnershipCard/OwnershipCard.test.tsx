import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { checkoutServiceContext } from '../../__fixtures__/entityContext';
import { OwnershipCard } from './OwnershipCard';

const mountedRoutes = { '/catalog/:namespace/:kind/:name': entityRouteRef };
const { ownership } = checkoutServiceContext;

describe('OwnershipCard', () => {
  it('shows the owner with a link to its page and a mailto link', async () => {
    await renderInTestApp(<OwnershipCard ownership={ownership} />, {
      mountedRoutes,
    });

    const owner = screen.getAllByRole('link', { name: 'Checkout Team' })[0];
    expect(owner).toHaveAttribute(
      'href',
      '/catalog/default/group/checkout-team',
    );
    expect(screen.getByText('group · team')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'checkout@example.com' }),
    ).toHaveAttribute('href', 'mailto:checkout@example.com');
  });

  it("shows the owner's contact links", async () => {
    await renderInTestApp(<OwnershipCard ownership={ownership} />, {
      mountedRoutes,
    });

    const contact = screen.getByRole('list', { name: 'Contact' });
    expect(
      within(contact).getByRole('link', { name: /#checkout/ }),
    ).toHaveAttribute('href', 'https://chat.example/channels/checkout');
    // A link without a title is named by its URL.
    expect(
      within(contact).getByRole('link', {
        name: /oncall\.example\/schedules\/checkout/,
      }),
    ).toHaveAttribute('href', 'https://oncall.example/schedules/checkout');
  });

  it('lists the members it was given, with mail links, and how many more there are', async () => {
    await renderInTestApp(<OwnershipCard ownership={ownership} />, {
      mountedRoutes,
    });

    expect(screen.getByText('Members (7)')).toBeInTheDocument();
    const members = screen.getByRole('list', { name: 'Members' });
    expect(
      within(members).getByRole('link', { name: 'Ada Lovelace' }),
    ).toHaveAttribute('href', '/catalog/default/user/ada');
    expect(
      within(members).getByRole('link', { name: 'ada@example.com' }),
    ).toHaveAttribute('href', 'mailto:ada@example.com');
    expect(
      within(members).getByRole('link', { name: 'Grace Hopper' }),
    ).toBeInTheDocument();
    expect(within(members).getAllByRole('listitem')).toHaveLength(4);
    expect(within(members).getByText('and 4 more')).toBeInTheDocument();
  });

  it('does not add "and N more" when every member is listed', async () => {
    await renderInTestApp(
      <OwnershipCard ownership={{ ...ownership, memberCount: 3 }} />,
      { mountedRoutes },
    );

    expect(screen.getByText('Members (3)')).toBeInTheDocument();
    expect(screen.queryByText(/more$/)).not.toBeInTheDocument();
  });

  it('counts the members when the budget left none of them', async () => {
    await renderInTestApp(
      <OwnershipCard
        ownership={{ ...ownership, members: [], memberCount: 12 }}
      />,
      { mountedRoutes },
    );

    expect(screen.getByText('12 members')).toBeInTheDocument();
  });

  it('shows no member list for an owner that is a user', async () => {
    await renderInTestApp(
      <OwnershipCard
        ownership={{
          owner: {
            ref: 'user:default/ada',
            kind: 'User',
            displayName: 'Ada Lovelace',
            resolved: true,
          },
          parents: [],
          members: [],
          memberCount: 0,
        }}
      />,
      { mountedRoutes },
    );

    expect(
      screen.getByRole('link', { name: 'Ada Lovelace' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/^Members/)).not.toBeInTheDocument();
  });

  it('shows the chain from the owner up to the root, in order, as links', async () => {
    await renderInTestApp(<OwnershipCard ownership={ownership} />, {
      mountedRoutes,
    });

    const chain = screen.getByRole('navigation', { name: 'Ownership chain' });
    const links = within(chain).getAllByRole('link');
    expect(links.map(link => link.textContent)).toEqual([
      'Checkout Team',
      'Commerce',
      'Engineering',
      'Northwind',
    ]);
    expect(links.map(link => link.getAttribute('href'))).toEqual([
      '/catalog/default/group/checkout-team',
      '/catalog/default/group/commerce',
      '/catalog/default/group/engineering',
      '/catalog/default/group/northwind',
    ]);
    expect(chain).toHaveTextContent(
      'Checkout Team→Commerce→Engineering→Northwind',
    );
  });

  it('marks a group that is not in the catalog and does not link it', async () => {
    await renderInTestApp(
      <OwnershipCard
        ownership={{
          ...ownership,
          parents: [
            ownership.parents[0],
            {
              ref: 'group:default/holding',
              kind: 'group',
              displayName: 'holding',
              resolved: false,
            },
          ],
        }}
      />,
      { mountedRoutes },
    );

    const chain = screen.getByRole('navigation', { name: 'Ownership chain' });
    expect(within(chain).getByText('holding')).not.toHaveAttribute('href');
    expect(within(chain).getByText('not in catalog')).toBeInTheDocument();
    expect(within(chain).getAllByRole('link')).toHaveLength(2);
  });

  it('marks an owner that is not in the catalog', async () => {
    await renderInTestApp(
      <OwnershipCard
        ownership={{
          owner: {
            ref: 'group:default/ghost-team',
            kind: 'group',
            displayName: 'ghost-team',
            resolved: false,
          },
          parents: [],
          members: [],
          memberCount: 0,
        }}
      />,
      { mountedRoutes },
    );

    expect(screen.getByText('ghost-team')).toBeInTheDocument();
    expect(screen.getByText('not in catalog')).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByText('No parent groups')).toBeInTheDocument();
  });

  it('says so when the entity has no owner', async () => {
    await renderInTestApp(
      <OwnershipCard
        ownership={{
          owner: undefined,
          parents: [],
          members: [],
          memberCount: 0,
        }}
      />,
      { mountedRoutes },
    );

    expect(screen.getByText('No owner declared')).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  describe('for a group or user', () => {
    const noOwner = { parents: [], members: [], memberCount: 0 };
    const person = (ref: string, displayName: string, resolved = true) => ({
      ref,
      kind: ref.startsWith('user:') ? 'User' : 'Group',
      displayName,
      resolved,
    });
    const owns = {
      entities: [
        {
          ref: 'api:default/checkout-api',
          kind: 'API',
          type: 'openapi',
          resolved: true,
        },
      ],
      count: 3,
    };

    it('shows a group’s parent chain, child groups, members and what it owns', async () => {
      await renderInTestApp(
        <OwnershipCard
          ownership={noOwner}
          group={{
            parents: [
              person('group:default/commerce', 'Commerce'),
              person('group:default/northwind', 'Northwind'),
            ],
            children: [person('group:default/checkout-sre', 'Checkout SRE')],
            childCount: 1,
            members: [person('user:default/ada', 'Ada Lovelace')],
            memberCount: 2,
          }}
          owns={owns}
        />,
        { mountedRoutes },
      );

      expect(screen.getByText('Organisation')).toBeInTheDocument();
      const chain = screen.getByRole('navigation', { name: 'Parent chain' });
      expect(
        within(chain)
          .getAllByRole('link')
          .map(link => link.getAttribute('href')),
      ).toEqual([
        '/catalog/default/group/commerce',
        '/catalog/default/group/northwind',
      ]);
      expect(
        within(screen.getByRole('list', { name: 'Child groups' })).getByRole(
          'link',
          { name: 'Checkout SRE' },
        ),
      ).toHaveAttribute('href', '/catalog/default/group/checkout-sre');
      const members = screen.getByRole('list', { name: 'Members' });
      expect(within(members).getByText('and 1 more')).toBeInTheDocument();
      expect(screen.getByText('Owns (3)')).toBeInTheDocument();
      expect(
        within(screen.getByRole('list', { name: 'Owned entities' })).getByRole(
          'link',
          { name: 'checkout-api' },
        ),
      ).toHaveAttribute('href', '/catalog/default/api/checkout-api');
      expect(
        screen.getByText('and 2 more, not listed in the context'),
      ).toBeInTheDocument();
      expect(screen.queryByText('No owner declared')).not.toBeInTheDocument();
    });

    it('says so for the top group of the organisation', async () => {
      await renderInTestApp(
        <OwnershipCard
          ownership={noOwner}
          group={{
            parents: [],
            children: [],
            childCount: 0,
            members: [],
            memberCount: 0,
          }}
        />,
        { mountedRoutes },
      );
      expect(
        screen.getByText('None: the top of the organisation'),
      ).toBeInTheDocument();
      expect(screen.getByText('No child groups')).toBeInTheDocument();
      expect(screen.getByText('No members')).toBeInTheDocument();
    });

    it('shows the groups a user is a member of, marking one not in the catalog', async () => {
      await renderInTestApp(
        <OwnershipCard
          ownership={noOwner}
          user={{
            memberOf: [
              person('group:default/checkout-team', 'Checkout Team'),
              person('group:default/gone', 'gone', false),
            ],
            memberOfCount: 2,
          }}
          owns={{ entities: [], count: 0 }}
        />,
        { mountedRoutes },
      );
      expect(screen.getByText('Member of (2)')).toBeInTheDocument();
      const groups = screen.getByRole('list', { name: 'Groups' });
      expect(within(groups).getAllByRole('link')).toHaveLength(1);
      expect(within(groups).getByText('not in catalog')).toBeInTheDocument();
      expect(screen.getByText('Owns (0)')).toBeInTheDocument();
    });
  });
});
