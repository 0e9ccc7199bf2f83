export { AdoptionFigureText } from './AdoptionFigureText';
