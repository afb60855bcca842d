// The words of the take-along dialogs and confirmations: loaded with their code, on demand,
// rather than with the string table every first render loads (en.ts).

/** What the take-along dialogs and confirmations say, per language. */
export interface TakeAlongStrings {
  scanHint: string;
  remindersHint: (minutes: number) => string;
  days: string;
  time: string;
  download: string;
  chooseDay: string;
  downloaded: string;
  reminderText: (title: string) => string;
  linkCopied: string;
  copyFailed: string;
}

const en: TakeAlongStrings = {
  scanHint: 'Scan this code with your phone’s camera to open the routine there.',
  remindersHint: (minutes) =>
    `A weekly event at this time on the days you choose, at your local time wherever you are, with an alert ${minutes} minutes before.`,
  days: 'Days',
  time: 'Time',
  download: 'Download calendar file',
  chooseDay: 'Choose at least one day.',
  downloaded: 'Calendar file downloaded: open it to add the reminders.',
  reminderText: (title) => `Time for your ${title}.`,
  linkCopied: 'Link copied',
  copyFailed: 'Could not copy the link: copy it from the address bar.',
};

const byLanguage: Readonly<Record<string, TakeAlongStrings>> = { en };

/** The take-along strings for a BCP 47 tag, by primary language, else English. */
export function takeAlongStringsFor(lang: string): TakeAlongStrings {
  const primary = lang.toLowerCase().split('-')[0] ?? '';
  return Object.hasOwn(byLanguage, primary) ? (byLanguage[primary] as TakeAlongStrings) : en;
}
