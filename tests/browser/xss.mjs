// Scenario 5: an uploaded article containing <script> and <img onerror> markup is shown as text everywhere
// (ingest results, corpus list, sources panel) and none of it runs.
import { IMG_TAG, SCRIPT_TAG, TUZ, writeArticle } from './articles.mjs';
import { ask, check, checkCitationsMatchSources, openTab, pollUntil, rowWith, runScenario, squash, textOf, upload }
  from './lib.mjs';

/** Fail if any of the article's markup became live elements or ran. */
async function checkInert(page, where) {
  const state = await page.evaluate(() => ({
    xss: typeof window.__xss,
    scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent.includes('__xss')).length,
    imgs: [...document.querySelectorAll('img')].filter((i) => i.getAttribute('src') === 'x').length,
  }));
  check(state.xss === 'undefined', `${where}: the article's markup ran (window.__xss is ${state.xss})`);
  check(state.scripts === 0 && state.imgs === 0,
    `${where}: the article's markup became elements (${state.scripts} script, ${state.imgs} img)`);
}

await runScenario('xss', async ({ page, log, shot, tmp }) => {
  const [result] = await upload(page, [writeArticle(tmp, TUZ)]);
  log(`upload result: ${JSON.stringify(result)}`);
  check(result?.status === 'added', `#ingest-results does not report ${TUZ.file} as added: ${JSON.stringify(result)}`);
  await checkInert(page, 'after the upload');
  await shot('1-uploaded');

  // The title carries the <img onerror> markup: the corpus list must show it literally.
  await pollUntil(page, 'the article title, markup as text, in #corpus', () => rowWith(page, 'corpus', TUZ.title), 20_000);
  await checkInert(page, 'in the corpus list');
  await page.locator('#corpus').getByText(IMG_TAG).first().scrollIntoViewIfNeeded();
  await shot('2-corpus-title-as-text');

  await openTab(page, 'Ask');
  const answer = await ask(page, 'Attacks near Tuz Khurmatu in 2023');
  log(`answer: ${squash(answer)}`);
  await checkCitationsMatchSources(page);
  const sources = await textOf(page, 'sources');
  check(sources.includes(SCRIPT_TAG), `the sources panel does not show the literal ${SCRIPT_TAG}: ${sources.slice(0, 800)}`);
  check(sources.includes(IMG_TAG), `the sources panel does not show the title's literal ${IMG_TAG}`);
  check(await page.locator('#sources script, #sources img').count() === 0, 'the sources panel contains script/img elements');
  await checkInert(page, 'in the sources panel');
  await page.locator('#sources').getByText(SCRIPT_TAG).first().scrollIntoViewIfNeeded();
  await shot('3-sources-script-as-text');
});
