// npm run inspect -- [--redact] [--known FILE] [--now YYYY-MM-DD] [--url URL] FILE [[--url URL] FILE …]
// Reads saved Amazon pages ("Save page as") with the extension's own readers, judges them with its own rules, and
// prints JSON (see README).
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { readPage } from '../utils/amazon/read-page';
import type { PageResult } from '../utils/amazon/types';
import { redact, type InspectedPage } from '../utils/inspect/inspect-pages';
import { judgePages, type KnownFile } from '../utils/inspect/judge-pages';

function usage(message: string): never {
  console.error(`${message}\nusage: npm run inspect -- [--redact] [--known FILE] [--now YYYY-MM-DD] [--url URL] FILE [[--url URL] FILE …]`);
  process.exit(2);
}

const args = process.argv.slice(2);
let redactOutput = false;
let known: KnownFile | null = null;
let now = Date.now();
const inputs: { file: string; url: string | null }[] = [];
for (let i = 0, url: string | null = null; i < args.length; i++) {
  if (args[i] === '--redact') redactOutput = true;
  else if (args[i] === '--url') url = args[++i] ?? usage('--url needs a URL');
  else if (args[i] === '--known') known = readKnown(args[++i] ?? usage('--known needs a file'));
  else if (args[i] === '--now') {
    now = Date.parse(`${args[++i]}T12:00:00Z`);
    if (Number.isNaN(now)) usage('--now needs a date, YYYY-MM-DD');
  }
  else if (args[i].startsWith('--')) usage(`unknown option ${args[i]}`);
  else {
    inputs.push({ file: args[i], url });
    url = null;
  }
}
if (inputs.length === 0) usage('no page given');

function readKnown(file: string): KnownFile {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as KnownFile;
    const addresses = (parsed.addresses ?? []).map((a) => ({ name: a.name ?? null, lines: a.lines ?? [], postalCode: a.postalCode ?? null, region: a.region ?? null, country: a.country ?? null }));
    return { addresses, devices: parsed.devices ?? [] };
  } catch (error) {
    usage(`cannot read --known ${file}: ${(error as Error).message}`);
  }
}

// A DOM without a network or a script engine: the saved page is read, nothing in it runs or loads.
const window = new Window({
  settings: {
    disableJavaScriptEvaluation: true,
    disableJavaScriptFileLoading: true,
    disableCSSFileLoading: true,
    disableIframePageLoading: true,
    handleDisabledFileLoadingAsSuccess: true,
  },
});
window.happyDOM.virtualConsolePrinter.clear();
globalThis.DOMParser = window.DOMParser as unknown as typeof DOMParser;

const reads: PageResult[] = [];
const pages: InspectedPage[] = inputs.map(({ file, url }) => {
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch (error) {
    usage(`cannot read ${file}: ${(error as Error).message}`);
  }
  const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const read = readPage(document, url ?? undefined);
  if (read.kind === 'order-list' || read.kind === 'order-detail' || read.kind === 'transactions') reads.push(read);
  const page = { file, url, ...read, problems: read.recognized ? read.problems : [read.reason] } as InspectedPage;
  return redactOutput ? redact(page) : page;
});
const findings = judgePages(reads, known, now);
process.stdout.write(`${JSON.stringify({ pages, findings }, null, 2)}\n`);
