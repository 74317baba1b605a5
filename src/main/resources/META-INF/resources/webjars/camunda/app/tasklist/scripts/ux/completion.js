// "Slutför" made the task vanish without a word. After a completion the service accepted (Tasklist
// then closes the task: no task= in its address), a confirmation names the task, announced by
// screen readers (role=status). A refusal keeps the task open and is shown by refusals.js instead.
import { keepPage, element, openTaskId } from './page.js';
import { onRefusal } from './refusals.js';

const WAIT_MS = 30000;
const SHOWN_MS = 20000;

let pending = null;
let confirmation = null;
let hideTimer = null;

function build() {
  const box = element('div', null, 'dl-meddelande dl-bekraftelse');
  box.hidden = true;
  const text = box.appendChild(element('span', null, 'dl-meddelande-text'));
  text.setAttribute('role', 'status');
  const close = box.appendChild(element('button', null, 'dl-meddelande-stang'));
  close.type = 'button';
  close.setAttribute('aria-label', 'Stäng meddelandet');
  close.appendChild(element('span', '×')).setAttribute('aria-hidden', 'true');
  close.addEventListener('click', hide);
  document.body.appendChild(box);
  return { box, text };
}

function hide() {
  clearTimeout(hideTimer);
  confirmation.text.textContent = '';
  confirmation.box.hidden = true;
}

function confirm(name) {
  confirmation.box.hidden = false;
  confirmation.text.textContent = `Uppgiften är slutförd: ${name}.`;
  clearTimeout(hideTimer);
  hideTimer = setTimeout(hide, SHOWN_MS);
}

function completeButton(target) {
  const button = target.closest && target.closest('button.btn-primary');
  return button && button.closest('.task-details [cam-tasklist-form] .form-actions') ? button : null;
}

export function keepCompletionConfirmed() {
  confirmation = build();
  document.addEventListener('click', event => {
    if (completeButton(event.target)) {
      const heading = document.querySelector('.task-details .task-card h2.task');
      pending = { taskId: openTaskId(), name: heading ? heading.textContent.trim() : 'uppgiften', at: Date.now() };
    }
  }, true);
  onRefusal(kind => {
    if (kind === 'uppgift') {
      pending = null;
    }
  });
  keepPage(() => {
    const open = openTaskId();
    if (pending && Date.now() - pending.at > WAIT_MS) {
      pending = null;
    }
    if (pending && open === null) {
      confirm(pending.name);
      pending = null;
    } else if (open && !confirmation.box.hidden && !pending) {
      hide();
    }
  });
}
