/**
 * A value's type as JSON sees it: every object an open one. The typed
 * router's bodies (derived from the OpenAPI document), the actions' open
 * zod objects and the cache's `JsonValue` all carry an index signature,
 * and TypeScript admits an interface into such a type only once a mapped
 * type has turned it into an anonymous one. Fields keep their own types,
 * so each is still checked where the value goes. The shared types, which
 * are inferred from their zod schemas, are anonymous already and need
 * none of this; the backend's own interfaces do.
 */
export type AsJson<T> = T extends ReadonlyArray<infer U>
  ? AsJson<U>[]
  : T extends object
  ? { [K in keyof T]: AsJson<T[K]> }
  : T;

/**
 * The value itself, typed as the JSON it is, for `res.json` of the typed
 * router, an action's open output or the cache: the compiler then compares
 * the shared types with the receiving type instead of a cast hiding both.
 */
export function asJson<T>(value: T): AsJson<T> {
  // Sound: AsJson<T> has exactly T's fields and the value is unchanged;
  // the compiler can see that for each use, not for a type parameter.
  return value as AsJson<T>;
}
