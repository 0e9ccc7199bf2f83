export { WithheldNotice } from './WithheldNotice';
