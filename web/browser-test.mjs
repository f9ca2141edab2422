// Opens the browser build in headless Chromium, checks the static first paint and that
// the canvas replaces it, waits for the app to draw, takes a screenshot, clicks the
// Timeline tab and takes another. Fails on any console error.
//
//   node web/browser-test.mjs URL OUT_DIR
import { chromium } from "playwright-core";

const [url, out] = process.argv.slice(2);
if (!url || !out) {
  console.error("usage: node browser-test.mjs URL OUT_DIR");
  process.exit(2);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    // WebGL on the CPU: there is no GPU here.
    "--use-angle=swiftshader",
    "--enable-unsafe-swiftshader",
    "--ignore-gpu-blocklist",
  ],
});
const errors = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(`console: ${msg.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`page: ${e.message}`));

  // The static first paint (title and figures as HTML) is there at once: read by the
  // page itself when its document is parsed, since by the time a question from here
  // arrives (the page's thread is busy compiling the module) the app may have drawn.
  await page.addInitScript(() => {
    document.addEventListener("DOMContentLoaded", () => {
      window.__firstPaint = document.querySelector("#first-paint h1")?.textContent ?? null;
    });
  });
  const start = Date.now();
  await page.goto(url, { waitUntil: "domcontentloaded" });
  const firstPaint = await page.evaluate(() => window.__firstPaint);
  if (!firstPaint) errors.push("no static first paint while the app starts");
  // The page removes its loading message once the app has started, or shows why not.
  await page.waitForFunction(() => {
    const s = document.getElementById("status");
    return !s || s.classList.contains("error");
  }, null, { timeout: 30000 });
  const failure = await page.evaluate(() => document.getElementById("status")?.textContent);
  if (failure) {
    await page.screenshot({ path: `${out}/web-error.png` });
    throw new Error(failure);
  }
  const firstFrame = Date.now() - start;
  // ...and gives way to the canvas once the app has drawn.
  await page.waitForFunction(() => !document.getElementById("first-paint"), null, { timeout: 10000 })
    .catch(() => errors.push("the static first paint was not replaced by the canvas"));
  const timing = await page.evaluate(() => performance.now());
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/web-overview.png` });

  // The Timeline tab: second in the top bar, after the File menu.
  await page.mouse.click(193, 18);
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${out}/web-timeline.png` });

  console.log(`first frame: ${firstFrame} ms after navigation (page clock ${timing.toFixed(0)} ms)`);

  // A bookmark to a moment, as TimelineJS's: the page opens on that milestone.
  const bookmarked = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  bookmarked.on("pageerror", (e) => errors.push(`bookmark page: ${e.message}`));
  await bookmarked.goto(`${url}#milestone=global_taskforce_2022`, { waitUntil: "load" });
  await bookmarked.waitForFunction(() => !document.getElementById("status"), null, { timeout: 30000 });
  await bookmarked.waitForTimeout(800);
  await bookmarked.screenshot({ path: `${out}/web-bookmark.png` });
} finally {
  await browser.close();
}
if (errors.length > 0) {
  console.error("errors in the page:\n" + errors.join("\n"));
  process.exit(1);
}
console.log("browser test: no console errors");
