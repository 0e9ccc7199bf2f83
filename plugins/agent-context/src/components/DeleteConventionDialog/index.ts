export { DeleteConventionDialog } from './DeleteConventionDialog';
export type { DeleteConventionDialogProps } from './DeleteConventionDialog';
