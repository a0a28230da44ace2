import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReportPage } from '../../components/ReportPage';
import type { Translate } from '../../utils/i18n';
import type { PageReport } from '../../utils/inspect/page-report';

/** A stand-in for browser.i18n: the key and its substitutions, so the test sees which string was asked for. */
const t: Translate = (key, substitutions) => (substitutions === undefined ? key : `${key}(${([] as string[]).concat(substitutions).join(',')})`);

let container: HTMLElement;
let clicked: { download: string; href: string }[];
let blobs: Blob[];
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  clicked = [];
  blobs = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return `blob:report-${blobs.length}`;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ download: this.download, href: this.href });
  });
});
afterEach(() => {
  render(null, container);
  container.remove();
  vi.restoreAllMocks();
});

const page = { url: 'https://www.amazon.co.jp/your-orders/orders', recognized: false as const, kind: 'order-list' as const, marketplace: 'co.jp' as const, reason: 'robot check' as const, problems: ['robot check'] };

async function press(loadReport: () => Promise<PageReport>) {
  render(<ReportPage t={t} loadReport={loadReport} version="0.1.0" now={() => new Date(2026, 10, 30, 9, 5)} />, container);
  const button = container.querySelector('button')!;
  expect(button.textContent).toBe('reportPage');
  expect(container.querySelector(`#${button.getAttribute('aria-describedby')}`)?.textContent).toBe('reportPageHint');
  await act(async () => {
    button.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return container.querySelector('[role=status]')!.textContent;
}

describe('ReportPage', () => {
  it('saves the background’s report as a file named for the host and the time, and says so', async () => {
    const status = await press(async () => ({ readable: true, host: 'www.amazon.co.jp', page }));
    expect(clicked).toEqual([{ download: 'order-sentinel-report-www.amazon.co.jp-20261130-0905.json', href: 'blob:report-1' }]);
    expect(JSON.parse(await blobs[0].text())).toMatchObject({ version: '0.1.0', pages: [page] });
    expect(status).toBe('reportPageSaved(order-sentinel-report-www.amazon.co.jp-20261130-0905.json)');
  });

  it('says the tab is not an Amazon page it reads, and saves nothing', async () => {
    expect(await press(async () => ({ readable: false, why: 'no answer from the page' }))).toBe('reportPageNotAmazon');
    expect(clicked).toEqual([]);
  });

  it('says the report could not be made when the background fails', async () => {
    expect(await press(async () => Promise.reject(new Error('worker stopped')))).toBe('reportPageFailed');
    expect(clicked).toEqual([]);
  });
});
