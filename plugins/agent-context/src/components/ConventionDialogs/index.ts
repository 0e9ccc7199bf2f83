export { ConventionDialogs } from './ConventionDialogs';
export type {
  ConventionDialog,
  ConventionDialogsProps,
} from './ConventionDialogs';
