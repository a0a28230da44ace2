import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { StatusLine } from '../../components/StatusLine';
import type { Translate } from '../../utils/i18n';
import { MARKETPLACES } from '../../utils/marketplaces';

const t: Translate = (key, substitutions) => (substitutions === undefined ? key : `${key}(${([] as string[]).concat(substitutions).join('|')})`);
const container = document.createElement('div');
afterEach(() => render(null, container));

describe('StatusLine before anything was read', () => {
  it.each(['en', 'ja'] as const)('names every supported site (%s)', (language) => {
    render(
      <StatusLine reads={[]} checks={{}} incompleteOrders={{}} marketplacesWithoutAddresses={[]} addressesPresumed={[]} findingCount={0} language={language} t={t} onOpenOptions={() => {}} />,
      container,
    );
    const text = container.textContent ?? '';
    expect(text.startsWith('statusNothingRead(')).toBe(true);
    for (const m of MARKETPLACES) expect(text).toContain(m.host.replace(/^www\./, ''));
    expect(text).toContain(language === 'en' ? ', or amazon.ca' : '、またはamazon.ca');
  });
});
