import { useState } from 'preact/hooks';
import { copyText } from '@/utils/content/copy';
import { PLATFORMS } from '@/utils/platforms/registry';

const platformHost = (id: string) => PLATFORMS.find((p) => p.id === id)?.hosts[0];

import { countdownEn, countdownZh, type Status } from '@/utils/deadlines/status';
import { type MessageKey, platformLabel, t, uiIsEnglish } from '@/utils/i18n';
import type { TimedRequirement } from '@/utils/knowledge/timing';
import type { ChannelView, RequirementView } from '@/utils/knowledge/view';
import { isPageRequirement } from '@/utils/notices/page-id';
import { trusted } from '../ui/trusted';
import { reviewedAttr, UnreviewedTag } from '../ui/unreviewed';

const STATUS_KEY: Record<Status, MessageKey> = {
  overdue: 'statusOverdue',
  'due-soon': 'statusDueSoon',
  open: 'statusOpen',
  upcoming: 'statusUpcoming',
  history: 'statusHistory',
};

export function StatusBadge({ status }: { status: Status }) {
  return (
    <span class={`tb-status tb-status-${status}`} data-status-badge={status}>
      {t(STATUS_KEY[status])}
    </span>
  );
}

function CopyButton({ text }: { text: string }) {
  const [done, setDone] = useState<boolean | null>(null);
  return (
    <button
      type="button"
      class="tb-copy"
      data-testid="copy"
      data-copy={text}
      onClick={trusted(async () => setDone(await copyText(text)))}
      aria-label={`${t('copy')} ${text}`}
    >
      {done === null ? t('copy') : done ? t('copied') : t('copyFailed')}
    </button>
  );
}

/** What a copy button copies for an e-mail or postal channel. */
function channelCopy(c: ChannelView): string | null {
  if (c.type === 'email') return c.address ?? null;
  if (c.type === 'post' && c.address) return c.recipient ? `${c.address} ${c.recipient}` : c.address;
  return null;
}

function Details({ r }: { r: RequirementView }) {
  const n = r.notice;
  return (
    <dl class="tb-details" data-testid="requirement-details">
      <dt>{t('reqAction')}</dt>
      <dd>{r.action}</dd>
      <dt>{t('reqActor')}</dt>
      <dd>{r.actor}</dd>
      {r.channels.some((c) => c.type !== 'platform') && (
        <>
          <dt>{t('reqChannels')}</dt>
          <dd>
            <ul>
              {r.channels
                .filter((c) => c.type !== 'platform')
                .map((c, i) => (
                  <li key={i}>
                    {c.type === 'other' || !c.address ? c.text : `${c.address}${c.recipient ? ` ${c.recipient}` : ''}`}
                  </li>
                ))}
            </ul>
          </dd>
        </>
      )}
      {r.deadlines.length > 0 && (
        <>
          <dt>{t('reqDeadlines')}</dt>
          <dd>
            <ul>
              {r.deadlines.map((d, i) => (
                <li key={i}>
                  {d.label ? `${d.label}${t('colon')}` : ''}「{d.text}」
                  {d.date ? ` → ${d.date}` : d.monthDay ? ` → ${t('everyYear')} ${d.monthDay}` : ''}
                  {d.yearInferred && <span class="tb-muted">{t('parenthesis', t('yearInferred'))}</span>}
                  {d.note && <div class="tb-muted">{d.note}</div>}
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {r.contacts.length > 0 && (
        <>
          <dt>{t('reqContacts')}</dt>
          <dd>
            <ul>
              {r.contacts.map((c, i) => (
                <li key={i}>
                  {c.org ? `${c.org} ` : ''}
                  {c.name} {c.phones.join(t('listSep'))} {c.emails.join(t('listSep'))}
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {r.annexes.length > 0 && (
        <>
          <dt>{t('reqAnnexes')}</dt>
          <dd>
            <ul>
              {r.annexes.map((a) => (
                <li key={a.label}>
                  {a.label} {a.title}
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      <dt>{t('reqSource')}</dt>
      <dd>
        <blockquote data-testid="requirement-quote">{r.quote}</blockquote>
        <div class="tb-muted">{[n.docNumber, n.title, n.date, r.item].filter(Boolean).join(' · ')}</div>
      </dd>
      {r.note && (
        <>
          <dt>{t('reqNote')}</dt>
          <dd>{r.note}</dd>
        </>
      )}
    </dl>
  );
}

/** Where the task is delivered, in one line: the platform (a link where asked), e-mail or post with a copy button. */
function ChannelLine({ r, linkPlatforms }: { r: RequirementView; linkPlatforms: boolean }) {
  const parts = r.channels.filter((c) => c.type !== 'other');
  if (parts.length === 0 && r.platforms.length === 0) return null;
  const platforms = r.platforms.map((id) => {
    const host = platformHost(id);
    return linkPlatforms && host ? (
      <a key={id} href={`https://${host}/`} target="_blank" rel="noreferrer" data-testid="platform-link">
        {platformLabel(id)}
      </a>
    ) : (
      <span key={id}>{platformLabel(id)}</span>
    );
  });
  return (
    <div class="tb-req-channel" data-testid="channel-line">
      {t('reqChannels')}
      {t('colon')}
      {platforms}
      {parts.map((c, i) => {
        const copy = channelCopy(c);
        if (!copy) return null;
        return (
          <span key={i}>
            {' '}
            {c.type === 'email' ? <code>{copy}</code> : t('channelPost')} <CopyButton text={copy} />
          </span>
        );
      })}
    </div>
  );
}

function RequirementItem(props: {
  item: TimedRequirement;
  followed: boolean;
  onFollow: (id: string, follow: boolean) => void;
  onDismiss?: ((id: string) => void) | undefined;
  linkPlatforms: boolean;
}) {
  const { view: r, timing } = props.item;
  const fromPage = isPageRequirement(r.id);
  const onDismiss = props.onDismiss;
  const [open, setOpen] = useState(false);
  const countdown = uiIsEnglish() ? countdownEn(timing) : countdownZh(timing);
  const detailsId = `tb-req-${r.id}`;
  return (
    <li
      class="tb-req"
      data-testid="requirement"
      data-id={r.id}
      data-deadline={timing.date ?? ''}
      data-status={timing.status}
      data-source={fromPage ? 'page' : r.source}
      data-reviewed={reviewedAttr(r)}
    >
      <div class="tb-req-head">
        <StatusBadge status={timing.status} />
        {fromPage && (
          <span class="tb-muted" data-testid="page-source" title={t('pageDeadlineSourceNote')}>
            {t('pageDeadlineSource')}
          </span>
        )}
        <span class="tb-req-title">{r.title}</span>
        <UnreviewedTag r={r} />
      </div>
      {fromPage && <blockquote data-testid="page-quote">{r.quote}</blockquote>}
      <div class="tb-req-when">
        <span data-testid="countdown">{countdown}</span>
        {timing.date && <span class="tb-muted"> · {timing.date}</span>}
        {timing.recurring && <span class="tb-muted"> · {t('recurring')}</span>}
      </div>
      <ChannelLine r={r} linkPlatforms={props.linkPlatforms} />
      <div class="tb-req-actions">
        <button type="button" aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen(!open)}>
          {open ? t('hideDetails') : t('showDetails')}
        </button>
        {timing.status !== 'history' && (
          <button
            type="button"
            data-testid="follow"
            aria-pressed={props.followed}
            onClick={trusted(() => props.onFollow(r.id, !props.followed))}
          >
            {props.followed ? t('following') : t('follow')}
          </button>
        )}
        {fromPage && onDismiss && (
          <button type="button" data-testid="dismiss" onClick={trusted(() => onDismiss(r.id))}>
            {t('pageDeadlineDismiss')}
          </button>
        )}
      </div>
      {fromPage && props.followed && (
        <p class="tb-muted" data-testid="page-follow-note">
          {t('pageDeadlineFollowNote')}
        </p>
      )}
      {open && (
        <div id={detailsId}>
          <Details r={r} />
        </div>
      )}
    </li>
  );
}

export function RequirementList(props: {
  items: readonly TimedRequirement[];
  followed: readonly string[];
  onFollow: (id: string, follow: boolean) => void;
  /** Hides a requirement the page printed (the overlay only). */
  onDismiss?: ((id: string) => void) | undefined;
  /** With nothing pending, offers to import a notice (the overlay only). */
  onImport?: (() => void) | undefined;
  /** In the popup, platform names open the platform; in the overlay the user is already there. */
  linkPlatforms?: boolean;
  /** Followed requirements before the others (the popup's overview). */
  followedFirst?: boolean;
}) {
  const [showHistory, setShowHistory] = useState(false);
  const isFollowed = (x: TimedRequirement) => (props.followed.includes(x.view.id) ? 0 : 1);
  const current = props.items.filter((x) => x.timing.status !== 'history');
  if (props.followedFirst) current.sort((a, b) => isFollowed(a) - isFollowed(b));
  const history = props.items.filter((x) => x.timing.status === 'history');
  const render = (x: TimedRequirement) => (
    <RequirementItem
      item={x}
      key={x.view.id}
      followed={props.followed.includes(x.view.id)}
      onFollow={props.onFollow}
      onDismiss={props.onDismiss}
      linkPlatforms={props.linkPlatforms ?? false}
    />
  );
  return (
    <div class="tb-reqs" data-testid="requirements">
      {current.length === 0 ? (
        <p class="tb-muted" data-testid="no-current">
          {t('noCurrentRequirements')}
          {props.onImport && (
            <>
              {' '}
              <button type="button" data-testid="import-notice" onClick={trusted(props.onImport)}>
                {t('noCurrentImport')}
              </button>
            </>
          )}
        </p>
      ) : (
        <ul class="tb-req-list">{current.map(render)}</ul>
      )}
      {history.length > 0 && (
        <>
          <button
            type="button"
            class="tb-history-toggle"
            data-testid="history-toggle"
            aria-expanded={showHistory}
            onClick={() => setShowHistory(!showHistory)}
          >
            {t('historyToggle', String(history.length))}
          </button>
          {showHistory && <ul class="tb-req-list tb-history">{history.map(render)}</ul>}
        </>
      )}
    </div>
  );
}
