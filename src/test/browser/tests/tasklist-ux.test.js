// Issue 10 in the browser: Tasklist usable by a home-care worker without help. Swedish page
// language, labelled login, no migration banner, no ↗ Cockpit link or "Skapa uppgift" for staff,
// a hint at the locked form, the refusal of a completion next to "Slutför" (not over it) and of a
// start next to "Starta" and at the field it names, a confirmation after "Slutför", a start dialog
// that keeps what was typed on Esc, typed dates read as Swedes write them, and no WCAG 2.0/2.1 A/AA
// violation that axe-core finds on the login page, the task list, a task with its form and the
// start dialog.
const { test, after } = require('node:test');
const assert = require('node:assert/strict');
const { TASKLIST, asUsers, openTask, shot, closeBrowser, launch } = require('../support/tasklist');
const { rest, value, task, freshPersonnummer } = require('../support/rest');

after(closeBrowser);

const AXE = require.resolve('axe-core');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The WCAG A/AA violations axe-core finds in the page, as "rule: selector" lines. */
async function axeViolations(page) {
  if (!(await page.evaluate(() => !!window.axe))) {
    await page.addScriptTag({ path: AXE });
  }
  return page.evaluate(async tags => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.flatMap(v => v.nodes.map(node => `${v.id}: ${node.target.join(' ')}`));
  }, WCAG);
}

async function assertAccessible(page, where) {
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `axe-core, ${where}`);
}

function overlap(a, b) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Routine 3 started by lars through REST: its first task, "Kontrollera fysiska nycklar och kodlås". */
async function keysTask() {
  const personnummer = freshPersonnummer();
  const started = await rest('POST', '/engine-rest/process-definition/key/montering-trygghetslarm/start', 'lars', {
    variables: {
      personnummer: value(personnummer, 'String'), namn: value('Ulla Uxberg', 'String'),
      adress: value('Fokusvägen 10', 'String'), postnummer: value('123 45', 'String'),
      ort: value('Småstad', 'String'), telefon: value('070-123 45 67', 'String')
    }
  });
  assert.equal(started.status, 200, JSON.stringify(started.json));
  return task('lars', personnummer, 'Task_KontrolleraFysiskaNycklar');
}

test('the login page is Swedish, its fields are labelled, and there is no migration banner', async () => {
  const context = await (await launch()).newContext({ viewport: { width: 1400, height: 1000 }, locale: 'sv-SE' });
  try {
    const page = await context.newPage();
    await page.goto(TASKLIST);
    await page.getByLabel('Användarnamn').waitFor({ timeout: 30000 });
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'sv');
    assert.equal(await page.getByLabel('Användarnamn').getAttribute('ng-model'), 'username');
    assert.equal(await page.getByLabel('Lösenord').getAttribute('ng-model'), 'password');
    assert.equal(await page.locator('.ce-eol-banner').isVisible(), false, 'no Camunda 8 banner');
    assert.ok(!(await page.locator('body').innerText()).includes('migrera'), 'no migration text');
    await assertAccessible(page, 'login page');
    await shot(page, 'tasklist-ux-login');
  } finally {
    await context.close();
  }
});

test('staff get a hint at the locked form, the refusal next to Slutför, and a confirmation after it', async () => {
  const keys = await keysTask();
  await asUsers('tasklist-ux-slutfor', ['lars'], async ({ lars }) => {
    const page = lars.page;
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'sv');
    assert.equal(await page.locator('.ce-eol-banner').isVisible(), false, 'no Camunda 8 banner');
    assert.equal(await page.getByText('Skapa uppgift').isVisible(), false, 'no "Skapa uppgift" for staff');
    await assertAccessible(page, 'task list');

    await openTask(page, keys.id);
    await page.locator('.fjs-form').waitFor({ timeout: 30000 });
    const hint = page.locator('.dl-ta-uppgiften');
    await hint.waitFor();
    assert.match(await hint.innerText(), /Ta uppgiften för att fylla i formuläret/);
    assert.equal(await page.locator('a.instance-link').isVisible(), false, 'no ↗ link to Cockpit');
    assert.equal(await page.locator('.task-removed-alert').evaluate(node => getComputedStyle(node).visibility), 'hidden',
      '"Uppgiften har tagits bort." is not read out on an open task');
    await assertAccessible(page, 'task with its form, unclaimed');
    await shot(page, 'tasklist-ux-ta-uppgiften');

    await hint.getByRole('button', { name: 'Ta uppgiften' }).click();
    await hint.waitFor({ state: 'detached' });
    const complete = page.getByRole('button', { name: 'Slutför', exact: true });
    await complete.click();
    const refusal = page.locator('.dl-avslag-uppgift[role=alert]');
    await refusal.waitFor({ timeout: 15000 });
    const text = await refusal.innerText();
    assert.match(text, /^Uppgiften är inte slutförd: Fysiska nycklar/);
    assert.ok(!text.includes('Ett fel inträffade'), 'a refusal, not a crash');
    assert.equal(await page.locator('.page-notifications .alert').count(), 0, 'nothing floats over the form');
    const box = await refusal.boundingBox();
    for (const name of ['Slutför', 'Spara']) {
      assert.ok(!overlap(box, await page.getByRole('button', { name, exact: true }).boundingBox()), `the message leaves ${name} free`);
    }
    const tick = page.getByLabel('Fysiska nycklar till brukaren finns hos larmgruppen');
    assert.ok(!overlap(box, await tick.boundingBox()), 'the message leaves the checkpoint free');
    await assertAccessible(page, 'task with a refusal');
    await shot(page, 'tasklist-ux-slutfor-nekad');

    await tick.check();
    await refusal.waitFor({ state: 'detached' });
    await page.getByLabel(/^Nyckelnummer/).fill('L-UX-1');
    await complete.click();
    const confirmation = page.locator('.dl-bekraftelse [role=status]');
    await page.waitForFunction(() => /Uppgiften är slutförd/.test(document.querySelector('.dl-bekraftelse [role=status]').textContent),
      null, { timeout: 15000 });
    assert.equal(await confirmation.innerText(), 'Uppgiften är slutförd: Kontrollera fysiska nycklar och kodlås.');
    assert.ok(await confirmation.isVisible());
    await shot(page, 'tasklist-ux-slutford');
  });
});

test('the administrator keeps the Cockpit link and "Skapa uppgift"', async () => {
  const keys = await keysTask();
  await asUsers('tasklist-ux-admin', ['anna'], async ({ anna }) => {
    await openTask(anna.page, keys.id);
    await anna.page.locator('a.instance-link').waitFor({ state: 'visible', timeout: 15000 });
    assert.equal(await anna.page.getByRole('link', { name: 'Öppna processinstansen i Cockpit' }).count(), 1);
    assert.ok(await anna.page.getByText('Skapa uppgift').isVisible());
  });
});

test('a refused start shows next to Starta and at the field, and Esc keeps what was typed', async () => {
  await asUsers('tasklist-ux-starta', ['berit'], async ({ berit }) => {
    const page = berit.page;
    await page.getByText('Starta process').click();
    await page.getByRole('link', { name: 'Montering av digitalt lås – biståndsbedömda insatser', exact: true }).click();
    const dialog = page.locator('.modal-content');
    await dialog.locator('.fjs-form').waitFor({ timeout: 30000 });
    const field = label => dialog.getByLabel(new RegExp(`^${label}\\*?$`));
    const start = dialog.getByRole('button', { name: 'Starta' });

    await start.click();
    const why = dialog.locator('#dl-starta-varfor');
    await why.waitFor();
    assert.ok(await start.isDisabled());
    assert.match(await why.innerText(), /Fyll i de obligatoriska fälten/);
    assert.match(await start.getAttribute('aria-describedby'), /dl-starta-varfor/);

    await field('Personnummer').fill('193602141116');
    await field('Namn').fill('Ulla Uxberg');
    await field('Adress').fill('Fokusvägen 10');
    await field('Postnummer').fill('12345');
    await field('Ort').fill('Småstad');
    await field('Hemtjänst').check();
    const date = field('Beslutsdatum');
    await date.click();
    await date.fill('20/11/2026');
    await page.keyboard.press('Tab');
    assert.equal(await date.inputValue(), '2026-11-20', 'a Swedish date is read as written');
    await assertAccessible(page, 'start dialog, filled');

    await page.keyboard.press('Escape');
    await page.mouse.click(15, 500);
    assert.equal(await dialog.count(), 1, 'Esc and a click beside the dialog keep it open');
    assert.equal(await field('Namn').inputValue(), 'Ulla Uxberg');
    assert.match(await dialog.locator('.dl-behall').innerText(), /Det du har skrivit finns kvar/);

    await why.waitFor({ state: 'detached' });
    await start.click();
    const refusal = dialog.locator('.modal-footer .dl-avslag-start[role=alert]');
    await refusal.waitFor({ timeout: 15000 });
    assert.match(await refusal.innerText(), /^Processen startades inte: Ogiltigt personnummer/);
    assert.equal(await dialog.locator('.modal-body [notifications-panel] .alert').count(), 0, 'not at the top of the dialog');
    const personnummer = field('Personnummer');
    assert.equal(await personnummer.getAttribute('aria-invalid'), 'true');
    const atField = dialog.locator('.dl-faltfel');
    assert.match(await atField.innerText(), /Ogiltigt personnummer/);
    assert.match(await personnummer.getAttribute('aria-describedby'), new RegExp(await atField.getAttribute('id')));
    const box = await refusal.boundingBox();
    const button = await start.boundingBox();
    assert.ok(!overlap(box, button) && Math.abs(box.y + box.height - button.y) < 120, 'the refusal sits just above Starta');
    await assertAccessible(page, 'start dialog with a refusal');
    await shot(page, 'tasklist-ux-start-nekad');

    await personnummer.fill('193602141115');
    assert.equal(await personnummer.getAttribute('aria-invalid'), 'false', 'changing the field clears its mark');
    assert.equal(await refusal.count(), 0, 'changing the form clears the refusal');

    await date.click();
    await date.fill('31/02/2026');
    await page.keyboard.press('Tab');
    assert.equal(await date.inputValue(), '', 'no date nobody typed');
    // the refusal is forms-sv's (scripts/forms-sv-datum.js), the one place typed dates are read
    assert.match(await dialog.locator('.digitala-las-datumfel').innerText(), /”31\/02\/2026” är inget datum/);
    assert.equal(await date.getAttribute('aria-invalid'), 'true');
    await shot(page, 'tasklist-ux-datum');
  });
});
