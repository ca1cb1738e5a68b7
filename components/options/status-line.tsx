/** What an action of a dashboard section did: a message, read out at once when it is an error. */
export type Status = { kind: 'ok' | 'error'; text: string } | null;

/** A section's status line (role alert for an error, status otherwise); nothing when there is none. */
export function StatusLine({ status, testId }: { status: Status; testId: string }) {
  if (!status) return null;
  return (
    <p role={status.kind === 'error' ? 'alert' : 'status'} class={status.kind} data-testid={testId}>
      {status.text}
    </p>
  );
}
