export { CodexPage } from './CodexPage';
