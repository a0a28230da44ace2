import * as v from 'valibot';

/** Background → offscreen document: read a page the periodic check fetched (Chrome's worker has no DOMParser). */
export const OffscreenReadSchema = v.strictObject({
  type: v.literal('offscreen:read-page'),
  html: v.string(),
  url: v.string(),
});
export type OffscreenRead = v.InferOutput<typeof OffscreenReadSchema>;
