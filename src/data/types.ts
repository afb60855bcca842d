/**
 * The routine model. A routine is plain data: every text field is plain text with at least
 * one visible character, and is always rendered as text, never as HTML.
 */

/** Which side a per-side set works. */
export type Side = 'left' | 'right';

/** How an exercise is dosed. The figures are suggestions unless `suggested` is false. */
export interface Prescription {
  /** Number of sets (per side when `perSide` is true). */
  sets: number;
  /** Repetitions per set. Exactly one of `reps` and `holdSeconds` is given. */
  reps?: number;
  /** Seconds each set is held, for isometric work. */
  holdSeconds?: number;
  /** Whether each set is done once for each side. */
  perSide: boolean;
  /** The order the sides are worked in; defaults to left then right. */
  sideOrder?: readonly Side[];
  /** Rest after each set, in seconds (0 for none). */
  restSeconds: number;
  /** Optional get-ready countdown before a timed hold, in seconds. */
  getReadySeconds?: number;
  /** Tempo in plain words or as a count such as "3-1-1", where it matters. */
  tempo?: string;
  /** True when the figures are a suggestion to adapt, not a clinician's prescription. */
  suggested: boolean;
}

/** Optional media that shows an exercise. Never autoplayed. */
export interface ExerciseMedia {
  kind: 'video' | 'image';
  /**
   * An http(s) URL or a relative one (resolved against the page); for an image, also a
   * `data:image/…` URL.
   */
  url: string;
  /** Poster image for a video: an http(s) URL, a relative one or a `data:image/…` URL. */
  poster?: string;
  /** Text alternative describing what the media shows. */
  alt: string;
}

/** An easier or harder way to do an exercise. */
export interface ExerciseOption {
  name: string;
  description: string;
}

export interface Exercise {
  /**
   * A stable slug (lowercase letters, digits and single hyphens, at most 64 characters), unique
   * within the routine (used for saved progress and events).
   */
  id: string;
  name: string;
  /** One line on what the exercise is for. */
  purpose: string;
  muscles: readonly string[];
  equipment: readonly string[];
  /** How to set up before the first rep. */
  setup: string;
  /** Numbered steps of one repetition. */
  steps: readonly string[];
  /** Two to four short coaching cues. */
  cues: readonly string[];
  mistakes: readonly string[];
  easier: ExerciseOption;
  harder: ExerciseOption;
  /** A safety caution specific to this exercise. */
  caution?: string;
  prescription: Prescription;
  media?: ExerciseMedia;
}

export interface Credit {
  /** What the person or organisation did, e.g. "Physiotherapist". */
  role: string;
  name: string;
  /** Optional link: an http(s) URL or a relative one. */
  url?: string;
}

/** The original piece a routine comes from, linked from the credits line. */
export interface SourceArticle {
  /** Where it is: an http(s) URL or a relative one. Opened in a new tab. */
  url: string;
  /** Its title, the link's text; without one the link reads "the original article". */
  title?: string;
}

export interface Routine {
  /**
   * A stable slug naming the routine (lowercase letters, digits and single hyphens, at most 64
   * characters); saved progress is kept per id.
   */
  id: string;
  /** Bump when the exercises or prescriptions change, so old saved progress is dropped. */
  version: number;
  title: string;
  /** A short introduction, one paragraph. */
  intro: string;
  /** BCP 47 language tag of the text. */
  language?: string;
  /** Everything the routine needs. */
  equipment: readonly string[];
  /** Advice on anchoring bands, where the routine uses them. */
  anchorAdvice?: string;
  /** Safety notes, shown before the exercises. */
  safety: readonly string[];
  /** Extra tips shown with the routine (footwear, load). */
  tips?: readonly string[];
  /** Who the exercises come from (who chose them, who published them), as "name (role)". */
  credits: readonly Credit[];
  /** The original article, linked from the credits line. */
  source?: SourceArticle;
  /**
   * Whether the knee check (a pain rating before and after each exercise that adapts the
   * session) is offered; on unless `false`.
   */
  painCheck?: boolean;
  exercises: readonly Exercise[];
}

/** Media a host attaches to a routine's exercises, keyed by exercise id. */
export type MediaByExercise = Readonly<Record<string, ExerciseMedia>>;
