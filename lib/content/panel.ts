// Mounts the quick-create panel (components/QuickCreatePanel) beside a person's button, in a
// closed shadow root. One panel at a time.
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { QuickCreatePanel, type PanelValues } from '@/components/QuickCreatePanel';
import type { ResponseMap } from '@/lib/messages';
import type { KeyShield } from './key-shield';
import { attachClosedShadow, createHost, el } from './shadow';

const CSS = `
.panel {
  box-sizing: border-box; width: 340px; max-height: calc(100vh - 24px); overflow: auto;
  padding: 14px 16px; border-radius: 10px; background: #fff; color: #1f2937;
  border: 1px solid #e5e7eb; box-shadow: 0 8px 28px rgba(0,0,0,.18);
  font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', sans-serif;
  display: flex; flex-direction: column; gap: 8px;
}
@media (prefers-color-scheme: dark) { .panel { background: #1f2937; color: #f3f4f6; border-color: #374151; } }
h2 { font-size: 15px; margin: 0; }
.for, .note, details { color: #6b7280; margin: 0; font-size: 12px; }
label { display: flex; flex-direction: column; gap: 2px; font-size: 12px; font-weight: 500; }
label.check { flex-direction: row; align-items: center; gap: 6px; font-weight: 400; } label.check input { width: auto; }
input, select, textarea { box-sizing: border-box; width: 100%; min-width: 0; font: inherit; font-weight: 400; padding: 4px 6px; border: 1px solid #d1d5db; border-radius: 6px; background: transparent; color: inherit; }
.row { display: flex; gap: 8px; } .grow { flex: 1; }
.grid { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 6px 8px; }
.warn { background: #fef3c7; color: #92400e; padding: 6px 8px; border-radius: 6px; font-size: 12px; }
.warn ul, .reasons { margin: 4px 0 0; padding-left: 18px; }
.grid > div { min-width: 0; }
/* A reason beside its field: one line, cut with an ellipsis (the whole text in its title), so
   reasons never push Create further down the panel than one short line per field. */
.why { display: block; color: #6b7280; font-size: 11px; font-weight: 400; line-height: 1.3; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
@media (prefers-color-scheme: dark) { .why { color: #9ca3af; } }
.row .why { line-height: calc(12px * 1.4); }
.error { color: #b91c1c; margin: 0; }
.actions { display: flex; justify-content: flex-end; gap: 8px; }
button { font: inherit; padding: 5px 12px; border-radius: 6px; border: 1px solid #d1d5db; background: transparent; color: inherit; cursor: pointer; }
button.primary { background: #2563eb; border-color: #2563eb; color: #fff; }
button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
`;

export interface OpenPanelOptions {
  anchor: Element;
  personLabel: string;
  subject: string | null;
  suggested: ResponseMap['classify.suggest'];
  readDue: (text: string) => Promise<{ date: string; time?: string } | null>;
  onSubmit: (values: PanelValues) => Promise<void>;
}

/** `shield` keeps what the rep types in the panel away from the page (lib/content/key-shield.ts). */
export function createPanelHost(ctx: ContentScriptContext, shield: KeyShield) {
  let host: HTMLElement | null = null;
  let mount: HTMLElement | null = null;
  let returnFocus: HTMLElement | null = null;

  const close = () => {
    if (mount) render(null, mount);
    host?.remove();
    host = mount = null;
    returnFocus?.focus();
    returnFocus = null;
  };
  ctx.onInvalidated(close);

  return {
    open(options: OpenPanelOptions, focusAfter: HTMLElement) {
      close();
      returnFocus = focusAfter;
      const rect = options.anchor.getBoundingClientRect();
      const left = Math.max(8, Math.min(rect.left, window.innerWidth - 350));
      const top = rect.bottom + 6 + 420 < window.innerHeight ? rect.bottom + 6 : Math.max(8, rect.top - 426);
      host = createHost('panel', { position: 'fixed', left: `${left}px`, top: `${top}px`, 'z-index': '2147483646' });
      mount = el('div');
      const root = attachClosedShadow(host, CSS);
      root.append(mount);
      shield.guard(host, root);
      document.documentElement.append(host);
      render(
        h(QuickCreatePanel, {
          personLabel: options.personLabel,
          subject: options.subject,
          suggested: options.suggested,
          readDue: options.readDue,
          onSubmit: async (values: PanelValues) => {
            await options.onSubmit(values);
            close();
          },
          onCancel: close,
        }),
        mount,
      );
    },
    close,
  };
}
