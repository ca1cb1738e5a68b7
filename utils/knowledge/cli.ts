import { PLATFORMS } from '@/utils/platforms/registry';
import { noticeOf, requirements } from './index';

/** Every rule of the annex profiles, as `npm run kb -- rules` prints it. */
export { ruleRows } from '@/utils/rules/report';

const shortName = new Map(PLATFORMS.map((p) => [p.id, p.short]));

/** Every deadline of the built-in knowledge, flat, as `npm run kb -- deadlines` prints it. */
export function deadlineRows() {
  return requirements.flatMap((r) =>
    r.deadlines.map((d) => ({
      requirement: r.id,
      notice: noticeOf(r).docNumber,
      platforms: r.platforms.map((p) => shortName.get(p) ?? p),
      kind: d.kind,
      date: d.date,
      month_day: d.monthDay,
      text: d.text,
      label: d.label ?? null,
      year_inferred: d.yearInferred,
      source: `${d.source.seed}:${d.source.line}`,
      note: d.note ?? null,
    })),
  );
}

/** Every requirement, as `npm run kb -- requirements` prints it. */
export function requirementRows() {
  return requirements.map((r) => {
    const n = noticeOf(r);
    return {
      id: r.id,
      notice: n.docNumber,
      notice_title: n.title,
      notice_date: n.date,
      item: r.item,
      title: r.title,
      actor: r.actor,
      action: r.action,
      platforms: r.platforms.map((p) => shortName.get(p) ?? p),
      channels: r.channels,
      deadlines: r.deadlines.map((d) => ({ kind: d.kind, date: d.date, month_day: d.monthDay, text: d.text })),
      contacts: r.contacts,
      annexes: r.annexes,
      steps: r.steps.map((s) => s.text),
      source: r.source,
      quote: r.quote,
    };
  });
}
