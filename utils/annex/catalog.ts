/**
 * The workbench's annexes by notice and number: all the dashboard needs to link a requirement to its annex, without
 * loading the profiles (about 50 kB) into the dashboard. tests/unit/annex-links.test.ts holds it equal to the
 * profiles (utils/rules/profiles), where these facts come from.
 */
export const CATALOG: readonly { id: string; notice: string; annex: string }[] = [
  { id: 's000-annex1', notice: '教职成司函〔2023〕2号', annex: '附件1' },
  { id: 's000-annex2', notice: '教职成司函〔2023〕2号', annex: '附件2' },
  { id: 's000-annex3', notice: '教职成司函〔2023〕2号', annex: '附件3' },
  { id: 's000-annex5', notice: '教职成司函〔2023〕2号', annex: '附件5' },
  { id: 's001-annex1', notice: '教职成司函〔2022〕8号', annex: '附件1' },
  { id: 's001-annex2', notice: '教职成司函〔2022〕8号', annex: '附件2' },
  { id: 's001-annex3', notice: '教职成司函〔2022〕8号', annex: '附件3' },
];

/** What a requirement says of itself, enough to find its annexes in the workbench. */
export interface RequirementLike {
  notice: { docNumber: string | null };
  annexes: { label: string }[];
  channels: { type: string }[];
  action: string;
  quote: string;
}

/**
 * The workbench annexes of a requirement whose annex travels as a file: sent by e-mail or post, or uploaded (001
 * line 87: 附件2、附件3 … 扫描成 PDF 格式文件上传到系统). Matched by the notice's 文号 and the annex's number.
 */
export function annexesForRequirement(r: RequirementLike): { id: string; annex: string }[] {
  const asFile = r.channels.some((c) => c.type !== 'platform') || /上传/.test(`${r.action}${r.quote}`);
  if (!asFile || !r.notice.docNumber) return [];
  return CATALOG.filter((a) => a.notice === r.notice.docNumber && r.annexes.some((x) => x.label === a.annex));
}
