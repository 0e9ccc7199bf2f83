export { ConflictNotice } from './ConflictNotice';
export type { ConflictNoticeProps } from './ConflictNotice';
