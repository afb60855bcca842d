// Type tests of runner-knee-routine/vue: each element in Vue's GlobalComponents, with the
// props Vue's template type checker looks up. It camelizes what a template binds, so
// `:heading-level="…"` is `headingLevel` and `@routine-set-complete="…"` is
// `onRoutineSetComplete`, each checked here as vue-tsc checks a template.
import type {} from 'runner-knee-routine/vue';
import { h, type GlobalComponents } from 'vue';
import type { RoutineResetEvent, SetCompleteEvent } from 'runner-knee-routine';
import { runnersKneeRoutine } from 'runner-knee-routine/data.js';

/** The props a template's bindings are checked against, for a tag. */
type PropsOf<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const routineProps: PropsOf<'exercise-routine'> = {
  routine: runnersKneeRoutine,
  theme: 'dark',
  layout: 'compact',
  noPersist: true,
  headingLevel: '3',
  onRoutineSetComplete: (event) => {
    const detail: SetCompleteEvent['detail'] = event.detail;
    return detail.set;
  },
  onRoutineComplete: (event) => event.detail.elapsedMs,
};
export const timerProps: PropsOf<'set-timer'> = { large: true, timeScale: 10 };
export const cardProps: PropsOf<'exercise-card'> = { expanded: true, status: 'current' };

// @ts-expect-error: theme is 'auto', 'light' or 'dark'
export const badTheme: PropsOf<'runner-knee-routine'> = { theme: 'purple' };
// @ts-expect-error: noSound is a boolean
export const badFlag: PropsOf<'exercise-routine'> = { noSound: 'yes' };
export const badHandler: PropsOf<'exercise-routine'> = {
  // @ts-expect-error: the handler takes another event
  onRoutineSetComplete: (event: RoutineResetEvent) => event,
};
export const badDetail: PropsOf<'routine-list'> = {
  // @ts-expect-error: routine-select's detail has no routineId
  onRoutineSelect: (event) => event.detail.routineId,
};
// @ts-expect-error: no such element
export type Missing = PropsOf<'exercise-routines'>;

/** The same props through a render function, resolving the tag as Vue does. */
export const rendered = (tag: GlobalComponents['exercise-routine']) =>
  h(tag, { routine: runnersKneeRoutine, onRoutineSetComplete: (event) => event.detail.set });
