import { type DraftKey, type DraftSave, draftId } from '@/utils/drafts/schema';

export const MIN_INTERVAL_MS = 1000;

export interface AutosaveStatus {
  savedAt: number | null;
  error: string | null;
  pending: number;
}

/**
 * Keeps the changed fields of a form and sends them as a delta, at most once a second (so a crash loses at most
 * the last second), and at once when the page is hidden or left. Never re-reads the form.
 */
export class Autosave {
  private dirty = new Map<string, { value: string; label: string }>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastSent = 0;
  private inFlight: Promise<void> | null = null;
  /** What this page saved, by field, into the draft `savedFor` (a draft id): sending it again changes nothing. */
  private saved = new Map<string, string>();
  private savedFor: string | null = null;
  /** What is on its way to the background now, and for which draft. */
  private sending: { id: string; fields: ReadonlyMap<string, { value: string }> } | null = null;
  status: AutosaveStatus = { savedAt: null, error: null, pending: 0 };

  constructor(
    private readonly send: (save: DraftSave) => Promise<{ savedAt: number }>,
    private readonly context: () => { key: DraftKey | null; title: string; url: string },
    private readonly onStatus: () => void,
  ) {}

  change(fieldId: string, value: string, label: string): void {
    this.dirty.set(fieldId, { value, label });
    this.status = { ...this.status, pending: this.dirty.size };
    if (this.timer) return;
    const wait = Math.max(0, MIN_INTERVAL_MS - (Date.now() - this.lastSent));
    this.timer = setTimeout(() => void this.flush(), wait);
  }

  /**
   * Whether this page saved exactly `value` for the field into the form's current draft, or is saving it now, and
   * nothing newer waits. (A save that fails puts its values back in the queue: they are sent again.)
   */
  holds(fieldId: string, value: string): boolean {
    const { key } = this.context();
    if (key === null || this.dirty.has(fieldId)) return false;
    const id = draftId(key);
    if (this.sending?.id === id && this.sending.fields.has(fieldId))
      return this.sending.fields.get(fieldId)?.value === value;
    return this.savedFor === id && this.saved.get(fieldId) === value;
  }

  /** Sends what is pending now (page hidden or left, or the timer). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const { key, title, url } = this.context();
    if (!key || this.dirty.size === 0) return;
    await this.inFlight;
    const delta: Record<string, string> = {};
    const labels: Record<string, string> = {};
    for (const [id, { value, label }] of this.dirty) {
      delta[id] = value;
      labels[id] = label;
    }
    const sent = this.dirty;
    this.dirty = new Map();
    this.lastSent = Date.now();
    this.sending = { id: draftId(key), fields: sent };
    this.inFlight = this.send({ key, delta, labels, title, url }).then(
      (r) => {
        const id = draftId(key);
        if (this.savedFor !== id) {
          this.saved = new Map();
          this.savedFor = id;
        }
        for (const [fieldId, { value }] of sent) this.saved.set(fieldId, value);
        this.sending = null;
        this.status = { savedAt: r.savedAt, error: null, pending: this.dirty.size };
        this.onStatus();
      },
      (e: unknown) => {
        // Nothing is lost: the unsent changes go back in the queue (newer edits win), and the user is told.
        this.sending = null;
        for (const [id, v] of sent) if (!this.dirty.has(id)) this.dirty.set(id, v);
        this.status = { ...this.status, error: e instanceof Error ? e.message : String(e), pending: this.dirty.size };
        this.onStatus();
      },
    );
    await this.inFlight;
  }

  destroy(): void {
    clearTimeout(this.timer);
  }
}
