// The quick-create panel's stylesheet (lib/content/panel.ts). Its height limit and width come
// from the placement (lib/content/placement.ts) through custom properties on the host, which
// `all: initial` on the host leaves alone. The footer with Create is sticky, so a panel that
// scrolls inside itself keeps Create in view.
export const PANEL_WIDTH = 340;

/** The open-tasks warning, not a bright patch on a dark panel. */
const DARK_WARN = 'background: rgba(180, 83, 9, .25); color: #fcd34d;';
const DARK = '--tl-bg: #1f2937; --tl-fg: #f3f4f6; --tl-border: #374151; --tl-muted: #9ca3af; --tl-field: #4b5563; color-scheme: dark;';

export const PANEL_CSS = `
.panel {
  --tl-bg: #fff; --tl-fg: #1f2937; --tl-border: #e5e7eb; --tl-muted: #6b7280; --tl-field: #d1d5db;
  box-sizing: border-box; width: var(--tl-panel-width, ${PANEL_WIDTH}px); max-height: var(--tl-panel-max-height, calc(100vh - 16px));
  overflow: auto; overscroll-behavior: contain;
  padding: 14px 16px 0; border-radius: 10px; background: var(--tl-bg); color: var(--tl-fg);
  border: 1px solid var(--tl-border); box-shadow: 0 8px 28px rgba(0,0,0,.18);
  font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Zen Hei', sans-serif;
  display: flex; flex-direction: column; gap: 8px;
}
@media (prefers-color-scheme: dark) {
  :host(:not([data-theme='light'])) .panel { ${DARK} }
}
:host([data-theme='dark']) .panel { ${DARK} }
h2 { font-size: 15px; margin: 0; }
.for, .note, details { color: var(--tl-muted); margin: 0; font-size: 12px; }
label { display: flex; flex-direction: column; gap: 2px; font-size: 12px; font-weight: 500; }
label.check { flex-direction: row; align-items: center; gap: 6px; font-weight: 400; } label.check input { width: auto; }
input, select, textarea { box-sizing: border-box; width: 100%; min-width: 0; font: inherit; font-weight: 400; padding: 4px 6px; border: 1px solid var(--tl-field); border-radius: 6px; background: transparent; color: inherit; }
select option { background: var(--tl-bg); color: var(--tl-fg); }
.row { display: flex; gap: 8px; } .grow { flex: 1; min-width: 0; }
.grid { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 6px 8px; }
.warn { background: #fef3c7; color: #92400e; padding: 6px 8px; border-radius: 6px; font-size: 12px; }
.warn ul, .reasons { margin: 4px 0 0; padding-left: 18px; }
.grid > div { min-width: 0; }
/* A reason beside its field: one line, cut with an ellipsis (the whole text in its title), so
   reasons never push Create further down the panel than one short line per field. */
.why { display: block; color: var(--tl-muted); font-size: 11px; font-weight: 400; line-height: 1.3; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.row .why { line-height: calc(12px * 1.4); }
.error { color: #b91c1c; margin: 0; }
@media (prefers-color-scheme: dark) { :host(:not([data-theme='light'])) .error { color: #fca5a5; } :host(:not([data-theme='light'])) .warn { ${DARK_WARN} } }
:host([data-theme='dark']) .error { color: #fca5a5; }
:host([data-theme='dark']) .warn { ${DARK_WARN} }
.actions {
  position: sticky; bottom: 0; z-index: 1; flex: none;
  display: flex; justify-content: flex-end; gap: 8px;
  margin: 0 -16px; padding: 10px 16px 14px; background: var(--tl-bg); border-top: 1px solid var(--tl-border);
}
button { font: inherit; padding: 5px 12px; border-radius: 6px; border: 1px solid var(--tl-field); background: transparent; color: inherit; cursor: pointer; }
button.primary { background: #2563eb; border-color: #2563eb; color: #fff; }
button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
`;
