// Names for the controls that Tasklist shows as an icon only, labels for the login fields, and the
// ARIA that Tasklist's own markup gets wrong.
import { keepPage, element } from './page.js';

const ICON_NAMES = [
  ['button.region-toggle[data-region="filters"]', 'Visa eller dölj filtren'],
  ['button.region-toggle[data-region="list"]', 'Visa eller dölj uppgiftslistan'],
  ['button.region-toggle[data-region="task"]', 'Visa eller dölj uppgiften'],
  ['button.maximize', 'Förstora uppgiften'],
  ['button.reset-regions', 'Återställ kolumnerna'],
  ['a[ng-click="openModal($event, filter)"]', 'Redigera filtret'],
  ['.sort-direction', 'Byt sorteringsordning'],
  ['.new-sort > .dropdown-toggle', 'Lägg till sortering'],
  ['[cam-widget-search] .dropdown-toggle, .search-container ~ * .dropdown-toggle', 'Sparade sökningar'],
  ['.app-switch > .dropdown-toggle', 'Byt applikation'],
  ['a.instance-link', 'Öppna processinstansen i Cockpit'],
  ['.assignee button[ng-click="resetAssignee()"], .assignee .unclaim', 'Släpp uppgiften']
];

/** Whether a screen reader has a name for the control: its label, or text that is shown. */
function hasName(control) {
  if (control.getAttribute('aria-label')) {
    return true;
  }
  const iconOnly = !control.textContent.trim() || control.querySelector('.glyphicon') || control.classList.contains('glyphicon');
  return !iconOnly || !!control.innerText.trim();
}

function tooltipOf(control) {
  const own = control.closest('[uib-tooltip]') || control.querySelector('[uib-tooltip]');
  const tooltip = own && own.getAttribute('uib-tooltip');
  return tooltip && !tooltip.includes('{{') ? tooltip : null;
}

/** A link without an address that acts on a click (e.g. "kopiera länk") is a button. */
function actsAsButton(link) {
  if (link.tagName === 'A' && !link.hasAttribute('href') && !link.hasAttribute('role')) {
    link.setAttribute('role', 'button');
    link.tabIndex = 0;
    link.addEventListener('keydown', event => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        link.click();
      }
    });
  }
}

function nameIconControls() {
  for (const [selector, name] of ICON_NAMES) {
    for (const control of document.querySelectorAll(selector)) {
      if (!hasName(control)) {
        control.setAttribute('aria-label', name);
      }
    }
  }
  // any other icon-only link or button carries its meaning in a tooltip (uib-tooltip)
  for (const control of document.querySelectorAll('a:not([aria-label]), button:not([aria-label]), a[aria-label]:not([href]):not([role])')) {
    if (!hasName(control)) {
      const tooltip = tooltipOf(control);
      if (tooltip) {
        control.setAttribute('aria-label', tooltip);
      }
    }
    if (control.getAttribute('aria-label')) {
      actsAsButton(control);
    }
  }
}

const LOGIN_FIELDS = [['username', 'dl-login-anvandarnamn', 'Användarnamn'], ['password', 'dl-login-losenord', 'Lösenord']];

function labelLoginFields() {
  for (const [model, id, label] of LOGIN_FIELDS) {
    const input = document.querySelector(`form[name="signinForm"] input[ng-model="${model}"]`);
    if (input && !input.id) {
      input.id = id;
      input.setAttribute('autocomplete', model === 'username' ? 'username' : 'current-password');
      const visible = element('label', label, 'dl-login-etikett');
      visible.htmlFor = id;
      input.before(visible);
    }
  }
}

/** The task search field opens a list of suggestions (uib-typeahead): it is a combobox. */
function searchFieldIsCombobox() {
  for (const input of document.querySelectorAll('input[uib-typeahead][aria-expanded]:not([role])')) {
    input.setAttribute('role', 'combobox');
    if (!input.getAttribute('aria-label')) {
      input.setAttribute('aria-label', input.getAttribute('placeholder') || 'Filtrera uppgifter');
    }
  }
}

export function keepNames() {
  keepPage(() => {
    nameIconControls();
    labelLoginFields();
    searchFieldIsCombobox();
  });
}
