// Times the first frame of the browser build against TimelineJS showing the same
// milestones, in the same headless Chromium, a fresh browser for every run.
//
//   node web/bench-web.mjs ROOT_URL RUNS [TL_DIR]
//
// ROOT_URL serves app/ (the built site), tl/ (a TimelineJS page) and page/ (the
// exported page, where the milestones are read from). With TL_DIR (the folder served as
// tl/), the milestones are first written there as data.js for the TimelineJS page. "First frame" is the start of
// the animation frame after the one in which the page was ready: for the app the frame
// after its first `ui` call (performance mark "first-frame", set by index.html), for
// TimelineJS the frame after its "loaded" event. Both are read from the page's own
// clock, whose zero is the start of navigation.
import { writeFileSync } from "node:fs";
import { chromium } from "playwright-core";

const [root, runsText, tlDir] = process.argv.slice(2);
const runs = Number(runsText || 5);
const ARGS = ["--no-sandbox", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
  "--ignore-gpu-blocklist"];

async function fresh(fn) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    return await fn(page);
  } finally {
    await browser.close();
  }
}

// The milestones as TimelineJS wants them, read from the exported page, before the
// TimelineJS page that loads them is opened.
if (tlDir) {
  const events = await fresh(async (page) => {
    await page.goto(`${root}page/index.html`);
    return page.$$eval("ol.milestones > li", (items) => items.map((li) => {
      const [year, month, day] = li.querySelector("time").getAttribute("datetime").split("-").map(Number);
      const start_date = { year };
      if (month) start_date.month = month;
      if (day) start_date.day = day;
      return {
        start_date,
        text: { headline: li.querySelector("h3").textContent, text: li.querySelector("p:not(.when)").textContent },
        group: li.querySelector(".category").textContent,
      };
    }));
  });
  writeFileSync(`${tlDir}/data.js`, `const TIMELINE_DATA = ${JSON.stringify({ events })};\n`);
  console.error(`timelinejs: ${events.length} milestones`);
}

/** A page's marks and paint times on its own clock, once it has marked "first-frame". */
async function marks(url) {
  return fresh(async (page) => {
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForFunction(() => performance.getEntriesByName("first-frame").length > 0, null, { timeout: 30000 });
    return page.evaluate(() => Object.fromEntries(
      [...performance.getEntriesByType("mark"), ...performance.getEntriesByType("paint")]
        .map((m) => [m.name, m.startTime])));
  });
}

async function app() {
  return marks(`${root}app/`);
}

async function timelinejs() {
  return marks(`${root}tl/`);
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0], median: s[Math.floor(s.length / 2)], max: s[s.length - 1] };
};
const fmt = ({ min, median, max }) => `${min.toFixed(0)} / ${median.toFixed(0)} / ${max.toFixed(0)} ms`;

// One warm-up of each (disk cache of the OS, the browser binary), then alternate.
await app();
await timelinejs();
const ours = [];
const theirs = [];
for (let i = 0; i < runs; i++) {
  ours.push(await app());
  theirs.push(await timelinejs());
}
const appFirst = stats(ours.map((m) => m["first-frame"]));
const tlFirst = stats(theirs.map((m) => m["first-frame"]));
console.log(`app first frame (min / median / max of ${runs}):        ${fmt(appFirst)}`);
console.log(`TimelineJS first frame (min / median / max of ${runs}): ${fmt(tlFirst)}`);
console.log(`ratio of medians (app / TimelineJS): ${(appFirst.median / tlFirst.median).toFixed(2)}`);
for (const [who, runs] of [["app", ours], ["TimelineJS", theirs]]) {
  const names = Object.keys(runs[0]).sort((a, b) => runs[0][a] - runs[0][b]);
  console.log(`${who} start-up, median of each mark:`);
  for (const name of names) {
    console.log(`  ${name.padEnd(22)} ${stats(runs.map((m) => m[name] ?? NaN)).median.toFixed(0)} ms`);
  }
}
