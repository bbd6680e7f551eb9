// A person known only by a phone in a sentence whose verb comes after the number (Japanese,
// Korean, Turkish, a German subordinate clause): "経理の佐藤花子様（03-…）へお電話ください",
// "박서연 씨에게 010-… 로 연락 주세요", "Mehmet Yılmaz'a 0532 … numarasından ulaşabilirsiniz",
// "…, dass Sie Frau Anna Keller unter 089 … erreichen". No verb of calling stands before the
// number, so ./mention-extras.ts's readings find nobody; what says "a person" here is the name's
// own mark just before the number: an honorific (様, さん, 氏, 씨, 님, a Korean job title), a
// Turkish case suffix after an apostrophe (Arslan'a, Arslan'ı, Arslan'dan), or a title before
// the name (Herr, Frau, Mme, Sra., Pan…). The name given is the bare one, without its mark. A
// department ("総務部（03-…）", "muhasebe birimine 0212 …"), a branch ("Ankara Şubesi'ne") or a
// city ("İstanbul'dan") carries no such mark, or is refused below. Lazily loaded (mention-kit.js).

/** Japanese: a name in Han (perhaps "佐藤 花子"), its honorific, perhaps a particle, perhaps an
 *  opening bracket: "佐藤花子様（", "山田太郎さん ", "森氏に". After a particle or a role ("経理担当の"). */
const JA = /(?:^|[\s、。，,のはがもへ：:（(「])(\p{Script=Han}{1,4}[ 　]?\p{Script=Han}{0,3})(?:さん|様|さま|氏|殿)(?:[へにまで]|宛|まで)?\s*[:：]?\s*[（(]?\s*$/u;
/** Whom 様 / さん also address that is no person's name: a department, a company, a role
 *  ("担当者様", "社長様"), everyone ("皆様", "各位"). */
const JA_NOBODY = /(?:[部課室係社所店長員者皆]|各位|御中|担当)$/u;
/** Korean: a name in Hangul, an honorific or a job title (with its 님), perhaps a dative ending:
 *  "김지훈 과장님께 ", "박서연 씨에게 ", "이민호님 (". */
const KO = /(?:^|[\s,，(（])(\p{Script=Hangul}{2,4})\s?(?:씨|님|(?:과장|부장|대리|팀장|차장|실장|이사|대표|주임|사원|선생|매니저|상무|전무|사장)님?)(?:께서|께|에게|한테|의)?\s*[:：]?\s*[(（]?\s*$/u;
/** A Hangul "name" that is a unit (a team, a department, a centre, a branch, an office) or whom
 *  님 addresses that is nobody's name (a customer, a member, the person in charge, everyone). */
const KO_UNIT = /(?:팀|부|센터|본부|지점|사무소|회사|지사|공장|창고)$|^(?:고객|회원|담당자?|여러분|관리자|상담원|기사|직원)$/u;
/** Turkish: one or two capitalised words (a third may be the sentence's first: "Lütfen"), the last with a case suffix after an apostrophe. */
const TR = /(?:^|[\s,;:(])((?:\p{Lu}[\p{Ll}]+ )?\p{Lu}[\p{Ll}]+)['’](?:[ıiuü]|[ae]|y[ıiuüae]|[dt][ae]n|[ıiuü]n|n[ıiuü]n|[dt][ae])\s*[:(]?\s*$/u;
/** A Turkish unit's or place's word as the last of those: a branch, office, centre, warehouse. */
const TR_UNIT = /^(?:Şube(?:si)?|Ofis(?:i)?|Merkez(?:i)?|Müdürlüğü|Bölge(?:si)?|Depo(?:su)?|Fabrika(?:sı)?|Birim(?:i)?|Departman(?:ı)?|Bankası|Hastanesi|Otel(?:i)?)$/u;
/** A title before a name, in the languages that write one, then the name just before the number
 *  (perhaps with "unter (der Nummer)", "au (numéro)", "op (nummer)", "pod (numerem)", "al
 *  (número)"): "Sie Frau Anna Keller unter ", "M. Dupont au ", "z Panią Ewą Nowak pod numerem "
 *  is not read (Polish declines the name: Panią Ewą), "Pan Jan Nowak pod numerem " is. */
const TITLED = /(?:^|[\s,;:(])(?:Herrn?|Frau|Monsieur|Madame|Mme|M\.|Señora?|Sra?\.|Signora?|Sig\.(?:ra)?|Pan(?:i|a)?|Dhr\.|Mevr\.|Sr\.)\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+(?:(?:van|von|de|der|den|da|di|du|la|le|ten|ter)\s+)*\p{Lu}[\p{Ll}'’-]+){0,2})\s*,?\s*(?:unter(?: der (?:Nummer|Rufnummer))?|au(?: numéro)?|al(?: número| numero)?|op(?: nummer)?|pod(?: numerem| nr\.?)?|na|an|via|à)?\s*[:：]?\s*[(（]?\s*$/u;

/** The name a verb-final sentence gives the number that follows `before` (the text of its line up
 *  to the number), without its honorific or suffix; null when nothing before it marks a person. */
export function verbFinalName(before: string): string | null {
  const text = before.slice(-120);
  const ja = JA.exec(text)?.[1]?.trim();
  if (ja && !JA_NOBODY.test(ja)) return ja;
  const ko = KO.exec(text)?.[1];
  if (ko && !KO_UNIT.test(ko)) return ko;
  const tr = TR.exec(text)?.[1];
  // One word is a surname or a city alike ("İstanbul'dan"): a new person needs a full name, and a
  // branch's or office's last word is never one.
  if (tr && /\s/.test(tr) && !TR_UNIT.test(tr.split(' ').pop()!)) return tr;
  return TITLED.exec(text)?.[1] ?? null;
}
