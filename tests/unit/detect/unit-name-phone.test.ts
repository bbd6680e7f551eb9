// Round 8, lane C kind 4: "unit name number" groups in a mail body ("嘉兴仓 周涛 138…，宁波分公司
// 陈静 139…"): the name is the two or three characters before the number within its own group, the
// unit before it (a factory, warehouse, branch, department) is no name, and a unit alone before its
// number names nobody.
import { describe, expect, it } from 'vitest';
import { makeContact } from '../../../lib/detect/contact';
import { withExtras } from '../../../lib/detect/mention-extras';
import { namedFor } from '../../../lib/detect/phone-mention';
import { parseWithLinkedom } from './helpers';

function nameOf(line: string, phone: string) {
  const doc = parseWithLinkedom(`<html><body><div class="msg"><div>您好：</div><div class="pre">${line}</div></div></body></html>`);
  const pre = doc.querySelector('.pre')!;
  const sender = makeContact({ name: '何晓梅', email: 'hexm@lanfeng.example' }, 'sender', doc.querySelector('.msg')!);
  const found = withExtras(namedFor)(makeContact({ phone }, 'mentioned', pre), [sender]);
  return typeof found === 'string' ? found : found ? found.name : found;
}

describe('unit name number', () => {
  it.each([
    ['昆山厂 王磊 138 1234 5678，苏州厂 李娜 139 8765 4321', '138 1234 5678', '王磊'],
    ['昆山厂 王磊 138 1234 5678，苏州厂 李娜 139 8765 4321', '139 8765 4321', '李娜'],
    ['嘉兴仓周涛 138 5721 4436；宁波分公司 陈静 139 6688 2051', '138 5721 4436', '周涛'],
    ['嘉兴仓周涛 138 5721 4436；宁波分公司 陈静 139 6688 2051', '139 6688 2051', '陈静'],
    ['华东事业部 欧阳明 137 5856 3390', '137 5856 3390', '欧阳明'],
    ['南京店 孙丽：136 0574 8812', '136 0574 8812', '孙丽'],
    // After a label's colon, and groups parted by a slash or a bar.
    ['收货联系人：常州厂 钱伟 135 2233 4455 / 无锡仓 孙倩 136 5544 3322', '135 2233 4455', '钱伟'],
    ['收货联系人：常州厂 钱伟 135 2233 4455 / 无锡仓 孙倩 136 5544 3322', '136 5544 3322', '孙倩'],
    ['对接：合肥店 冯强 137 1122 3344 | 芜湖店 褚燕 138 9988 7766', '138 9988 7766', '褚燕'],
  ])('%s → %s is %s', (line, phone, name) => {
    expect(nameOf(line, phone)).toBe(name);
  });

  it.each([
    ['昆山厂 138 1234 5678', '138 1234 5678'],
    ['质检部 0512 5566 7788', '0512 5566 7788'],
    ['总仓值班电话 0573 8221 6600', '0573 8221 6600'],
    ['上海分公司 021 6288 0000', '021 6288 0000'],
    ['财务部 经理 135 1234 0000', '135 1234 0000'],
    ['代表：03-5400-1200 / 直通：03-5400-1288', '03-5400-1288'],
    ['总机 021-6288 0000 / 直线 021-6288 0012', '021-6288 0012'],
  ])('a unit alone, a label or a title names nobody: %s', (line, phone) => {
    const name = nameOf(line, phone);
    expect(name === null || name === '何晓梅').toBe(true);
  });
});
