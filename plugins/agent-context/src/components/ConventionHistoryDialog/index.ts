export { ConventionHistoryDialog } from './ConventionHistoryDialog';
export type { ConventionHistoryDialogProps } from './ConventionHistoryDialog';
