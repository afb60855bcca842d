// Registers every element. This is the package's main entry.
import './entries/register-elements.js';

export * from './index.js';
