// Tasklist for staff, issue 10 (config.js loads it as a custom script). Each part keeps one thing
// of the page as it should be; none is a plugin point, so the module exports no plugin.
import { keepSwedish } from './ux/language.js';
import { keepNames } from './ux/names.js';
import { keepPermissions } from './ux/permissions.js';
import { keepRefusals } from './ux/refusals.js';
import { keepCompletionConfirmed } from './ux/completion.js';
import { keepStartDialogFilled } from './ux/start-dialog.js';
import { keepDisabledReasons } from './ux/disabled-reasons.js';
import { keepClaimHint } from './ux/claim-hint.js';

keepSwedish();
keepNames();
keepPermissions();
keepRefusals();
keepCompletionConfirmed();
keepStartDialogFilled();
keepDisabledReasons();
keepClaimHint();

export default [];
