import { useState } from 'preact/hooks';
import type { Translate } from '../utils/i18n';
import type { PageReport } from '../utils/inspect/page-report';
import { reportFileName, reportJson } from '../utils/inspect/report-file';

interface Props {
  t: Translate;
  /** The background's redacted report of the current tab (`popup:report-page`). */
  loadReport: () => Promise<PageReport>;
  /** The extension's version, written into the file. */
  version: string;
  now: () => Date;
}

type State = { kind: 'idle' } | { kind: 'working' } | { kind: 'saved'; name: string } | { kind: 'not-amazon' } | { kind: 'failed' };

/**
 * "Report this page": a redacted JSON of what the readers see on the current tab, saved as a file by the browser (a
 * Blob behind `<a download>`: nothing leaves the browser, no permission needed), for the owner to attach to a bug
 * report. The outcome is a short status text; a tab that is not an Amazon page we read says so.
 */
export function ReportPage({ t, loadReport, version, now }: Props) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const report = async () => {
    setState({ kind: 'working' });
    try {
      const answer = await loadReport();
      if (!answer.readable) return setState({ kind: 'not-amazon' });
      const name = reportFileName(answer.host, now());
      const url = URL.createObjectURL(new Blob([reportJson(answer.page, version)], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      link.click();
      // Not at once: Firefox reads the Blob after click() has returned.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setState({ kind: 'saved', name });
    } catch {
      setState({ kind: 'failed' });
    }
  };
  const status =
    state.kind === 'working'
      ? t('reportPageWorking')
      : state.kind === 'saved'
        ? t('reportPageSaved', state.name)
        : state.kind === 'not-amazon'
          ? t('reportPageNotAmazon')
          : state.kind === 'failed'
            ? t('reportPageFailed')
            : '';
  return (
    <div class="report-page">
      <button type="button" class="report-page__button" aria-describedby="report-page-hint" disabled={state.kind === 'working'} onClick={() => void report()}>
        {t('reportPage')}
      </button>
      <p id="report-page-hint" class="report-page__hint">
        {t('reportPageHint')}
      </p>
      {/* Always in the page, so that screen readers announce what it says next. */}
      <p role="status" class={`report-page__status${state.kind === 'not-amazon' || state.kind === 'failed' ? ' report-page__status--problem' : ''}`}>
        {status}
      </p>
    </div>
  );
}
