// Scenario 2: click a citation link in an answer; its article's card is marked active, scrolled into view, and the
// quote the link cites is the one marked active (one card per article holds all its cited quotes).
import { ask, check, checkCitationsMatchSources, inView, runScenario, waitUntil } from './lib.mjs';

const COUNT_Q = 'How many PMU fighters were killed east of Tikrit?';

await runScenario('cite', async ({ page, log, shot }) => {
  await ask(page, COUNT_Q);
  const cites = await checkCitationsMatchSources(page);
  log(`answer cites ${cites.map((c) => `[${c.n}]`).join('')}`);
  await shot('1-answer');

  // Hovering a [n] shows its quote in a styled box (not the browser's bare title tooltip).
  const link = page.locator('#chat [data-testid="bot"] a.cite').last();
  await link.hover();
  const tip = link.locator('.tip');
  await waitUntil(page, 'the hovered citation to show its quote box', () =>
    [...document.querySelectorAll('#chat a.cite .tip')].some((t) => getComputedStyle(t).display !== 'none'), null, 5_000);
  check((await tip.innerText()).length > 10, 'the hover box of the citation shows no quote');
  check(await link.getAttribute('title') === null, 'the citation still has a bare title tooltip');
  await shot('1-hover');
  await page.mouse.move(0, 0);

  // Last citation first: its card is the one most likely below the fold, so the scroll is really needed.
  const order = [...new Set(cites.map((c) => c.n))].reverse();
  for (const [i, n] of order.entries()) {
    await page.locator(`#chat [data-testid="bot"] a.cite[href="#src-${n}"]`).last().click();
    await waitUntil(page, `the card of quote #src-${n} to get class "active" after clicking [${n}]`,
      (k) => document.querySelector(`#sources #src-${k}`)?.closest('.source')?.classList.contains('active'), n, 10_000);
    const active = await page.locator('#sources .source.active').evaluateAll((els) => els.map((e) => e.id));
    check(active.length === 1, `exactly one source card should be active after clicking [${n}], found ${active}`);
    // Scrolling may be smooth: give it a moment before judging what the user sees.
    let visible = false;
    for (let t = 0; t < 20 && !visible; t++) {
      visible = await inView(page.locator(`#sources #src-${n}`));
      if (!visible) await page.waitForTimeout(100);
    }
    check(visible, `source card #src-${n} is active but not in view after clicking [${n}]`);
    // The card scrolls its own text too: the quote the link cites is what must be on screen.
    check(await inView(page.locator(`#sources mark.quote#src-${n}`).first()),
      `the quote of [${n}] is not in view inside its source card`);
    check(await page.locator(`#sources mark.quote.active#src-${n}`).count() === 1,
      `the quote of [${n}] is not the one marked active`);
    await shot(`${i + 2}-clicked-${n}`);
  }
});
