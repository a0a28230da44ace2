import { useState } from 'preact/hooks';
import type { Translate } from '../utils/i18n';
import { FilePicker } from './FilePicker';

interface Props {
  t: Translate;
  onExport: () => Promise<unknown>;
  /** The background's answer: imported, or refused with what is wrong in the file (table, row, field). */
  onImport: (backup: unknown) => Promise<{ imported: boolean; refused?: string }>;
  onDeleteAll: () => Promise<void>;
  /** Asks the owner before anything is deleted (window.confirm in the page). */
  confirm: (question: string) => boolean;
}

/** Export everything to a JSON file, import it back, or delete all data after a confirmation. */
export function DataControls({ t, onExport, onImport, onDeleteAll, confirm }: Props) {
  const [status, setStatus] = useState<string | null>(null);
  // A refused file is an alert: the owner picked it and expects it read, so they must see why it was not.
  const [refusal, setRefusal] = useState<string | null>(null);
  const show = (done: string | null, refused: string | null) => {
    setStatus(done);
    setRefusal(refused);
  };
  const download = async () => {
    const backup = await onExport();
    const url = URL.createObjectURL(new Blob([JSON.stringify(backup, null, 2)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `order-sentinel-backup-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    URL.revokeObjectURL(url);
  };
  const upload = async (file: File) => {
    let backup: unknown;
    try {
      backup = JSON.parse(await file.text());
    } catch {
      return show(null, t('importDataFailed'));
    }
    const result = await onImport(backup);
    if (result.imported) show(t('importedData'), null);
    else show(null, result.refused ? t('importDataRefused', result.refused) : t('importDataFailed'));
  };
  const remove = async () => {
    if (!confirm(t('deleteConfirm'))) return;
    await onDeleteAll();
    show(t('deleted'), null);
  };
  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">{t('dataHeading')}</h2>
      <p>{t('dataHelp')}</p>
      <div class="data-controls">
        <button type="button" onClick={() => void download()}>
          {t('exportData')}
        </button>
        <FilePicker t={t} label={t('importData')} onFile={(file) => void upload(file)} />
        <button type="button" class="danger" onClick={() => void remove()}>
          {t('deleteAll')}
        </button>
      </div>
      {status && <p role="status">{status}</p>}
      {refusal && <p role="alert">{refusal}</p>}
    </section>
  );
}
