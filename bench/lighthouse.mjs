#!/usr/bin/env node
// Lighthouse benchmark for Qapı: three runs in Lighthouse's default mobile setting (Moto G
// class device, simulated slow 4G), each in a fresh Debian Chromium, and the median of each metric.
//
//   cd bench && npm ci && node lighthouse.mjs [url]      (default http://127.0.0.1:3100/)
//
// Prints one plain line per metric on stdout (progress goes to stderr) and writes the runs and
// medians to bench/results/lighthouse.json. A benchmark reports: low scores still exit 0. It
// exits 1 only when no run measured anything (e.g. nothing listens at the URL).
// Lighthouse 13 declares Node >= 22.19 but runs on Node 20 here (npm only warns).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const url = process.argv[2] ?? 'http://127.0.0.1:3100/';
const RUNS = 3;
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** Reads one run's numbers; null where Lighthouse could not measure. */
function metrics(lhr) {
  const score = (id) => (lhr.categories[id]?.score == null ? null : lhr.categories[id].score * 100);
  const value = (id) => lhr.audits[id]?.numericValue ?? null;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    lcp: value('largest-contentful-paint'),
    cls: value('cumulative-layout-shift'),
    tbt: value('total-blocking-time'),
  };
}

function median(values) {
  const xs = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

async function runOnce(i) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no result');
    if (lhr.runtimeError) {
      console.error(`run ${i}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    }
    for (const w of lhr.runWarnings ?? []) console.error(`run ${i}: warning: ${w}`);
    return metrics(lhr);
  } finally {
    await chrome.kill();
  }
}

const runs = [];
for (let i = 1; i <= RUNS; i++) {
  process.stderr.write(`lighthouse run ${i}/${RUNS} against ${url} …\n`);
  try {
    const m = await runOnce(i);
    runs.push(m);
    process.stderr.write(`  ${JSON.stringify(m)}\n`);
  } catch (err) {
    console.error(`run ${i} failed: ${err?.message ?? err}`);
  }
}

const med = {};
for (const key of ['performance', 'accessibility', 'lcp', 'cls', 'tbt']) {
  med[key] = median(runs.map((r) => r[key]));
}

const fmt = (v, digits = 0) => (v == null ? 'n/a' : v.toFixed(digits));
const label = `(median of ${RUNS})`;
console.log(`lighthouse performance ${label}: ${fmt(med.performance)}`);
console.log(`lighthouse accessibility ${label}: ${fmt(med.accessibility)}`);
console.log(`lighthouse LCP ms ${label}: ${fmt(med.lcp)}`);
console.log(`lighthouse CLS ${label}: ${fmt(med.cls, 3)}`);
console.log(`lighthouse TBT ms ${label}: ${fmt(med.tbt)}`);

try {
  const dir = join(dirname(fileURLToPath(import.meta.url)), 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'lighthouse.json'),
    JSON.stringify({ url, date: new Date().toISOString(), runs, median: med }, null, 2) + '\n',
  );
} catch (err) {
  console.error(`could not write results/lighthouse.json: ${err?.message ?? err}`);
}

const measured = Object.values(med).some((v) => v != null);
process.exit(measured ? 0 : 1);
