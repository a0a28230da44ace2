import type { ReportedPage } from './inspect-pages';
import type { RefusedPage } from './page-report';

/*
 * The file the popup saves for "Report this page" (no valibot here: the popup imports it). Its page comes from the
 * background already redacted (page-report.ts).
 */

/** The saved file's name: `order-sentinel-report-www.amazon.co.jp-20261130-0905.json`, in the owner's local time. */
export function reportFileName(host: string, at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}${two(at.getMonth() + 1)}${two(at.getDate())}-${two(at.getHours())}${two(at.getMinutes())}`;
  return `order-sentinel-report-${host.replace(/[^a-z0-9.-]/gi, '_')}-${stamp}.json`;
}

/**
 * The saved file's text: the same `pages` array `npm run inspect` prints, so one tool reads both, with the version
 * that read it and a line saying what was taken out.
 */
export function reportJson(page: ReportedPage | RefusedPage, version: string): string {
  const report = {
    report: 'Order Sentinel page report',
    version,
    redacted: 'names, street lines, postal codes, item titles and ASINs, order numbers, card and phone digits, e-mail, device names, URL query values',
    pages: [page],
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
