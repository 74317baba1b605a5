// The date fields of Camunda Forms in Swedish. form-js opens a flatpickr calendar on each date
// field (the instance hangs on the input as `_flatpickr`) with the English defaults: weeks from
// Sunday, English names, a date format taken from the browser's language, and a parser that turns
// text it cannot read into 1 January ("20/11/2026" became 2026-01-01). Each calendar gets the
// Swedish locale (weeks from Monday), shows ÅÅÅÅ-MM-DD, reads the ways Swedes write a date, and
// text that is no date (or a passed day where only coming ones are allowed) is refused with a
// Swedish message at the field instead of silently becoming another date or none.

export const PLACEHOLDER = 'ÅÅÅÅ-MM-DD';

const SWEDISH = {
  weekdays: {
    shorthand: ['sön', 'mån', 'tis', 'ons', 'tor', 'fre', 'lör'],
    longhand: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag']
  },
  months: {
    shorthand: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    longhand: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september',
      'oktober', 'november', 'december']
  },
  firstDayOfWeek: 1,
  ordinal: () => '',
  rangeSeparator: ' till ',
  weekAbbreviation: 'v.',
  scrollTitle: 'Scrolla för att ändra',
  toggleTitle: 'Klicka för att växla',
  amPM: ['fm', 'em'],
  yearAriaLabel: 'År',
  monthAriaLabel: 'Månad',
  hourAriaLabel: 'Timme',
  minuteAriaLabel: 'Minut',
  time_24hr: true
};

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_FIRST = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;

/** The calendar day the text means (ÅÅÅÅ-MM-DD, DD/MM/ÅÅÅÅ or D.M.ÅÅÅÅ), or undefined. */
export function parseSwedishDate(text) {
  const trimmed = String(text).trim();
  let year;
  let month;
  let day;
  let match = ISO.exec(trimmed);
  if (match) {
    [year, month, day] = match.slice(1).map(Number);
  } else if ((match = DAY_FIRST.exec(trimmed))) {
    [day, month, year] = match.slice(1).map(Number);
  } else {
    return undefined;
  }
  const date = new Date(year, month - 1, day);
  const exists = date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
  return exists ? date : undefined;
}

function refusalText(text) {
  return `”${text.trim()}” är inget datum som går att läsa. Skriv datumet som ${PLACEHOLDER}, till exempel 2026-11-20.`;
}

let fields = 0;

function refusalId(input) {
  if (!input.id) {
    input.id = `digitala-las-datum-${++fields}`;
  }
  return `${input.id}-datumfel`;
}

/** Shows (or with null removes) the refusal under the date field; form-js's own errors stay theirs. */
function showRefusal(input, message) {
  let refusal = document.getElementById(refusalId(input));
  if (!message) {
    if (refusal) {
      refusal.remove();
      input.removeAttribute('aria-invalid');
    }
    return;
  }
  if (!refusal) {
    refusal = document.createElement('div');
    refusal.id = refusalId(input);
    refusal.className = 'fjs-form-field-error digitala-las-datumfel';
    refusal.setAttribute('role', 'alert');
    const subsection = input.closest('.fjs-datetime-subsection') || input.parentElement;
    subsection.appendChild(refusal);
  }
  refusal.textContent = message;
  input.setAttribute('aria-invalid', 'true');
  keepRefusalDescribed(input);
}

/** A refused date field keeps its refusal in aria-describedby, which form-js rewrites as it renders. */
export function keepRefusalDescribed(input) {
  const refusal = input.id && document.getElementById(`${input.id}-datumfel`);
  const describedBy = (input.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
  if (refusal && !describedBy.includes(refusal.id)) {
    input.setAttribute('aria-describedby', [refusal.id, ...describedBy].join(' '));
  }
}

/**
 * Before flatpickr takes the typed text (on Enter or when the field loses focus), refuse what is no
 * date; flatpickr then empties the field and form-js says whether the field is required.
 */
function checkTypedDate(event) {
  const input = event.target;
  const picker = input instanceof HTMLInputElement && input.closest('.fjs-datepicker') && input._flatpickr;
  if (!picker) {
    return;
  }
  if (event.type === 'input') {
    // the user types again, or flatpickr reports a date it took (its own events are not trusted)
    if (event.isTrusted || picker.selectedDates.length) {
      showRefusal(input, null);
    }
    return;
  }
  if (event.type === 'keydown' && event.key !== 'Enter') {
    return;
  }
  if (event.type === 'blur' && event.relatedTarget && picker.calendarContainer.contains(event.relatedTarget)) {
    return;
  }
  const text = input.value;
  if (!text.trim()) {
    return;
  }
  const date = parseSwedishDate(text);
  if (!date) {
    showRefusal(input, refusalText(text));
  } else if (beforeFirstAllowedDay(picker, date)) {
    showRefusal(input, `${text.trim()} har redan varit. Välj i dag eller ett senare datum.`);
  }
}

/** A field that refuses passed dates (form-js: minDate "today") would empty itself without a word. */
function beforeFirstAllowedDay(picker, date) {
  const first = picker.config.minDate;
  if (!(first instanceof Date)) {
    return false;
  }
  return date < new Date(first.getFullYear(), first.getMonth(), first.getDate());
}

/** Makes one form-js date field Swedish; safe to call again for the same field. */
export function swedishDatePicker(input) {
  const picker = input._flatpickr;
  if (!picker || picker.digitalaLasSwedish) {
    return;
  }
  picker.digitalaLasSwedish = true;
  picker.config.parseDate = parseSwedishDate;
  picker.set({ locale: SWEDISH, dateFormat: 'Y-m-d', ariaDateFormat: 'j F Y' });
  // the month bar was built before the locale came: its labels follow by hand
  (picker.yearElements || []).forEach(year => year.setAttribute('aria-label', SWEDISH.yearAriaLabel));
  if (picker.monthsDropdownContainer) {
    picker.monthsDropdownContainer.setAttribute('aria-label', SWEDISH.monthAriaLabel);
  }
  input.placeholder = PLACEHOLDER;
}

export function listenForTypedDates(root) {
  for (const type of ['keydown', 'blur', 'input']) {
    root.addEventListener(type, checkTypedDate, true);
  }
}
