// The pipeline's size limits, in one place. Every stage is linear in the text given these bounds; the bounds are
// far above what a real report needs, so they change no output of a real report (the seeds' largest units are in
// the comments; test/pipeline/limits.test.ts checks the seeds stay below them).

/**
 * The largest report text the pipeline reads, in bytes of UTF-8: 10 MiB, about 3.5 million Chinese characters,
 * some 200 times the longest seed and ten times a 300-page plan. The bench shows 5 MB taking a few seconds; above
 * the cap a text is refused with one line naming the file, before it is read whole (so /dev/zero stops here too).
 */
export const MAX_REPORT_BYTES = 10 * 1024 * 1024;

/**
 * How far a clause, sentence or paragraph reaches either side of a number, in characters (UTF-16 units). A text
 * without punctuation (a page scraped badly) would otherwise make each number's clause the whole text, and the
 * pipeline quadratic. The seeds' longest clause is 72 characters, sentence 211, paragraph 1,144: a window cuts
 * nothing real, and it bounds the look-around per number by a constant.
 */
export const CLAUSE_WINDOW = 256;
export const SENTENCE_WINDOW = 512;
export const PARAGRAPH_WINDOW = 4096;

/** The cause in the error above the cap, shared with anything else that checks a report's size. */
export function tooLarge(): string {
  return `larger than the cap of ${MAX_REPORT_BYTES.toLocaleString('en-US')} bytes (${MAX_REPORT_BYTES / 1024 / 1024} MiB) for one report `
    + '(MAX_REPORT_BYTES in scripts/pipeline/limits.ts); split the report';
}
