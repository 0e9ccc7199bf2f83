export { AnswerCache } from './AnswerCache';
export type { Answer, AnswerDependencies } from './AnswerCache';
export { ContextAnswers } from './ContextAnswers';
export type {
  AnswerGraph,
  CallerVisibility,
  PlacementService,
} from './ContextAnswers';
export type { AnswerVariant } from './answerVariants';
export { ScopeChangeFeed } from './ScopeChangeFeed';
