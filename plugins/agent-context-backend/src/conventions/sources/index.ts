export { CONVENTIONS_ANNOTATION, SEVERITY_ANNOTATION } from './annotations';
export { CatalogAiResourceConventions } from './CatalogAiResourceConventions';
export { GraphAiResourceReader } from './GraphAiResourceReader';
export type { AiResourceGraph, AiResourceReader } from './GraphAiResourceReader';
export { builtInConventionSources } from './builtInConventionSources';
export {
  EntityFileReader,
  describeEntityFileLocation,
} from './EntityFileReader';
export type {
  EntityFileLocation,
  EntityFileReadOptions,
  EntityFileReadResult,
} from './EntityFileReader';
export { parseConventionsFile } from './parseConventionsFile';
export { readConfigCodex, readConventionAdmins } from './readConfigCodex';
export { RepositoryConventionsReader } from './RepositoryConventionsReader';
export {
  REPOSITORY_CONVENTIONS_TASK_ID,
  readRepositoryConventionsSchedule,
  scheduleRepositoryConventionsRefresh,
} from './scheduleRepositoryConventionsRefresh';
