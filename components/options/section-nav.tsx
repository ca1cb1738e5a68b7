import { useEffect, useRef, useState } from 'preact/hooks';
import { type MessageKey, t } from '@/utils/i18n';

/** The dashboard's sections in page order: the id of each section element and its heading's message. */
export const SECTIONS: readonly { id: string; label: MessageKey }[] = [
  { id: 'followed', label: 'followedHeading' },
  { id: 'timeline', label: 'timelineHeading' },
  { id: 'freshness', label: 'freshnessHeading' },
  { id: 'import', label: 'importHeading' },
  { id: 'packs', label: 'packsHeading' },
  { id: 'drafts', label: 'draftsHeading' },
  { id: 'sites', label: 'sitesHeading' },
  { id: 'policy', label: 'policyHeading' },
  { id: 'mappings', label: 'mappingsHeading' },
  { id: 'preview', label: 'previewHeading' },
  { id: 'settings', label: 'settingsHeading' },
  { id: 'known', label: 'knownPlatformsHeading' },
];

/** How far below the viewport's top a section's top may be and still be the one being read (the nav's height). */
const READING_LINE = 96;

/**
 * Links to every section, the one being read marked with aria-current. Ordinary in-page links: Tab reaches them,
 * Enter follows them, the browser scrolls; focus then moves to the section so the keyboard carries on from there.
 */
export function SectionNav() {
  const [current, setCurrent] = useState(SECTIONS[0]?.id ?? '');
  // The link last followed: the short sections at the bottom never reach the top, so the scroll position alone
  // would mark the one above them.
  const chosen = useRef<string | null>(null);
  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const doc = document.documentElement;
      const atBottom = window.scrollY + window.innerHeight >= doc.scrollHeight - 2;
      const picked = chosen.current ? document.getElementById(chosen.current) : null;
      if (atBottom && picked && picked.getBoundingClientRect().top < window.innerHeight) {
        return setCurrent(picked.id);
      }
      let reading = SECTIONS[0]?.id ?? '';
      for (const s of SECTIONS) {
        const el = document.getElementById(s.id);
        if (el && el.getBoundingClientRect().top <= READING_LINE) reading = s.id;
      }
      setCurrent(reading);
    };
    const onScroll = () => {
      frame ||= requestAnimationFrame(update);
    };
    // Sections render after their data loads: measure again when the page grows.
    const grown = new ResizeObserver(onScroll);
    grown.observe(document.body);
    // The user scrolling by hand takes over from the link last followed.
    const byHand = () => {
      chosen.current = null;
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('wheel', byHand, { passive: true });
    window.addEventListener('touchmove', byHand, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('wheel', byHand);
      window.removeEventListener('touchmove', byHand);
      grown.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, []);
  return (
    <nav class="section-nav" aria-label={t('navLabel')} data-testid="section-nav">
      <ul>
        {SECTIONS.map((s) => (
          <li key={s.id}>
            <a
              href={`#${s.id}`}
              aria-current={current === s.id ? 'location' : undefined}
              onClick={() => {
                chosen.current = s.id;
                setCurrent(s.id);
                // After the browser's own jump to the anchor: focus follows, without a second scroll.
                requestAnimationFrame(() => document.getElementById(s.id)?.focus({ preventScroll: true }));
              }}
            >
              {t(s.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
