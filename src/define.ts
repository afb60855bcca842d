// Registers every element. This is the package's main entry and the CDN bundle's entry.
import './exercise-card.js';
import './routine-list.js';
import './set-timer.js';
import './exercise-routine.js';
import './runner-knee-routine.js';

export * from './index.js';
