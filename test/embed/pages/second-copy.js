// A second copy of the CDN bundle, from another URL (a CDN mirror on the test server). Its
// elements are never registered, the first copy's are, so nothing of it would ever load its
// chunks: it is asked to here, so that each copy has loaded its own.
/* global window */
import { ExerciseRoutine } from '/cdn-mirror/second-copy/dist/cdn/runner-knee-routine.js';

window.secondCopy = { ExerciseRoutine, loaded: ExerciseRoutine.preload() };
