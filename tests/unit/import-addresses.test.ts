import { describe, expect, it } from 'vitest';
import { parseAddressFile } from '../../components/ImportAddresses';

describe('parseAddressFile', () => {
  it('reads the --known format', () => {
    expect(parseAddressFile('{"addresses":[{"name":"佐藤 健一","lines":["世田谷区太子堂2-14-8"],"postalCode":"154-0004"}]}')).toEqual([
      { name: '佐藤 健一', lines: ['世田谷区太子堂2-14-8'], postalCode: '154-0004', region: null, country: null },
    ]);
  });
  it.each(['', 'not json', '{"addresses": []}', '{"addresses": [{"name": "x"}]}', '{"addresses": "no"}', '[1,2]'])('refuses %j', (text) => {
    expect(parseAddressFile(text)).toBeNull();
  });
});
