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
/** Inputs of these types are no control of a login box (CONTROLS). */
const NOT_BOX_CONTROL = new Set(['hidden', 'submit', 'button', 'image']);
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

/** The attributes a control is judged by, read once per scan (type lower-cased). */
export interface ControlAttrs {
  type: string;
  autocomplete: string;
  name: string;
  id: string;
  placeholder: string;
}

export function controlAttrs(el: Element): ControlAttrs {
  return {
    type: attr(el, 'type').toLowerCase(),
    autocomplete: attr(el, 'autocomplete'),
    name: attr(el, 'name'),
    id: attr(el, 'id'),
    placeholder: attr(el, 'placeholder'),
  };
}

/** Whether a control, by itself, says it holds a secret. `label` is the label a person reads. */
export function declaresSecret(el: Element, label: string, a: ControlAttrs = controlAttrs(el)): boolean {
  if (everPassword.has(el)) return true;
  if (a.type === 'password') {
    everPassword.add(el);
    return true;
  }
  if (SECRET_AUTOCOMPLETE.test(a.autocomplete)) return true;
  return (
    secretWord(a.name) ||
    secretWord(a.id) ||
    secretWord(a.placeholder) ||
    secretWord(attr(el, 'aria-label')) ||
    secretWord(label)
  );
}

const secretWord = (n: string) => n !== '' && SECRET_WORDS.test(n);

/** Whether a control counts among the controls of a login box: a select, a textarea, an input a person fills in. */
export function isBoxControl(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'select' || tag === 'textarea') return true;
  return tag === 'input' && !NOT_BOX_CONTROL.has(attr(el, 'type').toLowerCase());
}

/**
 * Whether a control marks a login box: a password (or one that ever was), a user name or one-time code by its
 * autocomplete, a captcha by its name, id, placeholder or label (`label`: null for a control that is no field).
 */
export function marksLoginBox(el: Element, label: string | null, a: ControlAttrs = controlAttrs(el)): boolean {
  return (
    everPassword.has(el) ||
    a.type === 'password' ||
    LOGIN_MARK.test(a.autocomplete) ||
    SECRET_AUTOCOMPLETE.test(a.autocomplete) ||
    (label !== null && CAPTCHA.test(label)) ||
    CAPTCHA.test(`${a.name} ${a.id} ${a.placeholder}`)
  );
}

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
 * The login boxes around the controls that mark one (marksLoginBox, among the controls of one document): a password,
 * user name, one-time code or captcha field that sits among a few controls only. Every field inside one is a
 * secret. The scan judges each control as it passes it, so no query of the whole document is needed here.
 */
export function loginBoxesOf(markers: Iterable<Element>): Element[] {
  const boxes = new Set<Element>();
  for (const el of markers) {
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
