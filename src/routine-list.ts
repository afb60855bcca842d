import { RoutineList } from './components/routine-list/routine-list.js';
import { defineElement } from './internal/define-element.js';

export { RoutineList };
defineElement('routine-list', RoutineList);
