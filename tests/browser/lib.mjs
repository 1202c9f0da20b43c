// Shared helpers for the browser scenarios: launch Debian's Chromium, drive the Gradio UI by its elem_ids,
// save a screenshot after every step, and fail with a message that shows what the page displayed.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.DESK_URL;
export const ARTIFACTS = process.env.DESK_ARTIFACTS || path.resolve('tests/artifacts/browser');
const CHROMIUM = process.env.DESK_CHROMIUM || '/usr/bin/chromium';
// Without the networking flags Chromium keeps dialling Google's hosts, which this closed network refuses.
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

/** A scenario step failed: the message says what the user would have seen instead. */
export class ScenarioError extends Error {}

/** Throw a ScenarioError with `message` unless `condition` holds. */
export function check(condition, message) {
  if (!condition) throw new ScenarioError(message);
}

/** Collapse runs of whitespace, so rendered text compares with source text. */
export function squash(text) {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Run one scenario: open the app in a fresh browser, call `body(ctx)`, exit 0 on success and 1 on failure. */
export async function runScenario(name, body) {
  check(BASE_URL, 'DESK_URL is not set: run the scenarios through tests/test_browser.py (it starts the app)');
  mkdirSync(ARTIFACTS, { recursive: true });
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
  const log = (msg) => console.log(`[${name} ${elapsed()}] ${msg}`);
  let browser;
  let page;
  const pageErrors = [];
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 1000 } });
    page = await context.newPage();
    page.on('pageerror', (err) => pageErrors.push(String(err)));
    const shot = async (step) => {
      const file = path.join(ARTIFACTS, `${name}-${step}.png`);
      await page.screenshot({ path: file, fullPage: true });
      log(`screenshot ${path.basename(file)}`);
    };
    await openApp(page);
    log(`app loaded at ${BASE_URL}`);
    await body({ page, log, shot, tmp: mkdtempSync(path.join(tmpdir(), `desk-${name}-`)) });
    check(pageErrors.length === 0, `the page raised JavaScript errors: ${pageErrors.join(' | ')}`);
    log('passed');
  } catch (err) {
    console.error(`[${name} ${elapsed()}] FAILED: ${err instanceof ScenarioError ? err.message : err.stack || err}`);
    if (pageErrors.length) console.error(`page errors: ${pageErrors.join(' | ')}`);
    if (page) {
      console.error(`visible text at failure:\n${(await pageText(page)).slice(0, 4000)}`);
      const file = path.join(ARTIFACTS, `${name}-failed.png`);
      await page.screenshot({ path: file, fullPage: true }).catch(() => {});
      console.error(`screenshot ${path.basename(file)}`);
    }
    process.exitCode = 1;
  } finally {
    await browser?.close();
  }
}

/** Load the app afresh (a new conversation) and wait until it can take a question. */
export async function openApp(page) {
  await page.goto(BASE_URL);
  // The question box is the last thing Gradio mounts on the first tab; until then clicks go nowhere.
  await page.locator('#question textarea, #question input').first().waitFor({ timeout: 60_000 });
}

async function pageText(page) {
  return page.evaluate(() => document.body.innerText).catch((err) => `(page text unavailable: ${err})`);
}

/** Wait until `fn(arg)` is truthy in the page; on timeout fail with `what` (what the user should have seen). */
export async function waitUntil(page, what, fn, arg, timeout = 30_000) {
  try {
    return await page.waitForFunction(fn, arg, { timeout, polling: 250 });
  } catch (err) {
    if (err.name !== 'TimeoutError') throw err;
    throw new ScenarioError(`waited ${timeout / 1000}s for ${what}`);
  }
}

/** Visible text of the element with this elem_id ('' when it is absent). */
export async function textOf(page, id) {
  return page.evaluate((sel) => document.querySelector(sel)?.innerText ?? '', `#${id}`);
}

/** Click the tab with this label and wait for its panel to show. */
export async function openTab(page, label) {
  const tab = page.getByRole('tab', { name: label, exact: true });
  check(await tab.count() === 1, `no tab labelled "${label}" (tabs: ${await page.getByRole('tab').allInnerTexts()})`);
  await tab.click();
  await waitUntil(page, `the "${label}" tab to be selected`,
    (l) => [...document.querySelectorAll('[role=tab]')].some((t) => t.innerText.trim() === l
      && t.getAttribute('aria-selected') === 'true'), label);
}

/** Type a value into the Gradio textbox or number field with this elem_id. */
export async function setField(page, id, value) {
  const input = page.locator(`#${id}`).locator('textarea, input').first();
  check(await input.count() === 1, `no input field #${id} on the page`);
  await input.fill(String(value));
}

/** Text of every assistant message in #chat, oldest first. */
export async function botMessages(page) {
  return page.locator('#chat [data-testid="bot"]').allInnerTexts();
}

/** Ask a question in the Ask tab and wait until the checked answer (not the streamed draft) is shown. */
export async function ask(page, question, timeout = 30_000) {
  const before = (await botMessages(page)).length;
  await setField(page, 'question', question);
  await page.locator('#ask').click();
  // Final = a new assistant message with citation links, an abstain note or an error sign, no typing cursor,
  // and a sources panel that quotes exactly what the links cite (so it is this answer's panel, not the last one's).
  await waitUntil(page, `an answer to "${question}" with its sources`, ({ n }) => {
    const msgs = document.querySelectorAll('#chat [data-testid="bot"]');
    if (msgs.length <= n) return false;
    const last = msgs[msgs.length - 1];
    const text = last.innerText;
    if (text.includes('\u258d')) return false;
    if (last.querySelector('.abstain') || text.trim().startsWith('\u26a0')) return true;
    const cites = [...last.querySelectorAll('a.cite')];
    return cites.length > 0
      && cites.every((a) => document.querySelector(`#sources mark.quote${a.getAttribute('href')}`));
  }, { n: before }, timeout);
  const msgs = await botMessages(page);
  return msgs[msgs.length - 1];
}

/** The citation links of the newest answer: [{n, title, text}]. */
export async function lastCitations(page) {
  return page.evaluate(() => {
    const msgs = document.querySelectorAll('#chat [data-testid="bot"]');
    const last = msgs[msgs.length - 1];
    // The number is read from href="#src-N": Gradio's chat sanitizer drops data-* attributes from messages.
    // The quote is the link's styled hover box (.tip), hidden until hover: read its text, not its rendering.
    return last ? [...last.querySelectorAll('a.cite')].map((a) => ({
      n: (a.getAttribute('href') ?? '').replace(/^#src-/, ''), title: a.querySelector('.tip')?.textContent ?? '',
      text: a.innerText })) : [];
  });
}

/** Every citation of the newest answer points at a source card whose marked quote is the link's title. */
export async function checkCitationsMatchSources(page) {
  const cites = await lastCitations(page);
  check(cites.length > 0, 'the answer has no citation links (a.cite)');
  for (const c of cites) {
    check(/^\d+$/.test(c.n), `citation link "${c.text}" does not point at a source card (#src-N)`);
    check(c.text.trim() === `[${c.n}]`, `citation link to #src-${c.n} reads "${c.text}", expected "[${c.n}]"`);
    // One card per article: the link's target is the quote's own mark inside that article's card.
    const marks = await page.locator(`#sources .source mark.quote#src-${c.n}`).allInnerTexts();
    check(marks.length > 0, `citation [${c.n}] has no marked quote #src-${c.n} in #sources`);
    const quote = squash(c.title).replace(/^\u201c|\u201d$/g, '').replace(/\u2026$/, '');
    check(quote.length > 0 && marks.some((m) => squash(m).includes(quote)),
      `citation [${c.n}] title "${c.title}" is not the quote marked in #src-${c.n}: ${JSON.stringify(marks)}`);
  }
  return cites;
}

/** Whether the element is inside the window and inside every scrolling ancestor (what the user can see). */
export async function inView(locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const overlaps = (b) => r.bottom > b.top + 1 && r.top < b.bottom - 1;
    if (!overlaps({ top: 0, bottom: window.innerHeight })) return false;
    for (let p = el.parentElement; p; p = p.parentElement) {
      const s = getComputedStyle(p);
      if (/(auto|scroll|hidden)/.test(s.overflowY) && p.scrollHeight > p.clientHeight && !overlaps(p.getBoundingClientRect())) {
        return false;
      }
    }
    return true;
  });
}

/** Upload files through the Corpus tab and wait for a result row per file; returns those rows. */
export async function upload(page, files) {
  await openTab(page, 'Corpus');
  const input = page.locator('#upload input[type=file]');
  check(await input.count() === 1, 'no file input inside #upload');
  await input.setInputFiles(files);
  // Gradio first sends the files to the server (a progress line), then lists each with a download link;
  // pressing #add before that would ingest nothing.
  await waitUntil(page, `the ${files.length} chosen file(s) to finish uploading into #upload`,
    (k) => document.querySelectorAll('#upload a[download]').length === k
      && !/\d+\/\d+ files/.test(document.querySelector('#upload')?.innerText ?? ''), files.length);
  await page.locator('#add').click();
  const rows = [];
  for (const f of files) {
    const name = path.basename(f);
    rows.push(await pollUntil(page, `a row for ${name} in the #ingest-results table`,
      () => rowWith(page, 'ingest-results', name), 60_000));
  }
  return rows;
}

/** Rows of the Gradio table with this elem_id as objects keyed by column header (only rows it has rendered). */
export async function tableRows(page, id) {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel);
    if (!root) return [];
    // Gradio 6 draws a header table and a virtual grid of role=row / role=gridcell divs for the body.
    const heads = [...root.querySelectorAll('th[role=columnheader]')]
      .map((th) => (th.getAttribute('title') || th.innerText).trim().toLowerCase());
    return [...root.querySelectorAll('[role=row]')].filter((r) => r.querySelector('[role=gridcell]'))
      .map((r) => Object.fromEntries([...r.querySelectorAll('[role=gridcell]')]
        .map((cell, i) => [heads[i] ?? String(i), cell.innerText.trim()])));
  }, `#${id}`);
}

/** Number of body rows of table #id, rendered or not (Gradio's grid reports it as aria-rowcount, header included). */
export async function tableSize(page, id) {
  return page.evaluate((sel) => Number(document.querySelector(`${sel} [role=grid]`)?.getAttribute('aria-rowcount') ?? 1) - 1,
    `#${id}`);
}

/** Poll `probe()` (run here, not in the page) until it returns a truthy value; fail with `what` after `timeout` ms. */
export async function pollUntil(page, what, probe, timeout = 30_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new ScenarioError(`waited ${timeout / 1000}s for ${what}`);
    await page.waitForTimeout(250);
  }
}

/** The first rendered row of table #id with a cell containing `needle`, or undefined. */
export async function rowWith(page, id, needle) {
  return (await tableRows(page, id)).find((row) => Object.values(row).some((v) => v.includes(needle)));
}
