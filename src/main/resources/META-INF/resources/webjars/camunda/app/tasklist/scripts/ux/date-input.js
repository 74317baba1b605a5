// A date typed into a Camunda Forms date field: form-js reads it with the browser locale's format
// only (yyyy-mm-dd in Swedish) and turned "20/11/2026" silently into another date. The format is
// not in the form schema, so this is done here: a Swedish way of writing a date (20/11/2026,
// 20.11.2026, 20-11-2026, 20112026, 2026/11/20, 20261120) is rewritten in the field's own format
// before the date picker reads it; anything else is refused at the field, with the text kept in the
// message, and the field left empty rather than holding a date nobody typed.
import { showFieldMessage, clearFieldMessage } from './fields.js';

const DATE_INPUT = '.fjs-datepicker input';

function realDate(year, month, day) {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? { year, month, day } : null;
}

/** {year, month, day} for a date written as Swedes write it, or null. */
export function parseTypedDate(text) {
  const value = text.trim();
  let match = /^(\d{4})[-/. ](\d{1,2})[-/. ](\d{1,2})$/.exec(value);
  if (match) {
    return realDate(+match[1], +match[2], +match[3]);
  }
  match = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/.exec(value);
  if (match) {
    return realDate(+match[3], +match[2], +match[1]);
  }
  match = /^(\d{8})$/.exec(value);
  if (match) {
    return realDate(+value.slice(0, 4), +value.slice(4, 6), +value.slice(6, 8)) ||
      realDate(+value.slice(4, 8), +value.slice(2, 4), +value.slice(0, 2));
  }
  return null;
}

/** The date in the field's format, which form-js shows as its placeholder (e.g. yyyy-mm-dd). */
function inFieldFormat(input, { year, month, day }) {
  const format = (input.getAttribute('placeholder') || 'yyyy-mm-dd').toLowerCase();
  const two = n => String(n).padStart(2, '0');
  if (!/yyyy/.test(format) || !/mm/.test(format) || !/dd/.test(format)) {
    return `${year}-${two(month)}-${two(day)}`;
  }
  return format.replace('yyyy', String(year)).replace('mm', two(month)).replace('dd', two(day));
}

/** Before the date picker reads the field: rewrite, or refuse and empty it. */
function settle(input) {
  const typed = input.value.trim();
  if (!typed) {
    return;
  }
  const date = parseTypedDate(typed);
  if (date) {
    const formatted = inFieldFormat(input, date);
    if (formatted !== input.value) {
      input.value = formatted;
    }
    clearFieldMessage(input);
  } else {
    input.value = '';
    showFieldMessage(input, `”${typed}” är inget datum. Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-11-20.`);
  }
}

function dateInput(target) {
  return target && target.matches && target.matches(DATE_INPUT) ? target : null;
}

export function keepTypedDates() {
  // capture phase: before the date picker's own blur and Enter handlers on the field
  document.addEventListener('blur', event => {
    const input = dateInput(event.target);
    if (input) {
      settle(input);
    }
  }, true);
  document.addEventListener('keydown', event => {
    const input = dateInput(event.target);
    if (input && event.key === 'Enter') {
      settle(input);
    }
  }, true);
  // the date picker also reads the field on a mouse press outside it
  window.addEventListener('mousedown', event => {
    const input = dateInput(document.activeElement);
    const picker = input && input.closest('.fjs-form-field');
    if (input && !(picker && picker.contains(event.target)) && !(event.target.closest && event.target.closest('.flatpickr-calendar'))) {
      settle(input);
    }
  }, true);
}
