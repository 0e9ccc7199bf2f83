export { ReadinessScore, readinessBand } from './ReadinessScore';
