import type { UnrecognizedReason } from './types';

/**
 * A sign-in page or a robot check served where an Amazon page should be; null when it is neither. Looked up by id
 * and among the page's few forms, not by scanning every element.
 */
export function detectProblemPage(root: ParentNode, url: string): UnrecognizedReason | null {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const forms = Array.from(doc.forms ?? []);
  if (doc.getElementById('captchacharacters') || forms.some((f) => /validateCaptcha/.test(f.getAttribute('action') ?? ''))) {
    return 'robot check';
  }
  if (
    /\/ap\/signin/.test(url) ||
    doc.getElementById('ap_email') ||
    doc.getElementById('ap_password') ||
    forms.some((f) => f.getAttribute('name') === 'signIn' || /\/ap\/signin/.test(f.getAttribute('action') ?? ''))
  ) {
    return 'sign-in page';
  }
  return null;
}
