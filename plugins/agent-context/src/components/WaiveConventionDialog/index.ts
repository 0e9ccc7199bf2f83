export { WaiveConventionDialog } from './WaiveConventionDialog';
export type { WaiveConventionDialogProps } from './WaiveConventionDialog';
