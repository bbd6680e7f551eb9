// Names the signature reader takes in the signature kit (signature-kit.js) and the CLI, not in the
// content scripts' own reading of a sender's sign-off (their budget): the kit reads each message's
// own block too, and its person is the sender's by name (./ownership.ts).
import { moreNames } from './signature';

/** Arabic names: two to four words of its letters (no capitals tell a name), never a greeting, a
 *  sign-off or a company ("السلام عليكم", "مع التحية", "شكرا جزيلا", "شركة …"). */
const ARABIC_NAME = /^(?!مع |شكر|تحي|السلام|شركة)\p{Script=Arabic}{2,}(?: \p{Script=Arabic}{2,}){1,3}$/u;

export function readMoreNames(): void {
  moreNames.re = ARABIC_NAME;
}
