// Links to a task's copies in CRMs (issue 18): "Open in Pipedrive". The addresses are made by
// the worker from the CRM's answer (lib/crm), never taken from a page.
import { CRM_LABELS } from '@/lib/crm/types';
import type { RemoteLink } from '@/lib/model';

interface Props {
  remote: RemoteLink[] | undefined;
  /** The page's own translate function (the popup's and the options page's differ). */
  label: (crmName: string) => string;
  tabIndex?: number;
}

export function RemoteLinks({ remote, label, tabIndex }: Props) {
  return (
    <>
      {(remote ?? []).filter((link) => link.url).map((link) => (
        <a key={link.crm} class="task-source task-remote" data-crm={link.crm} href={link.url} target="_blank" rel="noreferrer noopener"
          {...(tabIndex !== undefined ? { tabIndex } : {})}>{label(CRM_LABELS[link.crm])}</a>
      ))}
    </>
  );
}
