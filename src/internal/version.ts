/** The library version, stamped on every element class (kept equal to package.json by a test). */
export const VERSION = '0.1.0';
