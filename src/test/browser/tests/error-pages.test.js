// A staff member who opens an address that is not for them (Cockpit, a page that does not exist)
// gets a Swedish page with the way back to Tasklist, not Spring Boot's English "Whitelabel Error Page".
const { test, after } = require('node:test');
const assert = require('node:assert/strict');
const { asUsers, shot, closeBrowser } = require('../support/tasklist');
const { BASE } = require('../support/rest');

after(closeBrowser);

test('Cockpit and an unknown address give hanna a Swedish page that leads back to Uppgifter', async () => {
  await asUsers('felsidor', ['hanna'], async ({ hanna }) => {
    const page = hanna.page;
    const cockpit = await page.goto(`${BASE}/camunda/app/cockpit/default/`);
    assert.equal(cockpit.status(), 403);
    assert.equal(await page.locator('html').getAttribute('lang'), 'sv');
    assert.equal(await page.locator('h1').innerText(), 'Du har inte behörighet till sidan');
    assert.doesNotMatch(await page.locator('body').innerText(), /Whitelabel|Forbidden|error/i);
    await shot(page, 'felsida-cockpit');

    const unknown = await page.goto(`${BASE}/finns-inte`);
    assert.equal(unknown.status(), 404);
    assert.equal(await page.locator('h1').innerText(), 'Sidan finns inte');

    await page.getByRole('link', { name: 'Till Uppgifter' }).click();
    await page.waitForSelector('.task-filter', { timeout: 30000 });
  });
});
