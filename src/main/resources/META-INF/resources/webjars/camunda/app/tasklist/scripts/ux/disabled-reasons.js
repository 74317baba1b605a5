// "Starta" and "Slutför" grey out while the form is not complete, with no reason given; this says
// why next to the button (and the button is described by it).
import { keepPage, element } from './page.js';

const REASON = 'Fyll i de obligatoriska fälten (markerade med *) och rätta de fält som är markerade.';

let busySince = 0;

function explain(button, id, reason) {
  let note = document.getElementById(id);
  const container = button.closest('.modal-content, [cam-tasklist-form]');
  const invalid = !!(container && container.querySelector('.fjs-has-errors'));
  const show = button.disabled && !!reason && (invalid || Date.now() - busySince > 15000);
  if (show && !note) {
    note = element('p', reason, 'dl-varfor');
    note.id = id;
    button.closest('.modal-footer, .form-actions').appendChild(note);
  }
  if (note && !show) {
    note.remove();
    note = null;
  }
  const described = (button.getAttribute('aria-describedby') || '').split(' ').filter(part => part && part !== id);
  if (note) {
    described.push(id);
  }
  if (described.join(' ') !== (button.getAttribute('aria-describedby') || '')) {
    if (described.length) {
      button.setAttribute('aria-describedby', described.join(' '));
    } else {
      button.removeAttribute('aria-describedby');
    }
  }
}

function unclaimed() {
  return !!document.querySelector('.task-details [cam-tasklist-task-meta] .assignee button.claim');
}

export function keepDisabledReasons() {
  // while the service answers, the buttons are disabled for that reason only
  document.addEventListener('click', event => {
    if (event.target.closest && event.target.closest('button[ng-click="startProcessInstance()"], .form-actions button')) {
      busySince = Date.now();
    }
  }, true);
  const answered = () => {
    busySince = 0;
  };
  window.addEventListener('hashchange', answered);
  keepPage(() => {
    if (document.querySelector('.dl-avslag')) {
      answered();
    }
    const start = document.querySelector('.modal-footer button[ng-click="startProcessInstance()"]');
    if (start) {
      explain(start, 'dl-starta-varfor', REASON);
    }
    const complete = document.querySelector('.task-details [cam-tasklist-form] .form-actions button.btn-primary');
    if (complete) {
      // an unclaimed task says "Ta uppgiften …" at the form (claim-hint.js)
      explain(complete, 'dl-slutfor-varfor', unclaimed() ? null : REASON);
    }
  });
}
