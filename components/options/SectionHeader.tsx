import type { ComponentChildren } from 'preact';

/** A section's heading (focus target after navigation) and a one-line introduction. */
export function SectionHeader({ id, title, intro, children }: { id: string; title: string; intro?: string; children?: ComponentChildren }) {
  return (
    <header class="section-header">
      <div>
        <h2 id={`${id}-heading`} tabIndex={-1}>{title}</h2>
        {intro && <p class="intro">{intro}</p>}
      </div>
      {children && <div class="section-tools">{children}</div>}
    </header>
  );
}

/** A short message that the last action worked or failed. */
export function Status({ error, ok }: { error?: string | null; ok?: string | null }) {
  if (error) return <p class="error" role="alert">{error}</p>;
  if (ok) return <p class="ok" role="status">{ok}</p>;
  return null;
}
