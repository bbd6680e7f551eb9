// The language of the sentence a national-format number is written in, as a last cue to its
// country (lib/detect/phone-hints.ts): "contactez Karim Benali au 07 81 22 33 44" is French,
// "erreichen Sie Herrn Becker unter 0171 2345678" German, whatever the rep's UI language. Only
// words that name a call or a number in one language only (not Dutch "bel", French for
// "beautiful" too), whole and case-insensitive; English and
// Portuguese say nothing (too many countries). A number not valid in the country found passes
// the hint over (lib/detect/phone.ts), so a Québécois "514 555-0173" in French costs nothing.
// Read in the background and the CLI only.

const SENTENCE_WORDS: ReadonlyArray<readonly [string, RegExp]> = [
  ['FR', /(?<!\p{L})(?:appelez|appeler|contactez|contacter|joindre|joignable|rappelez|rappeler|au numéro|portable|numéro direct|ligne directe)(?!\p{L})/iu],
  ['DE', /(?<!\p{L})(?:unter der nummer|erreichen sie|erreichbar|anrufen|rufen sie|ruf|Rückfragen|Durchwahl|Handynummer|Herrn|Frau)(?!\p{L})/iu],
  ['ES', /(?<!\p{L})(?:llame|llamar|llámenos|contacte|contactar con|comuníquese|al número|móvil)(?!\p{L})/iu],
  ['IT', /(?<!\p{L})(?:chiamare|chiami|contattare|contatti|al numero|cellulare|reperibile)(?!\p{L})/iu],
  ['NL', /(?<!\p{L})(?:bellen|bereikbaar|op nummer|telefoonnummer|mobiel)(?!\p{L})/iu],
];

/** The sentence around `at` in `text`: from the last full stop or line break before it to the
 *  next one after it. */
function sentenceAt(text: string, at: number): string {
  const before = text.slice(0, at);
  const start = Math.max(before.lastIndexOf('\n'), before.search(/[.!?。！？]\s[^.!?。！？]*$/) + 1, 0);
  const rest = text.slice(at);
  const end = rest.search(/[!?。！？\n]|\.\s/);
  return text.slice(start, end < 0 ? text.length : at + end).slice(-300);
}

/** The country the sentence around the number is written in, or null. */
export function sentenceRegion(text: string, at: number): string | null {
  const sentence = sentenceAt(text, at);
  return SENTENCE_WORDS.find(([, words]) => words.test(sentence))?.[0] ?? null;
}
