// Opens report.html files in Debian's chromium (puppeteer-core) as a reader
// would, at 1280 x 900 and printed to A4, and reports every violation of
// docs/report-format.md's "Fits the screen and the page":
//   - an SVG wider than the 1280 px window or than its container;
//   - a table wider than its column (in print, one past the A4 column makes
//     Chromium shrink every page to fit it);
//   - visible text under 9 px on screen, or under 7 pt in print (SVG text
//     measured as drawn, after the viewBox scales it);
//   - console errors, page errors, or any request but the page itself;
//   - a printed A4 PDF with more pages than the report's budget.
// Screenshots (full page, the silo section) and the PDFs go to OUTDIR.
// Usage: node report-browser.js CHROMIUM OUTDIR NAME=REPORT.html=PAGES...
'use strict';
const fs = require('fs');
const path = require('path');
const {execFileSync} = require('child_process');
const puppeteer = require('puppeteer-core');

const kWindow = {width: 1280, height: 900};
const kPrintColumn = 688;             // A4 less 14 mm side margins, CSS px
const kMinScreenPx = 9;
const kMinPrintPx = 7 * 96 / 72;      // 7 pt
const kMaxShot = 16000;               // px: the tallest screenshot Chromium takes

// Runs in the page: the SVGs and tables too wide, and the visible text too small.
// A table past the printed column makes Chromium shrink every page to fit it.
function measure(minPx) {
  const out = {wideSvgs: [], wideTables: [], smallText: [], smallCount: 0};
  const viewport = document.documentElement.clientWidth;
  for (const svg of document.querySelectorAll('svg')) {
    if (svg.parentElement.closest('svg')) continue;
    const r = svg.getBoundingClientRect();
    const container = svg.parentElement.getBoundingClientRect();
    if (r.width > viewport + 0.5 || r.width > container.width + 0.5 || r.right > viewport + 0.5)
      out.wideSvgs.push(`${svg.getAttribute('aria-label') || svg.closest('section')?.id || 'svg'}: ` +
                        `${Math.round(r.width)} px wide in a ${Math.round(container.width)} px container`);
  }
  for (const table of document.querySelectorAll('table')) {
    const r = table.getBoundingClientRect();
    const column = table.parentElement.getBoundingClientRect();
    if (r.right > column.right + 0.5 || r.right > viewport + 0.5)
      out.wideTables.push(`${table.closest('section')?.id || 'page'} "${table.rows[0]?.textContent.trim().slice(0, 40)}": ` +
                          `${Math.round(r.width)} px wide in a ${Math.round(column.width)} px column`);
  }
  const visible = (el) => {
    const s = getComputedStyle(el);
    return s.visibility !== 'hidden' && s.display !== 'none' && el.getClientRects().length > 0;
  };
  const where = (el) => (el.closest('section')?.id || 'page') + ' <' + el.tagName.toLowerCase() + '>';
  for (const el of document.querySelectorAll('body *')) {
    const own = Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent.trim() !== '');
    if (!own || !visible(el)) continue;
    let size = parseFloat(getComputedStyle(el).fontSize);
    if (el instanceof SVGGraphicsElement) {
      const m = el.getScreenCTM();
      if (m) size *= Math.sqrt(m.a * m.a + m.b * m.b);  // the viewBox's scale
    }
    if (size + 1e-6 < minPx) {
      out.smallCount++;
      if (out.smallText.length < 5)  // a few examples; the count says how many
        out.smallText.push(`${where(el)} "${el.textContent.trim().slice(0, 40)}" at ${size.toFixed(1)} px`);
    }
  }
  return out;
}

// Chromium compresses the page tree, so poppler's pdfinfo counts the pages.
function pdfPages(file) {
  const info = execFileSync('pdfinfo', [file], {encoding: 'utf8'});
  return Number(/^Pages:\s+(\d+)/m.exec(info)[1]);
}

async function check(browser, outdir, name, file, budget) {
  const problems = [];
  const page = await browser.newPage();
  const url = 'file://' + path.resolve(file);
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    if (req.url() === url) return req.continue();
    problems.push(`network request: ${req.url().slice(0, 120)}`);
    return req.abort();
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  await page.setViewport(kWindow);
  await page.goto(url, {waitUntil: 'load'});
  const report = (m, medium, minPx) => {
    for (const w of m.wideSvgs) problems.push(`${medium}: SVG too wide: ${w}`);
    for (const w of m.wideTables) problems.push(`${medium}: table too wide: ${w}`);
    if (m.smallCount)
      problems.push(`${medium}: ${m.smallCount} text element(s) under ${minPx.toFixed(2)} px, e.g. ` +
                    m.smallText.join('; '));
  };
  report(await page.evaluate(measure, kMinScreenPx), 'screen 1280 px', kMinScreenPx);
  // Chromium captures at most 16,384 px: a longer page is shot from the top.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  if (height <= kMaxShot) await page.screenshot({path: path.join(outdir, `${name}.png`), fullPage: true});
  else await page.screenshot({path: path.join(outdir, `${name}.png`), clip: {x: 0, y: 0, width: kWindow.width, height: kMaxShot}, captureBeyondViewport: true});
  const graph = await page.$('#graph');
  if (graph) await graph.screenshot({path: path.join(outdir, `${name}-graph.png`)});
  else problems.push('no silo section (#graph)');

  // In print the column is A4's; the same checks against 7 pt.
  await page.emulateMediaType('print');
  await page.setViewport({width: kPrintColumn, height: 1100});
  report(await page.evaluate(measure, kMinPrintPx), 'print A4', kMinPrintPx);
  await page.emulateMediaType(null);
  await page.setViewport(kWindow);
  const pdf = await page.pdf({format: 'A4'});
  fs.writeFileSync(path.join(outdir, `${name}.pdf`), pdf);
  const pages = pdfPages(path.join(outdir, `${name}.pdf`));
  if (pages > budget) problems.push(`PDF: ${pages} A4 pages, over the budget of ${budget}`);
  await page.close();
  return {problems, pages};
}

async function main() {
  const [chromium, outdir, ...reports] = process.argv.slice(2);
  fs.mkdirSync(outdir, {recursive: true});
  const browser = await puppeteer.launch({
    executablePath: chromium, headless: true, args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'],
  });
  let failed = 0;
  try {
    for (const spec of reports) {
      const [name, file, budget] = spec.split('=');
      const {problems, pages} = await check(browser, outdir, name, file, Number(budget));
      if (problems.length === 0) {
        console.log(`ok: ${name} (${pages} of ${budget} pages)`);
        continue;
      }
      failed++;
      console.log(`FAIL: ${name} (${pages} of ${budget} pages):`);
      for (const p of problems) console.log(`  - ${p}`);
    }
  } finally {
    await browser.close();
  }
  console.log(`report-browser: ${reports.length - failed} passed, ${failed} failed; screenshots in ${outdir}`);
  process.exit(failed ? 1 : 0);
}

main().catch((err) => {
  console.error(`report-browser: ${err.stack || err}`);
  process.exit(1);
});
