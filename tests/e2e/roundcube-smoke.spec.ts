// The real-Roundcube harness works end to end in the extension's browser: Debian's Roundcube
// over Dovecot on 127.0.0.1, seeded from tests/fixtures/roundcube-mail. Nothing here asks the
// extension to do anything yet; the detection tests build on this.
import { expect, test } from './roundcube-fixtures';
import { openMailbox, openMessage, previewMessage, signIn } from '../roundcube/page';

test('Roundcube harness: the rep signs in, the inbox lists the seeded mail, a message shows its sender', async ({ context, roundcube }) => {
  const page = await context.newPage();
  await signIn(page, roundcube);

  const inbox = roundcube.messages.filter((m) => m.mailbox === 'INBOX');
  const rows = page.locator('#messagelist tbody tr');
  await expect(rows).toHaveCount(inbox.length);
  for (const message of inbox) await expect(rows.filter({ hasText: message.subject })).toHaveCount(1);

  // The preview pane beside the list, as a rep reads mail.
  const intro = await previewMessage(page, roundcube.message('08-introduction-cc.eml'));
  await expect(intro.locator('.header.from a[href="mailto:rachel@goldberg-advisory.com"]')).toHaveText('Rachel Goldberg');
  await expect(intro.locator('.header.cc')).toContainText('Priya Nair');

  // A message on its own page, by UID.
  await openMessage(page, roundcube, roundcube.message('01-quote-request.eml'));
  await expect(page.locator('#message-header .header.from a[href^="mailto:"]')).toHaveAttribute('href', 'mailto:elena.petrov@kestrel-freight.com');
  await expect(page.locator('#messagebody')).toContainText('Mob: +44 7700 900412');

  // A GB18030 message from Foxmail is decoded, subject and body.
  const chinese = roundcube.message('07-chinese-payment-quote.eml');
  await openMessage(page, roundcube, chinese);
  await expect(page.locator('#message-header')).toContainText('关于第二批扫描枪的报价及首批货款安排');
  await expect(page.locator('#messagebody')).toContainText('12月15日前付清');

  // The rep's own replies are in Sent.
  await openMailbox(page, roundcube, 'Sent');
  for (const message of roundcube.messages.filter((m) => m.mailbox === 'Sent')) {
    await expect(rows.filter({ hasText: message.subject })).toHaveCount(1);
  }

  // The rep's identity carries a name, as a rep who set up their webmail has.
  await page.goto(`${roundcube.url}?_task=mail&_action=compose`);
  await expect(page.locator('#_from option:checked')).toHaveText(`${roundcube.identity.name} <${roundcube.identity.email}>`);

  expect(roundcube.errorLog()).toBe('');
});
