// The form of an unclaimed task is locked, with no hint: this says so at the form, with the button.
import { keepPage, element } from './page.js';

function claimButton() {
  return document.querySelector('.task-details [cam-tasklist-task-meta] .assignee button.claim');
}

function buildHint() {
  const hint = element('div', null, 'dl-ta-uppgiften');
  hint.appendChild(element('span', 'Ta uppgiften för att fylla i formuläret.'));
  const take = hint.appendChild(element('button', 'Ta uppgiften', 'btn btn-default btn-sm'));
  take.type = 'button';
  take.addEventListener('click', () => {
    const claim = claimButton();
    if (claim) {
      claim.click();
    }
  });
  return hint;
}

export function keepClaimHint() {
  keepPage(() => {
    const form = document.querySelector('.task-details [cam-tasklist-form]');
    const shown = document.querySelector('.dl-ta-uppgiften');
    const wanted = !!form && !!claimButton();
    if (wanted && !(shown && shown.nextElementSibling === form)) {
      if (shown) {
        shown.remove();
      }
      form.before(buildHint());
    } else if (!wanted && shown) {
      shown.remove();
    }
  });
}
