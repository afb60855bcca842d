// <exercise-routine> in a React 19 app (test/frameworks/apps/react-app.tsx).
import { frameworkAppSuite } from './framework-app-suite.js';

describe('in a React 19 app', () => frameworkAppSuite('react-app'));
