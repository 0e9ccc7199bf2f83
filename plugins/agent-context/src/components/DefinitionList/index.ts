export { DefinitionItem, DefinitionList } from './DefinitionList';
export type {
  DefinitionItemProps,
  DefinitionListProps,
} from './DefinitionList';
