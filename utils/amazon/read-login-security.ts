import { marketplaceForUrl } from '../marketplaces';
import type { LoginSecurityRead, LoginSecurityResult, LoginSecuritySnapshot, TwoStepMethod } from './account-types';
import { boundProblems, cutList, cutNullable, noteInto, type Note } from './bound';
import { detectProblemPage } from './detect-problem-page';
import { ACCOUNT_LABELS, ADD_METHOD, ADDED_ON, TWO_STEP_METHOD_KINDS } from './labels';
import { LIMITS } from './limits';
import { parseOrderDate } from './parse-date';
import { linesAfterLabel, outermost } from './page-helpers';
import { loginSecuritySelectors as s } from './selectors';
import { linesOf, sameLabel, textOf } from './text';
import type { UnrecognizedReason } from './types';

const ROW_LABELS = [...ACCOUNT_LABELS.name, ...ACCOUNT_LABELS.email, ...ACCOUNT_LABELS.mobile, ...ACCOUNT_LABELS.passkey, ...ACCOUNT_LABELS.twoStep];
const METHOD_HEADINGS = [...ACCOUNT_LABELS.preferredMethod, ...ACCOUNT_LABELS.backupMethods];

/**
 * Reads Login & security (`/ax/account/manage`, legacy `/ap/cnep`): name, e-mail and mobile as shown (often masked),
 * the 2-step verification state and passkey count, each found by its row's label; or the 2-Step Verification
 * settings page (`/a/settings/approval`): the state and every method (preferred first, then backups). Never throws; a
 * page with none of these labels is "layout not recognised". A row that is not printed is null, and named in problems.
 */
export function readLoginSecurity(root: ParentNode, url: string): LoginSecurityResult {
  const marketplace = marketplaceForUrl(url);
  if (!marketplace) return { recognized: false, kind: 'login-security', marketplace: 'com', reason: 'unsupported marketplace' };
  const unrecognized = (reason: UnrecognizedReason) => ({ recognized: false, kind: 'login-security', marketplace: marketplace.id, reason }) as const;
  try {
    const problem = detectProblemPage(root, url);
    if (problem) return unrecognized(problem);
    const scope = root.querySelector(s.scope) ?? root;
    const settingsPage =
      /\/a\/settings\/approval/.test(new URL(url).pathname) ||
      Array.from(scope.querySelectorAll(s.title)).some((h) => sameLabel(textOf(h), ACCOUNT_LABELS.twoStepSettings));
    const read = settingsPage ? readTwoStepSettings(scope) : readAccountPage(scope);
    if (!read) return unrecognized('layout not recognised');
    return { recognized: true, kind: 'login-security', marketplace: marketplace.id, ...read, problems: boundProblems(read.problems) };
  } catch {
    return unrecognized('layout not recognised');
  }
}

type Read = Pick<LoginSecurityRead, 'layout' | 'snapshot' | 'problems'>;

interface Row {
  lines: string[];
  buttons: string[];
}

function readAccountPage(scope: ParentNode): Read | null {
  const labels = Array.from(scope.querySelectorAll(s.label));
  const row = (field: keyof typeof ACCOUNT_LABELS): Row | null => {
    const label = labels.find((l) => sameLabel(textOf(l), ACCOUNT_LABELS[field]));
    if (!label) return null;
    const setting = label.closest(s.setting);
    return {
      lines: linesAfterLabel(label, s.label, ROW_LABELS),
      buttons: setting ? Array.from(setting.querySelectorAll(s.button)).map((b) => textOf(b)).filter(Boolean) : [],
    };
  };
  const rows = { name: row('name'), email: row('email'), mobile: row('mobile'), twoStep: row('twoStep'), passkey: row('passkey') };
  if (Object.values(rows).every((r) => r === null)) return null;
  const problems = Object.entries(rows)
    .filter(([, r]) => r === null)
    .map(([field]) => `${field}: not shown`);

  const note = noteInto(problems);
  const mobile = rows.mobile?.lines.find((line) => /\d/.test(line)) ?? null;
  const twoStep = rows.twoStep ? readTwoStepRow(rows.twoStep, note) : { enabled: null, methods: [] };
  if (rows.twoStep && twoStep.enabled === null) problems.push('twoStep: state not read');
  const snapshot: LoginSecuritySnapshot = {
    name: cutNullable(rows.name?.lines[0] ?? null, LIMITS.name, note, 'name'),
    email: cutNullable(rows.email?.lines.find((line) => line.includes('@')) ?? null, LIMITS.email, note, 'email'),
    mobile: cutNullable(mobile, LIMITS.mobile, note, 'mobile'),
    // From the whole line: the digits left visible are at its end, which a cut would lose.
    mobileLastDigits: mobile ? lastDigits(mobile) : null,
    twoStep,
    passkeys: rows.passkey ? passkeyCount(rows.passkey) : null,
  };
  if (rows.passkey && snapshot.passkeys === null) problems.push('passkey: count not read');
  return { layout: 'login-security', snapshot, problems };
}

/** "Enabled" (and a "Preferred method: …" line) when on; a "Turn on" button (or "Disabled") when off. */
function readTwoStepRow(row: Row, note: Note): LoginSecuritySnapshot['twoStep'] {
  const texts = [...row.lines, ...row.buttons];
  const enabled = texts.some((t) => sameLabel(t, ACCOUNT_LABELS.enabled))
    ? true
    : texts.some((t) => sameLabel(t, ACCOUNT_LABELS.disabled) || sameLabel(t, ACCOUNT_LABELS.turnOn))
      ? false
      : null;
  const methods: TwoStepMethod[] = [];
  for (const line of row.lines) {
    const labelled = /^(.+?)\s*[:：]\s*(.+)$/.exec(line);
    if (labelled && sameLabel(labelled[1], ACCOUNT_LABELS.preferredMethod)) {
      const method = readMethod([labelled[2]]);
      if (method) methods.push(method);
    }
  }
  return { enabled, methods: cutList(methods, LIMITS.twoStepMethods, note, 'two-step methods') };
}

/** "1 passkey", 「2個のパスキー」 (a short line with one number, not a description); 0 when the row offers only to set one up. */
function passkeyCount(row: Row): number | null {
  const count = row.lines
    .map((line) => line.normalize('NFKC'))
    .filter((line) => line.length <= 40)
    .map((line) => /^\D*(\d+)\D*$/.exec(line))
    .find(Boolean);
  // More passkeys than LIMITS is digits run together, not a count.
  if (count) return Number(count[1]) <= LIMITS.passkeys ? Number(count[1]) : null;
  return row.buttons.some((b) => sameLabel(b, ACCOUNT_LABELS.setUp)) ? 0 : null;
}

function readTwoStepSettings(scope: ParentNode): Read | null {
  const statuses = Array.from(scope.querySelectorAll(s.status))
    .filter((el) => el.childElementCount === 0)
    .map((el) => textOf(el));
  const enabled = statuses.some((t) => sameLabel(t, ACCOUNT_LABELS.enabled))
    ? true
    : statuses.some((t) => sameLabel(t, ACCOUNT_LABELS.disabled))
      ? false
      : null;
  const headings = Array.from(scope.querySelectorAll(s.methodHeading)).filter((h) => sameLabel(textOf(h), METHOD_HEADINGS));
  const titled = Array.from(scope.querySelectorAll(s.title)).some((h) => sameLabel(textOf(h), ACCOUNT_LABELS.twoStepSettings));
  if (!titled && headings.length === 0 && enabled === null) return null;
  const seen = new Set<Element>();
  const methods: TwoStepMethod[] = [];
  for (const heading of outermost(headings, s.methodHeading)) {
    for (const item of methodItems(heading)) {
      if (seen.has(item)) continue;
      seen.add(item);
      const method = readMethod(linesOf(item));
      if (method) methods.push(method);
    }
  }
  const problems: string[] = [];
  if (enabled === null) problems.push('twoStep: state not read');
  if (headings.length === 0) problems.push('twoStep: no method sections');
  const kept = cutList(methods, LIMITS.twoStepMethods, noteInto(problems), 'two-step methods');
  return {
    layout: 'two-step-settings',
    snapshot: { name: null, email: null, mobile: null, mobileLastDigits: null, twoStep: { enabled, methods: kept }, passkeys: null },
    problems,
  };
}

/**
 * The method entries under a section heading: the list items that follow it up to the next section heading, or,
 * when the section has no list, the rows themselves. A heading wrapped alone in a row is looked at from its row.
 */
function methodItems(heading: Element): Element[] {
  let anchor: Element = heading;
  while (!anchor.nextElementSibling && anchor.parentElement && textOf(anchor.parentElement) === textOf(heading)) anchor = anchor.parentElement;
  const isHeading = (el: Element) =>
    [el, ...Array.from(el.querySelectorAll(s.methodHeading))].some((h) => h.matches(s.methodHeading) && sameLabel(textOf(h), METHOD_HEADINGS));
  const rows: Element[] = [];
  for (let next = anchor.nextElementSibling; next && !isHeading(next); next = next.nextElementSibling) rows.push(next);
  const listItems = rows.flatMap((row) => (row.matches('li') ? [row] : outermost(Array.from(row.querySelectorAll('li')), 'li')));
  return listItems.length > 0 ? listItems : rows;
}

/** "Text message to ***-***-0088", 「SMS ****0088」, "Authenticator App", with "Added on …" / 「追加日：…」 when printed. */
function readMethod(lines: string[]): TwoStepMethod | null {
  if (lines.length === 0 || ADD_METHOD.test(lines[0])) return null;
  const addedAt = lines.findIndex((line) => ADDED_ON.test(line));
  const described = lines.filter((_, i) => i !== addedAt).join(' ');
  if (!described) return null;
  const kind = TWO_STEP_METHOD_KINDS.find(([, pattern]) => pattern.test(described))?.[0] ?? 'other';
  const phoneLastDigits = kind === 'authenticator' ? null : lastDigits(described);
  // A sentence with neither a method's name nor a phone number is the section's explanation, not a method.
  if (kind === 'other' && !phoneLastDigits) return null;
  const addedOn = addedAt >= 0 ? (parseOrderDate(lines[addedAt]) ?? parseOrderDate(lines[addedAt + 1] ?? '')) : null;
  return { kind, phoneLastDigits, addedOn };
}

/**
 * The last (up to 4) digits a phone number leaves visible: "+81 ***-****-4421" → "4421", "SMS ****0088" → "0088",
 * "+1 614-555-0142" → "0142"; null when no phone-like run (masked or at least 7 characters long) is printed.
 */
function lastDigits(text: string): string | null {
  const runs = text.normalize('NFKC').match(/[+*•●\d][\d*•●\s\-‐−().]*\d/g) ?? [];
  const phone = [...runs].reverse().find((run) => /[*•●]/.test(run) || (run.match(/\d/g)?.length ?? 0) >= 7);
  const digits = phone?.replace(/[^\d*•●]/g, '').match(/(\d+)$/)?.[1];
  return digits && digits.length >= 2 ? digits.slice(-4) : null;
}
