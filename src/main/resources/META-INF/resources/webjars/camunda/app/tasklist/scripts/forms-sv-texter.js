// form-js (the Camunda Forms renderer in Tasklist 7.24) writes its validation messages and a few
// control texts in English, with no translation hook: these are their Swedish versions. Each rule
// matches one English text form-js 1.x writes (lib/deps.js of the 7.24.0 webjar).
const MESSAGES = [
  [/^Field is required\.$/, () => 'Fältet är obligatoriskt.'],
  [/^Field must have minimum length of (\d+)\.$/, n => `Minst ${n} tecken.`],
  [/^Field must have maximum length of (\d+)\.$/, n => `Högst ${n} tecken.`],
  [/^Field must have minimum value of (.+)\.$/, n => `Värdet måste vara minst ${n}.`],
  [/^Field must have maximum value of (.+)\.$/, n => `Värdet får vara högst ${n}.`],
  [/^Field must match pattern .*\.$/s, () => 'Fältet har fel format.'],
  [/^Field must be a valid\s+international phone number\..*$/s,
    () => 'Ange ett telefonnummer med landsnummer, till exempel +46701234567.'],
  [/^Field must be a valid email\.$/, () => 'Ange en giltig e-postadress.'],
  [/^Value is not a number\.$/, () => 'Värdet är inte ett tal.'],
  [/^Value is expected to be an integer\.$/, () => 'Värdet måste vara ett heltal.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, n => `Högst ${n} decimaler.`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (a, b) => `Välj ett giltigt värde. De närmaste giltiga värdena är ${a} och ${b}.`]
];

/** Texts form-js shows in its controls (select, search, tags, number arrows, tables). */
const CONTROL_TEXTS = {
  Select: 'Välj',
  Search: 'Sök',
  'No results': 'Inga träffar',
  'All values selected': 'Alla värden är valda',
  'Nothing to show.': 'Inget att visa.',
  'Remove tag': 'Ta bort',
  Increment: 'Öka',
  Decrement: 'Minska',
  'Previous page': 'Föregående sida',
  'Next page': 'Nästa sida',
  'hh:mm': 'tt:mm',
  'Powered by bpmn.io': 'Formuläret visas med bpmn.io'
};

/** The Swedish text for an English form-js message, or null when the text is not one of them. */
export function swedishMessage(text) {
  const trimmed = text.trim();
  for (const [pattern, swedish] of MESSAGES) {
    const match = pattern.exec(trimmed);
    if (match) {
      return swedish(...match.slice(1));
    }
  }
  return null;
}

/** The Swedish text for a form-js control text, or null. */
export function swedishControlText(text) {
  return Object.prototype.hasOwnProperty.call(CONTROL_TEXTS, text.trim()) ? CONTROL_TEXTS[text.trim()] : null;
}
