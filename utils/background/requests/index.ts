import { OPTIONS_REQUESTS } from './options-requests';
import { PAGE_REQUESTS } from './page-requests';
import { POPUP_REQUESTS } from './popup-requests';
import { WELCOME_REQUESTS } from './welcome-requests';

/** Every request the background answers, by type: the one registry the dispatcher and the senders' types use. */
export const REQUESTS = { ...PAGE_REQUESTS, ...POPUP_REQUESTS, ...OPTIONS_REQUESTS, ...WELCOME_REQUESTS };

export type Requests = typeof REQUESTS;
