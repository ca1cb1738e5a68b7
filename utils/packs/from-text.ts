import { type ParsedNotice, parseNotice } from '@/utils/notices/parse';
import { type ItemChoice, importId, isActionable, toRequirements } from '@/utils/notices/to-requirements';
import { PLATFORMS } from '@/utils/platforms/registry';
import { requirementFromView } from './imported';
import { PACK_FORMAT, PACK_VERSION, type Pack, type PackNotice } from './schema';

/**
 * Notice texts to a pack without a person's review (`npm run --silent notice -- pack FILE...`): the notice parser
 * reads each text, every actionable item is kept as the import review would offer it, and the notice is marked
 * `reviewed: false`, so its requirements show 未经审核 until someone checks them against the text.
 */

/** The review's starting point: actionable items kept, with the platforms and deadlines the parser read. */
export function defaultChoices(parsed: ParsedNotice): ItemChoice[] {
  return parsed.items.map((item) => ({
    keep: isActionable(item),
    title: item.title,
    platforms: PLATFORMS.filter((x) => item.platforms.includes(x.short)).map((x) => x.id),
    deadlines: item.deadlines.map((d) => ({ ...d })),
  }));
}

/** A notice text as an unreviewed pack notice; null when the text reads as no notice (no 文号, nothing to do). */
export function noticeFromText(text: string, sourceUrl?: string): PackNotice | null {
  const parsed = parseNotice(text);
  if (!parsed.notice && !parsed.items.some(isActionable)) return null;
  const id = importId(text);
  const firstLine =
    text
      .split('\n')
      .find((l) => l.trim())
      ?.trim() ?? id;
  const views = toRequirements(id, parsed, defaultChoices(parsed), firstLine);
  return {
    id,
    docNumber: parsed.notice,
    title: parsed.title ?? firstLine,
    date: parsed.date,
    issuer: parsed.issuer,
    text,
    ...(sourceUrl ? { sourceUrl } : {}),
    reviewed: false,
    requirements: views.map((v) => requirementFromView(v, id)),
  };
}

export type TextsResult = { ok: true; pack: Pack } | { ok: false; errors: { file: string; zh: string; en: string }[] };

/** Several notice texts as one pack; refused whole when any text reads as no notice. */
export function packFromTexts(
  texts: readonly { file: string; text: string }[],
  head: { title?: string; publisher?: string; issued: string },
): TextsResult {
  const notices: PackNotice[] = [];
  const errors: { file: string; zh: string; en: string }[] = [];
  for (const { file, text } of texts) {
    const n = noticeFromText(text);
    if (!n) {
      errors.push({
        file,
        zh: `${file}：读不出通知（没有文号，也没有带期限、平台或邮箱的事项）`,
        en: `${file}: does not read as a notice (no 文号, and no item with a deadline, platform or e-mail address)`,
      });
    } else if (notices.some((x) => x.id === n.id)) {
      errors.push({ file, zh: `${file}：与前面的文件内容相同`, en: `${file}: same text as an earlier file` });
    } else notices.push(n);
  }
  if (errors.length) return { ok: false, errors };
  const titles = notices.map((n) => n.docNumber ?? n.title);
  return {
    ok: true,
    pack: {
      format: PACK_FORMAT,
      version: PACK_VERSION,
      title: head.title ?? `未经审核：${titles.join('、')}`,
      publisher: head.publisher ?? notices.find((n) => n.issuer)?.issuer ?? '（未署名）',
      issued: head.issued,
      notices,
      sites: [],
      followed: [],
      mappings: {},
    },
  };
}
