// Type tests of runner-knee-routine/react: JSX for React 19, which sets a prop as the
// element's property when the element has one, else as an attribute, and binds
// `on<event-name>` to the event of that name.
import type {} from 'runner-knee-routine/react';
import { useRef } from 'react';
import type { ExerciseRoutine, RoutineResetEvent, SetCompleteEvent } from 'runner-knee-routine';
import { runnersKneeRoutine } from 'runner-knee-routine/data.js';

export function Usage() {
  const routine = useRef<ExerciseRoutine>(null);
  const onSet = (event: SetCompleteEvent) => event.detail.exerciseId;
  return (
    <>
      <exercise-routine
        ref={routine}
        routine={runnersKneeRoutine}
        theme="dark"
        layout="compact"
        no-persist
        noSound={false}
        heading-level="3"
        onroutine-set-complete={(event) => {
          const set: number = event.detail.set;
          const el: ExerciseRoutine = event.target;
          return [set, el];
        }}
        onroutine-complete={(event) => event.detail.elapsedMs ?? 0}
      />
      <runner-knee-routine
        ref={(el) => {
          void el?.startWorkout();
        }}
        onroutine-set-complete={onSet}
      />
      <set-timer large time-scale={10} style={{ '--routine-accent': '#c2185b' }} />
      <exercise-card expanded status="current" />
      <routine-list layout="full" onroutine-select={(event) => event.detail.exerciseId} />

      {/* @ts-expect-error: theme is 'auto', 'light' or 'dark' */}
      <runner-knee-routine theme="purple" />
      {/* @ts-expect-error: noSound is a boolean */}
      <exercise-routine noSound="yes" />
      {/* @ts-expect-error: the handler takes another event */}
      <exercise-routine onroutine-set-complete={(event: RoutineResetEvent) => event} />
      {/* @ts-expect-error: routine-set-complete's detail has no routineId */}
      <runner-knee-routine onroutine-set-complete={(event) => event.detail.routineId} />
      {/* @ts-expect-error: workout is read-only */}
      <exercise-routine workout />
      {/* @ts-expect-error: no such element */}
      <exercise-routines />
    </>
  );
}
