import { describe, expect, it } from 'vitest';
import { classifySender, type SenderInfo } from '../../../utils/messaging/sender';

const self = { id: 'abcdefghijklmnopabcdefghijklmnop', baseUrl: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/' };
const tab = (url: string): SenderInfo => ({ id: self.id, url, frameId: 0, tab: { url } });

describe('classifySender', () => {
  it('accepts our content script in the top frame of an Amazon order page', () => {
    expect(classifySender(tab('https://www.amazon.co.jp/your-orders/orders'), self)).toEqual({ kind: 'content-script', marketplace: 'co.jp', url: 'https://www.amazon.co.jp/your-orders/orders' });
    expect(classifySender(tab('https://www.amazon.com/gp/css/order-history'), self)).toEqual({ kind: 'content-script', marketplace: 'com', url: 'https://www.amazon.com/gp/css/order-history' });
  });

  it('accepts our own popup and options pages, even opened in a tab', () => {
    expect(classifySender({ id: self.id, url: `${self.baseUrl}popup.html` }, self)).toEqual({ kind: 'extension-page' });
    expect(classifySender({ id: self.id, url: `${self.baseUrl}options.html`, tab: { url: `${self.baseUrl}options.html` }, frameId: 0 }, self)).toEqual({ kind: 'extension-page' });
  });

  it.each<[string, SenderInfo]>([
    ['another extension', { ...tab('https://www.amazon.co.jp/your-orders/orders'), id: 'otherextensionidotherextensionid' }],
    ['no sender id', { url: 'https://www.amazon.co.jp/your-orders/orders', frameId: 0, tab: { url: 'https://www.amazon.co.jp/' } }],
    ['a look-alike host', tab('https://www.amazon.co.jp.evil.example/your-orders/orders')],
    ['a non-Amazon host', tab('https://evil.example/your-orders/orders')],
    ['plain http', tab('http://www.amazon.co.jp/your-orders/orders')],
    ['an odd port', tab('https://www.amazon.co.jp:8443/your-orders/orders')],
    ['credentials in the URL', tab('https://user:pw@www.amazon.co.jp/your-orders/orders')],
    ['a sub-frame', { ...tab('https://www.amazon.co.jp/your-orders/orders'), frameId: 3 }],
    ['a frame whose tab is elsewhere', { id: self.id, url: 'https://www.amazon.co.jp/your-orders/orders', frameId: 0, tab: { url: 'https://www.amazon.com/' } }],
    ['no tab and no extension URL', { id: self.id, url: 'https://www.amazon.co.jp/your-orders/orders' }],
    ['another extension’s page', { id: self.id, url: 'chrome-extension://otherextensionidotherextensionid/popup.html' }],
    ['a data: URL', { id: self.id, url: 'data:text/html,hi', frameId: 0, tab: { url: 'data:text/html,hi' } }],
  ])('refuses %s', (_name, sender) => {
    expect(classifySender(sender, self)).toBeNull();
  });
});
