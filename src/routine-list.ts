// First: Lit's hydrate support, so a server-rendered element is taken over in place.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { RoutineList } from './components/routine-list/routine-list.js';
import { defineElement } from './internal/define-element.js';

export { RoutineList };
defineElement('routine-list', RoutineList);
