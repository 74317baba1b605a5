// Issue 10, items 6 and 9 in the browser: the Camunda Forms speak Swedish (validation messages, a
// date calendar from Monday that reads the ways Swedes write a date or refuses at the field), and a
// task card shows the brukare's name, address, postnummer and ort readably, no bare priority, and
// the due date of a task that has a deadline.
const { test, after } = require('node:test');
const assert = require('node:assert/strict');
const { asUsers, openTask, shot, closeBrowser } = require('../support/tasklist');
const { startRoutine1, walkToNfcTag } = require('../support/routine1');
const { rest, task } = require('../support/rest');

after(closeBrowser);

const DATES_MODULE = require('node:url').pathToFileURL(require('node:path').resolve(__dirname,
  '../../../main/resources/META-INF/resources/webjars/camunda/app/tasklist/scripts/forms-sv-datum.js')).href;

const WEEKDAYS = ['mån', 'tis', 'ons', 'tor', 'fre', 'lör', 'sön'];
const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober',
  'november', 'december'];
const ENGLISH = /Field is required|Field must|Value is|Please select|\b(Sun|Mon|Tue|January|Select|Search)\b/;

/** The colours of an element's text and of the first opaque background behind it, as WCAG's ratio. */
async function contrast(locator) {
  return locator.evaluate(node => {
    const rgb = value => (value.match(/[\d.]+/g) || []).map(Number);
    const luminance = ([r, g, b]) => {
      const channel = c => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    let background = null;
    for (let element = node; element && !background; element = element.parentElement) {
      const colour = rgb(getComputedStyle(element).backgroundColor);
      if (colour.length === 3 || (colour.length === 4 && colour[3] === 1)) {
        background = colour.slice(0, 3);
      }
    }
    const style = getComputedStyle(node);
    const text = rgb(style.color);
    const alpha = (text.length === 4 ? text[3] : 1) * Number(style.opacity);
    const bg = background || [255, 255, 255];
    const seen = text.slice(0, 3).map((c, i) => c * alpha + bg[i] * (1 - alpha));
    const [light, dark] = [luminance(seen), luminance(bg)].sort((a, b) => b - a);
    return (light + 0.05) / (dark + 0.05);
  });
}

/** Nothing lies over the element's text (the webjar's white gradient did). */
async function uncovered(locator) {
  return locator.evaluate(node => {
    const box = node.getBoundingClientRect();
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return top === node || node.contains(top);
  });
}

/** form-js applies a taken date in an effect after the next paint; typing on before it lands is lost. */
async function typeDate(page, dateInput, text, key) {
  await dateInput.fill(text);
  await dateInput.press(key);
  await page.evaluate(() => new Promise(resolve =>
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)))));
  return dateInput.inputValue();
}

async function checkDatePicker(page, dateInput, name) {
  await dateInput.click();
  const calendar = page.locator('.flatpickr-calendar.open');
  await calendar.waitFor({ timeout: 10000 });
  await calendar.scrollIntoViewIfNeeded();
  const weekdays = (await calendar.locator('.flatpickr-weekday').allInnerTexts()).map(day => day.trim());
  assert.deepEqual(weekdays, WEEKDAYS, 'Swedish weekdays, the week starts on Monday');
  // a calendar that refuses passed dates lists only the months from today on
  const months = await calendar.locator('.flatpickr-monthDropdown-months option').allInnerTexts();
  assert.ok(months.length > 0 && months.every(month => MONTHS.includes(month.trim())), `Swedish month names: ${months}`);
  assert.equal(await calendar.locator('.cur-year').getAttribute('aria-label'), 'År');
  await shot(page, `${name}-kalender`);
}

test('the start form of routine 1 speaks Swedish: messages, calendar, typed dates', async () => {
  await asUsers('formular-start', ['berit'], async ({ berit }) => {
    const page = berit.page;
    await page.getByText('Starta process').first().click();
    await page.locator('.modal a', { hasText: 'Montering av digitalt lås' }).first().click();
    const form = page.locator('.modal .fjs-container');
    await form.waitFor({ timeout: 15000 });

    const personnummer = form.getByLabel('Personnummer');
    await personnummer.fill('123');
    await personnummer.blur();
    const personnummerField = form.locator('.fjs-form-field', { has: page.getByLabel('Personnummer') });
    await personnummerField.locator('.fjs-form-field-error').waitFor();
    assert.equal((await personnummerField.locator('.fjs-form-field-error').innerText()).trim(), 'Minst 10 tecken.');

    const adress = form.getByLabel('Adress');
    await adress.fill('x');
    await adress.fill('');
    await adress.blur();
    const adressField = form.locator('.fjs-form-field', { has: page.getByLabel('Adress') });
    await adressField.locator('.fjs-form-field-error').waitFor();
    assert.equal((await adressField.locator('.fjs-form-field-error').innerText()).trim(), 'Fältet är obligatoriskt.');

    const date = form.getByRole('textbox', { name: 'Beslutsdatum' });
    assert.equal(await date.getAttribute('placeholder'), 'ÅÅÅÅ-MM-DD');
    await checkDatePicker(page, date, 'formular-start');

    assert.equal(await typeDate(page, date, '20/11/2026', 'Enter'), '2026-11-20', '20/11/2026 is 20 November');
    assert.equal(await typeDate(page, date, '5.3.2026', 'Tab'), '2026-03-05', '5.3.2026 is 5 March');
    assert.equal(await typeDate(page, date, '2026-11-21', 'Tab'), '2026-11-21');

    await typeDate(page, date, '30/02/2026', 'Tab');
    const refusal = form.locator('.digitala-las-datumfel');
    await refusal.waitFor();
    assert.match(await refusal.innerText(), /”30\/02\/2026” är inget datum som går att läsa\. Skriv datumet som ÅÅÅÅ-MM-DD/);
    assert.equal(await refusal.getAttribute('role'), 'alert');
    assert.equal(await date.getAttribute('aria-invalid'), 'true');
    assert.ok((await date.getAttribute('aria-describedby')).includes(await refusal.getAttribute('id')),
      'the refusal describes the field');
    assert.equal(await date.inputValue(), '', 'no made-up date is left in the field');
    await shot(page, 'formular-start-datum-nekat');

    await date.pressSequentially('2026-11-2');
    assert.equal(await refusal.count(), 0, 'typing again removes the refusal');
    assert.equal(await typeDate(page, date, '2026-11-20', 'Tab'), '2026-11-20');

    const text = await form.innerText();
    assert.doesNotMatch(text, ENGLISH, 'no English in the form');
    await shot(page, 'formular-start-svenska');
  });
});

test('the date parser reads ÅÅÅÅ-MM-DD, DD/MM/ÅÅÅÅ and D.M.ÅÅÅÅ and nothing else', async () => {
  const { parseSwedishDate } = await import(DATES_MODULE);
  const day = text => {
    const date = parseSwedishDate(text);
    return date && [date.getFullYear(), date.getMonth() + 1, date.getDate()].join('-');
  };
  assert.equal(day('2026-11-20'), '2026-11-20');
  assert.equal(day(' 2026-1-5 '), '2026-1-5');
  assert.equal(day('20/11/2026'), '2026-11-20');
  assert.equal(day('20.11.2026'), '2026-11-20');
  assert.equal(day('5.3.2026'), '2026-3-5');
  for (const text of ['30/02/2026', '2026-13-01', '11/20/2026', '20/11/26', '20 nov 2026', '20261120', '']) {
    assert.equal(parseSwedishDate(text), undefined, `"${text}" is refused`);
  }
});

let walked = null;
async function installationToBook() {
  if (!walked) {
    const namn = `Kort Kontrast ${Date.now() % 100000}`;
    const personnummer = await startRoutine1(namn, 'Kortvägen 9');
    await walkToNfcTag(personnummer);
    walked = { namn, personnummer, task: await task('mats', personnummer, 'Task_BokaInstallation') };
  }
  return walked;
}

test('a task form in the task view has the Swedish calendar too', async () => {
  const { task: booking } = await installationToBook();
  const claimed = await rest('POST', `/engine-rest/task/${booking.id}/claim`, 'mats', { userId: 'mats' });
  assert.equal(claimed.status, 204);
  await asUsers('formular-uppgift', ['mats'], async ({ mats }) => {
    const page = mats.page;
    await openTask(page, booking.id);
    const date = page.locator('.task-details .fjs-datepicker input[data-input]');
    await date.waitFor({ timeout: 15000 });
    await checkDatePicker(page, date, 'formular-uppgift');
    await typeDate(page, date, '2020-01-01', 'Enter');
    const refusal = page.locator('.task-details .digitala-las-datumfel');
    await refusal.waitFor();
    assert.equal(await refusal.innerText(), '2020-01-01 har redan varit. Välj i dag eller ett senare datum.',
      'a passed day where the booking must be ahead is refused, not dropped without a word');
    const text = await page.locator('.task-details .fjs-container').innerText();
    assert.doesNotMatch(text, ENGLISH, 'no English in the form');
    await shot(page, 'formular-uppgift-passerat-datum');
  });
  await rest('POST', `/engine-rest/task/${booking.id}/unclaim`, 'mats');
});

test('the task card shows name, address, postnummer and ort readably, no bare priority, and the due date', async () => {
  const { namn, task: booking } = await installationToBook();
  assert.ok(booking.due, 'Boka installation has a due date: the end of the installation wait');
  await asUsers('uppgiftskort', ['mats'], async ({ mats }) => {
    const page = mats.page;
    const card = page.locator('.tasks-list li.task', { hasText: namn });
    await card.waitFor({ timeout: 20000 });

    for (const [label, value] of [['Brukare', namn], ['Adress', 'Kortvägen 9'], ['Postnummer', '123 45'], ['Ort', 'Småstad']]) {
      const item = card.locator('.variable-item', { hasText: `${label}:` });
      await item.waitFor();
      const shownValue = item.locator('.variable-value');
      assert.equal((await shownValue.innerText()).trim(), value, `${label} on the card`);
      for (const part of [item.locator('.variable-label'), shownValue]) {
        assert.ok(await part.isVisible(), `${label} is visible`);
        const ratio = await contrast(part);
        assert.ok(ratio >= 4.5, `${label}: contrast ${ratio.toFixed(2)} ≥ 4.5`);
        assert.ok(await uncovered(part), `${label}: nothing covers the text`);
      }
    }

    const bare = await card.evaluate(node => [...node.querySelectorAll('*')]
      .filter(element => element.checkVisibility() && element.innerText && element.innerText.trim() === '50').length);
    assert.equal(bare, 0, 'no bare priority on the card');

    const due = card.locator('.due-date');
    assert.ok(await due.isVisible(), 'the due date is on the card');
    assert.match(await due.innerText(), /^Förfaller/);
    assert.ok(await contrast(due) >= 4.5, 'the due date is readable');
    await shot(page, 'uppgiftskort');
  });
});
