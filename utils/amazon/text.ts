/** Page text is untrusted: read it with textContent only, folded to single spaces. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Text of a node split into lines at <br> and block boundaries, each folded and non-empty. */
export function linesOf(node: Node): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
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
