// Fails when the committed custom-elements.json differs from a freshly generated one,
// so the manifest (and the Storybook docs built from it) never go stale.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

// The analyzer resolves outdir against the working directory, so use a folder inside it.
const outdir = mkdtempSync(join('node_modules', '.cem-check-'));
try {
  execFileSync('npx', ['custom-elements-manifest', 'analyze'], {
    env: { ...process.env, CEM_OUTDIR: relative('.', outdir) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
  let committed = '';
  try {
    committed = readFileSync('custom-elements.json', 'utf8');
  } catch {
    // A missing manifest is stale too.
  }
  if (fresh !== committed) {
    console.error('custom-elements.json is stale: run `npm run manifest` and commit the result.');
    process.exit(1);
  }
  console.log('custom-elements.json is up to date.');
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
