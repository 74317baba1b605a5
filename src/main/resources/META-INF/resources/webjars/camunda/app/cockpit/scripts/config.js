// Cockpit for Digitala lås: replaces the webjar's default configuration (the application's
// classpath comes first). Cockpit stays in English (it is for operations); the community edition
// has no history view, so the "Historik" tab (historik.js) shows the finished routines.
export default {
  customScripts: ['scripts/historik']
};
