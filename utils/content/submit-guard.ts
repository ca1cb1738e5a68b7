const SUBMIT_TEXT = /^(确认)?(提交|上报|报送|送审|提交审核|确认上报|submit)/i;

/** The control a click landed on, if it is the page's own submit / 上报 / 提交 button. */
export function submitControl(target: EventTarget | null): HTMLElement | null {
  const el = (target as Element | null)?.closest?.(
    'button, input[type="submit"], input[type="button"], a, [role="button"]',
  );
  if (!el) return null;
  const text = (el.tagName === 'INPUT' ? (el as HTMLInputElement).value : (el.textContent ?? '')).replace(/\s+/g, '');
  const isSubmitInput = el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'submit' && !text;
  return isSubmitInput || SUBMIT_TEXT.test(text) ? (el as HTMLElement) : null;
}

/** One open item of the checklist, in words, and where the user can fix it (a field), if it is on the page. */
export interface GuardItem {
  text: string;
  /** The field to go to (the first one, when the item covers several). */
  fieldId?: string;
  /** That field as the user reads it (its label, with its row in a table). */
  where?: string;
  /** Validation problems only: errors (必须修改) and unexplained warnings (请核实或填写说明) are listed apart. */
  severity?: 'error' | 'warning';
}

/** What the guard says: the open items, and a note on the requirement the page serves (none active, …). */
export interface GuardReport {
  items: GuardItem[];
  note: string | null;
}

export interface GuardActions {
  /** Go on with the submission: replays the user's click. */
  proceed(): void;
  /** Scroll to a field and focus it. */
  goTo(fieldId: string): void;
  note: string | null;
}

/** How the guard asks the user: the dialog lives in components/fields/guard-dialog.ts. */
export interface GuardUi {
  show(items: readonly GuardItem[], control: HTMLElement, actions: GuardActions): void;
  close(): void;
}

/**
 * When the user presses the page's own submit button with checklist items open, asks them first (back, or go
 * on). It stops that one click, never the page: "仍要提交" replays the click untouched.
 */
export class SubmitGuard {
  private bypass = false;

  constructor(
    private readonly missing: () => GuardReport,
    private readonly ui: GuardUi,
    private readonly goTo: (fieldId: string) => void,
  ) {}

  /** Call from a capturing click listener; returns true when it took the click. */
  onClick(e: Event): boolean {
    // Only the user's own click: a page that clicks its own button from script is left alone (it could submit
    // its form anyway), and a page cannot open our dialog to learn what the checklist says.
    if (this.bypass || !e.isTrusted) return false;
    const control = submitControl(e.target);
    if (!control) return false;
    const { items, note } = this.missing();
    if (!items.length) return false;
    e.preventDefault();
    e.stopImmediatePropagation();
    this.ui.show(items, control, {
      proceed: () => {
        this.bypass = true;
        try {
          control.click();
        } finally {
          this.bypass = false;
        }
      },
      goTo: this.goTo,
      note,
    });
    return true;
  }

  destroy(): void {
    this.ui.close();
  }
}
