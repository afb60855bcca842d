// @wc-toolkit/jsx-types types `ref` as the element or a callback, which rejects React 19's
// object refs (`useRef<ExerciseRoutine>(null)` is a RefObject<ExerciseRoutine | null>). This
// widens it to what React's `Ref<T>` allows: a callback (which may return a cleanup), an
// object with `current`, or null.
const GENERATED_REF = 'ref?: (T | ((e: T) => void)) | undefined;';
const REACT_REF =
  'ref?: ((instance: T | null) => void | (() => void)) | { current: T | null } | null | undefined;';

/** The generated JSX types with a `ref` that React 19 accepts; fails if the text changed. */
export function fixReactRefType(types) {
  if (!types.includes(GENERATED_REF)) {
    throw new Error(`@wc-toolkit/jsx-types output changed: no "${GENERATED_REF}" to fix`);
  }
  return types.replace(GENERATED_REF, REACT_REF);
}
