import { useState } from 'preact/hooks';
import type { Translate } from '../utils/i18n';

interface Props {
  t: Translate;
  onExport: () => Promise<unknown>;
  onImport: (backup: unknown) => Promise<boolean>;
  onDeleteAll: () => Promise<void>;
  /** Asks the owner before anything is deleted (window.confirm in the page). */
  confirm: (question: string) => boolean;
}

/** Export everything to a JSON file, import it back, or delete all data after a confirmation. */
export function DataControls({ t, onExport, onImport, onDeleteAll, confirm }: Props) {
  const [status, setStatus] = useState<string | null>(null);
  const download = async () => {
    const backup = await onExport();
    const url = URL.createObjectURL(new Blob([JSON.stringify(backup, null, 2)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `order-sentinel-backup-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    URL.revokeObjectURL(url);
  };
  const upload = async (event: Event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    let backup: unknown = null;
    try {
      backup = JSON.parse(await file.text());
    } catch {
      backup = null;
    }
    setStatus(t((await onImport(backup)) ? 'importedData' : 'importDataFailed'));
  };
  const remove = async () => {
    if (!confirm(t('deleteConfirm'))) return;
    await onDeleteAll();
    setStatus(t('deleted'));
  };
  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">{t('dataHeading')}</h2>
      <p>{t('dataHelp')}</p>
      <div class="data-controls">
        <button type="button" onClick={() => void download()}>
          {t('exportData')}
        </button>
        <label>
          {t('importData')} <input type="file" accept="application/json,.json" onChange={(e) => void upload(e)} />
        </label>
        <button type="button" class="danger" onClick={() => void remove()}>
          {t('deleteAll')}
        </button>
      </div>
      {status && <p role="status">{status}</p>}
    </section>
  );
}
