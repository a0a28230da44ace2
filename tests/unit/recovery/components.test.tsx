import axe from 'axe-core';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IncidentSummary } from '../../../components/IncidentSummary';
import { RecoveryChecklist } from '../../../components/RecoveryChecklist';
import type { Translate } from '../../../utils/i18n';
import { recoveryChecklist, type RecoverySection } from '../../../utils/recovery/checklist';

/** A stand-in for browser.i18n: the key and its substitutions, so the tests see which string was asked for. */
const t: Translate = (key, substitutions) =>
  substitutions === undefined ? key : `${key}(${([] as string[]).concat(substitutions).join(',')})`;

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

const sections: RecoverySection[] = [
  {
    id: 'first',
    title: { ja: '最初に', en: 'First' },
    steps: [
      {
        id: 'one',
        title: { ja: '一つ目', en: 'Step one' },
        detail: { ja: '説明1', en: 'Detail one <b>not bold</b>' },
        links: [{ label: { ja: 'お問い合わせ', en: 'Contact Us' }, url: 'https://www.amazon.co.jp/gp/help/customer/contact-us' }],
      },
      { id: 'two', title: { ja: '二つ目', en: 'Step two' }, detail: { ja: '説明2', en: 'Detail two' }, links: [] },
    ],
  },
  {
    id: 'second',
    title: { ja: '次に', en: 'Then' },
    steps: [{ id: 'three', title: { ja: '三つ目', en: 'Step <i>three</i>' }, detail: { ja: '説明3', en: 'Detail three' }, links: [] }],
  },
];

function checkboxes() {
  return [...container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
}

/** The accessible name of a checkbox: the text of the label that points at it. */
function labelOf(input: HTMLInputElement): string | null {
  return container.querySelector(`label[for="${input.id}"]`)?.textContent ?? null;
}

describe('RecoveryChecklist', () => {
  it('renders sections as headings and every step as a labelled checkbox', () => {
    render(<RecoveryChecklist sections={sections} language="en" t={t} done={new Set(['two'])} onToggle={() => {}} />, container);
    expect(container.querySelector('h2')?.textContent).toBe('recoveryHeading');
    expect([...container.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['First', 'Then']);
    expect(checkboxes().map(labelOf)).toEqual(['Step one', 'Step two', 'Step <i>three</i>']);
    expect(checkboxes().map((c) => c.checked)).toEqual([false, true, false]);
    expect(new Set(checkboxes().map((c) => c.id)).size).toBe(3);
  });

  it('shows progress over the steps shown, ignoring stored ids of other steps', () => {
    render(<RecoveryChecklist sections={sections} language="en" t={t} done={new Set(['one', 'three', 'gone'])} onToggle={() => {}} />, container);
    expect(container.querySelector('.recovery__progress')?.textContent).toBe('recoveryProgress(2,3)');
  });

  it('renders page and data strings as text, never as HTML', () => {
    render(<RecoveryChecklist sections={sections} language="en" t={t} done={new Set()} onToggle={() => {}} />, container);
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('i')).toBeNull();
    expect(container.textContent).toContain('Detail one <b>not bold</b>');
  });

  it('describes each checkbox by its detail, and opens links in a new tab without a referrer', () => {
    render(<RecoveryChecklist sections={sections} language="ja" t={t} done={new Set()} onToggle={() => {}} />, container);
    const first = checkboxes()[0];
    expect(document.getElementById(first.getAttribute('aria-describedby')!)?.textContent).toBe('説明1');
    const links = [...container.querySelectorAll('a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')])).toEqual([
      ['お問い合わせ', 'https://www.amazon.co.jp/gp/help/customer/contact-us', '_blank', 'noreferrer'],
    ]);
  });

  it('calls onToggle with the step id when a checkbox is toggled', () => {
    const onToggle = vi.fn();
    render(<RecoveryChecklist sections={sections} language="en" t={t} done={new Set()} onToggle={onToggle} />, container);
    act(() => checkboxes()[2].click());
    expect(onToggle).toHaveBeenCalledWith('three');
    act(() => {
      checkboxes()[0].click();
    });
    expect(onToggle.mock.calls).toEqual([['three'], ['one']]);
  });

  it('renders the real checklist with a checkbox per step', () => {
    const real = recoveryChecklist('co.jp', { orderIds: ['503-1'], lockedOut: true, issuer: null });
    render(<RecoveryChecklist sections={real} language="ja" t={t} done={new Set()} onToggle={() => {}} />, container);
    const count = real.reduce((n, s) => n + s.steps.length, 0);
    expect(checkboxes()).toHaveLength(count);
    expect(checkboxes().every((c) => labelOf(c))).toBe(true);
    expect(container.querySelector('.recovery__progress')?.textContent).toBe(`recoveryProgress(0,${count})`);
  });
});

describe('IncidentSummary', () => {
  const text = 'Unauthorised access\n1. Order: 503-1 <script>x</script>';

  it('shows the text in a labelled read-only textarea', () => {
    render(<IncidentSummary text={text} t={t} onCopy={async () => {}} />, container);
    const area = container.querySelector('textarea')!;
    expect(area.value).toBe(text);
    expect(area.readOnly).toBe(true);
    expect(container.querySelector(`label[for="${area.id}"]`)?.textContent).toBe('incidentSummaryLabel');
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('[role="status"]')?.textContent).toBe('');
  });

  it('copies on click and then says so politely', async () => {
    const onCopy = vi.fn(async () => {});
    render(<IncidentSummary text={text} t={t} onCopy={onCopy} />, container);
    const button = container.querySelector('button')!;
    expect(button.textContent).toBe('copySummary');
    await act(async () => {
      button.click();
    });
    expect(onCopy).toHaveBeenCalledWith(text);
    const status = container.querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('copied');
  });

  it('says when copying failed', async () => {
    render(<IncidentSummary text={text} t={t} onCopy={() => Promise.reject(new Error('denied'))} />, container);
    await act(async () => {
      container.querySelector('button')!.click();
    });
    expect(container.querySelector('[role="status"]')?.textContent).toBe('copyFailed');
  });
});

describe('IncidentSummary with a new text', () => {
  it('clears the confirmation when the summary changes', async () => {
    render(<IncidentSummary text="a" t={t} onCopy={async () => {}} />, container);
    await act(async () => {
      container.querySelector('button')!.click();
    });
    expect(container.querySelector('[role="status"]')?.textContent).toBe('copied');
    act(() => render(<IncidentSummary text="b" t={t} onCopy={async () => {}} />, container));
    expect(container.querySelector('[role="status"]')?.textContent).toBe('');
    expect(container.querySelector('textarea')?.value).toBe('b');
  });
});

describe('accessibility', () => {
  it('has no axe violations (contrast aside: no styles here)', async () => {
    const real = recoveryChecklist('co.jp', { orderIds: ['503-1'], lockedOut: true, issuer: null });
    render(
      <main lang="ja">
        <h1>Order Sentinel</h1>
        <RecoveryChecklist sections={real} language="ja" t={t} done={new Set(['amazon-call-back'])} onToggle={() => {}} />
        <IncidentSummary text="summary" t={t} onCopy={async () => {}} />
      </main>,
      container,
    );
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' ')}`)).toEqual([]);
  });
});
