// A brukare's record as Tasklist shows it, for the "Brukare" tab (brukare-tab.js) and the search
// (brukare-sok.js): read from /api as the user signed in to Tasklist (the session and its CSRF
// token), rendered in Swedish. Every text from the record goes in through textContent, never as
// HTML.

const HOLDERS = {
  HEMTJANST: 'Hemtjänsten',
  LARMGRUPP: 'Larmgruppen',
  NATTGRUPP: 'Nattgruppen',
  BRUKARE: 'Återlämnad till brukaren'
};
const LOCK_STATES = { ORDERED: 'Beställt', INSTALLED: 'Installerat', REMOVED: 'Nedmonterat' };
const MESSAGE_STATES = {
  PENDING: 'Väntar',
  SENDING: 'Skickas',
  SENT: 'Skickat',
  FAILED: 'Misslyckades',
  NOT_SENT: 'Skickas inte (ingen e-postserver)'
};
const CHANNELS = {
  DIGITALA_LAS_MAIL: 'E-post till Digitala lås',
  TUNSTALL_ORDER: 'Beställning till Tunstall',
  PHONIRO_WEB_ORDER: 'Webbeställning till Phoniro',
  LINDESK_TICKET: 'Ärende i Lindesk',
  BILLING_BASIS: 'Faktureringsunderlag till socialkontoret'
};
const RECEIPTS = { NYCKELKVITTENS: 'Nyckelkvittens', LASKVITTENS: 'Låskvittens' };
const VENDORS = { PHONIRO: 'Phoniro', TUNSTALL: 'Tunstall' };
const ROUTINE_STATES = {
  ACTIVE: 'Pågår',
  SUSPENDED: 'Pausad',
  COMPLETED: 'Avslutad',
  EXTERNALLY_TERMINATED: 'Avbruten',
  INTERNALLY_TERMINATED: 'Avbruten'
};

const STOCKHOLM = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit'
});

/** yyyy-MM-dd HH:mm; a date without time stays yyyy-MM-dd; an instant is shown in Stockholm's time. */
export function formatDate(value) {
  if (value === null || value === undefined || value === '') {
    return '–';
  }
  const text = String(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    return text;
  }
  if (/(Z|[+-]\d{2}:?\d{2})$/.test(text)) {
    const instant = new Date(text);
    if (!isNaN(instant.getTime())) {
      const parts = {};
      STOCKHOLM.formatToParts(instant).forEach(part => { parts[part.type] = part.value; });
      return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
    }
  }
  const local = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(text);
  return local ? `${local[1]} ${local[2]}` : text;
}

function label(labels, value) {
  if (value === null || value === undefined) {
    return '–';
  }
  return labels[value] || String(value);
}

function text(value) {
  if (value === null || value === undefined || value === '') {
    return '–';
  }
  if (value === true) {
    return 'Ja';
  }
  if (value === false) {
    return 'Nej';
  }
  return String(value);
}

export function element(tag, content, className) {
  const node = document.createElement(tag);
  if (content !== undefined && content !== null) {
    node.textContent = content;
  }
  if (className) {
    node.className = className;
  }
  return node;
}

function section(title) {
  const node = element('section', null, 'brukare-tab-section');
  node.style.marginBottom = '18px';
  node.appendChild(element('h4', title));
  return node;
}

/** A definition list of [term, value] pairs. */
function facts(pairs) {
  const list = element('dl', null, 'dl-horizontal');
  list.style.marginBottom = '6px';
  pairs.forEach(([term, value]) => {
    const dt = list.appendChild(element('dt', term));
    dt.style.width = '210px';
    dt.style.whiteSpace = 'normal';
    list.appendChild(element('dd', value)).style.marginLeft = '230px';
  });
  return list;
}

/** A table, or a line saying there is nothing, for rows of cell texts. */
function table(headers, rows, empty) {
  if (!rows.length) {
    return element('p', empty, 'text-muted');
  }
  const node = element('table', null, 'table table-condensed table-striped');
  const head = node.appendChild(element('thead')).appendChild(element('tr'));
  headers.forEach(header => head.appendChild(element('th', header)));
  const body = node.appendChild(element('tbody'));
  rows.forEach(cells => {
    const row = body.appendChild(element('tr'));
    cells.forEach(cell => {
      const data = row.appendChild(element('td', cell instanceof Node ? null : cell));
      if (cell instanceof Node) {
        data.appendChild(cell);
      }
    });
  });
  return node;
}

function insatser(brukare) {
  const given = [];
  if (brukare.insatsHemtjanst) {
    given.push('Hemtjänst');
  }
  if (brukare.insatsTrygghetslarm) {
    given.push('Trygghetslarm');
  }
  return given.length ? given.join(', ') : 'Inga';
}

/** The hemtjänst provider, and each earlier change: "Omsorg Söder (från Hemtjänst Norra 2026-12-02 10:15)". */
function utforare(record) {
  const changes = (record.utforareHistory || []).map(change =>
    `från ${change.fromUtforare || 'okänd utförare'} ${formatDate(change.changedAt)}`);
  if (!record.utforare) {
    return '–';
  }
  return changes.length ? `${record.utforare} (${changes.reverse().join('; ')})` : record.utforare;
}

/** 12345 → 123 45, as the post writes it. */
function postalCode(code) {
  return code && /^\d{5}$/.test(code) ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

function period(start, end) {
  if (!start && !end) {
    return '–';
  }
  return `${formatDate(start)} – ${end ? formatDate(end) : 'pågår'}`;
}

export function renderRecord(container, answer) {
  const record = answer.record;
  const brukare = record.brukare;
  const household = record.household;
  container.appendChild(element('h3', brukare.name || 'Brukare'));

  const person = section('Brukare');
  person.appendChild(facts([
    ['Namn', text(brukare.name)],
    ['Personnummer', text(brukare.personnummer)],
    ['Telefon', text(brukare.phone)],
    ['Hemvårdsområde', text(brukare.hemvardsomrade)],
    ['Hemkommun', text(brukare.hemkommun)],
    ['Insatser', insatser(brukare)],
    ['Utförare', utforare(record)],
    ['Beslutsdatum', formatDate(brukare.beslutsdatum)],
    ['Hemtjänst verkställd', period(brukare.verkstallighetHemtjanstStart, brukare.verkstallighetHemtjanstEnd)],
    ['Trygghetslarm verkställt',
      period(brukare.verkstallighetTrygghetslarmStart, brukare.verkstallighetTrygghetslarmEnd)]
  ]));
  container.appendChild(person);

  const home = section('Hushåll');
  home.appendChild(facts([
    ['Adress', text(household.address)],
    ['Postnummer och ort', text([postalCode(household.postalCode), household.city].filter(Boolean).join(' '))],
    ['Portkod', text(household.portkod)],
    ['Kodlås', household.kodlas === null || household.kodlas === undefined ? 'Okänt' : text(household.kodlas)]
  ]));
  container.appendChild(home);

  const lock = section('Lås');
  if (record.lock) {
    const current = record.lock.lock;
    lock.appendChild(facts([
      ['Serienummer', text(current.serialNumber)],
      ['Leverantör', label(VENDORS, current.vendor)],
      ['Status', label(LOCK_STATES, current.status)],
      ['Installerat', formatDate(current.installedOn)],
      ['Nedmonterat', formatDate(current.removedOn)],
      ['Kopplade brukare', (record.lock.linkedBrukare || []).map(linked => linked.name).join(', ') || '–']
    ]));
  } else {
    lock.appendChild(element('p', 'Inget lås på dörren.', 'text-muted'));
  }
  lock.appendChild(element('h5', 'Låshistorik'));
  lock.appendChild(table(['Serienummer', 'Leverantör', 'Status', 'Kopplat', 'Avkopplat'],
    (record.lockHistory || []).map(link => [text(link.lock.serialNumber), label(VENDORS, link.lock.vendor),
      label(LOCK_STATES, link.lock.status), formatDate(link.linkedAt), formatDate(link.unlinkedAt)]),
    'Brukaren har inte haft något lås.'));
  container.appendChild(lock);

  const keys = section('Nycklar');
  keys.appendChild(table(['Nyckelnummer', 'Utlämnad till', 'Finns hos', 'Nyckelposition', 'Registrerad', 'Återlämnad'],
    (record.keys || []).map(key => [text(key.keyNumber), label(HOLDERS, key.issuedTo), label(HOLDERS, key.holder),
      text(key.nyckelposition), formatDate(key.registeredAt), formatDate(key.returnedAt)]),
    'Inga fysiska nycklar registrerade.'));
  container.appendChild(keys);

  const receipts = section('Kvittenser');
  receipts.appendChild(table(['Kvittens', 'Signerad av', 'Signerad', 'Förvaras'],
    (record.receipts || []).map(receipt => [label(RECEIPTS, receipt.kind), text(receipt.signedBy),
      formatDate(receipt.signedAt), text(receipt.keptAt)]),
    'Inga kvittenser.'));
  container.appendChild(receipts);

  const tags = section('NFC-etiketter');
  tags.appendChild(table(['Uppsatt', 'Nedtagen'],
    (record.nfcTags || []).map(tag => [formatDate(tag.putUpAt), tag.takenDownAt ? formatDate(tag.takenDownAt) : 'Sitter uppe']),
    'Inga NFC-etiketter.'));
  container.appendChild(tags);

  const notes = section('Anteckningar');
  notes.appendChild(table(['Skriven', 'Av', 'Anteckning'],
    (record.notes || []).map(note => [formatDate(note.createdAt), text(note.author), text(note.text)]),
    'Inga anteckningar.'));
  container.appendChild(notes);

  const messages = section('Utgående meddelanden');
  messages.appendChild(table(['Skapat', 'Kanal', 'Mottagare', 'Ämne', 'Status', 'Skickat', 'Försök', 'Senaste fel', 'Dokument'],
    (record.outgoingMessages || []).map(message => [formatDate(message.createdAt), label(CHANNELS, message.channel),
      text(message.recipient), text(message.subject), label(MESSAGE_STATES, message.state),
      formatDate(message.sentAt), text(message.attempts), text(message.lastError),
      message.hasDocument ? documentButton(message) : '–']),
    'Inga utgående meddelanden.'));
  container.appendChild(messages);

  const routines = section('Rutiner');
  routines.appendChild(table(['Rutin', 'Ärende', 'Status', 'Startad', 'Avslutad'],
    (answer.routines || []).map(routine => [text(routine.name) + (routine.calledBy ? ' (delsteg)' : ''),
      text(routine.caseReference), label(ROUTINE_STATES, routine.state), formatDate(routine.startTime),
      formatDate(routine.endTime)]),
    'Inga rutiner.'));
  container.appendChild(routines);
}

/**
 * Opens the document sent with a message (an order's or a billing basis's PDF) as a download,
 * read with the Tasklist session; a refusal (another group's document, no work on the brukare) is
 * shown beside the button.
 */
function documentButton(message) {
  const wrapper = element('span');
  const button = wrapper.appendChild(element('button', 'Öppna PDF', 'btn btn-default btn-xs'));
  button.type = 'button';
  button.setAttribute('aria-label', 'Öppna dokumentet ' + message.documentFileName);
  const status = wrapper.appendChild(element('span', null, 'text-warning'));
  status.setAttribute('role', 'status');
  status.style.marginLeft = '6px';
  button.addEventListener('click', async () => {
    status.textContent = '';
    let response;
    try {
      response = await fetch('/api/meddelanden/' + encodeURIComponent(message.id) + '/dokument', {
        credentials: 'same-origin', headers: { 'X-XSRF-TOKEN': csrfToken() }
      });
    } catch (unreachable) {
      status.textContent = 'Tjänsten svarar inte. Försök igen om en stund.';
      return;
    }
    if (!response.ok) {
      let reason = 'Dokumentet kunde inte hämtas.';
      try {
        reason = (await response.json()).message || reason;
      } catch (notJson) {
        // the reason above
      }
      status.textContent = reason;
      return;
    }
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = message.documentFileName || 'dokument.pdf';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  });
  return wrapper;
}

export function csrfToken(api) {
  if (api && api.CSRFToken) {
    return api.CSRFToken;
  }
  const cookie = document.cookie.split('; ').find(entry => entry.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

/**
 * Reads a brukare view from the service: {ok: true, body} or {ok: false, status, reason} with the
 * service's Swedish reason (403: no work on the brukare; 400: which field is wrong).
 */
export async function fetchRecord(api, url, init) {
  let response;
  try {
    response = await fetch(url, {
      credentials: 'same-origin',
      ...init,
      headers: { Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken(api), ...(init && init.headers) }
    });
  } catch (unreachable) {
    return { ok: false, status: 0, reason: 'Tjänsten svarar inte. Försök igen om en stund.' };
  }
  let body = null;
  try {
    body = await response.json();
  } catch (notJson) {
    body = null;
  }
  if (response.ok && body && body.record) {
    return { ok: true, status: response.status, body };
  }
  const reason = body && body.message ? body.message
    : response.status === 401 ? 'Logga in igen för att se brukaren.'
      : 'Brukarens uppgifter kunde inte hämtas.';
  return { ok: false, status: response.status, reason };
}

/** The record in node, or the reason it cannot be read. */
export function showAnswer(node, answer) {
  if (!answer.ok) {
    const shown = element('p', answer.reason, answer.status === 403 ? 'text-warning' : 'text-danger');
    shown.setAttribute('role', 'alert');
    node.replaceChildren(shown);
    return;
  }
  const container = element('div', null, 'brukare-tab');
  container.style.padding = '10px 0';
  renderRecord(container, answer.body);
  node.replaceChildren(container);
}

export async function showRecord(node, api, url) {
  node.replaceChildren(element('p', 'Hämtar brukarens uppgifter …', 'text-muted'));
  showAnswer(node, await fetchRecord(api, url));
}
