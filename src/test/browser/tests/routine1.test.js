// Routine 1 (montering-bistandsbedomd) walked end to end in Tasklist by the four people who do it:
// berit starts it in the start dialog, hanna judges the need and takes in the keys, lars plans,
// hanna puts up the NFC tag, mats books and installs (first refused for an unticked checkpoint),
// hanna takes the tag down. It ends at "Digitalt lås installerat" with the lock in the registry.
const { test, after } = require('node:test');
const assert = require('node:assert/strict');
const { asUsers, shot, closeBrowser } = require('../support/tasklist');
const { rest, freshPersonnummer } = require('../support/rest');
const forms = require('../support/forms');

after(closeBrowser);

const PROCESS_NAME = 'Montering av digitalt lås – biståndsbedömda insatser';

test('routine 1 from start to an installed lock, as berit, hanna, lars and mats', async () => {
  const personnummer = freshPersonnummer();
  const tail = personnummer.slice(8);
  const namn = `Karl Karlsson ${tail}`;
  const serienummer = `PH-9${tail}`;
  await asUsers('routine1', ['berit', 'hanna', 'lars', 'mats'], async ({ berit, hanna, lars, mats }) => {
    let page = berit.page;
    await page.getByRole('button', { name: 'Starta process' }).or(page.locator('a:has-text("Starta process")')).first().click();
    await page.locator('.modal-dialog').getByText(PROCESS_NAME, { exact: true }).first().click();
    await page.waitForSelector('.modal-dialog .fjs-form', { timeout: 20000 });
    await forms.fillText(page, 'personnummer', personnummer);
    await forms.fillText(page, 'namn', namn);
    await forms.fillText(page, 'adress', `Tallvägen ${tail}`);
    await forms.fillText(page, 'postnummer', '123 48');
    await forms.fillText(page, 'ort', 'Småstad');
    await forms.setCheck(page, 'insatsHemtjanst', true);
    await forms.setCheck(page, 'insatsTrygghetslarm', true);
    await forms.fillDate(page, 'beslutsdatum', forms.stockholmDate(0));
    await shot(page, 'routine1-01-berit-start');
    await page.locator('.modal-dialog button[ng-click="startProcessInstance()"]').click();
    await page.locator('.modal-dialog').waitFor({ state: 'detached', timeout: 20000 });

    page = hanna.page;
    await forms.openFromList(page, 'Bedöm behov av digitalt lås', namn);
    await forms.claim(page);
    await forms.setCheck(page, 'harKodlas', false);
    await forms.setCheck(page, 'fysiskaNycklarFinns', false);
    await forms.setCheck(page, 'oppnarSjalv', false);
    await forms.setCheck(page, 'villInteHaLas', false);
    await shot(page, 'routine1-02-hanna-bedom');
    await forms.done(page, 'Bedöm behov av digitalt lås');

    await forms.openFromList(page, 'Ta in fysiska nycklar', namn);
    await forms.claim(page);
    await forms.setCheck(page, 'fysiskaNycklarFinns', true);
    await forms.fillText(page, 'nyckelnummer', `N-${tail}`);
    await forms.fillText(page, 'nyckelnummerLarmgrupp', `L-${tail}`);
    await forms.done(page, 'Ta in fysiska nycklar');

    page = lars.page;
    await forms.openFromList(page, 'Planera installation', namn);
    await forms.claim(page);
    await forms.fillText(page, 'planeringskommentar', 'Planerad i webbläsartestet');
    await forms.done(page, 'Planera installation');

    page = hanna.page;
    await forms.openFromList(page, 'Sätt upp NFC-etikett', namn);
    await forms.claim(page);
    await forms.setCheck(page, 'nfcEtikettUppsatt', true);
    await forms.done(page, 'Sätt upp NFC-etikett');

    page = mats.page;
    await forms.openFromList(page, 'Boka installation', namn);
    await forms.claim(page);
    await forms.fillDate(page, 'bokadTid', forms.stockholmDate(1));
    await forms.fillTime(page, 'bokadTid', '10:00');
    await shot(page, 'routine1-03-mats-boka');
    await forms.done(page, 'Boka installation');

    await forms.openFromList(page, 'Installera digitalt lås', namn);
    await forms.claim(page);
    assert.match(await page.locator('.fjs-form').first().innerText(),
      new RegExp(`Bokad tid: ${forms.stockholmDate(1)} kl\\. 10:00`), 'the booked time as a person writes it');
    await forms.fillText(page, 'serienummer', serienummer);
    await forms.selectOption(page, 'leverantor', 'Phoniro');
    await forms.setCheck(page, 'lasKopplatTillBrukare', true);
    await forms.setCheck(page, 'lasvredMarktMedNyckelnummer', false);
    await forms.setCheck(page, 'arbetetUtfort', true);
    assert.equal(await forms.complete(page), false, 'an unticked checkpoint is refused');
    const refusal = page.getByText(/kontrollpunkt|Låsvredet/i).first();
    await refusal.waitFor({ timeout: 10000 });
    await shot(page, 'routine1-04-mats-refused');
    await forms.setCheck(page, 'lasvredMarktMedNyckelnummer', true);
    await forms.done(page, 'Installera digitalt lås');

    page = hanna.page;
    await forms.openFromList(page, 'Ta ned NFC-etikett', namn);
    await forms.claim(page);
    await forms.setCheck(page, 'nfcEtikettNedtagen', true);
    await forms.done(page, 'Ta ned NFC-etikett');
    await shot(page, 'routine1-05-hanna-done');
  });

  const finished = await rest('POST', '/engine-rest/history/process-instance', 'anna', {
    processDefinitionKey: 'montering-bistandsbedomd',
    variables: [{ name: 'personnummer', operator: 'eq', value: personnummer }]
  });
  assert.equal(finished.status, 200);
  assert.equal(finished.json.length, 1);
  assert.equal(finished.json[0].state, 'COMPLETED');
  const activities = await rest('POST', '/engine-rest/history/activity-instance', 'anna',
    { processInstanceId: finished.json[0].id });
  const ends = activities.json.map(activity => activity.activityId).filter(id => id.startsWith('EndEvent_'));
  assert.deepEqual(ends, ['EndEvent_LasInstallerat']);
  const record = await rest('POST', '/api/brukare/sok', 'hanna', { personnummer });
  assert.equal(record.status, 200);
  assert.equal(record.json.lock.lock.serialNumber, serienummer);
  assert.equal(record.json.lock.lock.status, 'INSTALLED');
});
