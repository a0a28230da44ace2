import { Window } from 'happy-dom';

export interface HtmlParser {
  parse: (html: string) => Document;
  /** Starts over with a fresh window: happy-dom keeps every document a window's DOMParser made until the window closes. */
  reset: () => void;
}

const SETTINGS = {
  disableJavaScriptEvaluation: true,
  disableJavaScriptFileLoading: true,
  disableCSSFileLoading: true,
  disableIframePageLoading: true,
  handleDisabledFileLoadingAsSuccess: true,
};

/**
 * happy-dom's DOMParser in a window without a script engine or network (nothing in a page runs or loads). The
 * readers parse ship-to templates with the DOMParser of the document's own window, so that one is used throughout.
 */
export function happyDomParser(): HtmlParser {
  let window = new Window({ settings: SETTINGS });
  return {
    parse: (html) => new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document,
    reset: () => {
      const old = window;
      window = new Window({ settings: SETTINGS });
      void old.happyDOM.close();
    },
  };
}
