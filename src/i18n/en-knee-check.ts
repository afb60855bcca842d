import type { KneeCheckStrings } from './strings.js';

/** English for the knee check. */
export const enKneeCheck: KneeCheckStrings = {
  title: 'Knee check',
  checkInQuestion: 'How does your knee feel right now?',
  morningQuestion: 'Is your knee worse this morning than before your last session?',
  yes: 'Yes',
  no: 'No',
  notSure: 'Not sure',
  rateQuestion: 'How much did your knee hurt during that exercise?',
  rating: (value) =>
    value === 0 ? '0, no pain' : value === 10 ? '10, worst imaginable' : `${value}`,
  noPain: '0 no pain',
  worstPain: '10 worst imaginable',
  skip: 'Skip',
  carryOn: 'Good — keep going.',
  easeOff:
    'Some pain is fine, but keep it at 5 or below. The rest of today’s exercises are switched to their easier options.',
  easeOffToday: 'To go easy on your knee, today’s exercises are switched to their easier options.',
  checkTomorrow:
    'Check your knee tomorrow morning: it should feel no worse than before this session.',
  easierOption: (name, description) => `Easier option: ${name}. ${description}`,
  backToStandard: 'Back to the standard exercises',
  standardAgain: 'Standard exercises again. Ease off if your knee hurts.',
  easierShort: (name) => `Easier option: ${name}`,
  standardShort: 'Standard',
  carryOnShort: 'Good — keep going. General guidance, not a diagnosis.',
  easeOffShort: 'Easier options now; keep pain to 5 or less. General guidance, not a diagnosis.',
  easeOffTodayShort: 'Easier options today. General guidance, not a diagnosis.',
  stopTitle: 'Stop here for today',
  stopReason:
    'Pain above 5 out of 10, or 3 points or more above how your knee felt at the start, is a sign to rest it.',
  seeProfessional: 'If the pain is severe or keeps coming back, see a physiotherapist or doctor.',
  progressKept: 'Your progress so far is kept.',
  finishToday: 'Finish for today',
  continueAnyway: 'Continue anyway',
  confirmContinue: 'Yes, continue anyway',
  continueWarning: 'Only if you are sure: stop at once if it hurts.',
  guidance: 'This is general guidance, not a diagnosis.',
  historyTitle: 'Your knee history',
  chartCaption: 'Sessions per week and the highest pain of each session, last 8 weeks',
  weekOf: (date) => `Week of ${date}`,
  sessions: 'Sessions',
  highestPain: 'Highest pain (0–10)',
  notRated: 'not rated',
  noHistory: 'No sessions saved on this device yet.',
  notSaved: 'Nothing is saved on this page: the history shows this session only.',
  storageUnavailable:
    'Your history can’t be saved in this browser: the check still works for this session.',
  storageCorrupt:
    'The saved history could not be read and is set aside: this session is saved afresh.',
  privacy: 'Your ratings and history stay on this device.',
  downloadJson: 'Download my history (JSON)',
  downloadCsv: 'Download my history (CSV)',
  deleteHistory: 'Delete history',
  confirmDelete:
    'Delete everything this widget saved on this device: progress, settings and history?',
  yesDelete: 'Yes, delete',
  cancel: 'Cancel',
  deleted: 'Deleted: this widget keeps nothing on this device now.',
};
