// Avslut av kund – låsvred (lasvred-avslut) walked in Tasklist: a kund whose Phoniro låsvred is on
// the door and whose kvittensprodukt (NFC-etikett) is still up (routine 1 brought there through
// REST). berit starts the avslut in the start dialog, hanna's order form asks for the kvittensprodukt
// (first refused without it), Phoniro's system confirms through REST, sven removes the link, and the
// record has the låsvred REMOVED.
const { test, after } = require('node:test');
const assert = require('node:assert/strict');
const { asUsers, shot, closeBrowser } = require('../support/tasklist');
const { rest, value, task, claimAndComplete } = require('../support/rest');
const { startRoutine1, walkToNfcTag } = require('../support/routine1');
const forms = require('../support/forms');

after(closeBrowser);

/** Routine 1 until the låsvred is installed, the NFC-etikett still up (its taking down left open). */
async function installedWithKvittensprodukt(namn, adress, serienummer) {
  const personnummer = await startRoutine1(namn, adress);
  await claimAndComplete('hanna', await walkToNfcTag(personnummer), { nfcEtikettUppsatt: value(true, 'Boolean') });
  const tomorrow = new Date(Date.now() + 24 * 3600 * 1000).toISOString().slice(0, 10);
  await claimAndComplete('mats', await task('mats', personnummer, 'Task_BokaInstallation'), {
    bokadTid: value(`${tomorrow}T10:00:00.000+0100`, 'Date')
  });
  await claimAndComplete('mats', await task('mats', personnummer, 'Task_InstalleraLas'), {
    serienummer: value(serienummer, 'String'), leverantor: value('PHONIRO', 'String'),
    lasKopplatTillBrukare: value(true, 'Boolean'), lasvredMarktMedNyckelnummer: value(true, 'Boolean'),
    arbetetUtfort: value(true, 'Boolean')
  });
  await task('hanna', personnummer, 'Task_TaNedNfcEtikett');
  return personnummer;
}

async function record(personnummer) {
  const found = await rest('POST', '/api/brukare/sok', 'anna', { personnummer });
  assert.equal(found.status, 200, JSON.stringify(found.json));
  return found.json;
}

test('berit ends a kund, hanna orders the removal and collects the kvittensprodukt, sven removes the link', async () => {
  const stamp = String(Date.now()).slice(-6);
  const namn = `Kerstin Avslut ${stamp}`;
  const serienummer = `PH-A${stamp}`;
  const personnummer = await installedWithKvittensprodukt(namn, `Avslutsvägen ${stamp}`, serienummer);

  await asUsers('lasvred-avslut', ['berit', 'hanna', 'sven'], async ({ berit, hanna, sven }) => {
    let page = berit.page;
    await page.getByRole('button', { name: 'Starta process' }).or(page.locator('a:has-text("Starta process")')).first().click();
    await page.locator('.modal-dialog').getByText('Avslut av kund – låsvred (Phoniro)', { exact: true }).first().click();
    await page.waitForSelector('.modal-dialog .fjs-form', { timeout: 20000 });
    await forms.fillText(page, 'personnummer', personnummer);
    assert.equal(await forms.field(page, 'trygghetslarmKvar').isChecked(), false);
    await shot(page, 'lasvred-avslut-01-start');
    await page.locator('.modal-dialog button[ng-click="startProcessInstance()"]').click();
    await page.locator('.modal-dialog').waitFor({ state: 'detached', timeout: 20000 });

    page = hanna.page;
    await forms.openFromList(page, 'Beställ avinstallation av låsvredet', namn);
    await forms.claim(page);
    const form = await page.locator('.fjs-form').first().innerText();
    assert.match(form, new RegExp(`Låsvred: serienummer ${serienummer}`));
    assert.match(form, /Kunden har en kvittensprodukt \(NFC-etikett\) uppe/);
    await forms.setCheck(page, 'webbestallningGjord', true);
    await forms.setCheck(page, 'systemforvaltareInformerad', true);
    assert.equal(await forms.complete(page), false, 'the kvittensprodukt not collected is refused');
    await page.getByText(/NFC-etiketten är nedtagen/).first().waitFor({ timeout: 10000 });
    await shot(page, 'lasvred-avslut-02-refused');
    await forms.setCheck(page, 'nfcEtikettNedtagen', true);
    assert.ok(await forms.complete(page), 'Beställ avinstallation was completed');

    const ordered = await record(personnummer);
    const order = ordered.outgoingMessages.find(message => message.channel === 'PHONIRO_WEB_ORDER');
    assert.ok(order, 'the web order is in the outbox');
    const caseReference = order.subject.match(/ärende (DL-\d{4}-\d+)/)[1];
    assert.ok(ordered.nfcTags.every(tag => tag.takenDownAt), 'the kvittensprodukt is down');

    // Phoniro's confirmation, once the order's job has moved the case to the wait
    const deadline = Date.now() + 30000;
    let confirmed;
    for (;;) {
      confirmed = await rest('POST', '/engine-rest/message', 'phoniro',
        { messageName: 'AvinstallationUtford', businessKey: caseReference });
      if (confirmed.status !== 404 || Date.now() > deadline) {
        break;
      }
      await new Promise(resolve => setTimeout(resolve, 500));
    }
    assert.equal(confirmed.status, 204, JSON.stringify(confirmed.json));

    page = sven.page;
    await forms.openFromList(page, 'Ta bort kopplingen till låsvredet', namn);
    await forms.claim(page);
    assert.match(await page.locator('.fjs-form').first().innerText(), /Phoniro har bekräftat att låsvredet är avinstallerat/);
    await forms.setCheck(page, 'kopplingBorttagen', true);
    await shot(page, 'lasvred-avslut-03-sven');
    assert.ok(await forms.complete(page), 'Ta bort kopplingen was completed');

    const removed = await record(personnummer);
    assert.equal(removed.lock, null, 'no låsvred on the door');
    assert.equal(removed.lockHistory[0].lock.serialNumber, serienummer);
    assert.equal(removed.lockHistory[0].lock.status, 'REMOVED');
  });
});
