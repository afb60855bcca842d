// A Vue 3 app using the widget as a publisher's would, from a template: `:routine` binds the
// element's property, `no-persist` is an attribute, and `@routine-set-complete` is Vue's own
// listener for that event. The template is compiled in the browser (Vue's full build).
import type {} from 'runner-knee-routine/vue';
import 'runner-knee-routine';
import { createApp, nextTick, ref } from 'vue';
import type { SetCompleteEvent } from 'runner-knee-routine';
import { describeSet, type MountApp } from '../framework-app.js';

const TEMPLATE = `
  <main>
    <exercise-routine :routine="routine" no-persist @routine-set-complete="onSet" />
    <p class="last-set">{{ lastSet }}</p>
  </main>`;

export const mount: MountApp = async (container, routine) => {
  const received: Event[] = [];
  const app = createApp({
    setup() {
      const lastSet = ref('none');
      const onSet = (event: SetCompleteEvent) => {
        received.push(event);
        lastSet.value = describeSet(event.detail);
      };
      return { routine, lastSet, onSet };
    },
    template: TEMPLATE,
  });
  // Tags with a hyphen are custom elements, not Vue components to resolve.
  app.config.compilerOptions.isCustomElement = (tag) => tag.includes('-');
  app.mount(container);
  await nextTick();
  const element = container.querySelector<HTMLElement>('exercise-routine');
  if (!element) throw new Error('the app rendered no <exercise-routine>');
  return { element, received, unmount: () => app.unmount() };
};
