import type { Translate } from '../i18n';

export interface OrderMarkData {
  findingId: string;
  severity: 'alert' | 'warning' | 'info';
  reason: string;
}

export type AnswerFinding = (findingId: string, answer: 'mine' | 'not-me') => Promise<void>;

/**
 * The compact mark on a suspicious order card: why, and the owner's two answers. Plain DOM, not Preact: it is the
 * only UI in the content script, which every order page loads (its byte budget is in tests/browser/bundle-size). Every
 * page string is set as text, never as HTML. Drawing again (a later read) replaces what was there.
 */
export function drawOrderMark(container: Element, marks: readonly OrderMarkData[], t: Translate, onAnswer: AnswerFinding): void {
  const doc = container.ownerDocument;
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string | null, text?: string) => {
    const el = doc.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  };
  const alert = marks.some((m) => m.severity === 'alert');
  const aside = element('aside', `mark ${alert ? 'mark--alert' : 'mark--warning'}`);
  aside.setAttribute('aria-label', t('markLabel'));
  const reasons = element('ul', 'mark__reasons');
  reasons.append(...marks.map((m) => element('li', null, m.reason)));
  const actions = element('div', 'mark__actions');
  const button = (choice: 'mine' | 'not-me', label: string, className: string | null) => {
    const b = element('button', className, label);
    b.type = 'button';
    b.addEventListener('click', (event) => {
      // Only a person's click counts: a page script could call click() on a button it found.
      if (!event.isTrusted) return;
      void onAnswer(marks[0].findingId, choice).then(() => {
        const answered = element('p', 'mark__answered', t(choice === 'mine' ? 'answeredMine' : 'answeredNotMe'));
        answered.setAttribute('role', 'status');
        actions.replaceWith(answered);
      });
    });
    return b;
  };
  actions.append(button('mine', t('thisWasMe'), null), button('not-me', t('notMe'), 'mark__not-me'));
  aside.append(element('strong', 'mark__severity', t(alert ? 'severity_alert' : 'severity_warning')), element('span', 'mark__by', 'Order Sentinel'), reasons, actions);
  container.replaceChildren(aside);
}

/** Inside a shadow root: Amazon's styles cannot reach it, and it sets its own from a clean slate. Written compact (a
 * rule a line): it counts against the content script's byte budget. */
export const ORDER_MARK_CSS = `:host{all:initial;display:block;margin:0 0 8px}
.mark{font:13px/1.45 system-ui,"Noto Sans CJK JP",sans-serif;color:#111;background:#fff8f6;border:1px solid #e6b3ad;border-left:5px solid #c40000;border-radius:6px;padding:8px 12px}
.mark--warning{background:#fffaf0;border-color:#f0d29c;border-left-color:#b35c00}
.mark__severity{color:#fff;background:#c40000;border-radius:3px;padding:0 6px;margin-right:6px}
.mark--warning .mark__severity{background:#b35c00}
.mark__by{color:#555;font-size:12px}
.mark__reasons{margin:4px 0 6px;padding-left:18px}
.mark__actions{display:flex;gap:8px}
button{font:inherit;padding:3px 12px;border-radius:4px;border:1px solid #888;background:#fff;color:#111;cursor:pointer}
button:focus-visible{outline:2px solid #0b57d0;outline-offset:2px}
.mark__not-me{border-color:#c40000;color:#a40000}
.mark__answered{margin:0;color:#333}`;
