// Names the signature reader takes in the signature kit (signature-kit.js) and the CLI, not in the
// content scripts' own reading of a sender's sign-off (their budget): the kit reads each message's
// own block too, and its person is the sender's by name (./ownership.ts).
import { moreNames } from './signature';

/** Arabic and Hebrew names: two to four words of their letters (no capitals tell a name; Hebrew's
 *  geresh in "ז'קלין"), never a greeting, a sign-off or a company ("السلام عليكم", "مع التحية",
 *  "شكرا جزيلا", "شركة …", "תודה רבה", "בוקר טוב", "בברכה"). */
const ARABIC_NAME = /^(?!مع |شكر|تحي|السلام|شركة)\p{Script=Arabic}{2,}(?: \p{Script=Arabic}{2,}){1,3}$/u;
const HEBREW_NAME = /^(?!תודה|בברכה|בכבוד|שלום|בוקר|ערב|יום|המשך|להתראות|נתראה|חג|שבת|מה )[\p{Script=Hebrew}'׳]{2,}(?: [\p{Script=Hebrew}'׳-]{2,}){1,2}$/u;
const NAMES = new RegExp(`${ARABIC_NAME.source}|${HEBREW_NAME.source}`, 'u');

export function readMoreNames(): void {
  moreNames.re = NAMES;
}
