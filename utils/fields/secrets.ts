/**
 * Secrets never reach a draft: passwords (even after the page's "show password" toggle turned them into text),
 * one-time codes, card numbers, tokens and session ids, captchas, and every field of a login form. Judged from
 * what the page declares (type, autocomplete, name, id, placeholder, aria-label) and from the label a person
 * reads, so a token field known only by its id is caught too.
 */

/** Words that name a secret, in Chinese or in the names and ids developers give such fields. */
const SECRET_WORDS =
  /密码|口令|验证码|校验码|动态码|短信码|安全码|captcha|passw(?:or)?d|(?:^|[^a-z])pwd(?:[^a-z]|$)|token|session|sessid|(?:^|[^a-z])sid(?:[^a-z]|$)|(?:^|[^a-z])auth(?:orization|code|key|token)?(?:[^a-z]|$)|secret|(?:^|[^a-z])otp(?:[^a-z]|$)|api[-_]?key|csrf|xsrf|nonce|viewstate|eventvalidation|cvv|cvc|银行卡号|信用卡/i;

/** autocomplete tokens of secrets (WHATWG autofill field names). */
const SECRET_AUTOCOMPLETE = /(?:^|\s)(?:current-password|new-password|one-time-code|cc-[a-z-]+)(?:\s|$)/i;

/** What marks a login box: a password, or a user name / one-time code / captcha in a small group of controls. */
const LOGIN_MARK = /(?:^|\s)(?:username|one-time-code)(?:\s|$)/i;
const CAPTCHA = /验证码|校验码|captcha/i;

const CONTROLS = 'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=image]), select, textarea';
/**
 * Every control that could mark a login box by its own attributes, found by the browser in one query: a superset
 * (the words anywhere in an attribute, of any case) that the marks below then judge exactly. A page of 5,000
 * fields then reads the attributes of a handful, not of all (issue #16).
 */
const MAYBE_MARK = [
  '[type*="password" i]',
  ...['username', 'one-time-code', 'password', 'cc-'].map((w) => `[autocomplete*="${w}" i]`),
  ...['name', 'id', 'placeholder'].flatMap((a) => ['验证码', '校验码', 'captcha'].map((w) => `[${a}*="${w}" i]`)),
].join(', ');
/** A login box has a handful of controls; an application form with a captcha at its foot has dozens. */
const LOGIN_BOX_MAX_CONTROLS = 6;

/** Inputs that were ever of type password, in any document we scanned, for as long as they live. */
const everPassword = new WeakSet<Element>();

/** Notes the password inputs a document has now: one the page later shows as text stays a secret. */
export function rememberPasswords(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll('input[type=password]'))) everPassword.add(el);
}

/** For an input event: the control is (still) a password. */
export function notePassword(el: Element): void {
  if (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'password') everPassword.add(el);
}

const attr = (el: Element, name: string) => (el.getAttribute(name) ?? '').slice(0, 300);

/** Whether a control, by itself, says it holds a secret. `label` is the label a person reads. */
export function declaresSecret(el: Element, label: string): boolean {
  if (everPassword.has(el)) return true;
  const type = attr(el, 'type').toLowerCase();
  if (type === 'password') {
    everPassword.add(el);
    return true;
  }
  if (SECRET_AUTOCOMPLETE.test(attr(el, 'autocomplete'))) return true;
  return (
    secretWord(attr(el, 'name')) ||
    secretWord(attr(el, 'id')) ||
    secretWord(attr(el, 'placeholder')) ||
    secretWord(attr(el, 'aria-label')) ||
    secretWord(label)
  );
}

const secretWord = (n: string) => n !== '' && SECRET_WORDS.test(n);

function controlCount(el: Element): number {
  return el.querySelectorAll(CONTROLS).length;
}

/** The login box a marker belongs to: its form, or the largest small group of controls around it. */
function loginBox(marker: Element): Element {
  const form = (marker as HTMLInputElement).form ?? marker.closest('form');
  if (form) return form;
  let box: Element = marker;
  for (let up = box.parentElement, depth = 0; up && depth < 8; up = up.parentElement, depth++) {
    if (up.tagName === 'BODY' || controlCount(up) > LOGIN_BOX_MAX_CONTROLS) break;
    box = up;
  }
  return box;
}

/**
 * The login boxes of a document: around a password, user name, one-time code or captcha field that sits among a
 * few controls only. Every field inside one is a secret.
 */
export function loginBoxes(doc: Document, labelled: readonly { el: Element; label: string }[] = []): Element[] {
  const boxes = new Set<Element>();
  const captchaByLabel = new Set(labelled.filter((f) => CAPTCHA.test(f.label)).map((f) => f.el));
  const maybe = new Set(doc.querySelectorAll(MAYBE_MARK));
  for (const el of Array.from(doc.querySelectorAll(CONTROLS))) {
    if (!maybe.has(el) && !captchaByLabel.has(el) && !everPassword.has(el)) continue;
    const password = everPassword.has(el) || attr(el, 'type').toLowerCase() === 'password';
    const marks =
      password ||
      LOGIN_MARK.test(attr(el, 'autocomplete')) ||
      SECRET_AUTOCOMPLETE.test(attr(el, 'autocomplete')) ||
      captchaByLabel.has(el) ||
      CAPTCHA.test(`${attr(el, 'name')} ${attr(el, 'id')} ${attr(el, 'placeholder')}`);
    if (!marks) continue;
    // A login box is small: a long form with a password or captcha in it (account settings, an application
    // with a captcha at its foot) keeps its ordinary fields; the secret fields themselves are caught one by one.
    const box = loginBox(el);
    if (box.tagName !== 'FORM' || controlCount(box) <= LOGIN_BOX_MAX_CONTROLS) boxes.add(box);
  }
  return [...boxes];
}

/**
 * Whether a person can see the control now. Only asked when the user types (never per field in a scan): a field
 * that is invisible, transparent or off-screen holds what the page put there, not what the user typed.
 */
export function isInvisible(el: HTMLElement): boolean {
  const check = (el as HTMLElement & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (check && !check.call(el, { opacityProperty: true, visibilityProperty: true })) return true;
  const r = el.getBoundingClientRect();
  if (r.width < 2 || r.height < 2) return true;
  // Off the page (left: -9999px), judged in page coordinates: a field merely scrolled out of view is visible.
  const view = el.ownerDocument.defaultView;
  return r.right + (view?.scrollX ?? 0) <= 0 || r.bottom + (view?.scrollY ?? 0) <= 0;
}
