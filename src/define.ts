// Registers every element. This is the package's main entry and the CDN bundle's entry.
import './exercise-card.js';

export * from './index.js';
