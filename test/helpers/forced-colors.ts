import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Turns forced colours (Windows High Contrast) on or off for the test page, through the
 * runner's `emulate-forced-colors` command (Chromium). Returns whether forced colours are
 * active afterwards: a browser the command cannot drive reports false, and the tests then
 * check the stylesheets instead of skipping.
 */
export async function forcedColors(active: boolean): Promise<boolean> {
  try {
    await executeServerCommand('emulate-forced-colors', { active });
  } catch {
    // Not offered for this browser.
  }
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return matchMedia('(forced-colors: active)').matches;
}

/** A colour as the browser resolves it now: a system colour such as `GrayText`, or any other. */
export function systemColor(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/** The text of every rule in `@media (forced-colors: active)` blocks of an element's styles. */
export function forcedColorsRules(styles: readonly { cssText: string }[]): string {
  return (
    styles
      .map((style) => style.cssText)
      .join('\n')
      // Minified or not: `(forced-colors: active)` or `(forced-colors:active)`.
      .split(/@media ?\(forced-colors: ?active\)/)
      .slice(1)
      .join('\n')
  );
}
