import { describe, expect, it, vi } from 'vitest';
import type { Translate } from '../../utils/i18n';
import { drawOrderMark } from '../../utils/page-mark/order-mark';

const t: Translate = (key) => `«${key}»`;
const HOSTILE = '<img src=x onerror="alert(1)">Kansai warehouse';

describe('the in-page mark (plain DOM in its shadow root)', () => {
  it('names the severity, lists every reason as text, and offers both answers with accessible names', () => {
    const container = document.createElement('div');
    drawOrderMark(container, [
      { findingId: 'f1', severity: 'warning', reason: 'A new address' },
      { findingId: 'f2', severity: 'alert', reason: HOSTILE },
    ], t, vi.fn());
    const aside = container.querySelector('aside')!;
    expect(aside.className).toBe('mark mark--alert');
    expect(aside.getAttribute('aria-label')).toBe('«markLabel»');
    expect(container.querySelector('.mark__severity')?.textContent).toBe('«severity_alert»');
    expect([...container.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['A new address', HOSTILE]);
    expect(container.querySelector('img')).toBeNull(); // page text is never HTML
    expect([...container.querySelectorAll('button')].map((b) => [b.type, b.textContent])).toEqual([['button', '«thisWasMe»'], ['button', '«notMe»']]);
  });

  it('is a warning when no reason is an alert', () => {
    const container = document.createElement('div');
    drawOrderMark(container, [{ findingId: 'f1', severity: 'warning', reason: 'A new address' }], t, vi.fn());
    expect(container.querySelector('aside')?.className).toBe('mark mark--warning');
    expect(container.querySelector('.mark__severity')?.textContent).toBe('«severity_warning»');
  });

  it('ignores a click a page script made (not trusted): nothing is answered', () => {
    const container = document.createElement('div');
    const onAnswer = vi.fn(async () => {});
    drawOrderMark(container, [{ findingId: 'f1', severity: 'alert', reason: 'r' }], t, onAnswer);
    container.querySelector<HTMLButtonElement>('.mark__not-me')!.click();
    expect(onAnswer).not.toHaveBeenCalled();
    expect(container.querySelector('.mark__actions')).not.toBeNull();
  });

  it('drawn again, replaces what was there (one mark per card)', () => {
    const container = document.createElement('div');
    drawOrderMark(container, [{ findingId: 'f1', severity: 'alert', reason: 'first' }], t, vi.fn());
    drawOrderMark(container, [{ findingId: 'f1', severity: 'alert', reason: 'second' }], t, vi.fn());
    expect(container.querySelectorAll('aside')).toHaveLength(1);
    expect(container.querySelector('li')?.textContent).toBe('second');
  });
});
