import type { Routine } from './types.js';

/** A value with everything in it read-only. */
type DeepReadonly<T> = T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

/** Freezes a value and everything in it: every page script shares the built-in routine. */
function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value as DeepReadonly<T>;
}

/**
 * The built-in runner's knee routine: five strength exercises chosen by a physiotherapist.
 * All text is plain text. Sets, reps, holds and rests are suggestions (the source gives none),
 * kept here as data so a publisher can change them, on a copy: this one is deeply frozen.
 */
export const runnersKneeRoutine: DeepReadonly<Routine> = deepFreeze<Routine>({
  id: 'runners-knee',
  version: 1,
  language: 'en',
  title: "Runner's knee strength routine",
  intro:
    "Runner's knee, or patellofemoral pain syndrome, is a common overuse injury. It shows up as pain around the kneecap. Stronger thigh and hip muscles take strain off the knee and help it track in better alignment. That can ease the pain and help stop it coming back. These five exercises come from Jimmy Pipe, a physiotherapist who coaches runners in strength work. He used them himself to get over runner's knee and to keep it from coming back.",
  equipment: [
    'Long tube-style resistance band',
    'Sturdy anchor point',
    'Low step or box',
    'Barbell',
    'Weight plates',
    'Dumbbells',
    'Mat or padding for the knees',
  ],
  anchorAdvice:
    'Banded exercises need an anchor that will not move when you pull on it. A squat rack, the side of a pull-up station or a heavy piece of gym kit all work well. For that reason this routine suits a gym better than your living room.',
  safety: [
    'If your knee pain is severe or will not go away, get it checked by a physiotherapist or doctor before you try these exercises.',
    "Strength work helps keep runner's knee away, but it will not always cure it on its own.",
    'If an exercise hurts, stop it. Working through pain can make the knee worse.',
    'New to lifting, or trying the front-foot elevated lunge for the first time? Do it without a bar. Add weight slowly, starting light, once the move feels easy to control.',
  ],
  tips: [
    'Strength training for runners is about endurance and staying injury-free, not lifting as much as possible or building size. Keep the weights moderate and the movement clean.',
    'Running shoes that suit the way you run can also take some load off your knees.',
  ],
  credits: [
    { role: 'Physiotherapist', name: 'Jimmy Pipe' },
    { role: 'Publisher', name: "Tom's Guide" },
    { role: 'Writer', name: 'Jessica Downey' },
  ],
  exercises: [
    {
      id: 'terminal-knee-extension',
      name: 'Banded Terminal Knee Extension',
      purpose: 'Wakes up the front of the thigh to lock the knee out fully and smoothly.',
      muscles: ['Quadriceps', 'Inner quad (VMO)'],
      equipment: ['Long tube-style resistance band', 'Sturdy anchor point'],
      setup:
        'Tie the band to a solid anchor at about knee height. Step into the loop so it sits just behind one knee. Walk back until the band is taut, then stand tall with that knee a little bent.',
      steps: [
        'Stand tall with your weight on the banded leg and the knee slightly bent.',
        'Press the back of the knee into the band until the leg is straight.',
        'Squeeze the front of your thigh hard at the top.',
        'Let the knee bend slowly back to the start against the band.',
      ],
      cues: ['Squeeze the thigh at the top', 'Keep your heel down', 'Slow on the way back'],
      mistakes: [
        'Snapping the knee back hard instead of straightening it under control.',
        'Leaning the hips or chest back to straighten the leg.',
        'Letting the heel lift off the floor.',
      ],
      easier: {
        name: 'Lighter band',
        description: 'Use a lighter band or stand closer to the anchor so there is less pull.',
      },
      harder: {
        name: 'Heavier band',
        description:
          'Use a thicker band or step further back, and hold the squeeze a little longer.',
      },
      prescription: {
        sets: 3,
        reps: 15,
        perSide: true,
        restSeconds: 30,
        tempo: 'squeeze 2 s at the top',
        suggested: true,
      },
    },
    {
      id: 'spanish-squat',
      name: 'Spanish Squat',
      purpose: 'Loads the thighs in a held squat while keeping stress off the front of the knee.',
      muscles: ['Quadriceps', 'Glutes'],
      equipment: ['Long tube-style resistance band', 'Sturdy anchor point'],
      setup:
        'Anchor the band low down (a heavy one works best here), then step both legs into the loop so it sits behind your knees. Walk back until the band pulls firmly, feet about hip-width apart.',
      steps: [
        'Stand tall with the band tight behind both knees.',
        'Sit your hips back and down, letting the band hold your knees back.',
        'Keep your shins upright and stop when your thighs are close to level or you feel a strong burn.',
        'Hold that position for the set time, breathing steadily.',
        'Stand back up slowly to finish.',
      ],
      cues: ['Shins stay upright', 'Sit back into the band', 'Chest up', 'Keep breathing'],
      mistakes: [
        'Letting the knees drift forward past the toes.',
        'Holding your breath through the hold.',
        'Using a band so light it does not hold the knees back.',
      ],
      easier: {
        name: 'Shallower hold',
        description:
          'Sit back only part of the way, or shorten the hold, until it feels comfortable.',
      },
      harder: {
        name: 'Deeper or longer hold',
        description:
          'Sit a little deeper, add a few seconds to each hold, or hold a dumbbell at your chest.',
      },
      prescription: {
        sets: 4,
        holdSeconds: 30,
        perSide: false,
        restSeconds: 60,
        getReadySeconds: 5,
        suggested: true,
      },
    },
    {
      id: 'poliquin-step-down',
      name: 'Poliquin Step Down',
      purpose: 'Builds control of the knee as it bends forward over the foot, one leg at a time.',
      muscles: ['Quadriceps', 'Inner quad (VMO)', 'Glutes'],
      equipment: ['Low step or box', 'Weight plates (optional)'],
      setup:
        'Stand on one leg on a low step, with the other foot hanging just off the edge. Hold on to something light for balance if you need to.',
      steps: [
        'Stand tall on the step with the working leg straight.',
        'Bend the working knee slowly and let it travel forward over your toes.',
        'Lower until the heel of the free foot just touches the floor.',
        'Push through the whole foot on the step to stand back up.',
      ],
      cues: ['Slow on the way down', 'Knee goes forward over the toes', 'Hips stay level'],
      mistakes: [
        'Dropping down fast instead of lowering under control.',
        'Letting the knee cave in towards the other leg.',
        'Pushing off the floor with the free foot.',
      ],
      easier: {
        name: 'Lower step',
        description: 'Use a lower step, or only lower part of the way, and hold a support.',
      },
      harder: {
        name: 'Higher step or raised heel',
        description:
          'Use a slightly higher step, stand with the heel on a small plate, or hold light dumbbells.',
      },
      caution: 'Keep the step low at first. Stop if you feel sharp pain at the front of the knee.',
      prescription: {
        sets: 3,
        reps: 8,
        perSide: true,
        restSeconds: 60,
        tempo: '3 s down',
        suggested: true,
      },
    },
    {
      id: 'front-foot-elevated-lunge',
      name: 'Front-Foot Elevated Lunge',
      purpose: 'Strengthens the thighs and hips through a long range with the front foot raised.',
      muscles: ['Quadriceps', 'Glutes', 'Hamstrings'],
      equipment: ['Low step or box', 'Barbell (optional)', 'Dumbbells (optional)'],
      setup:
        'Put your front foot on a low step or box (a stacked weight plate also works). Take a long stride back with the other foot. Start with no weight at all.',
      steps: [
        'Stand tall with the front foot raised and the back foot on its toes.',
        'Lower straight down until the back knee is close to the floor.',
        'Keep the front foot flat and your weight through the middle of it.',
        'Drive through the front foot to rise back up.',
      ],
      cues: ['Drop straight down', 'Front foot flat', 'Tall through the chest'],
      mistakes: [
        'Loading up a bar before the movement feels steady.',
        'Letting the front knee fall inwards.',
        'Leaning far forward over the front leg.',
      ],
      easier: {
        name: 'Bodyweight, flat floor',
        description: 'Do it with no weight and both feet on the floor, or hold a support.',
      },
      harder: {
        name: 'Loaded lunge',
        description:
          'Hold dumbbells or take a barbell across your upper back, adding weight a little at a time.',
      },
      caution:
        'First time, or new to lifting? Do it with no bar. Add weight gradually, starting light, once the movement feels comfortable.',
      prescription: {
        sets: 3,
        reps: 8,
        perSide: true,
        restSeconds: 90,
        suggested: true,
      },
    },
    {
      id: 'reverse-nordic-curl',
      name: 'Reverse Nordic Curl',
      purpose:
        'Strengthens the front of the thigh as it lengthens, which helps the knee absorb load.',
      muscles: ['Quadriceps', 'Hip flexors'],
      equipment: ['Mat or padding for the knees'],
      setup:
        'Kneel on a mat with your knees hip-width apart and your toes on the floor. Keep your body upright, in one line from knees to head.',
      steps: [
        'Kneel tall with your hips pushed forward and your body straight.',
        'Lean back slowly from the knees, keeping the hips straight.',
        'Stop where you still feel in control.',
        'Squeeze the front of your thighs to pull yourself back up to kneeling.',
      ],
      cues: ['Hips stay straight', 'Lean back from the knees', 'Only as far as you control'],
      mistakes: [
        'Bending at the hips instead of leaning back as one line.',
        'Going too far back and dropping out of control.',
        'Arching the lower back.',
      ],
      easier: {
        name: 'Smaller lean',
        description:
          'Lean back only a short way, or hold a band anchored in front of you for support.',
      },
      harder: {
        name: 'Bigger range',
        description: 'Lean back further, or pause for a second at the lowest point you control.',
      },
      caution: 'Keep the lean small if your knee complains. Use padding under your knees.',
      prescription: {
        sets: 3,
        reps: 6,
        perSide: false,
        restSeconds: 60,
        tempo: '3 s lean back',
        suggested: true,
      },
    },
  ],
});
