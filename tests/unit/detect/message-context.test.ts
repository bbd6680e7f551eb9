// The message around a clicked person on every kind of page: subject, own newest text apart from
// quoted history and signature, sent date, identity and sender — Gmail, Outlook, Roundcube, QQ
// Mail, NetEase and pages no adapter knows (a rep's custom domain), in English and Chinese.
import { describe, expect, it } from 'vitest';
import { readMessage } from '@/lib/detect/message/read';
import { personOn, peopleWithMessages, savedPage } from '../../helpers/page-message';

const fieldsOf = (name: string, email: string, today?: string) => personOn(savedPage(name), email, today).message!;

describe('Gmail', () => {
  it('each message of a thread: its own text, signature apart, its own date', () => {
    const priya = fieldsOf('gmail-thread', 'priya.raman@northwind-traders.com');
    expect(priya.subject).toBe('Q3 renewal: revised quote for 40 seats');
    expect(priya.fields.body).toMatch(/^Hi Alex,\nThanks for the call on Monday/);
    expect(priya.fields.body).not.toContain('VP Procurement');
    expect(priya.fields.signature).toMatch(/^Best regards,\nPriya Raman\nVP Procurement/);
    expect(priya.fields.sentDate).toBe('2024-06-18');
    expect(priya.fields.sender).toEqual({ email: 'priya.raman@northwind-traders.com', name: 'Priya Raman' });
    // The third message, dated in its text only ("Jun 19, 2024, 8:05 AM"), signed by someone else.
    const procurement = fieldsOf('gmail-thread', 'procurement@northwind-traders.com');
    expect(procurement.fields.sentDate).toBe('2024-06-19');
    expect(procurement.fields.body).toContain('NW-PO-2024-0618');
    expect(procurement.fields.signature).toContain('Jordan Patel');
  });

  it('a recipient gets the message they are on, with its sender', () => {
    const dana = fieldsOf('gmail-thread', 'dana.okafor@northwind-traders.com');
    expect(dana.fields.sender?.email).toBe('priya.raman@northwind-traders.com');
    expect(dana.fields.body).toContain('Thanks for the call on Monday');
  });

  it('Chinese UI: the date in the title attribute', () => {
    const [first] = peopleWithMessages(savedPage('gmail-thread-zh')).filter((p) => p.contact.role === 'sender');
    expect(first!.message!.subject).toBe('关于5月发票与回款进度的确认');
    expect(first!.message!.fields.sentDate).toBe('2024-06-17');
  });
});

describe('Outlook', () => {
  it('dates as each build and language writes them (day first in en-GB and German)', () => {
    expect(fieldsOf('outlook-reading-pane', 'marco.bianchi@fabrikam-industrial.it').fields).toMatchObject({ sentDate: '2024-06-19', sender: { email: 'marco.bianchi@fabrikam-industrial.it' } });
    const de = peopleWithMessages(savedPage('outlook-reading-pane-de')).find((p) => p.contact.role === 'sender')!;
    expect(de.message!.fields.sentDate).toBe('2024-12-04');
  });

  it('signature apart from the text', () => {
    const marco = fieldsOf('outlook-reading-pane', 'marco.bianchi@fabrikam-industrial.it');
    expect(marco.fields.body).toMatch(/^Dear Alex,\nfollowing our meeting in Milan/);
    expect(marco.fields.signature).toMatch(/^Kind regards,\nMarco Bianchi/);
  });
});

describe('Roundcube', () => {
  it('a message page: the newest text, the quoted reply with its history apart, the full date of the summary', () => {
    const elena = fieldsOf('context/roundcube-elena-delivery', 'elena.petrov@kestrel-freight.com');
    expect(elena.subject).toBe('Re: Delivery dates for the Felixstowe scanners');
    expect(elena.fields.body).toBe('Jordan,\nThanks, the PO is approved. Please confirm the delivery date for the 40 scanners before 15 Dec; our stock count starts the week after.');
    expect(elena.fields.quoted).toMatch(/^On 30 Nov 2026, Jordan Ellis wrote:\nElena, the scanners can ship in two batches in January and March 2027\. Invoice KF-2291 was paid 14 days past its due date/);
    expect(elena.fields.signature).toBe('Best regards,\nElena');
    expect(elena.fields.sentDate).toBe('2026-12-01');
    expect(elena.messageId).toBe('INBOX/22');
  });

  it('a list row: its own subject and date ("Fri 02:26" is the Friday before today)', () => {
    const chen = fieldsOf('roundcube-list', 'chen.xiaodong@huaxin-trading.cn', '2026-12-06');
    expect(chen.subject).toBe('关于第二批扫描枪的报价及首批货款安排');
    expect(chen.fields.sentDate).toBe('2026-12-04');
    const hannah = fieldsOf('roundcube-list', 'hannah.brooks@meridian-clinics.com');
    expect(hannah.fields.sentDate).toBe('2026-11-20');
  });

  it('Chinese message: the signature after 祝好', () => {
    const chen = fieldsOf('roundcube-message-zh', 'chen.xiaodong@huaxin-trading.cn');
    expect(chen.fields.body).toMatch(/^Jordan 您好：/);
    expect(chen.fields.signature).toMatch(/^祝好！\n陈晓东\n采购经理\n深圳华信贸易有限公司/);
    expect(chen.fields.sentDate).toBe('2026-12-04');
  });
});

describe('QQ Mail (classic frame page)', () => {
  it('subject, text, the 原始邮件 history and signature apart, the date after 时　间', () => {
    const wang = fieldsOf('context/qqmail-frame-order', 'wang.lei@hengda-machinery.cn');
    expect(wang.subject).toBe('关于三月份订单的交期确认');
    expect(wang.fields.body).toContain('麻烦下周三前确认一下交期');
    expect(wang.fields.body).not.toContain('12 月 15 日前');
    expect(wang.fields.quoted).toMatch(/^-+ 原始邮件 -+\n发件人: "张伟"/);
    expect(wang.fields.quoted).toContain('请在 12 月 15 日前回复');
    expect(wang.fields.signature).toBe('谢谢！\n王磊\n采购部经理\n恒达机械制造有限公司\n手机：138 1234 5678');
    expect(wang.fields.sentDate).toBe('2026-12-02');
    expect(wang.fields.sender).toEqual({ email: 'wang.lei@hengda-machinery.cn', name: '王磊' });
    // Nothing on the page names the message: its identity is left to its words (see the dedupe tests).
    expect(wang.messageId).toBeNull();
  });

  it('"发自我的iPhone" is a signature', () => {
    const wang = fieldsOf('context/qqmail-frame-statement', 'wang.lei@hengda-machinery.cn');
    expect(wang.fields.signature).toBe('发自我的iPhone');
    expect(wang.fields.body).toContain('月底前付清');
  });
});

describe('NetEase', () => {
  it('the "在 …写道：" history apart, the id in the read module state, the date', () => {
    const zhao = fieldsOf('context/netease-read-zh', 'zhao.min@lanxin-dental.com');
    expect(zhao.subject).toBe('回复：样品测试结果和下一步合作');
    expect(zhao.fields.body).toContain('请在本周五前把经销协议和价格表发给我');
    expect(zhao.fields.quoted).toMatch(/^在 2026-11-20 10:05:33，"李娜" <li.na.trade@163.com> 写道：\n赵总：样品已寄出/);
    expect(zhao.fields.signature).toMatch(/^此致\n赵敏\n采购总监/);
    expect(zhao.fields.sentDate).toBe('2026-12-03');
    expect(zhao.messageId).toBe('102:1tbiQx7kLmZhYtAAAs8');
  });
});

describe('pages no adapter knows (a custom domain)', () => {
  it('English self-hosted webmail: the body container, its blockquote and sign-off, the Date row, the hash route id', () => {
    const grace = fieldsOf('generic-webmail-selfhosted', 'grace.kim@lumen-logistics.example');
    expect(grace.subject).toBe('Re: Pallet racking quote');
    expect(grace.fields.body).toBe('Hi Alex,\nthanks for the numbers. Could you add the installation cost for the second warehouse and send the revised quote by Friday? Omar signs off on anything above 20k.');
    expect(grace.fields.quoted).toMatch(/^On Mon, 2 Dec 2026, Alex Rep <alex\.rep@acme-sales\.example> wrote:/);
    expect(grace.fields.signature).toMatch(/^Best regards,\nGrace Kim\nOperations Manager \| Lumen Logistics/);
    expect(grace.fields.sentDate).toBe('2026-12-03');
    expect(grace.messageId).toBe('4711');
  });

  it('Chinese company webmail: the heading over the title, 发送时间, 顺祝商祺, the mid in the hash state', () => {
    const sun = fieldsOf('context/generic-coremail-zh', 'sun.qiang@guangming-foods.com');
    expect(sun.subject).toBe('关于第二批扫描枪的报价');
    expect(sun.fields.body).toBe('陈经理：\n我们在官网上看到贵司的新款扫描枪，想再采购 120 台，请在下周三前给我们报价，含三年保修。');
    expect(sun.fields.signature).toMatch(/^顺祝商祺\n孙强\n光明食品有限公司 采购部/);
    expect(sun.fields.sentDate).toBe('2026-12-02');
    expect(sun.messageId).toBe('1tbiAQAGBWcx7kEAAb3k');
  });

  it('no heading: the page title, less the app name after the dash', () => {
    const page = savedPage('inline', '<html><head><meta name="tasklane-fixture-url" content="https://mail.example.org/read"><title>Re: Pallet racking – Webmail</title></head><body><div><p>From <a href="mailto:grace@lumen.example">Grace</a></p><p>Could you send the revised quote for the second warehouse, with installation, by Friday please?</p></div></body></html>');
    const [grace] = peopleWithMessages(page);
    expect(grace!.message!.subject).toBe('Re: Pallet racking');
  });

  it('hostile page text stays text: markup written as text is kept literally, scripts are never read', () => {
    const html = '<html><head><meta name="tasklane-fixture-url" content="https://mail.example.org/m/1"><title>x</title></head><body><div class="message-body"><p>From: <a href="mailto:eve@evil.example">Eve</a></p><p>Hi &lt;img src=x onerror=alert(1)&gt; there, please call me back about the contract before Friday.</p><script>steal()</script><style>p{}</style></div></body></html>';
    const page = savedPage('hostile', html);
    const anchor = page.document.querySelector('a')!;
    const read = readMessage(anchor, page.document, page.url);
    expect(read.body).toContain('<img src=x onerror=alert(1)>');
    expect(read.body).not.toContain('steal()');
    expect(read.body).not.toContain('p{}');
  });
});
