// Sammanboende (sammanboende, LKP) walked in Tasklist: ville (verksamhet) starts it in the start
// dialog, which shows the fields of the kind he picks, for two cohabitants at once; he arranges
// their verkställd insats; a montör installs the unit (through REST); vera (välfärdsteknik) links
// both, first refused for an unticked checkpoint; Sök brukare then shows the unit serving both,
// the note on the brukare and the Lindesk ticket with its PDF.
const { test, after } = require('node:test');
const assert = require('node:assert/strict');
const { asUsers, shot, closeBrowser } = require('../support/tasklist');
const { value, task, claimAndComplete, freshPersonnummer } = require('../support/rest');
const forms = require('../support/forms');

after(closeBrowser);

function stockholmDate(offsetDays) {
  return new Date(Date.now() + offsetDays * 86400000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
}

test('ville orders one lock unit for two cohabitants and vera links both', async () => {
  const stamp = String(Date.now()).slice(-6);
  const forsta = freshPersonnummer();
  const andra = freshPersonnummer();
  const namn = `Alma Sammanbo ${stamp}`;
  const andraNamn = `Axel Sammanbo ${stamp}`;
  const serienummer = `PH-B${stamp}`;
  await asUsers('sammanboende', ['ville', 'vera'], async ({ ville, vera }) => {
    let page = ville.page;
    await page.getByRole('button', { name: 'Starta process' }).or(page.locator('a:has-text("Starta process")')).first().click();
    await page.locator('.modal-dialog').getByText('Sammanboende med digital låsenhet', { exact: true }).first().click();
    await page.waitForSelector('.modal-dialog .fjs-form', { timeout: 20000 });
    assert.equal(await forms.field(page, 'sammanboendePersonnummer').count(), 0, 'no kind chosen: no cohabitant fields');
    assert.equal(await forms.field(page, 'befintligPersonnummer').count(), 0);

    await page.getByLabel('En sammanboende som ska knytas till en befintlig brukares låsenhet').check();
    await forms.field(page, 'befintligPersonnummer').waitFor({ timeout: 5000 });
    assert.equal(await forms.field(page, 'sammanboendePersonnummer').count(), 0, 'tillkommande: no second new cohabitant');
    assert.equal(await forms.field(page, 'kontaktTidsbokning').count(), 0, 'tillkommande: nothing to book');
    await shot(page, 'sammanboende-01-start-tillkommande');

    await page.getByLabel('Båda sammanboende vid samma tidpunkt').check();
    await forms.field(page, 'sammanboendePersonnummer').waitFor({ timeout: 5000 });
    assert.equal(await forms.field(page, 'befintligPersonnummer').count(), 0, 'samtidigt: no befintlig brukare');
    await forms.fillText(page, 'personnummer', forsta);
    await forms.fillText(page, 'namn', namn);
    await forms.fillText(page, 'adress', `Sammanbogatan ${stamp}`);
    await forms.fillText(page, 'postnummer', '123 45');
    await forms.fillText(page, 'ort', 'Småstad');
    await forms.fillText(page, 'sammanboendePersonnummer', andra);
    await forms.fillText(page, 'sammanboendeNamn', andraNamn);
    await forms.fillText(page, 'kontaktTidsbokning', 'Sonen Anton, 070-987 65 43');
    await forms.fillText(page, 'portkod', '2468');
    await shot(page, 'sammanboende-02-start-samtidigt');
    await page.locator('.modal-dialog button[ng-click="startProcessInstance()"]').click();
    await page.locator('.modal-dialog').waitFor({ state: 'detached', timeout: 20000 });

    await forms.openFromList(page, 'Ordna verkställd insats i Treserva', namn);
    await forms.claim(page);
    assert.match(await page.locator('.fjs-form').first().innerText(),
      new RegExp(`${namn} och ${andraNamn}\\s+saknar verkställd insats i Treserva`));
    await forms.setCheck(page, 'insatsVerkstalld', true);
    await forms.fillDate(page, 'verkstallighetStartdatum', stockholmDate(-3));
    await shot(page, 'sammanboende-03-ville-insats');
    assert.ok(await forms.complete(page), 'Ordna verkställd insats was completed');

    await claimAndComplete('mats', await task('mats', forsta, 'Task_BokaInstallation'), {
      bokadTid: value(new Date(Date.now() + 86400000).toISOString().replace('Z', '+0000'), 'Date')
    });
    await claimAndComplete('mats', await task('mats', forsta, 'Task_InstalleraLas'), {
      serienummer: value(serienummer, 'String'), leverantor: value('PHONIRO', 'String'),
      lasKopplatTillBrukare: value(true, 'Boolean'), lasvredMarktMedNyckelnummer: value(true, 'Boolean'),
      arbetetUtfort: value(true, 'Boolean')
    });

    page = vera.page;
    await forms.openFromList(page, 'Koppla sammanboende till låsenheten i TES', namn);
    await forms.claim(page);
    const form = await page.locator('.fjs-form').first().innerText();
    assert.match(form, new RegExp(namn));
    assert.match(form, new RegExp(andraNamn));
    assert.match(form, new RegExp(`Låsenhet: serienummer ${serienummer}`));
    await forms.setCheck(page, 'kopplatITes', true);
    await forms.setCheck(page, 'inventarielistaUppdaterad', true);
    assert.equal(await forms.complete(page), false, 'an unticked checkpoint is refused');
    await page.getByText(/ärendet besvarat/).first().waitFor({ timeout: 10000 });
    await shot(page, 'sammanboende-04-vera-refused');
    await forms.setCheck(page, 'arendeBesvarat', true);
    assert.ok(await forms.complete(page), 'Koppla sammanboende was completed');

    await page.getByRole('button', { name: 'Sök brukare' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sök brukare' });
    await dialog.getByLabel('Personnummer').fill(andra);
    await dialog.getByRole('button', { name: 'Sök' }).click();
    const record = dialog.locator('.brukare-tab');
    await record.waitFor({ timeout: 15000 });
    const text = await record.innerText();
    assert.match(text, new RegExp(`Kopplade brukare\\s+${namn}, ${andraNamn}`), 'the inventory: the unit serves both');
    assert.match(text, new RegExp(serienummer));
    assert.match(text, new RegExp(`Sammanboende: knuten till hushållets digitala låsenhet \\(serienummer ${serienummer}\\) tillsammans med ${namn}`));
    await shot(page, 'sammanboende-05-vera-record');

    await dialog.getByLabel('Personnummer').fill(forsta);
    await dialog.getByRole('button', { name: 'Sök' }).click();
    await record.getByText('Ärende i Lindesk').first().waitFor({ timeout: 15000 });
    const open = record.getByRole('button', { name: /Öppna dokumentet lindesk-sammanboende-DL-/ });
    await open.scrollIntoViewIfNeeded();
    await shot(page, 'sammanboende-06-vera-ticket');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 15000 }),
      open.click()
    ]);
    assert.match(download.suggestedFilename(), /^lindesk-sammanboende-DL-\d{4}-\d{6,}\.pdf$/);
  });
});
