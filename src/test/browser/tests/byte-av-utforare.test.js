// Byte av utförare (byte-av-utforare) walked in Tasklist by berit: she starts it in the start
// dialog for a brukare in the registry, informs the new provider (first refused for the unticked
// checkpoint) and the previous one, and Sök brukare then shows the new provider on the record.
const { test, after } = require('node:test');
const assert = require('node:assert/strict');
const { asUsers, shot, closeBrowser } = require('../support/tasklist');
const { startRoutine1 } = require('../support/routine1');
const forms = require('../support/forms');

after(closeBrowser);

test('berit changes a brukare\'s provider and the record shows the new one', async () => {
  const stamp = String(Date.now()).slice(-6);
  const namn = `Greta Utförarbyte ${stamp}`;
  const personnummer = await startRoutine1(namn, `Utförarvägen ${stamp}`);
  await asUsers('byte-av-utforare', ['berit'], async ({ berit }) => {
    const page = berit.page;
    await page.getByRole('button', { name: 'Starta process' }).or(page.locator('a:has-text("Starta process")')).first().click();
    await page.locator('.modal-dialog').getByText('Byte av utförare', { exact: true }).first().click();
    await page.waitForSelector('.modal-dialog .fjs-form', { timeout: 20000 });
    await forms.fillText(page, 'personnummer', personnummer);
    await forms.fillText(page, 'tidigareUtforare', 'Hemtjänst Norra');
    await forms.fillText(page, 'nyUtforare', 'Omsorg Söder');
    await shot(page, 'byte-av-utforare-01-start');
    await page.locator('.modal-dialog button[ng-click="startProcessInstance()"]').click();
    await page.locator('.modal-dialog').waitFor({ state: 'detached', timeout: 20000 });

    await forms.openFromList(page, 'Informera den nya utföraren', namn);
    await forms.claim(page);
    const form = await page.locator('.fjs-form').first().innerText();
    assert.match(form, /Tidigare utförare: Hemtjänst Norra/);
    assert.match(form, /Ny utförare: Omsorg Söder/);
    assert.equal(await forms.complete(page), false, 'an unticked checkpoint is refused');
    await page.getByText(/kontrollpunkt/i).first().waitFor({ timeout: 10000 });
    await shot(page, 'byte-av-utforare-02-refused');
    await forms.setCheck(page, 'nyUtforareInformerad', true);
    assert.ok(await forms.complete(page), 'Informera den nya utföraren was completed');

    await forms.openFromList(page, 'Informera den tidigare utföraren', namn);
    await forms.claim(page);
    await forms.setCheck(page, 'tidigareUtforareInformerad', true);
    await shot(page, 'byte-av-utforare-03-tidigare');
    assert.ok(await forms.complete(page), 'Informera den tidigare utföraren was completed');

    const record = await forms.searchBrukare(page, personnummer);
    const text = await record.innerText();
    assert.match(text, /Utförare\s+Omsorg Söder \(från Hemtjänst Norra \d{4}-\d{2}-\d{2} \d{2}:\d{2}\)/);
    assert.match(text, /Byte av utförare: från Hemtjänst Norra till Omsorg Söder/);
    await shot(page, 'byte-av-utforare-04-record');
  });
});
