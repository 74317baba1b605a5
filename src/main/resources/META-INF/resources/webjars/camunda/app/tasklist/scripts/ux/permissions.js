// What Tasklist offers only to whom it is any use: the ↗ link to the process instance leads to
// Cockpit, which staff may not open (they got an English "Whitelabel Error Page … 403"), and
// "Skapa uppgift" creates a task outside every routine, which the engine refuses staff anyway
// (no CREATE on Task). user-styles.css hides both until the signed-in user is found to be allowed;
// this sets the classes on <html> that show them.
import { keepPage } from './page.js';

const ROOT = document.querySelector('base[app-root]');
const APP_ROOT = ROOT ? ROOT.getAttribute('app-root') : '/camunda';
const COCKPIT = 'dl-far-anvanda-cockpit';
const CREATE_TASK = 'dl-far-skapa-uppgift';

let checkedFor = null;

async function json(path) {
  const response = await fetch(APP_ROOT + path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  return response.ok ? response.json() : null;
}

async function check(account) {
  const [user, create] = await Promise.all([
    json('/api/admin/auth/user/default'),
    json('/api/engine/engine/default/authorization/check?permissionName=CREATE&resourceName=Task&resourceType=7')
  ]);
  if (checkedFor !== account) {
    return;
  }
  const classes = document.documentElement.classList;
  classes.toggle(COCKPIT, !!(user && user.authorizedApps && user.authorizedApps.includes('cockpit')));
  classes.toggle(CREATE_TASK, !!(create && create.authorized));
}

/** Tasklist's header shows the account menu (li.account) from sign-in to sign-out. */
function accountMenu() {
  return document.querySelector('[cam-widget-header] li.account');
}

export function keepPermissions() {
  keepPage(() => {
    const account = accountMenu();
    if (account !== checkedFor) {
      checkedFor = account;
      document.documentElement.classList.remove(COCKPIT, CREATE_TASK);
      if (account) {
        check(account).catch(() => {});
      }
    }
  });
}
