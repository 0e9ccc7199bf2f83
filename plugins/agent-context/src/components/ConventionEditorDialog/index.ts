export { ConventionEditorDialog } from './ConventionEditorDialog';
export type {
  ConventionEditorDialogProps,
  ConventionEditorMode,
} from './ConventionEditorDialog';
