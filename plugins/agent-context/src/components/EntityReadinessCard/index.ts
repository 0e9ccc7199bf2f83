export {
  EntityReadinessCard,
  NotScored,
  ReadinessHeadline,
  ReadinessStates,
} from './EntityReadinessCard';
