export { EntityConventionsContent } from './EntityConventionsContent';
