// Ny kund med låsvred (lasvred-ny-kund) walked in Tasklist: berit starts it in the start dialog
// (Hemkommun appears only for a customer from another municipality) and informs the kund, hanna
// orders the låsvred through the web order, Phoniro's mail arrives over REST as LasvredMonterat,
// sven links the kund to the låsvred, hanna takes the kvittensprodukt down, and Sök brukare then
// shows the installed, linked låsvred and the web order on the record.
const { test, after } = require('node:test');
const assert = require('node:assert/strict');
const { asUsers, shot, closeBrowser } = require('../support/tasklist');
const { rest, value, task, freshPersonnummer } = require('../support/rest');
const forms = require('../support/forms');

after(closeBrowser);

const PROCESS_NAME = 'Ny kund – låsvred från Phoniro';

test('a new customer\'s låsvred ordered, mounted by Phoniro and linked, as berit, hanna and sven', async () => {
  const personnummer = freshPersonnummer();
  const tail = personnummer.slice(8);
  const namn = `Greta Låsvred ${tail}`;
  const serienummer = `PH-7${tail}`;
  await asUsers('lasvred-ny-kund', ['berit', 'hanna', 'sven'], async ({ berit, hanna, sven }) => {
    let page = berit.page;
    await page.getByRole('button', { name: 'Starta process' }).or(page.locator('a:has-text("Starta process")')).first().click();
    await page.locator('.modal-dialog').getByText(PROCESS_NAME, { exact: true }).first().click();
    await page.waitForSelector('.modal-dialog .fjs-form', { timeout: 20000 });
    await forms.fillText(page, 'personnummer', personnummer);
    await forms.fillText(page, 'namn', namn);
    await forms.fillText(page, 'adress', `Låsvredsvägen ${tail}`);
    await forms.fillText(page, 'postnummer', '182 30');
    await forms.fillText(page, 'ort', 'Danderyd');
    await forms.fillText(page, 'utforare', 'Hemtjänst Norr AB');
    await forms.setCheck(page, 'insatsHemtjanst', true);
    await forms.fillDate(page, 'beslutsdatum', forms.stockholmDate(0));
    assert.equal(await forms.field(page, 'hemkommun').count(), 0, 'Hemkommun is hidden for an own customer');
    await forms.setCheck(page, 'annanKommun', true);
    await forms.field(page, 'hemkommun').waitFor({ timeout: 5000 });
    await shot(page, 'lasvred-ny-kund-01-start-annan-kommun');
    await forms.setCheck(page, 'annanKommun', false);
    await shot(page, 'lasvred-ny-kund-02-start');
    await page.locator('.modal-dialog button[ng-click="startProcessInstance()"]').click();
    await page.locator('.modal-dialog').waitFor({ state: 'detached', timeout: 20000 });

    await forms.openFromList(page, 'Informera kunden och utföraren', namn);
    await forms.claim(page);
    for (const key of ['kundInformeradMuntligt', 'kundInformeradSkriftligt', 'enNyckelPerUtforare', 'utforareInformerad']) {
      await forms.setCheck(page, key, true);
    }
    await forms.fillDate(page, 'forstaBesok', forms.stockholmDate(1));
    await shot(page, 'lasvred-ny-kund-03-berit-informera');
    await forms.done(page, 'Informera kunden och utföraren');

    page = hanna.page;
    await forms.openFromList(page, 'Beställ låsvred i Phoniros weborder', namn);
    await forms.claim(page);
    const bestall = await page.locator('.fjs-form').first().innerText();
    assert.match(bestall, /Utförare: Hemtjänst Norr AB/);
    await forms.setCheck(page, 'webbestallningGjord', true);
    await forms.setCheck(page, 'nfcEtikettUppsatt', true);
    await forms.setCheck(page, 'fysiskaNycklarFinns', true);
    await forms.fillText(page, 'nyckelnummer', `N-${tail}`);
    await shot(page, 'lasvred-ny-kund-04-hanna-bestall');
    await forms.done(page, 'Beställ låsvred i Phoniros weborder');

    const instance = await rest('POST', '/engine-rest/process-instance', 'anna', {
      processDefinitionKey: 'lasvred-ny-kund',
      variables: [{ name: 'personnummer', operator: 'eq', value: personnummer }]
    });
    assert.equal(instance.json.length, 1);
    const caseReference = instance.json[0].businessKey;
    const deadline = Date.now() + 30000;
    let mounted;
    do {
      mounted = await rest('POST', '/engine-rest/message', 'phoniro', {
        messageName: 'LasvredMonterat', businessKey: caseReference,
        processVariables: { serienummer: value(serienummer, 'String') }
      });
      if (mounted.status === 404) {
        await new Promise(resolve => setTimeout(resolve, 300));
      }
    } while (mounted.status === 404 && Date.now() < deadline);
    assert.equal(mounted.status, 204, JSON.stringify(mounted.json));
    await task('sven', personnummer, 'Task_KopplaKundTillLasvred');

    page = sven.page;
    await forms.openFromList(page, 'Koppla kunden till låsvredet i Phoniro Care', namn);
    await forms.claim(page);
    assert.match(await page.locator('.fjs-form').first().innerText(), new RegExp(`serienummer ${serienummer}`));
    await forms.setCheck(page, 'kundKoppladTillLasvred', true);
    await shot(page, 'lasvred-ny-kund-05-sven-koppla');
    await forms.done(page, 'Koppla kunden till låsvredet i Phoniro Care');

    page = hanna.page;
    await forms.openFromList(page, 'Ta bort kvittensprodukten', namn);
    await forms.claim(page);
    await forms.setCheck(page, 'nfcEtikettNedtagen', true);
    await forms.done(page, 'Ta bort kvittensprodukten');

    const record = await forms.searchBrukare(page, personnummer);
    const text = await record.innerText();
    assert.match(text, new RegExp(serienummer));
    assert.match(text, /Hemtjänst Norr AB/);
    assert.match(text, /Webbeställning till Phoniro/);
    await shot(page, 'lasvred-ny-kund-06-record');
    const open = record.getByRole('button', { name: /Öppna dokumentet webbestallning-installation-/ });
    await open.scrollIntoViewIfNeeded();
    await shot(page, 'lasvred-ny-kund-07-record-web-order');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 15000 }),
      open.click()
    ]);
    assert.equal(download.suggestedFilename(), `webbestallning-installation-${caseReference}.pdf`);
  });
});
