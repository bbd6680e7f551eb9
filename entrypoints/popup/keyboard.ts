// Arrow keys move between task rows across the popup's sections (one row in the tab order at a
// time), Home and End jump to the first and last row.
export function moveRowFocus(event: KeyboardEvent, container: HTMLElement | null): void {
  if (!container || !['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
  const rows = [...container.querySelectorAll<HTMLElement>('li.task')].filter((row) => row.offsetParent !== null);
  if (!rows.length) return;
  const current = rows.findIndex((row) => row.contains(document.activeElement));
  let next = current;
  if (event.key === 'ArrowDown') next = current < 0 ? 0 : Math.min(rows.length - 1, current + 1);
  if (event.key === 'ArrowUp') next = current < 0 ? 0 : Math.max(0, current - 1);
  if (event.key === 'Home') next = 0;
  if (event.key === 'End') next = rows.length - 1;
  if ((event.target as HTMLElement).closest('input, [role="menu"]') && current >= 0) return;
  event.preventDefault();
  for (const row of rows) row.tabIndex = -1;
  rows[next]!.tabIndex = 0;
  rows[next]!.focus();
}
