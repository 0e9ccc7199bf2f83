export interface Config {
  /** Configuration of the Agent Context backend plugin. */
  agentContext?: {
    /** How the ownership part of an entity's context is assembled. */
    ownership?: {
      /**
       * How many parent groups above the owner are followed towards the root
       * of the organisation. Deeper hierarchies are cut at this depth.
       * Default: 10.
       */
      maxParentDepth?: number;
      /** How many members of the owning group are listed. Default: 10. */
      maxMembers?: number;
    };
    /** How the system part of an entity's context is assembled. */
    system?: {
      /** How many other parts of the entity's system are listed. Default: 50. */
      maxParts?: number;
    };
    /** Caching of assembled contexts, per caller. */
    cache?: {
      /**
       * How long an assembled context is reused for the same caller and
       * entity before the catalog is read again. 0 turns caching off.
       * Default: 30.
       */
      ttlSeconds?: number;
    };
    /**
     * The blast radius: who is affected by a change to the entity (its
     * dependents and the consumers of its APIs, transitively).
     */
    blastRadius?: {
      /** Levels of dependents followed. Default: 3. */
      maxDepth?: number;
      /** Entries listed at most; the nearest are kept. Default: 100. */
      maxEntries?: number;
    };
  };
}
