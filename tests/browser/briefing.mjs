// Scenario 3: generate a briefing for Kirkuk in 2022 (record-based paragraphs, no model) and download its .md.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { check, openTab, runScenario, setField, textOf, waitUntil } from './lib.mjs';

await runScenario('briefing', async ({ page, log, shot, tmp }) => {
  await openTab(page, 'Briefing');
  await setField(page, 'b-place', 'Kirkuk');
  await setField(page, 'b-from', '2022-01-01');
  await setField(page, 'b-to', '2022-12-31');
  // Narration off: record-based paragraphs take a second; the model's paragraphs are covered by the slow Python tests.
  const narrate = page.locator('#b-narrate input[type=checkbox]');
  check(await narrate.count() === 1, 'no checkbox inside #b-narrate');
  await narrate.uncheck();
  await shot('1-filled');

  const started = Date.now();
  await page.locator('#b-generate').click();
  await waitUntil(page, 'the briefing with its timeline in #briefing',
    () => /Timeline/.test(document.querySelector('#briefing')?.innerText ?? ''), null, 60_000);
  log(`briefing generated in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  const shown = await textOf(page, 'briefing');
  check(/Kirkuk/.test(shown), `the briefing does not name Kirkuk: ${shown.slice(0, 400)}`);
  check(/2022-01-01/.test(shown) && /2022-12-31/.test(shown), `the briefing does not show the period: ${shown.slice(0, 400)}`);
  check(/\[\d+\]/.test(shown), `the briefing shown has no citation [n]: ${shown.slice(0, 400)}`);
  await shot('2-generated');

  const link = page.locator('#b-md a[download]');
  await waitUntil(page, 'a download link in #b-md', () => !!document.querySelector('#b-md a[download]'), null, 10_000);
  const [download] = await Promise.all([page.waitForEvent('download'), link.first().click()]);
  const file = path.join(tmp, download.suggestedFilename());
  await download.saveAs(file);
  const md = readFileSync(file, 'utf8');
  log(`downloaded ${download.suggestedFilename()} (${md.length} chars)`);
  check(file.endsWith('.md'), `the Markdown download is named ${download.suggestedFilename()}`);
  check(md.startsWith('# ') && /Kirkuk/.test(md), `the downloaded Markdown is not the Kirkuk briefing: ${md.slice(0, 300)}`);
  check(/\[\d+\]/.test(md), 'the downloaded briefing has no citation [n]');
  // The file is the briefing the page shows, not an older one: its first heading line is on the page too.
  const heading = md.split('\n')[0].replace(/^#\s*/, '');
  check(shown.includes(heading), `the page does not show the downloaded briefing's title "${heading}"`);
  await shot('3-downloaded');
});
