// Loads the quick-create panel on first use (see lib/background/quick-panel.ts). The panel's
// script runs in the same isolated world as this content script and leaves its factory on
// that world's global object, which page scripts cannot see.
import { request } from '@/lib/messages/client';
import { ProtocolError } from '@/lib/messages/errors';
import type { createPanelHost } from './panel';

export const QUICK_PANEL_KEY = '__tasklaneQuickPanel';

export type PanelFactory = typeof createPanelHost;

type WithPanel = typeof globalThis & { [QUICK_PANEL_KEY]?: PanelFactory };

export async function loadPanelFactory(): Promise<PanelFactory> {
  const world = globalThis as WithPanel;
  if (!world[QUICK_PANEL_KEY]) await request('panel.load', {});
  const factory = world[QUICK_PANEL_KEY];
  if (!factory) throw new ProtocolError({ code: 'internal', key: 'errorPanelUnavailable', message: 'The task panel could not be loaded.' });
  return factory;
}
