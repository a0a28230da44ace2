import type { Translate } from '../utils/i18n';

interface Props {
  t: Translate;
  /** The control's accessible name, shown before the button. */
  label: string;
  onFile: (file: File) => void;
}

/**
 * A JSON file picker whose button is in the extension's language: the native one is drawn in the browser's, so a
 * Japanese page showed "Choose File / No file chosen". The real input stays in the label (focusable, named by it);
 * only its drawing is hidden.
 */
export function FilePicker({ t, label, onFile }: Props) {
  return (
    <label class="file-picker">
      <span>{label}</span>
      <span class="file-picker__button" aria-hidden="true">
        {t('chooseFile')}
      </span>
      <input
        class="file-picker__input"
        type="file"
        accept="application/json,.json"
        onChange={(event) => {
          const input = event.target as HTMLInputElement;
          const file = input.files?.[0];
          if (file) onFile(file);
          // The same file picked again (after fixing it) must be read again.
          input.value = '';
        }}
      />
    </label>
  );
}
