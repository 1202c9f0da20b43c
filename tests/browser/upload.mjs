// Scenario 4: upload a new article in the Corpus tab; it is reported as added and listed in the corpus table.
import { HAWIJA, writeArticle } from './articles.mjs';
import { check, openTab, pollUntil, rowWith, runScenario, tableRows, tableSize, upload } from './lib.mjs';

await runScenario('upload', async ({ page, log, shot, tmp }) => {
  await openTab(page, 'Corpus');
  // The seeds are listed before the upload, and the new article is not.
  const before = await pollUntil(page, 'the five seed articles in #corpus', async () => {
    const rows = await tableRows(page, 'corpus');
    return rows.length >= 5 && rows;
  }, 20_000);
  check(!before.some((r) => r.title === HAWIJA.title), 'the new article is listed before it was uploaded');
  const size = await tableSize(page, 'corpus');
  await shot('1-corpus-before');

  const file = writeArticle(tmp, HAWIJA);
  const started = Date.now();
  const [result] = await upload(page, [file]);
  log(`ingested in ${((Date.now() - started) / 1000).toFixed(1)}s: ${JSON.stringify(result)}`);
  check(result?.status === 'added', `#ingest-results does not report ${HAWIJA.file} as added: ${JSON.stringify(result)}`);
  await shot('2-ingest-results');

  const row = await pollUntil(page, 'the new article in the #corpus list', () => rowWith(page, 'corpus', HAWIJA.title), 20_000);
  const after = await tableSize(page, 'corpus');
  check(after === size + 1, `the corpus list went from ${size} to ${after} rows, expected one more`);
  const detail = JSON.stringify(row);
  check(row?.outlet === 'Rudaw' && row?.published === '2023-03-15', `the corpus row lacks its outlet or date: ${detail}`);
  // The rule extractor finds the bombing (2 killed, 3 wounded), so the row counts at least one incident.
  check(Number(row?.incidents) >= 1, `the corpus row shows no incidents extracted: ${detail}`);
  await page.locator('#corpus').scrollIntoViewIfNeeded();
  await shot('3-corpus-listed');
});
