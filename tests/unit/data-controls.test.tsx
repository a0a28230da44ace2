import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataControls } from '../../components/DataControls';
import type { Translate } from '../../utils/i18n';

/** A stand-in for browser.i18n: the key and its substitutions, so the test sees which string was asked for. */
const t: Translate = (key, substitutions) => (substitutions === undefined ? key : `${key}(${([] as string[]).concat(substitutions).join(',')})`);

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

/** Picks a file in the import field, as the owner would. */
async function pick(text: string) {
  const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
  Object.defineProperty(input, 'files', { value: [new File([text], 'backup.json', { type: 'application/json' })], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change'));
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

describe('DataControls', () => {
  const props = { t, onExport: vi.fn(), onDeleteAll: vi.fn(async () => {}), confirm: () => true };

  it('tells the owner why a file was refused, as an alert', async () => {
    const onImport = vi.fn(async () => ({ imported: false, refused: 'orders, row 3: items: expected an array' }));
    render(<DataControls {...props} onImport={onImport} />, container);
    await pick('{"format":"order-sentinel-backup"}');
    expect(onImport).toHaveBeenCalledWith({ format: 'order-sentinel-backup' });
    expect(container.querySelector('[role=alert]')?.textContent).toBe('importDataRefused(orders, row 3: items: expected an array)');
    expect(container.querySelector('[role=status]')).toBeNull();
  });

  it('says a file that is not JSON is not a backup, without sending it', async () => {
    const onImport = vi.fn(async () => ({ imported: true }));
    render(<DataControls {...props} onImport={onImport} />, container);
    await pick('not json');
    expect(onImport).not.toHaveBeenCalled();
    expect(container.querySelector('[role=alert]')?.textContent).toBe('importDataFailed');
  });

  it('says an imported backup was imported, and clears an earlier refusal', async () => {
    const replies = [{ imported: false, refused: 'the file: expected an object' }, { imported: true }];
    render(<DataControls {...props} onImport={async () => replies.shift()!} />, container);
    await pick('null');
    await pick('{}');
    expect(container.querySelector('[role=alert]')).toBeNull();
    expect(container.querySelector('[role=status]')?.textContent).toBe('importedData');
  });
});
