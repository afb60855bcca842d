import type { Side } from '../data/types.js';

/**
 * The names of the timer's states, as its face labels them: the plan's phases plus not
 * started (`idle`) and finished (`done`). `src/timer/` checks that they match its phases.
 */
export type PhaseLabel = 'idle' | 'get-ready' | 'work' | 'hold' | 'rest' | 'done';

/**
 * Every string a reader sees, in one typed object per language (`en.ts`), so a second language
 * is one new file and one line in `index.ts`. Functions cover plurals and numbers.
 */
export interface Strings {
  /** The BCP 47 tag of this table: the language of the widget's own words. */
  lang: string;
  sets(count: number): string;
  reps(count: number): string;
  holdSeconds(seconds: number): string;
  eachSide: string;
  rest(seconds: number): string;
  tempo: string;
  suggestion: string;
  equipment: string;
  noEquipment: string;
  muscles: string;
  setup: string;
  steps: string;
  cues: string;
  mistakes: string;
  options: string;
  standard: string;
  standardHint: string;
  easier: string;
  harder: string;
  now: string;
  done: string;
  mediaFailed: string;
  caution: string;
  showDetails: string;
  hideDetails: string;
  invalidExercise: string;
  exercises: string;
  setsOf(done: number, total: number): string;
  overall(done: number, total: number): string;
  duration(minutes: number, exercises: number): string;
  /** The safety notice's heading: says it is about safety in words, not only in colour. */
  safety: string;
  tips: string;
  /** Leads the credits line: "Exercises from Jimmy Pipe (Physiotherapist) · …". */
  exercisesFrom: string;
  /** Says whose the suggested doses are, after the credits. */
  dosesSuggested: string;
  /** The source link's text when the routine gives no title. */
  originalArticle: string;
  /** Told to screen readers after a link that opens a new tab. */
  newTab: string;
  loading: string;
  noRoutine: string;
  invalidRoutine: string;
  fetchFailed(detail: string): string;
  retry: string;
  /** Code loaded on demand (the workout view, the timer's sounds) could not load; shown with Retry. */
  codeFailed: string;
  /** The knee check's code could not load (the rest of the widget works without it). */
  kneeCheckFailed: string;
  previous: string;
  /** Why "Previous exercise" does nothing on the first exercise. */
  firstExercise: string;
  upNext(name: string): string;
  exerciseDone: string;
  finish: string;
  reset: string;
  routineDone: string;
  /** `minutes` is left out when the duration is unknown. */
  summary(exercises: number, sets: number, minutes?: number): string;
  startAgain: string;
  continueWorkout: string;
  /** Said and shown after Reset or Start again, beside Undo. */
  progressCleared: string;
  progressRestored: string;
  undo: string;
  /** The header's button into the workout view. */
  startWorkout: string;
  /** The same button once sets are done, over `setsDoneOf` (two lines, as Start's). */
  continueLabel: string;
  setsDoneOf(done: number, total: number): string;
  exitWorkout: string;
  /** The workout view's accessible name. */
  workoutOf(title: string): string;
  /** Where the reader is, at the top of the workout view. */
  exerciseOf(index: number, count: number): string;
  /** Shown and said when an exercise's last set is done, before the next one. */
  exerciseDoneNamed(name: string): string;
  /** Opens the full card over the workout view. */
  howTo: string;
  /** A server-rendered routine's section of every exercise's how-to, readable without script. */
  howToEach: string;
  print: string;
  continueOnPhone: string;
  addReminders: string;
  share: string;
  close: string;
  /** The safety line of the workout view. */
  stopIfPain: string;
  /** After a reload mid-set: where the reader was. */
  welcomeBack(name: string, set: number, sets: number): string;
  storageUnavailable: string;
  storageCorrupt: string;
  noExercise: string;
  /** What `<set-timer>` shows and announces. */
  timer: TimerStrings;
}

/** Every string `<set-timer>` shows or announces. */
export interface TimerStrings {
  /** The timer's accessible name, and its heading when it has one. */
  timer(exerciseName: string): string;
  pause: string;
  resume: string;
  /** Ends a rep set, or a hold early. */
  done: string;
  skipRest: string;
  skipGetReady: string;
  addTime(seconds: number): string;
  restart: string;
  mute: string;
  /** Turns spoken coaching on or off. */
  voice: string;
  /** Said when the reader turns voice on. */
  voiceOn: string;
  /** Shown in place of the controls of a pre-rendered timer until its script runs. */
  needsScript: string;
  /** The primary button before a timed exercise starts. */
  startHold: string;
  /** Why Pause does nothing before the timer runs. */
  notRunning: string;
  /** Why Start and Done do nothing once every set is done. */
  allDoneRestart: string;
  /** Why +15 s does nothing outside a rest. */
  onlyInRest: string;
  phases: Readonly<Record<PhaseLabel, string>>;
  paused: string;
  resumed: string;
  reset: string;
  setOf(set: number, totalSets: number): string;
  reps(count: number): string;
  /** The word under the big rep count. */
  repsUnit(count: number): string;
  hold(seconds: number): string;
  side: Readonly<Record<Side, string>>;
  upNext(what: string): string;
  allSetsDone(totalSets: number): string;
  tapDone: string;
  restFor(seconds: number): string;
  exerciseComplete: string;
  invalidExercise: string;
  noExercise: string;
}

/**
 * The knee check's words (its code loads on demand, and so do they: see `knee-check.ts`).
 * Every message is general guidance, never a diagnosis, and says so.
 */
export interface KneeCheckStrings {
  title: string;
  checkInQuestion: string;
  morningQuestion: string;
  yes: string;
  no: string;
  notSure: string;
  rateQuestion: string;
  /** The name of a rating button: the number, and at the ends what it means. */
  rating(value: number): string;
  noPain: string;
  worstPain: string;
  skip: string;
  carryOn: string;
  easeOff: string;
  easeOffToday: string;
  checkTomorrow: string;
  easierOption(name: string, description: string): string;
  backToStandard: string;
  standardAgain: string;
  /** The workout view's one line for the easier version given, beside a short way back. */
  easierShort(name: string): string;
  standardShort: string;
  /** The workout view's one or two lines after a rating, guidance included. */
  carryOnShort: string;
  easeOffShort: string;
  easeOffTodayShort: string;
  stopTitle: string;
  stopReason: string;
  seeProfessional: string;
  progressKept: string;
  finishToday: string;
  continueAnyway: string;
  confirmContinue: string;
  continueWarning: string;
  guidance: string;
  historyTitle: string;
  chartCaption: string;
  weekOf(date: string): string;
  sessions: string;
  highestPain: string;
  notRated: string;
  noHistory: string;
  notSaved: string;
  storageUnavailable: string;
  storageCorrupt: string;
  privacy: string;
  downloadJson: string;
  downloadCsv: string;
  deleteHistory: string;
  confirmDelete: string;
  yesDelete: string;
  cancel: string;
  deleted: string;
}
