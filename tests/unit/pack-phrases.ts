import { RequirementSchema } from '@/utils/knowledge/schema';
import { noticeLines } from '@/utils/notices/normalise';
import type { PackInput } from '@/utils/packs/schema';
import { seedLines, squash } from './seeds';

/** A phrase may run over a line break into the next lines (PDF copies, paragraphs the parser joins). */
function lineHas(lines: readonly string[], line: number, phrase: string): boolean {
  return squash(lines.slice(line - 1, line + 3).join('')).includes(squash(phrase));
}

/**
 * A notice's own text (imported, pushed, `notice -- pack`) as the parser quoted it: normalised (punctuation unified,
 * spaces between characters dropped, words broken over lines joined), each paragraph at the original line where it
 * starts. Line N of the result is that paragraph, or '' where none starts.
 */
function readAsParsed(text: string): string[] {
  const out: string[] = text.split('\n').map(() => '');
  for (const l of noticeLines(text)) out[l.line - 1] = l.text;
  return out;
}

/**
 * Every fact of a pack checked against its text, phrase by phrase: a built-in notice's text is a file of
 * data/sources/ (`seed`); a notice that carries its own `text` (imported, pushed, `notice -- pack`) is checked
 * against that. Returns the problems, one line each; none when every quote, deadline and step is at its line.
 */
export function packPhraseProblems(pack: PackInput): string[] {
  const problems: string[] = [];
  for (const n of pack.notices) {
    const text = n.text !== undefined ? readAsParsed(n.text) : (seedLines.get(n.seed ?? '') ?? []);
    if (!text.length) problems.push(`${n.id}: no text (neither a file of data/sources/ nor its own)`);
    const [from, to] = n.lines ?? [1, text.length];
    const noticeSpan = squash(text.slice(from - 1, to).join(''));
    if (n.docNumber && !noticeSpan.includes(squash(n.docNumber))) problems.push(`${n.id}: 文号 not in its text`);
    if (!noticeSpan.includes(squash(n.title).slice(0, 12))) problems.push(`${n.id}: title not in its text`);
    for (const r of n.requirements) {
      const parsed = RequirementSchema.safeParse({ ...r, notice: n.id });
      if (!parsed.success) {
        problems.push(`${r.id}: ${parsed.error.issues[0]?.message}`);
        continue;
      }
      const req = parsed.data;
      if (req.source.seed !== (n.seed ?? n.id)) problems.push(`${r.id}: source ${req.source.seed} is not its notice's`);
      // A seed's lines are listed one by one; an imported item names the line it starts on, and its sentence
      // runs on over the paragraphs below (blank lines between them in a PDF copy).
      const span = n.text !== undefined ? 8 : 0;
      const quoted = squash(req.source.lines.map((l) => text.slice(l - 1, l + span).join('')).join(''));
      if (!quoted.includes(squash(req.quote))) problems.push(`${r.id}: quote not within its source lines`);
      for (const d of req.deadlines) {
        if (d.source.seed !== req.source.seed) problems.push(`${r.id}: deadline "${d.text}" cites another text`);
        if (!lineHas(text, d.source.line, d.text))
          problems.push(`${r.id}: deadline "${d.text}" not at ${d.source.line}`);
      }
      for (const s of req.steps) {
        if (s.source.seed !== req.source.seed) problems.push(`${r.id}: step "${s.text}" cites another text`);
        if (!lineHas(text, s.source.line, s.text)) problems.push(`${r.id}: step "${s.text}" not at ${s.source.line}`);
      }
      for (const c of req.channels) {
        // A seed's address is in the requirement's own lines; an imported item's anywhere in its notice.
        const where = n.text !== undefined ? squash(text.join('')) : quoted;
        if (c.type === 'email' && !where.includes(c.address)) {
          problems.push(`${r.id}: e-mail ${c.address} not in its text`);
        }
      }
    }
  }
  return problems;
}
