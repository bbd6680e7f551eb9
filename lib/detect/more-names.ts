// Names, sign-offs and legal forms (./legal-forms.ts) the signature reader takes in the signature kit (signature-kit.js) and the CLI, not in the
// content scripts' own reading of a sender's sign-off (their budget): the kit reads each message's
// own block too, and its person is the sender's by name (./ownership.ts).
import { hasJobTitle } from './job-titles';
import { MORE_FORMS } from './legal-forms';
import { COMPANY_WORDS, SIGN_OFF, lineTests } from './signature';

/** Arabic and Hebrew names: two to four words of their letters (no capitals tell a name; Hebrew's
 *  geresh in "ז'קלין"), never a greeting, a sign-off or a company ("السلام عليكم", "مع التحية",
 *  "شكرا جزيلا", "شركة …", "תודה רבה", "בוקר טוב", "בברכה"). */
const ARABIC_NAME = /^(?!مع |شكر|تحي|السلام|شركة)\p{Script=Arabic}{2,}(?: \p{Script=Arabic}{2,}){1,3}$/u;
const HEBREW_NAME = /^(?!תודה|בברכה|בכבוד|שלום|בוקר|ערב|יום|המשך|להתראות|נתראה|חג|שבת|מה )[\p{Script=Hebrew}'׳]{2,}(?: [\p{Script=Hebrew}'׳-]{2,}){1,2}$/u;
const NAMES = new RegExp(`${ARABIC_NAME.source}|${HEBREW_NAME.source}`, 'u');

/** Sign-offs the inline SIGN_OFF leaves out, one word of them capitalised like a name
 *  ("Cordialmente" over "Giulia Rossi" was read as the signer, and her company went to nobody). */
const MORE_SIGN_OFFS = /^(cordialmente|grazie(?: mille)?|un (?:cordiale )?saluto|saluti|buona giornata|gruß|grüße|danke(?: schön)?|merci(?: beaucoup)?|(?:muchas )?gracias|abraços|abrazos|groeten|met vriendelijke groeten|med vänliga hälsningar|vänliga hälsningar|med venlig hilsen|ystävällisin terveisin|s pozdravem|감사합니다|고맙습니다|よろしくお願いします|宜しくお願いします)[\s,.!，。！、]*$/i;

/** German sign-offs as Switzerland writes them (no ß: "Freundliche Grüsse", "Mit freundlichen
 *  Grüssen") and as a keyboard without umlauts does ("Viele Gruesse"): "Freundliche Grüsse" over
 *  "+41 (0)44 …" was read as the signer, and the number went to that name. */
const SWISS_SIGN_OFFS = /^(?:(?:mit )?(?:freundliche[nm]?|beste[nm]?|liebe[nm]?|viele[nm]?|herzliche[nm]?|sonnige[nm]?) )?gr(?:ü|ue)(?:ss|ß)(?:e|en)?[\s,.!]*$/i;

/** Sign-offs of Central and Eastern Europe, the Nordics and the Baltics (round 9), a colon after
 *  them too ("Üdvözlettel:"): the signature over an address line ending in a dot ("Váci út 141.")
 *  was read by no one, and its legal-form line with it. */
const EASTERN_SIGN_OFFS = /^(üdvözlettel|tisztelettel|üdv|s přátelským pozdravem|se srdečným pozdravem|s pozdravom|pozdrawiam serdecznie|serdecznie pozdrawiam|z wyrazami szacunku|łączę pozdrowienia|(?:med )?venn?lig hilsen|med venlige hilsner|mvh|(?:bästa |vänliga )?hälsningar|(?:parhain )?terveisin|lugupidamisega|parimate soovidega|pagarbiai|su pagarba|ar cieņu|cu stimă|cu respect|lep pozdrav|s poštovanjem|srdačan pozdrav|lijep pozdrav)[\s,.!:]*$/i;

/** Fills the signature reader's hooks (./signature.ts: lineTests, which looksLikeName asks too)
 *  in this bundle only: the kit's legal forms ("Nordvik Lager AB", "(주)대성정밀", "Kizuna Parts
 *  K.K.") make a company line — never a name —, its sign-offs end a message; the content scripts'
 *  own copy keeps the inline words (no bytes added there). */
export function readMoreNames(): void {
  lineTests.isUncasedName = (text) => NAMES.test(text);
  lineTests.isTitle = hasJobTitle;
  lineTests.isCompanyLine = (text) => COMPANY_WORDS.test(text) || MORE_FORMS.test(text);
  lineTests.isSignOff = (text) => SIGN_OFF.test(text) || MORE_SIGN_OFFS.test(text) || EASTERN_SIGN_OFFS.test(text) || SWISS_SIGN_OFFS.test(text);
}
