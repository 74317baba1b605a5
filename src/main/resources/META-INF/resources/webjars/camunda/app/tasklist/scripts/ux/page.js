// What every part of the Tasklist layer shares: one observer of the page that Tasklist (AngularJS)
// and Camunda Forms keep re-rendering, and a way to build elements with text only.

const keepers = [];
let scheduled = false;

function keepAll() {
  scheduled = false;
  for (const keep of keepers) {
    try {
      keep();
    } catch (error) {
      console.error('Digitala lås, Tasklist:', error);
    }
  }
}

function schedule() {
  if (!scheduled) {
    scheduled = true;
    requestAnimationFrame(keepAll);
  }
}

/**
 * Runs keep() now and after every change to the page (at most once a frame): each keeper makes the
 * page as it should be, so it must do nothing when the page already is.
 */
export function keepPage(keep) {
  keepers.push(keep);
  if (keepers.length === 1) {
    new MutationObserver(schedule).observe(document.documentElement,
      { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled', 'class'] });
    window.addEventListener('hashchange', schedule);
  }
  schedule();
}

/** An element with the class and text given; text is never read as HTML. */
export function element(tag, text, className) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text) {
    node.textContent = text;
  }
  return node;
}

/** A message with a close button ("Stäng meddelandet"); role is alert or status. */
export function messageBox(role, className, onClose) {
  const box = element('div', null, `dl-meddelande ${className}`);
  box.setAttribute('role', role);
  const text = box.appendChild(element('span', null, 'dl-meddelande-text'));
  const close = box.appendChild(element('button', null, 'dl-meddelande-stang'));
  close.type = 'button';
  close.setAttribute('aria-label', 'Stäng meddelandet');
  close.appendChild(element('span', '×')).setAttribute('aria-hidden', 'true');
  close.addEventListener('click', () => onClose(box));
  return { box, text };
}

/** The task id in Tasklist's address (#/?task=…), or null when no task is open. */
export function openTaskId() {
  const match = /[?&]task=([^&]+)/.exec(window.location.hash || '');
  return match ? decodeURIComponent(match[1]) : null;
}
