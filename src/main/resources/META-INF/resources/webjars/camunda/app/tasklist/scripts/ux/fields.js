// A message at one field of a Camunda Form: shown under the field, the field marked aria-invalid
// and described by the message, until the user changes the field.
import { element } from './page.js';

const MARK = 'dl-faltfel';

function labelText(label) {
  return label.textContent.replace(/\*/g, '').trim();
}

/** The form's fields as [label, input], from the labels form-js renders. */
export function formFields(form) {
  const fields = [];
  for (const label of form.querySelectorAll('label.fjs-form-field-label[for]')) {
    const input = document.getElementById(label.htmlFor);
    const text = labelText(label);
    if (input && text) {
      fields.push([text, input]);
    }
  }
  return fields;
}

/** The field whose label the reason names first (a whole word, any case), or null. */
export function fieldNamedIn(form, reason) {
  const lower = reason.toLowerCase();
  let found = null;
  for (const [label, input] of formFields(form)) {
    const escaped = label.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const match = new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').exec(lower);
    if (match && (!found || match.index < found.index || (match.index === found.index && label.length > found.label.length))) {
      found = { index: match.index, label, input };
    }
  }
  return found ? found.input : null;
}

export function clearFieldMessage(input) {
  const id = `${input.id}-${MARK}`;
  const shown = document.getElementById(id);
  if (shown) {
    shown.remove();
  }
  if (input.dataset.dlInvalid !== undefined) {
    input.setAttribute('aria-invalid', input.dataset.dlInvalid || 'false');
    delete input.dataset.dlInvalid;
  }
  const described = (input.getAttribute('aria-describedby') || '').split(' ').filter(part => part && part !== id);
  if (described.length) {
    input.setAttribute('aria-describedby', described.join(' '));
  } else {
    input.removeAttribute('aria-describedby');
  }
}

export function showFieldMessage(input, text) {
  clearFieldMessage(input);
  const id = `${input.id}-${MARK}`;
  const message = element('p', text, MARK);
  message.id = id;
  (input.closest('.fjs-form-field') || input.parentElement).appendChild(message);
  input.dataset.dlInvalid = input.getAttribute('aria-invalid') || '';
  input.setAttribute('aria-invalid', 'true');
  input.setAttribute('aria-describedby', [id, input.getAttribute('aria-describedby')].filter(Boolean).join(' '));
  // the user's own change only: the date picker and form-js send events of their own
  const clear = event => {
    if (event.isTrusted) {
      clearFieldMessage(input);
      input.removeEventListener('input', clear);
      input.removeEventListener('change', clear);
    }
  };
  input.addEventListener('input', clear);
  input.addEventListener('change', clear);
}

export function clearFieldMessages(form) {
  for (const input of form.querySelectorAll('[data-dl-invalid]')) {
    clearFieldMessage(input);
  }
}
