// A task or start form in Tasklist (Camunda Forms, form-js) as a person fills it in: fields found
// by their key, the task found in the group's list by name and brukare, claimed, completed.
const { rest } = require('./rest');
const { TASKLIST } = require('./tasklist');

function field(page, key) {
  return page.locator(`.fjs-form [id$="Field_${key}"]`).first();
}

async function fillText(page, key, text) {
  await field(page, key).fill(text);
}

async function setCheck(page, key, on) {
  const box = field(page, key);
  if (on) {
    await box.check();
  } else {
    await box.uncheck();
  }
}

/** Types yyyy-mm-dd into a date field and closes the calendar without Esc (which closes dialogs). */
async function fillDate(page, key, isoDate) {
  const input = page.locator(`.fjs-form [id$="Field_${key}-date"]`).first();
  await input.click();
  await input.fill(isoDate);
  await input.press('Enter');
  await page.locator('.fjs-form .fjs-form-field-text').first().click({ timeout: 3000 }).catch(() => {});
}

async function fillTime(page, key, hhmm) {
  const input = page.locator(`.fjs-form [id$="Field_${key}-time"]`).first();
  await input.click();
  await input.fill(hhmm);
  await input.press('Tab');
}

async function selectOption(page, key, label) {
  const select = field(page, key);
  if (await select.evaluate(node => node.tagName.toLowerCase()) === 'select') {
    await select.selectOption({ label });
    return;
  }
  await page.locator('.fjs-form .fjs-form-field-select')
    .filter({ has: page.locator(`[id$="Field_${key}"]`) }).locator('.fjs-input-group').first().click();
  await page.locator('.fjs-dropdownlist-item', { hasText: label }).first().click();
}

/**
 * Loads Tasklist anew at its plain address (no task or dialog in the URL). Seen a few times in CI:
 * a reload stayed on Tasklist's loading spinner for over a minute with nothing pending in the
 * service's log; a second load then works, so a stuck load is tried again, twice at most.
 */
async function freshList(page) {
  for (let attempt = 1; ; attempt++) {
    await page.goto(TASKLIST);
    try {
      await page.waitForSelector('.task-filter', { timeout: 30000 });
      return;
    } catch (stuck) {
      if (attempt === 3) {
        throw stuck;
      }
    }
  }
}

/** Opens the task named taskName for the brukare namn from the group's list, reloading until it is there. */
async function openFromList(page, taskName, namn, timeoutMs = 45000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const item = page.locator('.tasks-list li').filter({ hasText: taskName }).filter({ hasText: namn }).first();
    if (await item.count()) {
      await item.locator('a, h4, .clickable').first().click();
      await page.waitForSelector('.task-details, [cam-tasklist-task]', { timeout: 15000 });
      return;
    }
    if (Date.now() > deadline) {
      throw new Error(`"${taskName}" for ${namn} is not in the list`);
    }
    await page.waitForTimeout(1500);
    await freshList(page);
  }
}

async function claim(page) {
  const button = page.getByRole('button', { name: 'Ta uppgiften' }).first();
  await button.waitFor({ timeout: 15000 });
  await button.click();
  await page.waitForSelector('.fjs-form', { timeout: 20000 });
  await page.locator('.fjs-form input:not([disabled]), .fjs-form textarea:not([disabled])').first()
    .waitFor({ timeout: 15000 }).catch(() => {});
}

function taskIdOf(page) {
  return new URL(page.url().replace('#/', '')).searchParams.get('task');
}

/** Clicks "Slutför"; true when the engine no longer has the task, false when it was refused. */
async function complete(page) {
  const taskId = taskIdOf(page);
  // a refusal still shown is put away first, as a person would with its ×
  const closers = page.locator('.page-notifications .alert button.close:visible');
  while (await closers.count()) {
    await closers.first().click().catch(() => {});
  }
  await page.locator('button[ng-click="complete()"]').first().click();
  const deadline = Date.now() + 15000;
  for (;;) {
    const gone = (await rest('GET', `/engine-rest/task/${taskId}`, 'anna')).status === 404;
    if (gone) {
      return true;
    }
    if (Date.now() > deadline) {
      return false;
    }
    await page.waitForTimeout(300);
  }
}

/** The day offsetDays from today in Stockholm, as yyyy-mm-dd. */
function stockholmDate(offsetDays) {
  return new Date(Date.now() + offsetDays * 86400000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
}

/** Completes the open task and asserts that it was not refused. */
async function done(page, what) {
  if (!await complete(page)) {
    throw new Error(`${what} was not completed`);
  }
}

/** Sök brukare in the header: the record's element once it is shown. */
async function searchBrukare(page, personnummer) {
  await page.getByRole('button', { name: 'Sök brukare' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sök brukare' });
  await dialog.getByLabel('Personnummer').fill(personnummer);
  await dialog.getByRole('button', { name: 'Sök' }).click();
  const record = dialog.locator('.brukare-tab');
  await record.waitFor({ timeout: 15000 });
  return record;
}

module.exports = {
  field, fillText, setCheck, fillDate, fillTime, selectOption, openFromList, claim, complete, taskIdOf,
  stockholmDate, done, searchBrukare
};
