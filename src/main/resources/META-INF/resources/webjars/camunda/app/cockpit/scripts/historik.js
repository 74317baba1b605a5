// The "Historik" tab of a process definition in Cockpit (config.js loads it as a custom script):
// the finished instances of the version shown, newest first — case reference (the business key),
// start and end in Stockholm time, the end event reached, state — and, for one instance, the
// activities it went through. Read from Cockpit's engine API as the signed-in user (the session
// and its CSRF token); every value goes in through textContent, never as HTML. Nothing here
// reads a process variable, so no personal data is shown (the case reference has none).

const PAGE = 50;

const STATES = {
  COMPLETED: 'Avslutad',
  EXTERNALLY_TERMINATED: 'Avbruten (av en användare)',
  INTERNALLY_TERMINATED: 'Avbruten (av processen)',
  ACTIVE: 'Pågår',
  SUSPENDED: 'Pausad'
};

const ACTIVITY_TYPES = {
  startEvent: 'Starthändelse',
  messageStartEvent: 'Starthändelse (meddelande)',
  noneEndEvent: 'Sluthändelse',
  terminateEndEvent: 'Sluthändelse (avslutar)',
  errorEndEvent: 'Sluthändelse (fel)',
  userTask: 'Användaruppgift',
  serviceTask: 'Tjänsteuppgift',
  sendTask: 'Sändaruppgift',
  scriptTask: 'Skriptuppgift',
  businessRuleTask: 'Regeluppgift',
  callActivity: 'Anropad process',
  subProcess: 'Delprocess',
  exclusiveGateway: 'Exklusiv gateway',
  parallelGateway: 'Parallell gateway',
  inclusiveGateway: 'Inkluderande gateway',
  eventBasedGateway: 'Händelsebaserad gateway',
  intermediateTimer: 'Timer',
  intermediateMessageCatch: 'Väntar på meddelande',
  intermediateNoneThrowEvent: 'Mellanhändelse',
  boundaryTimer: 'Timer (gränshändelse)',
  boundaryMessage: 'Meddelande (gränshändelse)',
  boundaryError: 'Fel (gränshändelse)',
  multiInstanceBody: 'Flerinstans'
};

const STOCKHOLM = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', second: '2-digit'
});

/** Camunda's "2026-11-23T10:15:00.000+0100" as yyyy-MM-dd HH:mm:ss in Stockholm's time. */
export function stockholmTime(value) {
  if (!value) {
    return '–';
  }
  const instant = new Date(String(value).replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  if (isNaN(instant.getTime())) {
    return String(value);
  }
  const parts = {};
  STOCKHOLM.formatToParts(instant).forEach(part => { parts[part.type] = part.value; });
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

function element(tag, content, className) {
  const node = document.createElement(tag);
  if (content !== undefined && content !== null) {
    node.textContent = String(content);
  }
  if (className) {
    node.className = className;
  }
  return node;
}

function table(caption, headers, rows) {
  const result = element('table', null, 'table table-striped digitala-las-historik');
  result.appendChild(element('caption', caption));
  const head = result.createTHead().insertRow();
  headers.forEach(header => {
    const cell = element('th', header);
    cell.scope = 'col';
    head.appendChild(cell);
  });
  const body = result.createTBody();
  rows.forEach(cells => {
    const row = body.insertRow();
    cells.forEach(value => {
      const cell = row.insertCell();
      if (value instanceof Node) {
        cell.appendChild(value);
      } else {
        cell.textContent = value === null || value === undefined || value === '' ? '–' : String(value);
      }
    });
  });
  return result;
}

async function read(api, path) {
  const response = await fetch(api.engineApi + path, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken || '' }
  });
  if (!response.ok) {
    throw new Error(`${response.status}`);
  }
  return response;
}

/**
 * The name of the end event that ended the instance (the activity that completed its scope, on
 * the instance's own level), or null: an instance deleted by a user or a process has none.
 */
async function endEvent(api, instance) {
  const ends = await (await read(api, '/history/activity-instance?processInstanceId='
    + encodeURIComponent(instance.id) + '&completeScope=true')).json();
  const end = ends.find(activity => activity.parentActivityInstanceId === instance.id) || ends[0];
  return end ? (end.activityName || end.activityId) : null;
}

function failure(error) {
  return element('p', `Historiken gick inte att läsa (${error.message}). Ladda om sidan och försök igen.`,
    'alert alert-danger');
}

async function showActivities(api, instance, target) {
  target.replaceChildren(element('p', 'Läser aktiviteterna …', 'text-muted'));
  try {
    const activities = await (await read(api, '/history/activity-instance?processInstanceId='
      + encodeURIComponent(instance.id) + '&sortBy=startTime&sortOrder=asc')).json();
    const title = element('h4', `Aktiviteter i ärende ${instance.businessKey || instance.id}`);
    title.tabIndex = -1;
    target.replaceChildren(title, table(`Aktiviteterna som ärendet ${instance.businessKey || instance.id} gick igenom`,
      ['Aktivitet', 'Typ', 'Startad', 'Avslutad', 'Utförd av'],
      activities.map(activity => [activity.activityName || activity.activityId,
        ACTIVITY_TYPES[activity.activityType] || activity.activityType,
        stockholmTime(activity.startTime), stockholmTime(activity.endTime),
        activity.assignee])));
    title.focus();
  } catch (error) {
    target.replaceChildren(failure(error));
  }
}

async function showFinished(node, api, processDefinitionId) {
  node.replaceChildren(element('p', 'Läser historiken …', 'text-muted'));
  const list = element('div');
  const more = element('button', 'Visa fler', 'btn btn-default');
  more.type = 'button';
  const activities = element('div', null, 'digitala-las-historik-aktiviteter');
  activities.setAttribute('aria-live', 'polite');
  let shown = 0;
  const rows = [];

  async function page() {
    const instances = await (await read(api, '/history/process-instance?processDefinitionId='
      + encodeURIComponent(processDefinitionId) + '&finished=true&sortBy=endTime&sortOrder=desc'
      + `&firstResult=${shown}&maxResults=${PAGE}`)).json();
    shown += instances.length;
    const ends = await Promise.all(instances.map(instance => endEvent(api, instance)));
    instances.forEach((instance, index) => {
      const open = element('button', 'Visa aktiviteter', 'btn btn-link');
      open.type = 'button';
      open.setAttribute('aria-label', `Visa aktiviteter i ärende ${instance.businessKey || instance.id}`);
      open.addEventListener('click', () => showActivities(api, instance, activities));
      rows.push([instance.businessKey, stockholmTime(instance.startTime), stockholmTime(instance.endTime),
        ends[index],
        STATES[instance.state] || instance.state, open]);
    });
    list.replaceChildren(rows.length
      ? table('Avslutade rutiner i den här versionen, senast avslutade först',
        ['Ärende', 'Startad', 'Avslutad', 'Slutade i', 'Status', 'Aktiviteter'], rows)
      : element('p', 'Inga avslutade rutiner i den här versionen.', 'text-muted'));
    // Bootstrap's .btn would show a button with the hidden attribute
    more.style.display = instances.length < PAGE ? 'none' : '';
  }

  more.addEventListener('click', () => page().catch(error => list.appendChild(failure(error))));
  try {
    await page();
    node.replaceChildren(list, more, activities);
  } catch (error) {
    node.replaceChildren(failure(error));
  }
}

export default {
  id: 'digitala-las-historik',
  pluginPoint: 'cockpit.processDefinition.runtime.tab',
  priority: 5,
  properties: {
    label: 'Historik'
  },
  render: (node, { api, processDefinitionId }) => {
    showFinished(node, api, processDefinitionId);
  }
};
