// Issue 15: Outlook on the web in another UI language keeps the message. The adapter finds the
// message by structure (the element whose child is its role="document"), not by its English
// aria-label "Email message": the sender stays the sender, the subject is the message's, the
// header's date stays out of the message text (and so out of the due date).
import { describe, expect, it } from 'vitest';
import { classifyHtml } from '../../../scripts/classify-page';
import { personOn, savedPage } from '../../helpers/page-message';

const PAGES = [
  { page: 'context/outlook-read-zh', email: 'li.na@huaxin-logistics.cn', subject: '关于年度维保合同续签', sent: '2026-11-30', header: '2026/11/30' },
  { page: 'context/outlook-read-fr', email: 'claire.martin@duval-emballages.fr', subject: 'Renouvellement du contrat de maintenance', sent: '2026-11-30', header: '30/11/2026' },
  { page: 'outlook-reading-pane-de', email: 'jonas.weber@kessler-maschinenbau.de', subject: 'Angebot Ersatzteile für Linie 4', sent: '2024-12-04', header: '04.12.2024' },
  { page: 'outlook-reading-pane', email: 'marco.bianchi@fabrikam-industrial.it', subject: 'Follow-up: spare parts framework agreement', sent: '2024-06-19', header: '19/06/2024' },
] as const;

describe('Outlook on the web in any UI language', () => {
  for (const { page, email, subject, sent, header } of PAGES) {
    it(`${page}: the sender, the subject, the body without its header, the sent date`, () => {
      const saved = savedPage(page);
      const person = personOn(saved, email, '2026-12-01');
      expect(person.contact.role).toBe('sender');
      expect(person.message!.subject).toBe(subject);
      expect(person.message!.fields.sentDate).toBe(sent);
      expect(person.message!.fields.body).toBeTruthy();
      expect(person.message!.fields.body).not.toContain(header);
      expect(person.message!.fields.body).not.toContain(email);
      const out = classifyHtml(saved.document, { url: saved.url, today: '2026-12-01' });
      expect(out.person).toBe(email);
      expect(out.source!.title).toBe(subject);
    });
  }

});

