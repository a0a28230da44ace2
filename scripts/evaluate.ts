// npm run evaluate [-- --owners N] [--seed S] [--workers W] [--examples K] [--owner I] [--json FILE]
// Simulated owners on all five marketplaces, half of them attacked before the extension's install: each owner's
// history is written as order-list (and detail) page HTML, read with the project's readers in happy-dom, stored as
// the background stores it, and judged by utils/detection at the install ("first sight", trust on first use) and
// with the owner's real addresses entered. Prints, per attack class and marketplace, how many attack orders the
// rules flag and alert on, and the false alerts on the owners' own orders per 50 owner-years.
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { judge } from '../utils/detection/judge';
import { presumedAddressUses } from '../utils/detection/trust-on-first-use';
import { happyDomParser } from '../tests/simulator/owners/happy-dom-parser';
import { generateOwner } from '../tests/simulator/owners/owner';
import { ReadCache, SCENARIOS, evaluateOwner, judgeInput, readOwner, type OwnerResult } from '../tests/simulator/owners/pipeline';
import { markdown, summarize } from '../tests/simulator/owners/report';
import { ATTACK_CLASSES } from '../tests/simulator/owners/types';

interface Options {
  owners: number;
  seed: number;
  workers: number;
  examples: number;
  owner: number | null;
  json: string | null;
}

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: npm run evaluate -- [--owners N] [--seed S] [--workers W] [--examples K] [--owner I] [--json FILE]\n`);
  process.exit(2);
}

function options(argv: string[]): Options {
  const o: Options = { owners: 1000, seed: 1, workers: Math.max(1, availableParallelism()), examples: 2, owner: null, json: null };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    const number = () => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0) usage(`${argv[i]} needs a whole number, not ${value}`);
      i += 1;
      return n;
    };
    switch (argv[i]) {
      case '--owners': o.owners = number(); break;
      case '--seed': o.seed = number(); break;
      case '--workers': o.workers = Math.max(1, number()); break;
      case '--examples': o.examples = number(); break;
      case '--owner': o.owner = number(); break;
      case '--json': o.json = value ?? usage('--json needs a file'); i += 1; break;
      default: usage(`unknown option ${argv[i]}`);
    }
  }
  return o;
}

/** The project's readers over happy-dom (a fresh window for each owner), reads cached by page. */
const parser = () => new ReadCache(happyDomParser());

if (!isMainThread) {
  // A worker: owners by index, one at a time, as the main thread hands them out.
  const { seed } = workerData as { seed: number };
  const cache = parser();
  parentPort!.on('message', (index: number | null) => {
    if (index === null) process.exit(0);
    parentPort!.postMessage(evaluateOwner(generateOwner(seed, index), cache));
    // (Between messages the event loop turns: happy-dom closes the windows the parser is done with.)
  });
  parentPort!.postMessage('ready');
} else {
  await main(options(process.argv.slice(2)));
}

async function runAll(o: Options): Promise<OwnerResult[]> {
  const results: OwnerResult[] = [];
  const started = performance.now();
  let next = 0;
  let done = 0;
  const progress = () => {
    if (process.stderr.isTTY) process.stderr.write(`\r${done}/${o.owners} owners, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  };
  if (o.workers <= 1 || o.owners < 4) {
    const cache = parser();
    for (let i = 0; i < o.owners; i++, done++) {
      results.push(evaluateOwner(generateOwner(o.seed, i), cache));
      progress();
      // Let happy-dom close the windows the parser is done with (closing is asynchronous).
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  } else {
    await Promise.all(
      Array.from({ length: Math.min(o.workers, o.owners) }, () => new Promise<void>((resolve, reject) => {
        // tsx's loader is not inherited by worker threads: each registers it, then loads this file.
        const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); })`;
        const worker = new Worker(boot, { eval: true, workerData: { seed: o.seed } });
        const feed = () => worker.postMessage(next < o.owners ? next++ : null);
        worker.on('message', (message: OwnerResult | 'ready') => {
          if (message !== 'ready') {
            results.push(message);
            done += 1;
            progress();
          }
          feed();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with ${code}`))));
      })),
    );
  }
  if (process.stderr.isTTY) process.stderr.write('\n');
  return results.sort((a, b) => a.index - b.index);
}

/** One owner in detail: the attack orders and the owner's alerted orders with every finding's reason. */
function explainOwner(o: Options, index: number) {
  const cache = parser();
  const owner = generateOwner(o.seed, index);
  const read = readOwner(owner, cache);
  const orders = [...read.store.values()];
  console.log(`owner ${index}: ${owner.marketplace} ${owner.language} ${owner.profile}, ${owner.years.toFixed(1)} years, ${owner.orders.length} orders, installed ${owner.installOn}; traits ${owner.traits.join(', ')}`);
  console.log(`attack: ${owner.attack ? `${owner.attack.classes.join(' + ')} from ${owner.attack.startedOn}; account ${owner.attack.accountChanges.join(', ') || '—'}` : 'none'}`);
  console.log(`pages read ${read.pagesRead}, detail pages ${read.detailPagesRead}, page problems ${read.pageProblems.length}, read-back problems ${read.readBackProblems.length}`);
  for (const s of SCENARIOS) {
    const input = judgeInput(owner, orders, s);
    const findings = judge(input);
    const presumed = presumedAddressUses(input.orders, input.firstHistoryAt, input.rejectedAddresses, input.enteredAddresses);
    console.log(`\n== ${s}: ${input.knownAddresses.length} known, ${presumed.length} presumed addresses`);
    for (const p of presumed) console.log(`  presumed: ${[...p.address.lines, p.address.postalCode, p.address.region].filter(Boolean).join(', ')} (${p.orders} orders since ${p.since})`);
    for (const order of owner.orders.filter((x) => x.attack || findings.some((f) => f.orderId === x.id && f.severity === 'alert'))) {
      const on = findings.filter((f) => f.orderId === order.id);
      const to = order.shipTo ? order.shipTo.address.spellings[order.shipTo.spelling].read : null;
      console.log(`${order.attack ? `ATTACK ${order.attack}` : `own ${order.habit}`} ${order.id} ${order.placedOn} ${order.total} "${order.items[0].title}"${to ? ` → ${[to.name, ...to.lines, to.postalCode, to.region, to.country].filter(Boolean).join(', ')}` : ''}${order.detailRead ? ` (detail read: ${JSON.stringify(order.payment)})` : ''}`);
      for (const f of on) console.log(`    ${f.rule} ${f.severity}: ${f.reason.en}`);
      if (on.length === 0) console.log('    (no finding)');
    }
    for (const f of findings.filter((x) => !x.orderId)) console.log(`  account ${f.rule} ${f.severity} ${f.subject}: ${f.reason.en}`);
  }
}

async function main(o: Options) {
  if (o.owner !== null) return explainOwner(o, o.owner);
  const started = performance.now();
  const results = await runAll(o);
  const seconds = (performance.now() - started) / 1000;
  const summary = summarize(results);
  console.log(`## Order Sentinel evaluation: ${summary.owners} owners (seed ${o.seed}), ${summary.attackedOwners} attacked, ${summary.ownerYears.all.toFixed(0)} owner-years`);
  console.log(`${summary.pages} list pages and ${summary.detailPages} detail pages read; ${summary.pageProblems} page problems, ${summary.readBackProblems} read-back problems.\n`);
  console.log(markdown(summary));
  if (o.examples > 0) {
    console.log('### Examples (first sight): attack orders missed, and flagged but not alerted\n');
    for (const c of ATTACK_CLASSES) {
      const orders = results.flatMap((r) => r.scenarios['first-sight'].attackOrders.filter((a) => a.attack === c).map((a) => ({ r, a })));
      const missed = orders.filter(({ a }) => !a.flagged).slice(0, o.examples);
      const warned = orders.filter(({ a }) => a.flagged && !a.alerted).slice(0, o.examples);
      for (const { r, a } of [...missed, ...warned]) {
        console.log(`- ${c}, owner ${r.index} (${r.marketplace}; ${r.traits.join(', ')}): ${a.id} ${a.placedOn} ${a.total} "${a.title}"${a.shipTo ? ` → ${a.shipTo}` : ''}: ${a.findings.join(', ') || 'no finding'}`);
      }
    }
    const falseAlerts = results.flatMap((r) => r.scenarios['first-sight'].falseAlerts.map((f) => ({ r, f })));
    const byHabit = new Map<string, number>();
    for (const { f } of falseAlerts) byHabit.set(`${f.habit} (${f.findings.join(' + ')})`, (byHabit.get(`${f.habit} (${f.findings.join(' + ')})`) ?? 0) + 1);
    console.log(`\nFirst-sight false alerts by habit: ${[...byHabit].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join('; ') || 'none'}`);
    const entered = new Map<string, number>();
    for (const r of results) for (const f of r.scenarios.entered.falseAlerts) entered.set(`${f.habit} (${f.findings.join(' + ')})`, (entered.get(`${f.habit} (${f.findings.join(' + ')})`) ?? 0) + 1);
    console.log(`Addresses-entered false alerts by habit: ${[...entered].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join('; ') || 'none'}`);
  }
  if (o.json) writeFileSync(o.json, JSON.stringify({ options: o, summary, results }, null, 1));
  console.log(`\nElapsed: ${seconds.toFixed(1)} s (${o.workers <= 1 || o.owners < 4 ? 1 : Math.min(o.workers, o.owners)} worker${o.workers > 1 ? 's' : ''}).`);
}
