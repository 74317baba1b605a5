// The service's refusal of a completion or a start, where the user is looking: Tasklist puts it in a
// floating notification over "Slutför"/"Spara" (task) or at the top of the start dialog, out of sight
// of "Starta", and it never goes away. Here it moves next to those buttons (role=alert), at the
// field the reason names too, and goes away when the user changes the form or closes it.
import { keepPage, messageBox, openTaskId } from './page.js';
import { fieldNamedIn, showFieldMessage, clearFieldMessages } from './fields.js';

const listeners = [];

/** fn(kind) runs when a refusal is shown: kind is 'uppgift' or 'start'. */
export function onRefusal(fn) {
  listeners.push(fn);
}

function refusalText(alert) {
  const status = (alert.querySelector('.status') || {}).textContent || '';
  const message = (alert.querySelector('.message') || {}).textContent || '';
  const head = status.trim().replace(/[.:]+$/, '');
  const reason = message.trim();
  return { text: reason ? `${head}: ${reason}` : `${head}.`, reason };
}

function dismiss(alert) {
  const close = alert.querySelector('button.close[ng-click^="removeNotification"]') || alert.querySelector('button.close');
  if (close) {
    close.click();
  } else {
    alert.remove();
  }
}

function removeBox(box) {
  const form = box.dlForm;
  if (form) {
    clearFieldMessages(form);
  }
  box.remove();
}

/**
 * Shows the refusal in the box before anchor (created once per anchor), marks the field the reason
 * names in form, and removes both when the user changes anything in form.
 */
function show(kind, alert, anchor, form) {
  const { text, reason } = refusalText(alert);
  dismiss(alert);
  let box = anchor.parentElement.querySelector(`:scope > .dl-avslag-${kind}`);
  if (!box) {
    box = messageBox('alert', `dl-avslag dl-avslag-${kind}`, removeBox).box;
    anchor.before(box);
  }
  box.dataset.task = openTaskId() || '';
  box.querySelector('.dl-meddelande-text').textContent = text;
  if (form) {
    box.dlForm = form;
    clearFieldMessages(form);
    const field = reason && fieldNamedIn(form, reason);
    if (field) {
      showFieldMessage(field, reason);
    }
    const edited = event => {
      if (event.isTrusted) {
        removeBox(box);
        form.removeEventListener('input', edited);
        form.removeEventListener('change', edited);
      }
    };
    form.addEventListener('input', edited);
    form.addEventListener('change', edited);
  }
  listeners.forEach(fn => fn(kind));
}

function keepTaskRefusals() {
  const actions = document.querySelector('.task-details [cam-tasklist-form] .form-actions');
  for (const alert of document.querySelectorAll('.page-notifications .alert-danger')) {
    if (actions) {
      show('uppgift', alert, actions, actions.closest('[cam-tasklist-form]').querySelector('.fjs-form'));
    }
  }
  for (const box of document.querySelectorAll('.dl-avslag-uppgift')) {
    if (box.dataset.task !== (openTaskId() || '')) {
      removeBox(box);
    }
  }
}

function keepStartRefusals() {
  const modal = document.querySelector('.modal-content');
  if (!modal) {
    return;
  }
  const buttons = modal.querySelector('.modal-footer > .row');
  for (const alert of modal.querySelectorAll('.modal-body [notifications-panel] .alert-danger')) {
    if (buttons) {
      show('start', alert, buttons, modal.querySelector('.modal-body .fjs-form'));
    }
  }
}

export function keepRefusals() {
  keepPage(() => {
    keepTaskRefusals();
    keepStartRefusals();
  });
}
