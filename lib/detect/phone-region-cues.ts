// What a writer's own block says about the country they are in, for reading their national-format
// phone (lib/detect/phone-hints.ts): an address line's country, state, city or postcode, and the
// other numbers written beside it ("0044 …", "1-800 …"). Read in the background and the CLI only.

/** Address cues, one country each: its name (in its own language and English), a state or
 *  province with its postcode, a postcode shape of its own, a city people write without a country.
 *  Whole words; the match nearest the number wins (a signature may list several offices). */
const CUES: ReadonlyArray<readonly [string, RegExp]> = [
  ['AU', /\b(?:NSW|VIC|QLD|TAS|ACT|WA|SA|NT)\s+\d{4}\b|\bAustralia\b|\bPty\.? Ltd\b/],
  ['NZ', /\bNew Zealand\b|\bAotearoa\b/],
  ['IE', /\bIreland\b|\bÉire\b|\bCo\.\s(?:Dublin|Cork|Galway|Kerry|Limerick|Clare|Mayo|Wicklow|Kildare|Meath)\b|\b[AC-FHKNPRTV-Y]\d{2}\s?[AC-FHKNPRTV-Y\d]{4}\b/],
  ['GB', /\bUnited Kingdom\b|\bEngland\b|\bScotland\b|\bWales\b|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[ABD-HJLNP-UW-Z]{2}\b/],
  // A US state's abbreviation after a city and a comma ("Austin, TX 78701", "Portland, OR"), or
  // the country's name; case matters ("…, or" in prose is no state).
  ['US', /\b[A-Z][a-z]+(?: [A-Z][a-z]+)*,\s(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)\b(?:\s+\d{5}(?:-\d{4})?)?|\bU\.?S\.?A\.?\b|\bUnited States\b/],
  ['DE', /\bDeutschland\b|\bGermany\b|\bD-\d{5}\b|\b\d{5}\s(?:Berlin|Hamburg|München|Köln|Frankfurt|Stuttgart|Düsseldorf|Leipzig|Dresden|Hannover|Nürnberg|Bremen)\b/],
  ['AT', /\bÖsterreich\b|\bAustria\b|\bA-\d{4}\b|\b\d{4}\s(?:Wien|Graz|Linz|Salzburg|Innsbruck|Klagenfurt|Villach|Wels|St\. Pölten|Bregenz)\b|\b(?:Wien|Vienna)\b/],
  ['CH', /\bSchweiz\b|\bSuisse\b|\bSvizzera\b|\bSwitzerland\b|\bCH-\d{4}\b|\b\d{4}\s(?:Zürich|Bern|Basel|Genève|Lausanne|Luzern|Zug)\b/],
  // A French legal form (SARL, S.A.S.) says France too: no other big country writes them.
  ['FR', /\bFrance\b|\bCedex\b|\bF-\d{5}\b|\b\d{5}\s(?:Paris|Lyon|Marseille|Toulouse|Nice|Nantes|Strasbourg|Bordeaux|Lille|Rennes)\b|\bSARL\b|\bS\.A\.S\.?(?!\w)/i],
  ['ES', /\bEspaña\b|\bSpain\b|\b\d{5}\s(?:Madrid|Barcelona|Valencia|Sevilla|Bilbao)\b|\bS\.L\.(?!\w)/],
  ['IT', /\bItalia\b|\bItaly\b|\b\d{5}\s(?:Milano|Roma|Torino|Bologna|Firenze|Napoli)\b|\bS\.r\.l\.?(?!\w)|\bS\.p\.A\.?(?!\w)/],
  ['NL', /\bNederland\b|\bNetherlands\b|\bB\.V\.(?!\w)|\b\d{4}\s?[A-Z]{2}\s+(?:Amsterdam|Rotterdam|Utrecht|Den Haag|Eindhoven)\b/],
  ['BE', /\bBelgi(?:um|ë|que)\b|\bB-\d{4}\b/],
  ['SE', /\bSverige\b|\bSweden\b|\b(?:Stockholm|Göteborg|Gothenburg|Malmö|Uppsala)\b/],
  ['DK', /\bDanmark\b|\bDenmark\b|\b(?:København|Copenhagen|Aarhus|Odense)\b/],
  ['NO', /\bNorge\b|\bNorway\b|\b(?:Oslo|Bergen|Trondheim)\b/],
  ['FI', /\bSuomi\b|\bFinland\b|\b(?:Helsinki|Espoo|Tampere)\b/],
  ['IN', /\bIndia\b|\b(?:Mumbai|Bengaluru|Bangalore|New Delhi|Chennai|Hyderabad|Pune|Kolkata)\b/],
  ['SG', /\bSingapore\b|新加坡/],
  ['HK', /\bHong Kong\b|\bKowloon\b|香港|九龍|九龙/],
  ['TW', /\bTaiwan\b|\bTaipei\b|台灣|臺灣|台北|臺北/],
  // A Canadian postcode's shape (letter digit letter, digit letter digit: Britain's end in two letters).
  ['CA', /\bCanada\b|\b(?:ON|QC|BC|AB|MB|NS)\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d\b|\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d\b|\b(?:Montréal|Montreal|Toronto|Vancouver|Ottawa|Calgary|Edmonton|Winnipeg|Gatineau)\b|\(Québec\)/],
  ['JP', /日本|東京都|大阪府|京都府|北海道|〒\s?\d{3}-\d{4}|\bJapan\b/],
  // Legal forms only these countries write: Turkish "Ltd. Şti."/"A.Ş.", Portuguese "Lda.", Polish
  // "Sp. z o.o.", Vietnamese "TNHH"; (?!\p{L}) ends a word after a non-ASCII letter, as \b cannot.
  ['TR', /\bT[üu]rkiye\b|\bTurkey\b|(?:İstanbul|Istanbul|\bAnkara|İzmir|\bIzmir|\bBursa)(?!\p{L})|\bŞti\.|\bA\.Ş\./u],
  ['PT', /\bPortugal\b|\b(?:Lisboa|Lisbon|Porto|Braga|Coimbra|Aveiro)\b|\bLda\.?(?!\w)|\b\d{4}-\d{3}\s(?:Lisboa|Porto)\b/],
  ['PL', /\bPolska\b|\bPoland\b|\b(?:Warszawa|Warsaw|Kraków|Krakow|Wrocław|Poznań|Gdańsk|Łódź)(?!\p{L})|\bSp\. z o\.o\./u],
  // Latin America: the country's name, its capital or biggest cities, a label or legal form only
  // it writes (Chile's "Fono", Mexico's "S.A. de C.V.", Peru's "S.A.C.").
  ['CL', /\bChile\b|\bFono\b/],
  ['AR', /\bArgentina\b|\bBuenos Aires\b|\bCABA\b|\bC[óo]rdoba, Argentina\b/],
  ['MX', /\bM[ée]xico\b|\bCDMX\b|\bMonterrey\b|\bGuadalajara\b|\bS\.A\. de C\.V\./],
  ['CO', /\bColombia\b|\bBogot[áa]\b|\bMedell[íi]n\b|\bCali, Colombia\b/],
  ['PE', /\bPer[úu]\b|\bLima\b|\bS\.A\.C\.(?!\w)/],
  ['BR', /\bBrasil\b|\bBrazil\b|\bS[ãa]o Paulo\b|\bRio de Janeiro\b|\bBelo Horizonte\b/],
  ['SA', /\bSaudi Arabia\b|\bKSA\b|\b(?:Riyadh|Jeddah|Dammam|Khobar)\b|السعودية|الرياض|جدة/],
  ['AE', /\bUnited Arab Emirates\b|\bUAE\b|\b(?:Dubai|Abu Dhabi|Sharjah)\b|الإمارات|دبي/],
  ['NG', /\bNigeria\b|\b(?:Lagos|Abuja|Ikeja|Port Harcourt|Ibadan)\b/],
  ['VN', /Việt Nam|\bVietnam\b|Hà Nội|\bHanoi\b|TP\.?\s?HCM|Hồ Chí Minh|\bTNHH\b/u],
  ['CN', /中国|中華人民共和国|北京市|上海市|天津市|重庆市|[\p{Script=Han}]{2,3}省|\bChina\b|\bP\.\s?R\.\s?C\b/u],
];
const ADDRESS_CUES = CUES.map(([region, cue]) => [region, new RegExp(cue.source, `${cue.flags}g`)] as const);

/** International numbers written with "+" or "00" ("0044 20 …"), and North American ones with
 *  their "1-" ("1-800-555-0199"): each says its own country. */
const INTERNATIONAL = /(?:\+|(?<![\d.])00(?=[1-9]))\d{1,3}[\s.\-(]{0,2}\d[\d\s.\-()]{5,18}\d|(?<![\d+])1[-.\s]\(?[2-9]\d{2}\)?[-.\s]\d{3}[-.\s]\d{4}(?!\d)/g;

/** Where a message's quoted or forwarded history starts, as mail clients write it: a phone's
 *  block never reaches across one (the cues beyond are another writer's). */
const HISTORY = /-{2,}\s*(?:original message|forwarded message|weitergeleitete nachricht|ursprüngliche nachricht|message d'origine|message transféré|mensaje original|mensaje reenviado|原始邮件|原始郵件|转发的邮件|轉寄的郵件)|(?:^|\s)(?:From|Von|De|发件人|寄件者)\s?[:：][^:：]{1,160}?(?:Sent|Gesendet|Envoyé|Enviado|发送时间|寄件日期|Date|Datum)\s?[:：]|\bOn\s[^:]{4,120}?\bwrote:|\bAm\s[^:]{4,120}?\bschrieb\b/giu;


/** The writer's own part of `text` (a window around the phone at `at`, lib/detect/phone-block.ts):
 *  it stops where quoted or forwarded history starts (before the phone, the history the phone
 *  sits in starts it). */
export function ownWindow(text: string, at: number, length: number): { text: string; at: number } {
  let start = 0;
  let end = text.length;
  HISTORY.lastIndex = 0;
  for (let m = HISTORY.exec(text); m && m.index < end; m = HISTORY.exec(text)) {
    if (m.index + m[0].length <= at) start = m.index + m[0].length;
    else if (m.index >= at + length) {
      end = m.index;
      break;
    }
    if (m[0].length === 0) HISTORY.lastIndex++;
  }
  return { text: text.slice(start, end), at: at - start };
}

/** The international number nearest `at` in `text` that is not the phone itself, squashed. */
export function nearestInternational(text: string, at: number, length: number): string | null {
  let best: string | null = null;
  let distance = Infinity;
  INTERNATIONAL.lastIndex = 0;
  for (let m = INTERNATIONAL.exec(text); m; m = INTERNATIONAL.exec(text)) {
    const end = m.index + m[0].length;
    if (end > at && m.index < at + length) continue;
    const d = m.index < at ? at - end : m.index - at - length;
    if (d < distance) {
      distance = d;
      best = m[0];
    }
  }
  if (!best) return null;
  const squashed = best.replace(/\s+/g, ' ').trim();
  // "0044 …" and "1-800-…" as "+44 …" and "+1 800-…": a hint names its country with "+".
  return (squashed.startsWith('00') ? `+${squashed.slice(2)}` : squashed.startsWith('+') ? squashed : `+${squashed}`).slice(0, 32);
}

/** The country of the address cue nearest `at` in `text`, or null. */
export function nearestAddressRegion(text: string, at: number): string | null {
  let best: string | null = null;
  let distance = Infinity;
  for (const [region, cue] of ADDRESS_CUES) {
    cue.lastIndex = 0;
    for (let m = cue.exec(text); m; m = cue.exec(text)) {
      const d = Math.abs(m.index - at);
      if (d < distance) {
        distance = d;
        best = region;
      }
      if (m[0].length === 0) cue.lastIndex++;
    }
  }
  return best;
}
