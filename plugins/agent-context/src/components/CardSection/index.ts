export { CardSection } from './CardSection';
export type { CardSectionProps } from './CardSection';
