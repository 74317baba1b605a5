// Tasklist's index.html says lang="en"; everything it shows here is Swedish (config.js allows only
// sv), so screen readers must read it as Swedish.
import { keepPage } from './page.js';

export function keepSwedish() {
  keepPage(() => {
    if (document.documentElement.lang !== 'sv') {
      document.documentElement.lang = 'sv';
    }
  });
}
