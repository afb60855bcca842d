// First: Lit's hydrate support, so a server-rendered element is taken over in place.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { ExerciseCard } from './components/exercise-card/exercise-card.js';
import { defineElement } from './internal/define-element.js';

export { ExerciseCard };
defineElement('exercise-card', ExerciseCard);
