// Registers every element (the side effect of each element's own entry).
// Lit's hydrate support comes first: it must patch LitElement before any element class is
// defined, so a server-rendered widget is taken over in place rather than drawn again.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../exercise-card.js';
import '../routine-list.js';
import '../set-timer.js';
import '../exercise-routine.js';
import '../runner-knee-routine.js';
