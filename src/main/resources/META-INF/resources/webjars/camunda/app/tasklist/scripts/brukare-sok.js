// "Sök brukare" in Tasklist's header (config.js loads it as a custom script): a staff member finds
// a brukare they may see by personnummer and reads the same record as the Brukare tab shows. The
// personnummer goes in the body of POST /api/brukarvy/sok, never in a URL; the service answers 403
// when the user has no work on the brukare, and for a personnummer it does not know.
import { element, fetchRecord, showAnswer } from './brukare-record.js';
import { button, modalDialog } from './dialog.js';

const FIELD_ID = 'brukare-sok-personnummer';
const HINT_ID = 'brukare-sok-hint';
const ERROR_ID = 'brukare-sok-fel';

/** One dialog for the page, whichever header renders the link; focus goes back to the link used. */
let searchDialog = null;
let opener = null;

/** 12 digits, or 10 with the century left out; a hyphen or plus and spaces are allowed. */
function looksLikePersonnummer(value) {
  const digits = value.replace(/[\s+-]/g, '');
  return /^(\d{10}|\d{12})$/.test(digits);
}

function fieldError(input, error, message) {
  error.textContent = message || '';
  error.hidden = !message;
  if (message) {
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', `${ERROR_ID} ${HINT_ID}`);
  } else {
    input.removeAttribute('aria-invalid');
    input.setAttribute('aria-describedby', HINT_ID);
  }
}

function buildDialog(api) {
  const { dialog } = modalDialog('brukare-sok-dialog', 'Sök brukare', 'brukare-sok-rubrik');

  const form = dialog.appendChild(element('form'));
  form.noValidate = true;
  form.setAttribute('role', 'search');
  const group = form.appendChild(element('div', null, 'form-group'));
  const fieldLabel = group.appendChild(element('label', 'Personnummer'));
  fieldLabel.htmlFor = FIELD_ID;
  const input = group.appendChild(element('input', null, 'form-control'));
  Object.assign(input, { id: FIELD_ID, type: 'text', inputMode: 'numeric', autocomplete: 'off', maxLength: 13 });
  input.style.maxWidth = '260px';
  input.setAttribute('aria-describedby', HINT_ID);
  const hint = group.appendChild(element('p', 'Tolv siffror: ÅÅÅÅMMDDNNNN, till exempel 194109219284.', 'help-block'));
  hint.id = HINT_ID;
  hint.style.color = '#333';
  const error = group.appendChild(element('p', null, 'text-danger'));
  error.id = ERROR_ID;
  error.setAttribute('role', 'alert');
  error.hidden = true;
  error.style.fontWeight = 'bold';

  const buttons = form.appendChild(element('div'));
  const search = button(buttons, 'Sök', 'btn btn-primary', 'submit');
  const close = button(buttons, 'Stäng', 'btn btn-default');

  const result = dialog.appendChild(element('div', null, 'brukare-sok-resultat'));
  result.setAttribute('aria-live', 'polite');

  form.addEventListener('submit', async event => {
    event.preventDefault();
    const value = input.value.trim();
    result.replaceChildren();
    if (!looksLikePersonnummer(value)) {
      fieldError(input, error, 'Personnummer: skriv tolv siffror, ÅÅÅÅMMDDNNNN.');
      input.focus();
      return;
    }
    fieldError(input, error, null);
    search.disabled = true;
    result.replaceChildren(element('p', 'Söker …', 'text-muted'));
    const answer = await fetchRecord(api, '/api/brukarvy/sok', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ personnummer: value })
    });
    search.disabled = false;
    if (!answer.ok && answer.status === 400) {
      result.replaceChildren();
      fieldError(input, error, answer.reason);
      input.focus();
      return;
    }
    showAnswer(result, answer);
  });
  close.addEventListener('click', () => dialog.close());
  // nothing of the record stays in the page once the dialog is closed
  dialog.addEventListener('close', () => {
    input.value = '';
    fieldError(input, error, null);
    result.replaceChildren();
    if (opener && opener.isConnected) {
      opener.focus();
    }
  });
  return { dialog, input };
}

export default {
  id: 'digitala-las-sok-brukare',
  pluginPoint: 'tasklist.navbar.action',
  priority: 200,
  render: (node, context) => {
    if (!searchDialog) {
      searchDialog = buildDialog(context && context.api);
      document.body.appendChild(searchDialog.dialog);
    }
    const { dialog, input } = searchDialog;
    const open = element('a', 'Sök brukare', 'brukare-sok-oppna');
    open.href = '';
    open.setAttribute('role', 'button');
    open.setAttribute('aria-haspopup', 'dialog');
    open.addEventListener('click', event => {
      event.preventDefault();
      opener = open;
      dialog.showModal();
      input.focus();
    });
    node.appendChild(open);
  }
};
