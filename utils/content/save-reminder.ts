const SAVE_TEXT = /^(保存|暂存|临时保存|保存草稿|暂存草稿|save)/i;

/** The control a click landed on, if it is the page's own 保存 / 暂存 button. */
export function saveControl(target: EventTarget | null): HTMLElement | null {
  const el = (target as Element | null)?.closest?.(
    'button, input[type="submit"], input[type="button"], a, [role="button"]',
  );
  if (!el) return null;
  const text = (el.tagName === 'INPUT' ? (el as HTMLInputElement).value : (el.textContent ?? '')).replace(/\s+/g, '');
  return SAVE_TEXT.test(text) ? (el as HTMLElement) : null;
}

/** What the panel shows: whether to remind, after how many minutes, and whether drafts are kept on this machine. */
export interface SaveReminderState {
  due: boolean;
  minutes: number;
}

const MINUTE = 60_000;

/**
 * The platform's own session drops typed work when it expires. This tracks the time since the page's 保存/暂存 was
 * last clicked (or the page loaded) while the user types; once the user has typed and `minutes` have gone by without
 * a save, it reminds them, quietly. It never clicks anything itself. A click of 保存 starts over.
 */
export class SaveReminder {
  private savedAt: number;
  private typed = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  state: SaveReminderState;

  constructor(
    private minutes: number,
    private readonly onChange: () => void,
    signal: AbortSignal,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.savedAt = now();
    this.state = { due: false, minutes };
    signal.addEventListener('abort', () => this.stop());
  }

  /** The user typed in a field of the page (their own, trusted edit). */
  typedNow(): void {
    this.typed = true;
    this.schedule();
  }

  /** A click anywhere: the page's own 保存/暂存, clicked by the user, starts the count again. */
  clicked(e: Event): void {
    if (e.isTrusted && saveControl(e.target)) this.saved();
  }

  /** The platform has what was typed: nothing to remind of until the user types again. */
  saved(): void {
    this.savedAt = this.now();
    this.typed = false;
    this.stop();
    this.set(false);
  }

  /** The minutes changed (settings or policy); 0 turns the reminder off. */
  setMinutes(minutes: number): void {
    this.minutes = minutes;
    this.stop();
    this.set(false);
    this.schedule();
  }

  private schedule(): void {
    if (this.timer !== null || this.state.due || !this.typed || this.minutes <= 0) return;
    const wait = Math.max(0, this.savedAt + this.minutes * MINUTE - this.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.typed && this.now() - this.savedAt >= this.minutes * MINUTE) this.set(true);
      else this.schedule();
    }, wait);
  }

  private set(due: boolean): void {
    const next = { due, minutes: this.minutes };
    if (next.due === this.state.due && next.minutes === this.state.minutes) return;
    this.state = next;
    this.onChange();
  }

  private stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
