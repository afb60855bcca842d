import { ExerciseCard } from './components/exercise-card/exercise-card.js';
import { defineElement } from './internal/define-element.js';

export { ExerciseCard };
defineElement('exercise-card', ExerciseCard);
