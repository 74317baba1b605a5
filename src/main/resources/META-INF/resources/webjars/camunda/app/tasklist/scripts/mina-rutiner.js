// "Mina rutiner" in Tasklist's header (config.js loads it as a custom script): the routines the
// signed-in user started, with what became of each (the end event it reached) or what it waits
// for now (the open steps and whose they are), read from GET /api/mina-rutiner with the Tasklist
// session and its CSRF token. Right after "Starta" a notice says the same of the routine just
// started, so that a routine that ended at once does not pass for one under way. Everything from
// the service goes in through textContent.
import { csrfToken, element, formatDate } from './brukare-record.js';
import { button, modalDialog } from './dialog.js';

const PATH = '/api/mina-rutiner';
const STATES = { RUNNING: 'Pågår', COMPLETED: 'Avslutad', CANCELLED: 'Avbruten' };
/** Tasklist's start dialog: POST …/process-definition/{id or key/…}/submit-form (or /start). */
const START_REQUEST = /\/process-definition\/(?:key\/[^/]+(?:\/tenant-id\/[^/]+)?|[^/]+)\/(?:submit-form|start)(?:\?|$)/;

let listDialog = null;
let notice = null;
let opener = null;

/** {ok: true, body: {since, routines}} or {ok: false, reason} with a Swedish reason. */
async function fetchStarted(api) {
  let response;
  try {
    response = await fetch(PATH, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken(api) }
    });
  } catch (unreachable) {
    return { ok: false, reason: 'Tjänsten svarar inte. Försök igen om en stund.' };
  }
  let body = null;
  try {
    body = await response.json();
  } catch (notJson) {
    body = null;
  }
  if (response.ok && body && Array.isArray(body.routines)) {
    return { ok: true, body };
  }
  return {
    ok: false,
    reason: body && body.message ? body.message
      : response.status === 401 ? 'Logga in igen för att se dina rutiner.' : 'Dina rutiner kunde inte hämtas.'
  };
}

/** "Bedöm behov av digitalt lås (Hemtjänstutförare)", several joined with "och". */
function stepsText(steps) {
  const named = (steps || []).map(step => step.groups && step.groups.length
    ? `${step.name} (${step.groups.join(', ')})` : step.name);
  if (named.length <= 1) {
    return named.join('');
  }
  return `${named.slice(0, -1).join(', ')} och ${named[named.length - 1]}`;
}

/** What the list says of a routine in its last column. */
function outcomeOrSteps(routine) {
  if (routine.state === 'COMPLETED') {
    return routine.outcome || '–';
  }
  if (routine.state === 'RUNNING') {
    return routine.currentSteps && routine.currentSteps.length
      ? `Nästa steg: ${stepsText(routine.currentSteps)}` : 'Väntar på nästa steg';
  }
  return 'Avbruten utan utfall';
}

/** The notice's first sentence for a routine just started. */
export function startOutcomeText(routine) {
  if (routine.state === 'COMPLETED') {
    return `Rutinen avslutades direkt: ${routine.outcome}. Inga fler steg följer.`;
  }
  if (routine.state === 'CANCELLED') {
    return 'Rutinen avbröts direkt.';
  }
  return routine.currentSteps && routine.currentSteps.length
    ? `Rutinen har startats: nästa steg ${stepsText(routine.currentSteps)}.`
    : 'Rutinen har startats och väntar på nästa steg.';
}

function renderList(container, answer) {
  if (!answer.ok) {
    const shown = element('p', answer.reason, 'text-danger');
    shown.setAttribute('role', 'alert');
    container.replaceChildren(shown);
    return;
  }
  const routines = answer.body.routines;
  const intro = element('p', `Rutiner du har startat sedan ${formatDate(answer.body.since)}, senaste först.`);
  if (!routines.length) {
    const none = element('p', 'Du har inte startat några rutiner under perioden.');
    none.style.color = '#555';
    container.replaceChildren(intro, none);
    return;
  }
  const table = element('table', null, 'table table-condensed table-striped mina-rutiner-tabell');
  table.appendChild(element('caption', 'Mina startade rutiner')).className = 'sr-only';
  const head = table.appendChild(element('thead')).appendChild(element('tr'));
  ['Rutin', 'Brukare', 'Startad', 'Status', 'Utfall eller nästa steg'].forEach(header => {
    head.appendChild(element('th', header)).scope = 'col';
  });
  const body = table.appendChild(element('tbody'));
  routines.forEach(routine => {
    const row = body.appendChild(element('tr'));
    row.dataset.state = routine.state;
    [routine.name, routine.brukare || '–', formatDate(routine.startTime), STATES[routine.state] || routine.state,
      outcomeOrSteps(routine)].forEach(cell => row.appendChild(element('td', cell)));
  });
  container.replaceChildren(intro, table);
}

function buildListDialog(api) {
  const { dialog, heading } = modalDialog('mina-rutiner-dialog', 'Mina rutiner', 'mina-rutiner-rubrik');
  const result = dialog.appendChild(element('div', null, 'mina-rutiner-lista'));
  result.setAttribute('aria-live', 'polite');
  const buttons = dialog.appendChild(element('div'));
  const refresh = button(buttons, 'Uppdatera', 'btn btn-default');
  const close = button(buttons, 'Stäng', 'btn btn-primary');

  async function load() {
    refresh.disabled = true;
    result.replaceChildren(element('p', 'Hämtar dina rutiner …', 'text-muted'));
    renderList(result, await fetchStarted(api));
    refresh.disabled = false;
  }
  refresh.addEventListener('click', load);
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    result.replaceChildren();
    if (opener && opener.isConnected) {
      opener.focus();
    }
  });
  return { dialog, heading, load };
}

function openList(from) {
  opener = from;
  if (!listDialog.dialog.open) {
    listDialog.dialog.showModal();
  }
  listDialog.heading.tabIndex = -1;
  listDialog.heading.focus();
  listDialog.load();
}

/** The notice under the header: a live region that is in the page before anything is said in it. */
function buildNotice() {
  const region = element('div', null, 'mina-rutiner-notis');
  region.setAttribute('role', 'status');
  Object.assign(region.style, {
    position: 'fixed', top: '58px', left: '50%', transform: 'translateX(-50%)', zIndex: '1040',
    width: 'min(720px, 94vw)'
  });
  document.body.appendChild(region);
  return region;
}

function showNotice(lines, routineKnown) {
  const panel = element('div', null, 'mina-rutiner-notis-innehall');
  Object.assign(panel.style, {
    background: '#fff', color: '#222', border: '1px solid #555', borderLeft: '6px solid #1f5f99',
    borderRadius: '4px', padding: '12px 16px', boxShadow: '0 2px 8px rgba(0,0,0,0.25)'
  });
  const [first, ...rest] = lines;
  panel.appendChild(element('p', first)).style.cssText = 'font-weight:bold;margin:0 0 4px';
  rest.forEach(line => { panel.appendChild(element('p', line)).style.margin = '0 0 4px'; });
  const buttons = panel.appendChild(element('div'));
  buttons.style.marginTop = '8px';
  const list = button(buttons, 'Mina rutiner', 'btn btn-primary btn-sm');
  list.addEventListener('click', () => openList(list));
  const close = button(buttons, 'Stäng', 'btn btn-default btn-sm');
  close.addEventListener('click', () => {
    notice.replaceChildren();
    // the focus was on the button just removed: it goes to the header's "Mina rutiner"
    const link = document.querySelector('.mina-rutiner-oppna');
    if (link) {
      link.focus();
    }
  });
  panel.dataset.routineKnown = routineKnown ? 'true' : 'false';
  notice.replaceChildren(panel);
}

async function showStartOutcome(api, processInstanceId) {
  const answer = await fetchStarted(api);
  const routines = answer.ok ? answer.body.routines : [];
  const routine = routines.find(found => found.processInstanceId === processInstanceId)
    || (processInstanceId ? null : routines[0]);
  if (!routine) {
    showNotice(['Rutinen har startats. Under Mina rutiner ser du hur det går.'], false);
    return;
  }
  showNotice([startOutcomeText(routine), [routine.name, routine.brukare].filter(Boolean).join(' – ')], true);
}

/**
 * Tasklist starts a routine through its engine API with XMLHttpRequest (AngularJS); a start that
 * succeeded answers the new process instance, whose id is what the notice is about.
 */
function watchStarts(api) {
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url, ...more) {
    if (String(method).toUpperCase() === 'POST' && START_REQUEST.test(String(url))) {
      this.addEventListener('load', () => {
        if (this.status < 200 || this.status >= 300) {
          return;
        }
        let id = null;
        try {
          const started = typeof this.response === 'string' || !this.response
            ? JSON.parse(this.responseText) : this.response;
          id = started && started.id ? started.id : null;
        } catch (notJson) {
          id = null;
        }
        showStartOutcome(api, id);
      });
    }
    return open.call(this, method, url, ...more);
  };
}

export default {
  id: 'digitala-las-mina-rutiner',
  pluginPoint: 'tasklist.navbar.action',
  priority: 210,
  render: (node, context) => {
    const api = context && context.api;
    if (!listDialog) {
      listDialog = buildListDialog(api);
      document.body.appendChild(listDialog.dialog);
      notice = buildNotice();
      watchStarts(api);
    }
    const link = element('a', 'Mina rutiner', 'mina-rutiner-oppna');
    link.href = '';
    link.setAttribute('role', 'button');
    link.setAttribute('aria-haspopup', 'dialog');
    link.addEventListener('click', event => {
      event.preventDefault();
      openList(link);
    });
    node.appendChild(link);
  }
};
