export { CatalogSkillsIndex } from './CatalogSkillsIndex';
export type {
  PublishedSkill,
  SkillsIndex,
  SkillsReader,
} from './CatalogSkillsIndex';
export {
  SKILLS_INDEX_PATHS,
  createSkillsIndexRouter,
} from './createSkillsIndexRouter';
