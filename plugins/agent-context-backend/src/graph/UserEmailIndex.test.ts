import { entity } from '../__fixtures__/entities';
import { UserEmailIndex, userEmailOf } from './UserEmailIndex';

const user = (name: string, email?: string | number) =>
  entity('User', name, { profile: { displayName: name, email } }, []);

describe('userEmailOf', () => {
  it('reads a user’s e-mail in lower case, and no group’s', () => {
    expect(userEmailOf(user('ada', ' Ada@Example.COM '))).toBe(
      'ada@example.com',
    );
    expect(userEmailOf(user('bo'))).toBeUndefined();
    expect(userEmailOf(user('cy', 42))).toBeUndefined();
    expect(
      userEmailOf(
        entity('Group', 'team', { profile: { email: 'team@example.com' } }, []),
      ),
    ).toBeUndefined();
  });
});

describe('UserEmailIndex', () => {
  it('finds users by e-mail in any letter case until they are removed', () => {
    const index = new UserEmailIndex();
    const ada = user('ada', 'ada@example.com');
    const twin = user('ada-two', 'ADA@example.com');
    index.add('user:default/ada-two', twin);
    index.add('user:default/ada', ada);

    expect(index.usersWithEmail('Ada@Example.com')).toEqual([
      'user:default/ada',
      'user:default/ada-two',
    ]);

    index.remove('user:default/ada', ada);
    index.remove('user:default/ada-two', twin);
    expect(index.usersWithEmail('ada@example.com')).toEqual([]);
  });
});
