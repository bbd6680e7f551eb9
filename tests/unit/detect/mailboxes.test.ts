// Role mailboxes by their local part (issue 14, kind 4): notification, news and tool senders are
// not people; addresses that merely contain those words are.

import { describe, expect, it } from 'vitest';
import { isRoleMailbox, ROBOT_WORDS } from '../../../lib/detect/mailboxes';

describe('role mailboxes by local part', () => {
  it.each([
    'edu-notice@univ.example.cn', 'notice@bank.example', 'notices@portal.example', 'notifications@saas.example', 'notification@shop.example',
    'alerts@monitor.example', 'alert@monitor.example', 'updates@app.example', 'news@vendor.example', 'newsletter@vendor.example',
    'bounce@list.example', 'bounce-8812-x@mailer.example', 'bounces+abc@list.example', 'postmaster@acme.example',
    'jira@acme.atlassian.net', 'confluence@acme.atlassian.net', 'trello@app.example', 'digest@forum.example', 'system.notice@crm.example',
  ])('%s cannot answer', (email) => {
    expect(isRoleMailbox(email)).toBe(true);
  });
  it.each([
    'newton@acme.example', 'alertson@acme.example', 'andrews@acme.example', 'noticia.ramos@acme.example', 'updater.lee@acme.example',
    'newsome@acme.example', 'info@acme.example', 'sales@acme.example', 'support@acme.example', 'jirair@acme.example', 'dana.notley@acme.example',
  ])('%s is read by someone', (email) => {
    expect(isRoleMailbox(email)).toBe(false);
  });
  it.each([
    'notificaciones@textiles.example.co', 'notificacoes@banco.example.br', 'notifiche@fornitore.example.it', 'benachrichtigung@shop.example.de',
    'no-contestar@portal.example.es', 'nao_responder@loja.example.br', 'non-rispondere@ente.example.it', 'niet-beantwoorden@gemeente.example.nl',
    'nie-odpowiadaj@sklep.example.pl', 'alertas@monitor.example.mx', 'alertes@banque.example.fr', 'meldingen@app.example.nl', 'powiadomienia@bank.example.pl',
  ])('%s cannot answer, in the language its sender writes', (email) => {
    expect(isRoleMailbox(email)).toBe(true);
  });
  it.each(['noti.garcia@acme.example', 'meldinger@acme.example', 'alertaz@acme.example'])('%s is read by someone', (email) => {
    expect(isRoleMailbox(email)).toBe(false);
  });
  it('the words are data: one list to extend', () => {
    expect(ROBOT_WORDS).toContain('notice');
    expect(ROBOT_WORDS).toContain('jira');
  });
});

describe("webmail providers' own service accounts", () => {
  it('are role mailboxes: short numbers and system accounts at qq.com, foxmail, 163.com', () => {
    expect(isRoleMailbox('10000@qq.com', 'QQ Mail Team')).toBe(true);
    expect(isRoleMailbox('10001@foxmail.com')).toBe(true);
    expect(isRoleMailbox('system@163.com')).toBe(true);
    expect(isRoleMailbox('service@vip.126.com')).toBe(true);
    expect(isRoleMailbox('mail@service.example.cn', '网易邮件中心')).toBe(true);
    expect(isRoleMailbox('x@example.com', 'QQ邮箱团队')).toBe(true);
  });

  it('leave people at those providers alone: QQ numbers, phone numbers, names, short numbers elsewhere', () => {
    expect(isRoleMailbox('284710392@qq.com', '王磊')).toBe(false);
    expect(isRoleMailbox('13812345678@163.com')).toBe(false);
    expect(isRoleMailbox('lin.xiaodong@163.com')).toBe(false);
    expect(isRoleMailbox('10000@hengda-tools.cn')).toBe(false);
    expect(isRoleMailbox('system@hengda-tools.cn', 'Sales Team')).toBe(false);
  });
});
