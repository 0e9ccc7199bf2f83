/**
 * Strings interned as small integers, both ways: each distinct ref or
 * relation type is held once however many relations name it, and a
 * relation costs two integers.
 */
export class StringTable {
  private readonly ids = new Map<string, number>();
  private readonly strings: string[] = [];

  /** The id of `value`, interning it if it is new. */
  intern(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(value);
      this.ids.set(value, id);
    }
    return id;
  }

  /** The id of `value`, if it was interned. */
  find(value: string): number | undefined {
    return this.ids.get(value);
  }

  /** The string behind an id this table handed out. */
  at(id: number): string {
    return this.strings[id];
  }

  /** How many strings the table holds. */
  get size(): number {
    return this.strings.length;
  }
}
