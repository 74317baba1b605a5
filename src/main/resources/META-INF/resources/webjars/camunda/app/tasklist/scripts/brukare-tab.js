// The "Brukare" tab on every task in Tasklist (config.js loads it as a custom script): the record
// of the task's brukare and the routines that ran or run for them, from
// GET /api/uppgifter/{taskId}/brukare (403 when the user may not read the task).
import { element, showRecord } from './brukare-record.js';

function taskIdFromLocation() {
  const match = /[?&]task=([^&]+)/.exec(window.location.hash || '');
  return match ? decodeURIComponent(match[1]) : null;
}

function show(node, api, taskId) {
  if (!taskId) {
    node.replaceChildren(element('p', 'Ingen uppgift vald.', 'text-muted'));
    return;
  }
  showRecord(node, api, `/api/uppgifter/${encodeURIComponent(taskId)}/brukare`);
}

export default {
  id: 'digitala-las-brukare',
  pluginPoint: 'tasklist.task.detail',
  priority: 50,
  properties: {
    label: 'Brukare'
  },
  render: (node, context, scope) => {
    const api = context && context.api;
    const initial = (context && context.taskId) || taskIdFromLocation();
    show(node, api, initial);
    // the tab may stay while the user picks another task: follow the task shown
    if (scope && typeof scope.$watch === 'function') {
      let shown = initial;
      scope.$watch('task.id', taskId => {
        if (taskId && taskId !== shown) {
          shown = taskId;
          show(node, api, taskId);
        }
      });
    }
  }
};
