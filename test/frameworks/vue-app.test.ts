// <exercise-routine> in a Vue 3 app (test/frameworks/apps/vue-app.ts).
import { frameworkAppSuite } from './framework-app-suite.js';

describe('in a Vue 3 app', () => frameworkAppSuite('vue-app'));
