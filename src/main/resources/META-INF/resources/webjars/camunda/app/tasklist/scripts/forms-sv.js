// Camunda Forms in Swedish (config.js loads this as a custom script). Tasklist 7.24 renders a task's
// form and the start dialog with form-js (`new Form({container})`, no modules or translations can be
// passed in), so the texts form-js writes are put into Swedish where they appear: a
// MutationObserver on the page translates each validation message, control text and placeholder
// as form-js renders it, and gives each date field the Swedish calendar (forms-sv-datum.js).
import { swedishControlText, swedishMessage } from './forms-sv-texter.js';
import { PLACEHOLDER, keepRefusalDescribed, listenForTypedDates, swedishDatePicker } from './forms-sv-datum.js';

const FORM = '.fjs-container';
const DATE_INPUT = '.fjs-datepicker input[data-input]';
const TRANSLATED_ATTRIBUTES = ['placeholder', 'title', 'aria-label'];

function translateText(node) {
  const parent = node.parentElement;
  if (!parent || !parent.closest(FORM)) {
    return;
  }
  const swedish = parent.closest('.fjs-form-field-error')
    ? swedishMessage(node.data)
    : swedishControlText(node.data);
  if (swedish !== null && swedish !== node.data) {
    node.data = swedish;
  }
}

function translateAttributes(element) {
  for (const name of TRANSLATED_ATTRIBUTES) {
    const value = element.getAttribute(name);
    const swedish = value && swedishControlText(value);
    if (swedish) {
      element.setAttribute(name, swedish);
    }
  }
}

function localise(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    translateText(root);
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE || !(root.closest(FORM) || root.querySelector(FORM))) {
    return;
  }
  const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let text = texts.nextNode(); text; text = texts.nextNode()) {
    translateText(text);
  }
  const elements = [root, ...root.querySelectorAll('[placeholder], [title], [aria-label]')];
  elements.filter(element => element.closest(FORM)).forEach(translateAttributes);
  const dateInputs = [root, ...root.querySelectorAll(DATE_INPUT)].filter(element => element.matches(DATE_INPUT));
  dateInputs.forEach(swedishDatePicker);
}

function whenFormsChange(mutations) {
  for (const mutation of mutations) {
    if (mutation.type === 'childList') {
      mutation.addedNodes.forEach(localise);
      // flatpickr wraps the date input once its calendar exists: the wrapper's arrival is the cue
      if (mutation.target.nodeType === Node.ELEMENT_NODE && mutation.target.matches('.fjs-datepicker')) {
        localise(mutation.target);
      }
    } else if (mutation.type === 'characterData') {
      translateText(mutation.target);
    } else if (mutation.type === 'attributes' && mutation.target.closest(FORM)) {
      const element = mutation.target;
      if (mutation.attributeName === 'aria-describedby') {
        keepRefusalDescribed(element);
      } else if (mutation.attributeName === 'placeholder' && element._flatpickr) {
        if (element.placeholder !== PLACEHOLDER) {
          element.placeholder = PLACEHOLDER;
        }
      } else {
        translateAttributes(element);
      }
    }
  }
}

new MutationObserver(whenFormsChange).observe(document.documentElement, {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: [...TRANSLATED_ATTRIBUTES, 'aria-describedby']
});
listenForTypedDates(document);
localise(document.body);

// No plugin: this script only localises the forms Tasklist renders.
export default [];
