export {
  AgentContextSectionTabs,
  SECTION_PARAM,
} from './AgentContextSectionTabs';
