export {
  CONTEXT_RELATIONS,
  CONTEXT_RELATION_SECTIONS,
  carriesSection,
  contextRelationsOf,
} from './contextRelations';
export type {
  BlastRadiusRule,
  BlastRadiusStep,
  ContextRelationSection,
  ContextRelationSectionId,
  KindRelations,
} from './contextRelations';
