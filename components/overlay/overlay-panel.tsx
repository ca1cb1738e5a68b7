import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Bus } from '@/utils/content/bus';
import { t } from '@/utils/i18n';
import { tn } from '../ui/plural';

export interface OverlayPlace {
  side: 'left' | 'right';
  top: number;
}

/** Lets the toolbar's keyboard shortcut (manifest `commands`) open and close the panel. */
export interface OverlayControl {
  toggle(): boolean;
}

export interface OverlayPanelProps {
  shortName: string;
  fullName: string;
  via: 'host' | 'user-site';
  signalMissing: boolean;
  place: OverlayPlace;
  open: boolean;
  bus: Bus;
  onPlace: (p: OverlayPlace) => void;
  onOpen: (open: boolean) => void;
  control: OverlayControl;
  children?: ComponentChildren;
}

const MARGIN = 8;
const STEP = 32;

function clampTop(top: number): number {
  const max = Math.max(MARGIN, window.innerHeight - 56);
  return Math.min(Math.max(MARGIN, Math.round(top)), max);
}

/** What the pill says to a screen reader: the same three facts it shows, in words. */
function pillLabel(name: string, problems: number | null, offer: boolean, days: number | null): string {
  const parts = [t('overlayExpand'), name];
  if (problems) parts.push(tn('pillProblems', problems));
  if (offer) parts.push(t('pillDraft'));
  if (days !== null) parts.push(days < 0 ? t('pillOverdue') : days === 0 ? t('pillToday') : tn('pillDays', days));
  return parts.join(t('clauseSep'));
}

/**
 * The overlay: a small pill by default (problem count, a dot when a draft can be restored, days to the nearest
 * deadline) that opens into the panel. The panel's body stays mounted while collapsed, only hidden, so the field
 * engine keeps counting and every data-testid stays in the shadow root. It docks left or right, moves by drag or
 * arrow keys, and steps aside (bus.dodge) while the user works on a field it would cover.
 */
export function OverlayPanel(props: OverlayPanelProps) {
  const [place, setPlace] = useState<OverlayPlace>({ ...props.place, top: clampTop(props.place.top) });
  const [open, setOpen] = useState(props.open);
  const [, setTick] = useState(0);
  const drag = useRef<{ startY: number; startTop: number; moved: boolean } | null>(null);
  const bus = props.bus;
  useEffect(() => bus.subscribe(() => setTick((n) => n + 1)), [bus]);

  const move = (patch: Partial<OverlayPlace>) => {
    // The user puts the panel somewhere: that wins over standing aside.
    bus.setDodge(null);
    const next = { ...place, ...patch };
    setPlace(next);
    props.onPlace(next);
  };
  const show = (o: boolean) => {
    setOpen(o);
    props.onOpen(o);
  };
  props.control.toggle = () => {
    show(!open);
    return !open;
  };

  const onPointerDown = (e: PointerEvent) => {
    if (e.button !== 0) return;
    drag.current = { startY: e.clientY, startTop: place.top, moved: false };
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent) => {
    const d = drag.current;
    if (!d) return;
    const dy = e.clientY - d.startY;
    if (Math.abs(dy) > 3) d.moved = true;
    if (d.moved) setPlace({ ...place, top: clampTop(d.startTop + dy) });
  };
  const onPointerUp = (e: PointerEvent) => {
    const d = drag.current;
    drag.current = null;
    if (d?.moved) move({ side: e.clientX < window.innerWidth / 2 ? 'left' : 'right' });
  };
  const onGripKey = (e: KeyboardEvent) => {
    const moves: Record<string, Partial<OverlayPlace>> = {
      ArrowUp: { top: clampTop(place.top - STEP) },
      ArrowDown: { top: clampTop(place.top + STEP) },
      ArrowLeft: { side: 'left' },
      ArrowRight: { side: 'right' },
    };
    const patch = moves[e.key];
    if (patch) {
      e.preventDefault();
      move(patch);
    }
  };
  const onPanelKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      e.stopPropagation();
      show(false);
    }
  };

  const problems = bus.summary ? bus.problems.length : null;
  const offer = !!bus.hasOffer?.();
  const days = bus.days;
  // Standing aside for the field the user works on wins over where the user put the panel, only while it lasts.
  const dodge = bus.dodge;
  const side = dodge?.side ?? place.side;
  const top = dodge?.top ?? place.top;
  // The panel never runs past the viewport's bottom: its body scrolls inside it, from wherever its top is.
  const maxHeight = dodge?.maxHeight ?? window.innerHeight - top - MARGIN;
  return (
    <section
      class="tb-panel"
      data-testid="overlay-panel"
      data-side={side}
      data-collapsed={String(!open)}
      data-dodging={dodge ? 'true' : undefined}
      style={{ top: `${top}px`, maxHeight: `${Math.max(maxHeight, 40)}px` }}
      aria-label={t('extName')}
      onKeyDown={onPanelKey}
    >
      <header class="tb-header">
        <button
          type="button"
          class="tb-grip"
          title={t('overlayDragHint')}
          aria-label={t('overlayDragHint')}
          data-testid="overlay-grip"
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onKeyDown={onGripKey}
        >
          <span aria-hidden="true">⋮</span>
        </button>
        <button
          type="button"
          class="tb-pill"
          data-testid="overlay-toggle"
          aria-expanded={open}
          aria-label={open ? t('overlayCollapse') : pillLabel(props.shortName, problems, offer, days)}
          title={open ? t('overlayCollapse') : pillLabel(props.shortName, problems, offer, days)}
          onClick={() => show(!open)}
        >
          <span class="tb-brand" aria-hidden="true">
            填
          </span>
          {!open && (
            <span class="tb-pill-facts" aria-hidden="true">
              {problems !== null && (
                <span class={problems ? 'tb-count tb-count-bad' : 'tb-count'} data-testid="pill-problems">
                  {problems}
                </span>
              )}
              {offer && <span class="tb-dot" data-testid="pill-draft" />}
              {days !== null && (
                <span class="tb-pill-days" data-testid="pill-days">
                  {days < 0 ? '!' : tn('pillDaysShort', days)}
                </span>
              )}
            </span>
          )}
        </button>
        <span class="tb-name" data-testid="platform-name" title={props.fullName} hidden={!open}>
          {props.shortName}
        </span>
        {open && (
          <button
            type="button"
            class="tb-icon"
            data-testid="overlay-dock"
            title={place.side === 'left' ? t('overlayDockRight') : t('overlayDockLeft')}
            aria-label={place.side === 'left' ? t('overlayDockRight') : t('overlayDockLeft')}
            onClick={() => move({ side: place.side === 'left' ? 'right' : 'left' })}
          >
            <span aria-hidden="true">{place.side === 'left' ? '→' : '←'}</span>
          </button>
        )}
      </header>
      <div class="tb-body" data-testid="overlay-body" hidden={!open}>
        <p class="tb-full">
          {props.fullName}{' '}
          <span class="tb-meta">{props.via === 'host' ? t('overlayViaHost') : t('overlayViaUserSite')}</span>
        </p>
        {props.signalMissing && props.via === 'user-site' && (
          <p class="tb-warn" role="note">
            {t('overlaySignalMissing')}
          </p>
        )}
        {props.children}
      </div>
    </section>
  );
}
