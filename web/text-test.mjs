// Reads the exported page and the browser build's text version as a screen reader
// gets them: Chromium's own accessibility tree, through the DevTools protocol. Checks
// the headings and their levels, the ordered list of milestones, the membership table
// by its caption and the links by their names; that the text version opens from the
// first link of the page and from the app's top bar with the focus in it, that Tab
// then moves through its links, and that a dropped data file rewrites it. Writes each tree as text and screenshots
// of the exported page in light and dark.
//
//   node web/text-test.mjs EXPORTED_INDEX_HTML APP_URL OUT_DIR
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const [exported, appUrl, out] = process.argv.slice(2);
if (!exported || !appUrl || !out) {
  console.error("usage: node text-test.mjs EXPORTED_INDEX_HTML APP_URL OUT_DIR");
  process.exit(2);
}
const builtin = readFileSync(fileURLToPath(new URL("../assets/alliance.ron", import.meta.url)), "utf8");
const TITLE = "The WeProtect Global Alliance Summit 1-2 June 2022";

const problems = [];
function expect(ok, what) {
  if (!ok) problems.push(what);
}

/** Chromium's accessibility tree as { nodes by id, root }, without ignored nodes. */
async function axTree(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Accessibility.enable");
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const role = (n) => n.role?.value ?? "";
  const name = (n) => n.name?.value ?? "";
  const level = (n) => n.properties?.find((p) => p.name === "level")?.value?.value;
  // Children, looking through ignored nodes to the ones a screen reader gets.
  const kids = (n) => (n.childIds ?? []).flatMap((id) => {
    const c = byId.get(id);
    if (!c) return [];
    return c.ignored ? kids(c) : [c];
  });
  const all = nodes.filter((n) => !n.ignored);
  const dump = [];
  const walk = (n, depth) => {
    if (role(n) === "InlineTextBox") return;
    const l = level(n);
    dump.push(`${"  ".repeat(depth)}${role(n)}${l ? ` (level ${l})` : ""}${name(n) ? `: ${name(n)}` : ""}`);
    for (const c of kids(n)) walk(c, depth + 1);
  };
  walk(nodes[0], 0);
  return { all, kids, role, name, level, text: dump.join("\n") };
}

/** What a screen reader must find in the story, wherever it is shown. */
function checkStory(tree, where) {
  const { all, kids, role, name, level } = tree;
  const headings = all.filter((n) => role(n) === "heading");
  const h = (lvl) => headings.filter((n) => level(n) === lvl).map(name);
  expect(h(1).length === 1 && h(1)[0] === TITLE, `${where}: one level-1 heading, the title (got ${h(1)})`);
  for (const part of ["Background", "Added value", "Timeline", "Membership", "The summit", "Outcomes and next steps", "Resources"]) {
    expect(h(2).includes(part), `${where}: a level-2 heading "${part}"`);
  }
  const lists = all.filter((n) => role(n) === "list");
  const milestones = lists.find((l) => {
    const items = kids(l).filter((c) => role(c) === "listitem");
    return items.length === 13 && items.every((i) => kids(i).some((c) => role(c) === "heading" && level(c) === 3));
  });
  expect(milestones, `${where}: a list of 13 milestones, each item with a level-3 heading`);
  const table = all.find((n) => role(n) === "table" && name(n).startsWith("Members by type, as of June 2022: 210 in all"));
  expect(table, `${where}: the membership table, named by its caption`);
  const rowheaders = all.filter((n) => role(n) === "rowheader").map(name);
  expect(rowheaders.includes("Governments"), `${where}: "Governments" as a row header (got ${rowheaders})`);
  const links = all.filter((n) => role(n) === "link").map(name);
  for (const link of ["Skip to the content", "Timeline", "Framing the Future", "Tech Coalition: Voluntary Framework for Industry Transparency"]) {
    expect(links.includes(link), `${where}: a link named "${link}"`);
  }
  for (const landmark of ["banner", "navigation", "main", "contentinfo"]) {
    expect(all.some((n) => role(n) === landmark), `${where}: a ${landmark} landmark`);
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist"],
});
const errors = [];
try {
  // The exported page: its tree, the skip link first, and both colour schemes.
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on("console", (m) => m.type() === "error" && errors.push(`export console: ${m.text()}`));
  await page.goto(pathToFileURL(exported).href);
  const tree = await axTree(page);
  writeFileSync(`${out}/export-tree.txt`, tree.text + "\n");
  checkStory(tree, "exported page");
  expect(tree.all.find((n) => tree.role(n) === "RootWebArea")?.name?.value === TITLE, "exported page: titled");
  await page.keyboard.press("Tab");
  const first = await page.evaluate(() => [document.activeElement.textContent, getComputedStyle(document.activeElement).top]);
  expect(first[0] === "Skip to the content" && first[1] !== "-160px", `exported page: Tab shows the skip link first (${first})`);
  for (const scheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${out}/export-${scheme}.png` });
  }
  await page.close();

  // The browser build: the text version behind the first link, then a dropped file.
  const app = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  app.on("console", (m) => m.type() === "error" && errors.push(`app console: ${m.text()}`));
  app.on("pageerror", (e) => errors.push(`app: ${e.message}`));
  await app.goto(appUrl, { waitUntil: "load" });
  await app.waitForFunction(() => !document.getElementById("status"), null, { timeout: 30000 });
  // eframe gives the canvas the focus and keeps Tab for its own widgets, so the link
  // is reached as a screen reader reaches it: first in the page's reading order.
  const firstLink = await app.evaluate(() => document.querySelector("a, button, canvas").className);
  expect(firstLink === "to-text", `app: the text-version link comes first in the page (got ${firstLink})`);
  await app.focus("a.to-text");
  await app.keyboard.press("Enter");
  await app.waitForFunction(() => document.getElementById("text-version").classList.contains("shown"), null, { timeout: 5000 });
  expect(await app.evaluate(() => document.activeElement.id) === "text-version", "app: the text version has the focus");
  const appTree = await axTree(app);
  writeFileSync(`${out}/text-version-tree.txt`, appTree.text + "\n");
  checkStory(appTree, "text version");
  await app.keyboard.press("Tab");
  await app.keyboard.press("Tab");
  const focused = await app.evaluate(() => [document.activeElement.tagName, document.activeElement.textContent]);
  expect(focused[0] === "A" && focused[1] === "Skip to the content", `app: Tab moves through the text version (at ${focused})`);
  await app.screenshot({ path: `${out}/text-version.png` });
  await app.click("text=Back to the app");
  await app.waitForFunction(() => !document.getElementById("text-version").classList.contains("shown"));
  // The app's own "Text version" button, right of Search in the top bar.
  await app.mouse.click(879, 18);
  await app.waitForFunction(() => document.getElementById("text-version").classList.contains("shown"), null, { timeout: 5000 })
    .catch(() => expect(false, "app: the top bar's Text version button shows the text version"));
  expect(await app.evaluate(() => document.activeElement.id) === "text-version", "app: the button gives the text version the focus");
  await app.click("text=Back to the app");

  const ron = builtin.replace(TITLE, "Dropped <b>data</b>");
  const drop = await app.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], "dropped.ron", { type: "text/plain" }));
    return dt;
  }, ron);
  for (const type of ["dragenter", "dragover", "drop"]) {
    await app.dispatchEvent("canvas#app", type, { dataTransfer: drop });
  }
  await app.mouse.move(640, 400);
  await app.waitForFunction(() => document.querySelector("#text-version-story h1")?.textContent === "Dropped <b>data</b>",
                            null, { timeout: 10000 })
    .catch(() => expect(false, "app: a dropped file rewrites the text version"));
  const footer = await app.evaluate(() => document.querySelector("#text-version-story footer")?.textContent ?? "");
  expect(footer.includes("dropped.ron"), `app: the text version names the dropped file (${footer})`);
} finally {
  await browser.close();
}
for (const e of errors) problems.push(e);
if (problems.length > 0) {
  console.error("text version test failed:\n  " + problems.join("\n  "));
  process.exit(1);
}
console.log("text version test: the exported page and the browser's text version read as they should");
