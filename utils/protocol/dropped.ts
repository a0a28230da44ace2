/**
 * The background's answer to a content script's message it dropped (not valid, not allowed). A content script must
 * be able to tell it from no answer: Chrome answers `undefined` for a worker stopped while a message reached it, and
 * a read answered that way has to be sent again, while a dropped one must not.
 */
export const DROPPED = { dropped: true } as const;
export type DroppedReply = typeof DROPPED;

export function isDropped(reply: unknown): reply is DroppedReply {
  return typeof reply === 'object' && reply !== null && (reply as { dropped?: unknown }).dropped === true;
}
