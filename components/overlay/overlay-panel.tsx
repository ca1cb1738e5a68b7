import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { OverlayState } from '@/utils/settings/overlay';

export interface OverlayPanelProps {
  shortName: string;
  fullName: string;
  via: 'host' | 'user-site';
  signalMissing: boolean;
  initial: OverlayState;
  onStateChange: (s: OverlayState) => void;
  children?: ComponentChildren;
}

const MARGIN = 8;
const STEP = 32;

function clampTop(top: number): number {
  const max = Math.max(MARGIN, window.innerHeight - 56);
  return Math.min(Math.max(MARGIN, Math.round(top)), max);
}

/**
 * The panel the user sees on a platform page: the platform's name, and below it whatever the later capabilities
 * add. It docks to the left or right edge, moves up and down by drag or arrow keys, and collapses to its header so
 * it never covers the page's own buttons for long; the state is remembered.
 */
export function OverlayPanel(props: OverlayPanelProps) {
  const [state, setState] = useState<OverlayState>({ ...props.initial, top: clampTop(props.initial.top) });
  const drag = useRef<{ startY: number; startTop: number; moved: boolean } | null>(null);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    props.onStateChange(state);
  }, [state.collapsed, state.side, state.top]);

  const update = (patch: Partial<OverlayState>) => setState((s) => ({ ...s, ...patch }));

  const onPointerDown = (e: PointerEvent) => {
    if (e.button !== 0) return;
    drag.current = { startY: e.clientY, startTop: state.top, moved: false };
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent) => {
    const d = drag.current;
    if (!d) return;
    const dy = e.clientY - d.startY;
    if (Math.abs(dy) > 3) d.moved = true;
    if (d.moved) update({ top: clampTop(d.startTop + dy) });
  };
  const onPointerUp = (e: PointerEvent) => {
    const d = drag.current;
    drag.current = null;
    if (d?.moved) update({ side: e.clientX < window.innerWidth / 2 ? 'left' : 'right' });
  };
  const onGripKey = (e: KeyboardEvent) => {
    const moves: Record<string, () => void> = {
      ArrowUp: () => update({ top: clampTop(state.top - STEP) }),
      ArrowDown: () => update({ top: clampTop(state.top + STEP) }),
      ArrowLeft: () => update({ side: 'left' }),
      ArrowRight: () => update({ side: 'right' }),
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      move();
    }
  };
  const onPanelKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && !state.collapsed) {
      e.stopPropagation();
      update({ collapsed: true });
    }
  };

  const otherSide = state.side === 'left' ? 'right' : 'left';
  return (
    <section
      class="tb-panel"
      data-testid="overlay-panel"
      data-side={state.side}
      data-collapsed={String(state.collapsed)}
      style={{ top: `${state.top}px` }}
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
          <span aria-hidden="true">⋮⋮</span>
        </button>
        <span class="tb-brand" aria-hidden="true">
          填
        </span>
        <span class="tb-name" data-testid="platform-name" title={props.fullName}>
          {props.shortName}
        </span>
        <button
          type="button"
          class="tb-icon"
          data-testid="overlay-dock"
          title={state.side === 'left' ? t('overlayDockRight') : t('overlayDockLeft')}
          aria-label={state.side === 'left' ? t('overlayDockRight') : t('overlayDockLeft')}
          onClick={() => update({ side: otherSide })}
        >
          <span aria-hidden="true">{state.side === 'left' ? '→' : '←'}</span>
        </button>
        <button
          type="button"
          class="tb-icon"
          data-testid="overlay-toggle"
          aria-expanded={!state.collapsed}
          title={state.collapsed ? t('overlayExpand') : t('overlayCollapse')}
          aria-label={state.collapsed ? t('overlayExpand') : t('overlayCollapse')}
          onClick={() => update({ collapsed: !state.collapsed })}
        >
          <span aria-hidden="true">{state.collapsed ? '▾' : '▴'}</span>
        </button>
      </header>
      {!state.collapsed && (
        <div class="tb-body" data-testid="overlay-body">
          <p class="tb-full">{props.fullName}</p>
          <p class="tb-meta">{props.via === 'host' ? t('overlayViaHost') : t('overlayViaUserSite')}</p>
          {props.signalMissing && props.via === 'user-site' && (
            <p class="tb-warn" role="note">
              {t('overlaySignalMissing')}
            </p>
          )}
          {props.children}
        </div>
      )}
    </section>
  );
}
