// The options page previews a file, then imports that same file: reading it (parsing every
// row, checking every cell) is pure given the file, the stored category values a cell may
// name and the locale phones are read in, so the commit reuses the preview's reading instead
// of doing it again (a 20,000-row CSV took 1.5–2 s to read on the loaded test machine). Only
// the reading is kept: the store is met afresh inside the commit's own transaction, so a task
// changed between preview and import is still judged against what is stored then.
import type { ImportError } from '../../model';
import type { ImportPlan } from '../../data/plan';

export interface FileReading {
  plan: ImportPlan;
  errors: ImportError[];
}

interface Kept {
  format: string;
  content: string;
  /** What else the reading depended on (category values, locale), as one string. */
  context: string;
  reading: FileReading;
}

/** One kept reading: the last file previewed, until it is imported or another file is read. */
export function createReadingCache() {
  let kept: Kept | undefined;
  return {
    /**
     * The reading of `content`: the kept one when format, content and context are the same,
     * else `read()`'s, kept for the commit when `keep` (a preview) and dropped otherwise.
     */
    read(format: string, content: string, context: string, keep: boolean, read: () => FileReading): { reading: FileReading; reused: boolean } {
      // Strings compare by value: an identical 4 MB file costs a memcmp, not a parse.
      const hit = kept && kept.format === format && kept.context === context && kept.content === content ? kept.reading : undefined;
      const reading = hit ?? read();
      kept = keep ? { format, content, context, reading } : undefined;
      return { reading, reused: hit !== undefined };
    },
  };
}
