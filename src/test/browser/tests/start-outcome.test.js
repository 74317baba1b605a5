// Issue 10, item 1 in the browser: berit starts routine 1 in Tasklist ("Starta process" → the
// routine → the start form → "Starta"). For a brukare who already has a lock (the demo Elsa
// Nilsson, whose routine ends at once and so can be started again) a notice says at once that the
// routine ended and why; for a new brukare it says the next step and whose it is. "Mina rutiner"
// lists both, with the outcome and the next step, and no personnummer.
const { test, after } = require('node:test');
const assert = require('node:assert/strict');
const { asUsers, shot, closeBrowser } = require('../support/tasklist');
const { freshPersonnummer } = require('../support/rest');

after(closeBrowser);

const ROUTINE_1 = 'Montering av digitalt lås – biståndsbedömda insatser';
const ELSA = { personnummer: '193602141115', namn: 'Elsa Nilsson', adress: 'Björkvägen 12', postnummer: '123 45' };

/** "Starta process" → routine 1 → the start form filled in → "Starta"; the start's answer. */
async function startInTasklist(page, brukare) {
  await page.getByText('Starta process').first().click();
  await page.getByRole('link', { name: ROUTINE_1, exact: true }).click();
  const form = page.locator('.modal-content .fjs-form');
  await form.waitFor({ timeout: 15000 });
  await form.locator('input[id$="Field_personnummer"]').fill(brukare.personnummer);
  await form.locator('input[id$="Field_namn"]').fill(brukare.namn);
  await form.locator('input[id$="Field_adress"]').fill(brukare.adress);
  await form.locator('input[id$="Field_postnummer"]').fill(brukare.postnummer);
  await form.locator('input[id$="Field_ort"]').fill('Småstad');
  await form.locator('input[type=checkbox][id$="Field_insatsHemtjanst"]').check();
  const date = form.locator('input[id*="Field_beslutsdatum"][type=text]');
  await date.fill(new Date().toISOString().slice(0, 10));
  await date.press('Enter');
  const answered = page.waitForResponse(response => /\/process-definition\/[^/]+\/submit-form$/.test(response.url())
    && response.request().method() === 'POST');
  await page.locator('.modal-footer').getByRole('button', { name: 'Starta' }).click();
  const response = await answered;
  assert.equal(response.status(), 200, `the start: ${await response.text()}`);
  return (await response.json()).id;
}

async function noticeText(page) {
  const notice = page.locator('.mina-rutiner-notis[role="status"] .mina-rutiner-notis-innehall');
  await notice.waitFor({ timeout: 15000 });
  return notice.innerText();
}

test('a start that ends at once says so and why; a start that runs says the next step; Mina rutiner lists both', async () => {
  const fresh = { personnummer: freshPersonnummer(), namn: 'Frida Färsk', adress: 'Nyvägen 3', postnummer: '123 48' };
  await asUsers('start-outcome', ['berit'], async ({ berit }) => {
    const page = berit.page;

    await startInTasklist(page, ELSA);
    const ended = await noticeText(page);
    assert.match(ended, /Rutinen avslutades direkt: Lås finns redan\./);
    assert.match(ended, /Elsa Nilsson/);
    assert.ok(!ended.includes(ELSA.personnummer), 'no personnummer in the notice');
    await shot(page, 'start-outcome-avslutad-direkt');

    await startInTasklist(page, fresh);
    await page.locator('.mina-rutiner-notis-innehall', { hasText: 'Frida Färsk' }).waitFor({ timeout: 15000 });
    const running = await noticeText(page);
    assert.match(running, /Rutinen har startats: nästa steg Bedöm behov av digitalt lås \(Hemtjänstutförare\)\./);
    await shot(page, 'start-outcome-nasta-steg');

    await page.locator('.mina-rutiner-notis').getByRole('button', { name: 'Mina rutiner' }).click();
    const dialog = page.getByRole('dialog', { name: 'Mina rutiner' });
    await dialog.waitFor();
    const rows = dialog.locator('tbody tr');
    await rows.first().waitFor({ timeout: 15000 });
    const first = await rows.nth(0).innerText();
    const second = await rows.nth(1).innerText();
    assert.match(first, /Frida Färsk/, 'newest first');
    assert.match(first, /Pågår/);
    assert.match(first, /Nästa steg: Bedöm behov av digitalt lås \(Hemtjänstutförare\)/);
    assert.match(second, /Elsa Nilsson/);
    assert.match(second, /Avslutad/);
    assert.match(second, /Lås finns redan/);
    const listed = await dialog.innerText();
    assert.ok(!listed.includes(ELSA.personnummer) && !listed.includes(fresh.personnummer), 'no personnummer in the list');
    assert.ok(!page.url().includes(fresh.personnummer), 'no personnummer in the URL');
    await shot(page, 'mina-rutiner');

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await dialog.locator('tbody tr').count(), 0, 'nothing of the list stays in the page');
    await page.locator('.mina-rutiner-notis').getByRole('button', { name: 'Stäng' }).click();
    assert.equal(await page.locator('.mina-rutiner-notis-innehall').count(), 0, 'the notice is closed');
    assert.ok(await page.locator('.mina-rutiner-oppna').evaluate(node => node === document.activeElement),
      'the focus goes to the header\'s Mina rutiner');
    assert.deepEqual(berit.problems, []);
  });
});

test('Mina rutiner opens from the header and shows another user only their own starts', async () => {
  await asUsers('mina-rutiner-lars', ['lars'], async ({ lars }) => {
    const page = lars.page;
    await page.getByRole('button', { name: 'Mina rutiner' }).click();
    const dialog = page.getByRole('dialog', { name: 'Mina rutiner' });
    await dialog.waitFor();
    await dialog.locator('.mina-rutiner-lista p').first().waitFor({ timeout: 15000 });
    await page.waitForFunction(() => !document.querySelector('.mina-rutiner-lista').innerText.includes('Hämtar'));
    const text = await dialog.innerText();
    assert.ok(!text.includes('Elsa Nilsson') && !text.includes('Frida Färsk'), "berit's routines are not lars's");
    await shot(page, 'mina-rutiner-lars');
    await dialog.getByRole('button', { name: 'Stäng' }).click();
    await dialog.waitFor({ state: 'hidden' });
    assert.ok(await page.getByRole('button', { name: 'Mina rutiner' }).evaluate(node => node === document.activeElement),
      'the focus goes back to the link');
  });
});
