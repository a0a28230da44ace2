import type { SentinelDatabase } from '../db/database';
import { openFindings } from '../db/findings';
import { badgeState, type BadgeState } from './badge-state';

/** The slice of `browser.action` the badge needs (so tests can pass their own). */
export interface BadgeApi {
  setBadgeText(details: { text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
}

/** Sets the badge from the stored findings; run after every change and whenever the background starts. */
export async function refreshBadge(db: SentinelDatabase, action: BadgeApi): Promise<BadgeState> {
  const state = badgeState(await openFindings(db));
  await action.setBadgeBackgroundColor({ color: state.color });
  await action.setBadgeText({ text: state.text });
  return state;
}
