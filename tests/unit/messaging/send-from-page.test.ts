import { beforeEach, describe, expect, it, vi } from 'vitest';

const sendMessage = vi.fn<(message: unknown) => Promise<unknown>>();
vi.mock('wxt/browser', () => ({ browser: { runtime: { sendMessage: (message: unknown) => sendMessage(message) } } }));
const { sendFromPage } = await import('../../../utils/messaging/send');
const { DROPPED } = await import('../../../utils/protocol/dropped');

const answer = { type: 'page:answer-finding', id: 'unknown-address|co.jp|250-4417283-9920416', answer: 'mine' } as const;
const NO_WAIT = [0, 0, 0, 0, 0];

beforeEach(() => {
  sendMessage.mockReset();
});

describe('a content script’s request', () => {
  it('is sent again when Chrome answers `undefined` (a worker stopped while the message reached it)', async () => {
    sendMessage.mockResolvedValueOnce(undefined).mockResolvedValueOnce({ answered: true });
    expect(await sendFromPage(answer, NO_WAIT)).toEqual({ answered: true });
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });

  it('is sent again when the channel closed before the reply', async () => {
    sendMessage.mockRejectedValueOnce(new Error('the message channel closed before a response was received')).mockResolvedValueOnce({ answered: true });
    expect(await sendFromPage(answer, NO_WAIT)).toEqual({ answered: true });
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });

  it('is not sent again when the background dropped it, and the caller sees `undefined`', async () => {
    sendMessage.mockResolvedValue(DROPPED);
    expect(await sendFromPage(answer, NO_WAIT)).toBeUndefined();
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it('fails after the last retry when no worker ever answers', async () => {
    sendMessage.mockResolvedValue(undefined);
    await expect(sendFromPage(answer, NO_WAIT)).rejects.toThrow('no reply');
    expect(sendMessage).toHaveBeenCalledTimes(NO_WAIT.length + 1);
  });
});
