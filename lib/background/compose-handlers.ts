// The background half of the compose control: loading its script into the page, and the rep's
// remembered "follow up if no reply" choice (Settings.followUpDays).
import * as db from '../db';
import type { COMPOSE_REQUESTS } from '../messages/requests/compose';
import type { Handlers } from '../messages/router';
import type { HandlerDeps } from './handlers';
import { FOLLOW_UP_KIT_FILE, injectQuickPanel } from './quick-panel';

export type ComposeHandlers = Pick<Handlers, keyof typeof COMPOSE_REQUESTS>;

export function createComposeHandlers(deps: HandlerDeps): ComposeHandlers {
  return {
    async 'followUp.load'(_input, { sender }) {
      await injectQuickPanel(sender, FOLLOW_UP_KIT_FILE);
      return { loaded: true };
    },
    async 'followUp.composeChoice'({ days }) {
      const database = await deps.getDb();
      if (days !== undefined) {
        const before = await db.getSettings(database);
        if (before.followUpDays !== days) {
          await db.saveSettings(database, { followUpDays: days });
          deps.broadcast('settings', []);
        }
        return { days };
      }
      return { days: (await db.getSettings(database)).followUpDays };
    },
  };
}
