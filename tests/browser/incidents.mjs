// Scenario 4: "attacks near Kirkuk in 2022" as an analyst checks it: the first screen's overview and examples, the
// Ask tab's sentence answer and its ledger,
// then the Incidents tab's table, one record's audit trail, and the same incidents exported to CSV.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ask, check, openTab, runScenario, setField, squash, tableSize, textOf, waitUntil } from './lib.mjs';

const QUESTION = 'attacks near Kirkuk in 2022';
const COLUMNS = ['event_id', 'event_date', 'time_precision', 'admin1', 'admin2', 'location', 'latitude', 'longitude',
  'geo_precision', 'actor1', 'actor2', 'sub_event_type', 'fatalities_best', 'fatalities_low', 'fatalities_high',
  'wounded_best', 'claimed', 'notes', 'sources', 'conflicts'];

await runScenario('incidents', async ({ page, log, shot, tmp }) => {
  // The first screen says what is loaded and offers questions this corpus answers; one click fills the box.
  await waitUntil(page, 'the corpus overview and example questions', () =>
    /\d+\*?\*? articles?/.test(document.querySelector('#overview')?.innerText ?? '')
      && document.querySelectorAll('#examples button, #examples tr, #examples td').length > 0, null, 30_000);
  const overview = await textOf(page, 'overview');
  log(`overview: ${squash(overview)}`);
  check(/5 articles/.test(overview) && /incident records/.test(overview), `the overview is not the seeds': ${overview}`);
  const example = page.locator('#examples').getByText(QUESTION, { exact: true });
  check(await example.count() > 0, `"${QUESTION}" is not among the examples: ${await textOf(page, 'examples')}`);
  await example.first().click();
  await waitUntil(page, 'the example in the question box', (q) =>
    document.querySelector('#question textarea, #question input')?.value === q, QUESTION, 10_000);
  await shot('0-first-screen');
  const answer = await ask(page, QUESTION);
  log(`answer: ${squash(answer)}`);
  const first = answer.trim().split('\n')[0];
  check(/people were killed.* in \d+ attacks near Kirkuk/.test(first) && /\[\d+\]/.test(first),
    `the answer does not open with a cited sentence about the attacks near Kirkuk: ${first}`);
  check(/What this covers: Counted: \d+ incidents?/.test(answer), `no ledger under the answer: ${answer}`);
  await shot('1-sentence-answer');

  await openTab(page, 'Incidents');
  await setField(page, 'i-place', 'Kirkuk');
  await setField(page, 'i-from', '2022-01-01');
  await setField(page, 'i-to', '2022-12-31');
  await page.locator('#i-show').click();
  // The tab lists every incident when it opens: wait for the summary of this filter, then its ledger.
  await waitUntil(page, 'the Kirkuk 2022 incident table and its ledger', () => {
    const msg = document.querySelector('#i-msg')?.innerText ?? '';
    return /near Kirkuk/.test(msg) && /Figures/.test(msg);
  }, null, 30_000);
  const rows = await tableSize(page, 'inc-table');
  const message = await textOf(page, 'i-msg');
  log(`${rows} rows; ${squash(message)}`);
  check(rows > 0 && new RegExp(`\\*?${rows}\\*? incidents?`).test(message.replace(/\*/g, '')),
    `the summary does not count the ${rows} rows: ${message}`);
  check(/killed: \d+ with a figure/.test(message), `the ledger does not tally the figures: ${message}`);

  // The map: the 18 province outlines, the 50 km circle around Kirkuk, and a marker whose hover box lists the
  // incidents there with the table's row numbers; a box is hidden until its marker is hovered or clicked.
  await waitUntil(page, 'the map with province outlines and markers', () =>
    document.querySelectorAll('#inc-map path.prov').length === 18
      && document.querySelectorAll('#inc-map .spot').length > 0, null, 15_000);
  const mapped = await page.evaluate(() => ({
    circle: !!document.querySelector('#inc-map #incmap-radius'),
    spots: document.querySelectorAll('#inc-map .spot').length,
    tipShown: getComputedStyle(document.querySelector('#inc-map .tip')).display,
    firstDate: document.querySelector('#inc-table [role=gridcell]')?.innerText ?? '',
  }));
  log(`map: ${mapped.spots} marker(s), circle ${mapped.circle}, box before hover: ${mapped.tipShown}`);
  check(mapped.circle, 'the map does not draw the 50 km circle around Kirkuk');
  check(mapped.tipShown === 'none', `a marker's details box shows before any hover (${mapped.tipShown})`);
  const spot = page.locator('#inc-map .spot').first();
  const tipId = (await spot.getAttribute('id')).replace('spot', 'tip');
  await spot.locator('circle').hover();
  await waitUntil(page, 'the hovered marker\'s details box', (id) =>
    getComputedStyle(document.getElementById(id)).display !== 'none', tipId, 5_000);
  const tip = await page.locator(`#${tipId} text`).allTextContents().then((t) => t.join('\n'));
  log(`hover box: ${squash(tip)}`);
  check(/incidents? here/.test(tip) && /^\d+\. (\d{4}|[A-Z][a-z]+ \d{4}|reported \d{4})/m.test(tip),
    `the hover box does not list incidents with their rows and dates: ${tip}`);
  await shot('2-map-hover');

  await page.locator('#inc-table [role=gridcell]').first().click();
  await waitUntil(page, 'the audit trail of the selected incident',
    () => /Audit trail/.test(document.querySelector('#inc-sources')?.innerText ?? ''), null, 15_000);
  const trail = await textOf(page, 'inc-sources');
  check(/Date: .*time precision \d/.test(trail) && /Place: as written .*geo precision \d/.test(trail),
    `the audit trail lacks the date or place lines: ${trail.slice(0, 600)}`);
  check(/Responsibility: /.test(trail), `the audit trail does not say who was responsible: ${trail.slice(0, 600)}`);
  await shot('2-audit-trail');

  await page.locator('#i-export').click();
  await waitUntil(page, 'a download link in #i-export-file',
    () => !!document.querySelector('#i-export-file a[download]'), null, 15_000);
  const [download] = await Promise.all([page.waitForEvent('download'),
    page.locator('#i-export-file a[download]').first().click()]);
  const file = path.join(tmp, download.suggestedFilename());
  await download.saveAs(file);
  const lines = readFileSync(file, 'utf8').trim().split('\n');
  const header = lines[0].split(',');
  log(`exported ${download.suggestedFilename()}: ${lines.length - 1} data line(s); header ${header.length} columns`);
  check(file.endsWith('.csv'), `the export is named ${download.suggestedFilename()}`);
  for (const c of COLUMNS) check(header.includes(c), `the CSV header lacks ${c}: ${lines[0]}`);
  const ids = lines.slice(1).map((l) => l.split(',')[0]).filter((x) => /^[0-9a-f]{12}$/.test(x));
  check(ids.length === rows, `the CSV has ${ids.length} incident ids, the table ${rows} rows`);
  await shot('3-exported');
});
