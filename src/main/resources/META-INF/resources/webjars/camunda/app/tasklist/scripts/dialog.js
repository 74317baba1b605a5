// The dialogs our Tasklist plugins open from the header (Sök brukare, Mina rutiner): a native
// modal <dialog> (focus kept inside, Esc closes) named by its heading, and plain buttons.
import { element } from './brukare-record.js';

/** A modal dialog with class className, named by its heading title (id headingId). */
export function modalDialog(className, title, headingId) {
  const dialog = element('dialog', null, className);
  dialog.setAttribute('aria-labelledby', headingId);
  Object.assign(dialog.style, {
    width: 'min(1100px, 95vw)', maxHeight: '90vh', overflow: 'auto', padding: '20px 24px',
    border: '1px solid #666', borderRadius: '4px', color: '#222'
  });
  const heading = dialog.appendChild(element('h2', title));
  heading.id = headingId;
  heading.style.marginTop = '0';
  return { dialog, heading };
}

/** A button in parent that submits nothing unless type says so; the second of a row keeps a gap. */
export function button(parent, text, className, type = 'button') {
  const created = parent.appendChild(element('button', text, className));
  created.type = type;
  if (created.previousElementSibling) {
    created.style.marginLeft = '8px';
  }
  return created;
}
