// Which line of a company a signature's number is, by the label written just before it: the
// switchboard ("Standard : 01 …", "Zentrale", "Centralita", "Centralino", "Main", "总机", "代表",
// "대표번호"), the signer's direct line ("Ligne directe", "Durchwahl", "Directo", "Diretto",
// "Direct", "DDI", "直线", "直通", "직통") or their mobile ("Portable", "Mobil", "Móvil", "Cell.",
// "手机", "携帯", "휴대폰"). A block that names its lines so says which is whose: the signer's phone
// is the mobile, else the direct line, never the switchboard written beside them. Read by
// ./signature-phones.ts in the signature kit and the CLI.

const END = '\\P{L}*$';
const SWITCHBOARD = new RegExp(`(?:(?<!\\p{L})(?:standard|zentrale|vermittlung|centralita|centralino|centrale|centrala|santral|switchboard|reception|main(?: line| number| office)?|pabx)|总机|總機|代表(?:電話|番号)?|대표\\s?(?:번호|전화)?|מרכזיה)${END}`, 'iu');
const DIRECT = new RegExp(`(?:(?<!\\p{L})(?:ligne directe|ligne direct|direct(?: line| dial)?|directo|directa|diretto|linea diretta|direto|durchwahl|direktwahl|direkt|doorkiesnummer|ddi|bezpośredni|doğrudan(?: hat)?)|直线|直線|直通|直拨|直撥|직통(?:전화)?)${END}`, 'iu');
const MOBILE = new RegExp(`(?:(?<!\\p{L})(?:m|mob\\p{L}*|cel\\p{L}*|handy|port\\p{L}*|tlm|gsm|m[oó]vil|telem[oó]vel|kom[oó]rka|kom|cep|gsm)|手[机機]|携帯|휴대폰|핸드폰|נייד)${END}`, 'iu');

export type LineKind = 'switchboard' | 'direct' | 'mobile' | null;

/** The kind of line the label before a number (the text since the previous number) names. */
export function lineKind(label: string): LineKind {
  const text = label.slice(-40);
  if (MOBILE.test(text)) return 'mobile';
  if (DIRECT.test(text)) return 'direct';
  if (SWITCHBOARD.test(text)) return 'switchboard';
  return null;
}

/** The signer's number among a block's labelled ones, when the block names a direct line or a
 *  mobile beside its switchboard (else undefined: the block's own order decides): the mobile, else
 *  the direct line, else the first that is no switchboard. A switchboard written alone stays the
 *  block's number (the page's other readings give it to the signer too: it is how they are
 *  reached, and a rep asks there for them). */
export function byLineKind(numbers: ReadonlyArray<{ raw: string; kind: LineKind }>): string | undefined {
  if (!numbers.some((n) => n.kind === 'switchboard' || n.kind === 'direct')) return undefined;
  const of = (kind: LineKind) => numbers.find((n) => n.kind === kind)?.raw;
  return of('mobile') ?? of('direct') ?? numbers.find((n) => n.kind !== 'switchboard')?.raw;
}
