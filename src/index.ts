// Classes, types, events and data, with no side effects: nothing is registered here.
export * from './components/index.js';
export * from './data.js';
