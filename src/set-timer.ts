// First: Lit's hydrate support, so a server-rendered element is taken over in place.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { SetTimer } from './components/set-timer/set-timer.js';
import { defineElement } from './internal/define-element.js';

export { SetTimer };
defineElement('set-timer', SetTimer);
