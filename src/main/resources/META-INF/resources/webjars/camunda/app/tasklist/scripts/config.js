// Tasklist for Digitala lås: replaces the webjar's default configuration (the application's
// classpath comes first). Swedish is the only language, whatever the browser prefers.
export default {
  // the "Brukare" tab on every task, "Sök brukare" and "Mina rutiner" in the header (loaded from
  // /camunda/app/tasklist/); tasklist-ux: language, names, messages, start dialog and claim hint
  // for staff; forms-sv: the Camunda Forms (form-js) in Swedish, messages, controls, the calendar
  customScripts: ['scripts/brukare-tab', 'scripts/brukare-sok', 'scripts/mina-rutiner', 'scripts/tasklist-ux',
    'scripts/forms-sv'],
  app: {
    name: 'Uppgifter',
    vendor: 'Digitala lås –'
  },
  locales: {
    availableLocales: ['sv'],
    fallbackLocale: 'sv'
  },
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'tar den markerade uppgiften'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'flyttar fokus till det första filtret i listan'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'flyttar fokus till den första uppgiften i listan'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'flyttar fokus till det första inmatningsfältet i uppgiftens formulär'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'öppnar dialogrutan för att starta en process'
    }
  }
};
