/**
 * Knowledge packs: one JSON format for the built-in knowledge (data/packs/), a user's export, a script's output
 * (`npm run --silent notice -- pack FILE... [--sign KEY.pem]`) and what a policy pushes. JSON Schema:
 * docs/pack.schema.json (`npm run packs:schema`).
 *
 * Reading a pack someone gives you (a file's text, a value of the policy's `packs`), in one step:
 *   const r = await readPack(textOrValue, trustedKeys);
 *   // { ok: true, pack, signature: { status: 'trusted' | 'valid-untrusted' | 'unsigned', reason: { zh, en }, keyId } }
 *   // { ok: false, errors: [{ path, zh, en }] }: not JSON, not a pack, or a signature present but wrong
 *   //   (then errors[0].path === 'signature' and the message says why); show the errors, change nothing.
 * (parsePack(json) and verifyPack(value, trustedKeys) are the two halves; verify what was sent, not the parse.)
 * Importing it, all or nothing:
 *   const current = contentFromStore({ imported, sites, followed, mappings });
 *   diffPack(current, pack)     // { adds, changes, unchanged, errors }: show this before applying
 *   applyPack(current, pack)    // { ok: true, next, ids } | { ok: false, errors }; store `next` in one go:
 *                               // next.notices → importedFromNotice(n, Date.now()) records, next.sites →
 *                               // userFromSite, next.followed, next.mappings
 * Showing it without importing (a pushed pack): requirementViews(platform, db(), [{ pack, origin: 'imported' }])
 * (utils/notices/imported.ts) puts it on the one path built-in and imported knowledge take (knowledgeFromPacks in
 * utils/knowledge/from-packs.ts); requirements of an unreviewed notice come out with `reviewed: false` (未经审核).
 * Exporting: exportPack({ title, publisher, issued }, chosen), then signPack(pack, pkcs8Pem) to sign.
 *
 * This index pulls in zod (the schema): background and page code that only needs types or pure functions can
 * import the files themselves (merge.ts and imported.ts need no schema at run time).
 */

export { canonicalJson } from './canonical';
export { defaultChoices, noticeFromText, packFromTexts } from './from-text';
export {
  contentFromStore,
  exportPack,
  importedFromNotice,
  noticeFromImported,
  requirementFromView,
  siteFromUser,
  userFromSite,
} from './imported';
export {
  type ApplyResult,
  applyPack,
  diffPack,
  noticeKey,
  type PackChange,
  type PackContent,
  type PackDiff,
} from './merge';
export { packIssueMessage, pathText } from './messages';
export { type ReadResult, readPack } from './read';
export {
  PACK_FORMAT,
  PACK_VERSION,
  type Pack,
  type PackError,
  type PackInput,
  type PackNotice,
  type PackNoticeInput,
  type PackRequirement,
  PackSchema,
  type PackSite,
  type ParseResult,
  packRequirements,
  parsePack,
} from './schema';
export {
  keyIdOf,
  pemBody,
  publicKeyOf,
  signPack,
  trustedKeySet,
  type VerifyResult,
  type VerifyStatus,
  verifyPack,
} from './sign';
