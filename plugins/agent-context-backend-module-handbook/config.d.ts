export interface Config {
  agentContext?: {
    /**
     * The engineering handbook as a convention source
     * (`@agent-context/plugin-agent-context-backend-module-handbook`).
     */
    handbook?: {
      /**
       * The directory of the handbook's YAML files, read at startup,
       * subdirectories included; relative to the backend's working
       * directory. Required once the module is installed.
       */
      directory: string;
      /**
       * Which entry wins when the handbook and another source record the
       * same id at one scope: the lower precedence (app-config 100, catalog
       * 200, repository files 300, the portal's database 400). Default:
       * 150, after app-config and before everything else.
       */
      precedence?: number;
    };
  };
}
