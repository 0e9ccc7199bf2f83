export { ReadinessFixList, fixesOf } from './ReadinessFixList';
