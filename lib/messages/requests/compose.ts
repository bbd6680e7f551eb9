// What the compose control (lib/follow-up/compose-control.ts) asks of the background: its script,
// injected into the compose's frame on first use, and the rep's last "follow up if no reply"
// choice, remembered in settings so every compose window of every site starts from it.
// Handlers: lib/background/compose-handlers.ts.
import * as v from 'valibot';
import { FOLLOW_UP_DAY_CHOICES } from '../../model/settings';
import type { RequestDefinitions } from '../protocol';

export const COMPOSE_REQUESTS = {
  /** Injects the follow-up script (compose control, reply watching) into the asking frame. */
  'followUp.load': { access: 'content', input: v.object({}) },
  /** Reads the remembered choice; with `days`, remembers it first (0: no follow-up). */
  'followUp.composeChoice': {
    access: 'content',
    input: v.object({ days: v.optional(v.picklist(FOLLOW_UP_DAY_CHOICES)) }),
  },
} as const satisfies RequestDefinitions;

export interface ComposeResponses {
  'followUp.load': { loaded: true };
  'followUp.composeChoice': { days: (typeof FOLLOW_UP_DAY_CHOICES)[number] };
}
