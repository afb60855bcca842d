// A React 19 app using the widget as a publisher's would: `routine` is a prop React sets as
// the element's property, `no-persist` an attribute, and `onroutine-set-complete` React's own
// listener for that event.
import type {} from 'runner-knee-routine/react';
import 'runner-knee-routine';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { SetCompleteEvent } from 'runner-knee-routine';
import { describeSet, type MountApp } from '../framework-app.js';

interface AppProps {
  routine: object;
  onSet: (event: SetCompleteEvent) => void;
}

function App({ routine, onSet }: AppProps) {
  const [lastSet, setLastSet] = useState('none');
  const handleSet = (event: SetCompleteEvent) => {
    onSet(event);
    setLastSet(describeSet(event.detail));
  };
  return (
    <main>
      <exercise-routine routine={routine} no-persist onroutine-set-complete={handleSet} />
      <p className="last-set">{lastSet}</p>
    </main>
  );
}

export const mount: MountApp = async (container, routine) => {
  const received: Event[] = [];
  const root = createRoot(container);
  flushSync(() => root.render(<App routine={routine} onSet={(event) => received.push(event)} />));
  const element = container.querySelector<HTMLElement>('exercise-routine');
  if (!element) throw new Error('the app rendered no <exercise-routine>');
  return { element, received, unmount: () => root.unmount() };
};
