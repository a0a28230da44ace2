/**
 * Bidirectional overrides, embeddings and isolates (U+202A–U+202E, U+2066–U+2069) and the invisible direction marks
 * (U+200E, U+200F, U+061C). Page text is untrusted: a title holding U+202E shows everything after it reversed, so what
 * the owner sees would differ from what is there; no reader hands any of them on.
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text without bidirectional controls (for text that does not come through textOf or linesOf). */
export function withoutBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** Page text is untrusted: read it with textContent only, without bidirectional controls, folded to single spaces. */
export function textOf(node: Node | null | undefined): string {
  return withoutBidi(node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Text of a node split into lines at <br> and block boundaries, each folded, without bidirectional controls, non-empty. */
export function linesOf(node: Node): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = withoutBidi(current).replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const walk = (n: Node) => {
    for (const child of Array.from(n.childNodes)) {
      if (child.nodeType === 3) current += child.textContent ?? '';
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toLowerCase();
        if (tag === 'br') flush();
        else if (tag === 'script' || tag === 'style' || tag === 'template') continue;
        else if (/^(div|p|h\d|li|ul|tr)$/.test(tag)) {
          flush();
          walk(child);
          flush();
        } else walk(child);
      }
    }
  };
  walk(node);
  flush();
  return lines;
}

/** Whether a printed label is one of the candidates, ignoring case, spacing and a trailing colon. */
export function sameLabel(text: string, candidates: readonly string[]): boolean {
  const folded = text.normalize('NFKC').replace(/[\s:：]+$/u, '').replace(/\s+/g, ' ').trim().toLowerCase();
  return candidates.some((c) => c.toLowerCase() === folded);
}
