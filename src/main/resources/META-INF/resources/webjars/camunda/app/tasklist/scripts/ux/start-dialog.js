// The start dialog keeps what the user typed: Esc and a click beside the dialog closed it and lost
// everything. Once the user has typed in the form, only "Stäng" closes it (Tasklist's dialog, from
// ui-bootstrap, ignores an Esc whose default is prevented); a short note says so.
import { keepPage, element } from './page.js';

const typedIn = new WeakSet();

function startDialog() {
  const modal = document.querySelector('.modal-content');
  return modal && modal.querySelector('.modal-footer button[ng-click="startProcessInstance()"]') ? modal : null;
}

function filled(modal) {
  const form = modal.querySelector('.modal-body .fjs-form');
  return !!form && typedIn.has(form);
}

function explainKept(modal) {
  const footer = modal.querySelector('.modal-footer');
  let note = footer.querySelector('.dl-behall');
  if (!note) {
    note = element('p', null, 'dl-behall');
    note.setAttribute('role', 'status');
    footer.prepend(note);
  }
  note.textContent = 'Det du har skrivit finns kvar. Välj ”Stäng” om du vill stänga utan att starta.';
}

export function keepStartDialogFilled() {
  document.addEventListener('input', event => {
    const form = event.target.closest && event.target.closest('.modal-content .modal-body .fjs-form');
    if (form) {
      typedIn.add(form);
    }
  }, true);
  document.addEventListener('change', event => {
    const form = event.target.closest && event.target.closest('.modal-content .modal-body .fjs-form');
    if (form) {
      typedIn.add(form);
    }
  }, true);
  window.addEventListener('keydown', event => {
    const modal = startDialog();
    if (event.key === 'Escape' && modal && filled(modal)) {
      event.preventDefault();
      explainKept(modal);
    }
  }, true);
  // ui-bootstrap closes on a click on the window around the dialog (the .modal element itself)
  window.addEventListener('click', event => {
    const modal = startDialog();
    if (modal && filled(modal) && event.target === modal.closest('.modal')) {
      event.stopPropagation();
      event.preventDefault();
      explainKept(modal);
    }
  }, true);
  keepPage(() => {
    const modal = startDialog();
    if (modal && !filled(modal)) {
      const note = modal.querySelector('.dl-behall');
      if (note) {
        note.remove();
      }
    }
  });
}
