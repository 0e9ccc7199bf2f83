export {
  EntityReadinessCard,
  NotScored,
  ReadinessHeadline,
} from './EntityReadinessCard';
