import { chromium } from 'playwright-core';
import fs from 'node:fs';
import { serveDist } from './harness.mjs';
const s = await serveDist();
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
for (let i = 0; i < 3; i++) {
const ctx = await b.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true }); const p = await ctx.newPage();
await b.startTracing(p, { path: '/tmp/trace.json', categories: ['loading', 'devtools.timeline'] });
await p.goto(s.url);
await p.waitForSelector('[data-stancemap-ready]');
await p.waitForTimeout(500);
await b.stopTracing();
const t = JSON.parse(fs.readFileSync('/tmp/trace.json')).traceEvents;
const nav = t.find(e => e.name === 'navigationStart')?.ts;
console.log('---');
for (const e of t.filter(e => /largestContentfulPaint::Candidate|LargestTextPaint::Candidate|firstContentfulPaint|Invalidate/.test(e.name))) console.log(e.name, ((e.ts - nav)/1000).toFixed(0), e.args?.data?.nodeName, e.args?.data?.size);
await ctx.close();
}
await b.close(); await s.close();
