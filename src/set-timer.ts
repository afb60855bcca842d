import { SetTimer } from './components/set-timer/set-timer.js';
import { defineElement } from './internal/define-element.js';

export { SetTimer };
defineElement('set-timer', SetTimer);
