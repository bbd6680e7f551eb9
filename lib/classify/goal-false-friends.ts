/**
 * Chinese words that hold a goal keyword without meaning it: 装修好 ("the decoration is done")
 * holds 修好 ("repaired"), 新房装修 is a home, not a repair. Masked before the goal's keywords
 * are read, since Chinese keywords match as substrings.
 */
const FALSE_FRIENDS = /装修好|修好了?的新房/gu;

export function withoutFalseFriends(text: string): string {
  return text.replace(FALSE_FRIENDS, ' ');
}
