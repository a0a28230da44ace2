import { problemPageSelectors } from './selectors';
import type { UnrecognizedReason } from './types';

/** A sign-in page or a robot check served where an Amazon page should be; null when it is neither. */
export function detectProblemPage(root: ParentNode, url: string): UnrecognizedReason | null {
  if (root.querySelector(problemPageSelectors.robotCheck)) return 'robot check';
  if (/\/ap\/signin/.test(url) || root.querySelector(problemPageSelectors.signIn)) return 'sign-in page';
  return null;
}
