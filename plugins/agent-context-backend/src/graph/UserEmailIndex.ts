import { Entity } from '@backstage/catalog-model';

/** The e-mail on a catalog User, in lower case; undefined for any other. */
export function userEmailOf(entity: Entity): string | undefined {
  if (entity.kind.toLocaleLowerCase('en-US') !== 'user') {
    return undefined;
  }
  const email = (entity.spec?.profile as { email?: unknown } | undefined)
    ?.email;
  return typeof email === 'string' && email.trim()
    ? email.trim().toLocaleLowerCase('en-US')
    : undefined;
}

/**
 * Which catalog Users carry which e-mail (`spec.profile.email`), kept in
 * step with the graph's entities: adoption finds a person's teams from the
 * e-mail a tool reports, without a catalog query per row. E-mails compare
 * without letter case, as mail providers treat them.
 */
export class UserEmailIndex {
  /** Lower-case e-mail → lower-case user refs. */
  private readonly byEmail = new Map<string, Set<string>>();

  /** Indexes the user whose (lower-case) ref is `ref`, if it has an e-mail. */
  add(ref: string, entity: Entity): void {
    const email = userEmailOf(entity);
    if (email) {
      const refs = this.byEmail.get(email) ?? new Set();
      refs.add(ref);
      this.byEmail.set(email, refs);
    }
  }

  /** Forgets what `add` indexed for the same ref and entity. */
  remove(ref: string, entity: Entity): void {
    const email = userEmailOf(entity);
    const refs = email ? this.byEmail.get(email) : undefined;
    refs?.delete(ref);
    if (email && refs?.size === 0) {
      this.byEmail.delete(email);
    }
  }

  /** The refs of the users with this e-mail, in any letter case; sorted. */
  usersWithEmail(email: string): string[] {
    const refs = this.byEmail.get(email.trim().toLocaleLowerCase('en-US'));
    return [...(refs ?? [])].sort();
  }
}
