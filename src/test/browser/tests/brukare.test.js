// Issue 9 in the browser: the Brukare tab shows the record to the group whose task it is and
// nothing to another group; "Sök brukare" finds a brukare the user may see by personnummer, marks a
// malformed one at its field, refuses one without work, and leaves nothing behind when closed.
const { test, after } = require('node:test');
const assert = require('node:assert/strict');
const { asUsers, openTask, shot, closeBrowser } = require('../support/tasklist');
const { startRoutine1, walkToNfcTag } = require('../support/routine1');

after(closeBrowser);

const NAMN = 'Tea Flik';
const ADRESS = 'Flikvägen 7 <b>fet</b>';

let walked = null;
async function brukareAtNfcTag() {
  if (!walked) {
    const personnummer = await startRoutine1(NAMN, ADRESS);
    walked = { personnummer, task: await walkToNfcTag(personnummer) };
  }
  return walked;
}

test('the Brukare tab shows the record to hemtjänst, whose task it is, and nothing to the larmgrupp', async () => {
  const { personnummer, task } = await brukareAtNfcTag();
  await asUsers('brukare-tab', ['hanna', 'lars'], async ({ hanna, lars }) => {
    await openTask(hanna.page, task.id);
    await hanna.page.locator('.nav-tabs li a', { hasText: 'Brukare' }).first().click();
    const record = hanna.page.locator('.brukare-tab');
    await record.waitFor({ timeout: 15000 });
    const text = await record.innerText();
    assert.match(text, new RegExp(NAMN));
    assert.ok(text.includes(personnummer), 'the personnummer is in the record');
    assert.ok(text.includes('<b>fet</b>'), 'markup from the record is shown as text');
    assert.equal(await record.locator('b').count(), 0, 'no markup from the record is rendered');
    for (const heading of ['Brukare', 'Hushåll', 'Lås', 'Nycklar', 'Anteckningar', 'Utgående meddelanden', 'Rutiner']) {
      assert.ok((await record.locator('h4').allInnerTexts()).includes(heading), `section ${heading}`);
    }
    assert.ok(text.includes(`N-${personnummer.slice(8)}`), 'hemtjänst goes to the door: key numbers shown');
    await shot(hanna.page, 'brukare-tab-hanna');

    await openTask(lars.page, task.id, 'digitala-las-brukare').catch(() => {});
    await lars.page.waitForLoadState('networkidle');
    const body = await lars.page.locator('body').innerText();
    assert.ok(!body.includes(NAMN), 'another group sees no name');
    assert.ok(!body.includes(personnummer), 'another group sees no personnummer');
    await shot(lars.page, 'brukare-tab-lars');
  });
});

test('Sök brukare finds a brukare hemtjänst works for, marks a malformed personnummer at its field', async () => {
  const { personnummer } = await brukareAtNfcTag();
  await asUsers('brukare-sok', ['hanna'], async ({ hanna }) => {
    const page = hanna.page;
    await page.getByRole('button', { name: 'Sök brukare' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sök brukare' });
    await dialog.waitFor();
    const field = dialog.getByLabel('Personnummer');
    assert.ok(await field.evaluate(node => node === document.activeElement), 'the field has the focus');

    await field.fill('1949');
    await dialog.getByRole('button', { name: 'Sök' }).click();
    const error = dialog.locator('#brukare-sok-fel');
    await error.waitFor();
    assert.match(await error.innerText(), /Personnummer/);
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    assert.match(await field.getAttribute('aria-describedby'), /brukare-sok-fel/);
    await shot(page, 'brukare-sok-felaktigt');

    const searched = page.waitForRequest(request => request.url().endsWith('/api/brukarvy/sok'));
    await field.fill(personnummer);
    await dialog.getByRole('button', { name: 'Sök' }).click();
    const request = await searched;
    assert.equal(request.method(), 'POST');
    assert.ok(!request.url().includes(personnummer), 'no personnummer in the URL');
    const record = dialog.locator('.brukare-tab');
    await record.waitFor({ timeout: 15000 });
    assert.match(await record.innerText(), new RegExp(NAMN));
    assert.equal(await error.isVisible(), false, 'the field error is gone');
    await shot(page, 'brukare-sok-hittad');

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    // the dialog's close event, which empties it, comes in a task of its own after the dialog hides
    await page.waitForFunction(() => !document.querySelector('.brukare-sok-dialog .brukare-tab'), null, { timeout: 5000 })
      .catch(() => {});
    assert.equal(await page.locator('.brukare-sok-dialog .brukare-tab').count(), 0, 'nothing stays in the page');
    assert.equal(await page.locator('.brukare-sok-dialog input').inputValue(), '');
  });
});

test('Sök brukare refuses a kommunvägledare without work on the brukare', async () => {
  const { personnummer } = await brukareAtNfcTag();
  await asUsers('brukare-sok-nekad', ['kim'], async ({ kim }) => {
    const page = kim.page;
    await page.getByRole('button', { name: 'Sök brukare' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sök brukare' });
    await dialog.getByLabel('Personnummer').fill(personnummer);
    await dialog.getByRole('button', { name: 'Sök' }).click();
    const refusal = dialog.locator('.brukare-sok-resultat [role=alert]');
    await refusal.waitFor({ timeout: 15000 });
    assert.match(await refusal.innerText(), /Du får inte läsa brukarens uppgifter/);
    assert.ok(!(await dialog.innerText()).includes(NAMN));
    await shot(page, 'brukare-sok-nekad');
  });
});
