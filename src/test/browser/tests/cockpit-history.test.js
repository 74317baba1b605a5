// Issue 10, item 12 in the browser: Cockpit (as anna, administrator) names running routines by
// their case reference, not the personnummer, and the "Historik" tab of a process definition shows
// a finished routine with its case reference and end event, and the activities it went through.
const { test, after } = require('node:test');
const assert = require('node:assert/strict');
const { asUsers, shot, closeBrowser } = require('../support/tasklist');
const { BASE, rest, value, task, claimAndComplete } = require('../support/rest');
const { startRoutine1 } = require('../support/routine1');

after(closeBrowser);

const COCKPIT = `${BASE}/camunda/app/cockpit/default/`;
const CASE_REFERENCE = /^DL-\d{4}-\d{6,}$/;

/** The case reference of the brukare's running routine 1, found by the variable in a POST body. */
async function caseReference(personnummer) {
  const found = await rest('POST', '/engine-rest/process-instance', 'anna', {
    processDefinitionKey: 'montering-bistandsbedomd',
    variables: [{ name: 'personnummer', operator: 'eq', value: personnummer }]
  });
  assert.equal(found.status, 200, JSON.stringify(found.json));
  assert.equal(found.json.length, 1, `one routine 1 for the brukare: ${JSON.stringify(found.json)}`);
  return { id: found.json[0].id, businessKey: found.json[0].businessKey };
}

async function untilCompleted(processInstanceId) {
  const deadline = Date.now() + 30000;
  for (;;) {
    const instance = await rest('GET', `/engine-rest/history/process-instance/${processInstanceId}`, 'anna');
    if (instance.json.state === 'COMPLETED') {
      return instance.json;
    }
    if (Date.now() > deadline) {
      throw new Error(`routine ${processInstanceId} did not end: ${JSON.stringify(instance.json)}`);
    }
    await new Promise(resolve => setTimeout(resolve, 300));
  }
}

test('Cockpit shows running routines by case reference and a finished one in the Historik tab', async () => {
  // routine 1 that ends at once: hemtjänst finds a kodlås on the door
  const finishedPersonnummer = await startRoutine1('Kodlås Kristina', 'Historikgatan 1');
  const finished = await caseReference(finishedPersonnummer);
  await claimAndComplete('hanna', await task('hanna', finishedPersonnummer, 'Task_BedomLasbehov'), {
    harKodlas: value(true, 'Boolean'), fysiskaNycklarFinns: value(false, 'Boolean'),
    oppnarSjalv: value(false, 'Boolean'), villInteHaLas: value(false, 'Boolean')
  });
  await untilCompleted(finished.id);
  const end = await rest('GET', `/engine-rest/history/activity-instance?processInstanceId=${finished.id}`
    + '&activityId=EndEvent_KodlasKanInteInstalleras', 'anna');
  assert.equal(end.json.length, 1, 'routine 1 ended at the kodlås');
  // and one that keeps running
  const runningPersonnummer = await startRoutine1('Pågående Per', 'Historikgatan 2');
  const running = await caseReference(runningPersonnummer);
  for (const reference of [finished.businessKey, running.businessKey]) {
    assert.match(reference, CASE_REFERENCE);
  }
  const definition = (await rest('GET', '/engine-rest/process-definition/key/montering-bistandsbedomd', 'anna')).json;

  await asUsers('cockpit-history', ['anna'], async ({ anna }) => {
    const page = anna.page;
    await page.goto(`${COCKPIT}#/process-definition/${definition.id}/runtime`);
    const instances = page.locator('table', { hasText: running.businessKey }).first();
    await instances.waitFor({ timeout: 30000 });
    const runtimeText = await page.locator('body').innerText();
    assert.ok(runtimeText.includes(running.businessKey), 'the running routine by its case reference');
    for (const personnummer of [runningPersonnummer, finishedPersonnummer]) {
      assert.ok(!runtimeText.includes(personnummer), 'no personnummer among the running instances');
    }
    await shot(page, 'cockpit-running-instances');

    await page.locator('.nav-tabs li a, [role=tab]', { hasText: 'Historik' }).first().click();
    const history = page.locator('table.digitala-las-historik').first();
    await history.waitFor({ timeout: 30000 });
    const row = history.locator('tbody tr', { hasText: finished.businessKey });
    await row.waitFor({ timeout: 15000 });
    const rowText = await row.innerText();
    assert.ok(rowText.includes('Kodlås: digitalt lås kan inte installeras'), `the end event by name: ${rowText}`);
    assert.ok(rowText.includes('Avslutad'), `the state: ${rowText}`);
    assert.match(rowText, /\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/, 'start and end times');
    assert.equal(await history.locator('tbody tr', { hasText: running.businessKey }).count(), 0,
      'a running routine is not in the history');
    assert.equal(await page.getByRole('button', { name: 'Visa fler' }).isVisible(), false,
      'no further page of one finished routine');
    await shot(page, 'cockpit-historik');

    await row.getByRole('button', { name: `Visa aktiviteter i ärende ${finished.businessKey}` }).click();
    const activities = page.locator('.digitala-las-historik-aktiviteter table');
    await activities.waitFor({ timeout: 15000 });
    const activityText = await activities.innerText();
    for (const expected of ['Bedöm behov av digitalt lås', 'Användaruppgift', 'hanna', 'Kodlås: digitalt lås kan inte installeras',
      'Sluthändelse']) {
      assert.ok(activityText.includes(expected), `${expected} among the activities: ${activityText}`);
    }
    const pageText = await page.locator('body').innerText();
    for (const personnummer of [runningPersonnummer, finishedPersonnummer]) {
      assert.ok(!pageText.includes(personnummer), 'no personnummer in the history');
    }
    await activities.scrollIntoViewIfNeeded();
    await shot(page, 'cockpit-historik-aktiviteter');
    assert.deepEqual(anna.problems, []);
  });
});
