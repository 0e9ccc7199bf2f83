import { renderOwnership } from './renderOwnership';
import { FULL_RENDER } from './renderTrims';

describe('renderOwnership', () => {
  it('marks an owner that is not in the catalog', () => {
    expect(
      renderOwnership(
        {
          owner: {
            ref: 'group:default/ghosts',
            kind: 'Group',
            displayName: 'ghosts',
            resolved: false,
          },
          parents: [],
          members: [],
          memberCount: 0,
        },
        FULL_RENDER,
        'https://portal.example.com',
      ),
    ).toEqual([
      '## Ownership',
      '',
      '- Owner: ghosts (`group:default/ghosts`, not in catalog)',
    ]);
  });

  it('drops contacts and the chain when trimmed, but keeps the owner', () => {
    const lines = renderOwnership(
      {
        owner: {
          ref: 'group:default/a',
          kind: 'Group',
          displayName: 'A',
          links: [{ url: 'https://chat.example/a', title: 'chat' }],
          resolved: true,
        },
        parents: [
          {
            ref: 'group:default/b',
            kind: 'Group',
            displayName: 'B',
            resolved: true,
          },
        ],
        members: [],
        memberCount: 0,
      },
      { ...FULL_RENDER, ownerContacts: false },
      'https://portal.example.com',
    );
    expect(lines).toEqual([
      '## Ownership',
      '',
      '- Owner: A (`group:default/a`)',
    ]);
  });
});
