// Three sample publishers' looks, each a handful of `--routine-*` properties: shown side by
// side in Guides/Publisher themes, and the presets of its playground.

/** The properties the playground offers, by arg name. */
export const THEME_PROPERTIES = {
  accent: '--routine-accent',
  accentContrast: '--routine-accent-contrast',
  surface: '--routine-surface',
  text: '--routine-text',
  muted: '--routine-muted',
  border: '--routine-border',
  tint: '--routine-tint',
  radius: '--routine-radius',
  spacing: '--routine-spacing',
  fontFamily: '--routine-font-family',
  fontSize: '--routine-font-size',
} as const;

export type ThemeValues = Partial<Record<keyof typeof THEME_PROPERTIES, string>>;

export interface PublisherTheme {
  name: string;
  values: ThemeValues;
}

export const PUBLISHER_THEMES = {
  news: {
    name: 'News site',
    values: {
      fontFamily: 'Georgia, serif',
      accent: '#b3261e',
      radius: '2px',
      tint: '#fbeeee',
    },
  },
  magazine: {
    name: 'Glossy magazine',
    values: {
      fontFamily: "'Helvetica Neue', Arial, sans-serif",
      accent: '#6b3fa0',
      radius: '20px',
      surface: '#fdfbff',
      tint: '#f1eafa',
      spacing: '20px',
    },
  },
  sport: {
    name: 'Sports brand',
    values: {
      fontFamily: 'system-ui, sans-serif',
      accent: '#0f5132',
      accentContrast: '#ffffff',
      radius: '8px',
      fontSize: '17px',
      border: '#0f5132',
    },
  },
} satisfies Record<string, PublisherTheme>;

/** The values as CSS custom properties, leaving out those not set (the widget's defaults). */
export function customProperties(values: ThemeValues): Record<string, string> {
  return Object.fromEntries(
    Object.entries(THEME_PROPERTIES)
      .filter(([key]) => values[key as keyof ThemeValues])
      .map(([key, property]) => [property, values[key as keyof ThemeValues]!]),
  );
}
