import { useEffect, useState } from 'preact/hooks';

/**
 * The text of a settings input while the user types, apart from the value in force. Bound as `value`, a controlled
 * input is written back by every render of its section (the drafts list re-renders whenever a platform page saves a
 * draft): what the user had typed but not yet committed with Enter or Tab was lost, and the commit saw no change.
 * Returns the text, the input handler, and a setter to put the value in force back (bad input refused).
 */
export function useTypedText(inForce: string | number): [string, (e: Event) => void, (text: string) => void] {
  const [text, setText] = useState(String(inForce));
  useEffect(() => setText(String(inForce)), [inForce]);
  return [text, (e) => setText((e.currentTarget as HTMLInputElement).value), setText];
}
