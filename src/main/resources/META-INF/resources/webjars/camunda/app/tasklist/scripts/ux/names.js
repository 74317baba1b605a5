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

/** Text a sighted user gets from the control: its own text, or its tooltip. */
function hasName(control) {
  return control.getAttribute('aria-label') || control.textContent.trim();
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
  for (const control of document.querySelectorAll('a, button')) {
    if (!hasName(control)) {
      const tooltip = control.getAttribute('uib-tooltip') ||
        (control.querySelector('[uib-tooltip]') || { getAttribute: () => null }).getAttribute('uib-tooltip');
      if (tooltip && !tooltip.includes('{{')) {
        control.setAttribute('aria-label', tooltip);
      }
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
