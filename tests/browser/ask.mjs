// Scenario 1: ask a counting question (answered from incident records) and an open question (the model),
// and see each answer with citation links and the quoted span highlighted in the sources panel.
import { ask, check, checkCitationsMatchSources, openApp, runScenario, squash, textOf } from './lib.mjs';

const OPEN_Q = 'Where were the wounded men taken for treatment after the Makhmour ambush?';
const COUNT_Q = 'How many PMU fighters were killed east of Tikrit?';

await runScenario('ask', async ({ page, log, shot }) => {
  await shot('1-loaded');

  // Open questions go to the model; the first one may also wait for it to finish loading.
  const started = Date.now();
  const open = await ask(page, OPEN_Q, 180_000);
  log(`open question answered in ${((Date.now() - started) / 1000).toFixed(1)}s: ${squash(open)}`);
  check(!open.trim().startsWith('\u26a0'), `the open question failed: ${open}`);
  check(/Qayyarah/i.test(open), `the answer to "${OPEN_Q}" does not name Qayyarah: ${open}`);
  await checkCitationsMatchSources(page);
  const sources = await textOf(page, 'sources');
  check(/Makhmour/.test(sources), `the sources panel does not show the Makhmour article: ${sources.slice(0, 500)}`);
  const marks = await page.locator('#sources mark.quote').allInnerTexts();
  check(marks.some((m) => /Qayyarah/.test(m)), `no highlighted quote mentions Qayyarah: ${JSON.stringify(marks)}`);
  await shot('2-open-answer');

  // A new conversation: follow-ups keep the filters of the last answer, which would scope this question to Makhmour.
  await openApp(page);
  const t1 = Date.now();
  const count = await ask(page, COUNT_Q);
  log(`counting question answered in ${((Date.now() - t1) / 1000).toFixed(1)}s: ${squash(count)}`);
  check(/\b11\b/.test(count), `the answer to "${COUNT_Q}" does not say 11: ${count}`);
  const cites = await checkCitationsMatchSources(page);
  const quotes = await page.locator('#sources mark.quote').allInnerTexts();
  check(quotes.some((q) => /\b11\b/.test(q)), `no highlighted quote states the 11 killed: ${JSON.stringify(quotes)}`);
  // One card per article, each cited quote marked once inside it.
  const docs = await page.locator('#sources .source').evaluateAll((els) => els.map((e) => e.dataset.doc));
  check(new Set(docs).size === docs.length, `an article has more than one source card: ${docs}`);
  const cited = new Set(cites.map((c) => c.n)).size;
  check(await page.locator('#sources mark.quote[id^="src-"]').count() === cited,
    `expected one marked quote per cited source (${cited}) in #sources`);
  await shot('3-count-answer');
});
