// What each framework test app (test/frameworks/apps/) exports. The apps are bundled with
// their framework and the npm build (dist/) by scripts/framework-apps-plugin.js, as a
// publisher's bundler would, and served as /test/frameworks/apps/<name>.bundle.js.

export interface MountedApp {
  /** The `<exercise-routine>` the app rendered. */
  element: HTMLElement;
  /** Each `routine-set-complete` event the app's own handler received, in order. */
  received: Event[];
  unmount(): void;
}

/** Renders the app into `container`, passing `routine` to the element through the framework. */
export type MountApp = (container: HTMLElement, routine: object) => Promise<MountedApp>;

export type AppName = 'react-app' | 'vue-app';

/** The app's `mount`, from its bundle (a URL, not a module the type checker follows). */
export async function loadApp(name: AppName): Promise<MountApp> {
  const url = `/test/frameworks/apps/${name}.bundle.js`;
  const app = (await import(url)) as { mount: MountApp };
  return app.mount;
}

/** What the apps show of the last set done: "<exercise id>, set <n>". */
export const describeSet = ({ exerciseId, set }: { exerciseId: string; set: number }) =>
  `${exerciseId}, set ${set}`;
