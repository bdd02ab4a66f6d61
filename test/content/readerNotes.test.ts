// What a report's page tells readers about its origin comes from the `reader` block of its metadata, written
// for readers in both languages; the curator notes stay in the data. Every report has one, it says what is
// known of a missing date, and none of it reads like a curator's note.
import { describe, expect, it } from 'vitest';
import { reports } from '../../src/lib/queries/data.ts';
import { CURATOR_PATTERNS } from '../site/reading.ts';

describe('reader notes of the reports (data/reports/*.yml)', () => {
  it('every report has them, with what is known of a missing date', () => {
    for (const r of reports()) {
      expect(r.reader, r.id).toBeDefined();
      if (r.published === null) expect(r.reader?.published, `${r.id}: published is null`).toBeDefined();
    }
  });

  it('are written for readers: no curator wording, Chinese in zh, and no placeholder for an unknown URL', () => {
    for (const r of reports()) {
      const words = r.reader!;
      const texts = [words.title, words.publisher, words.published, words.source, ...words.notes].filter((w) => w !== undefined);
      for (const w of texts) {
        for (const re of CURATOR_PATTERNS) expect(`${w.zh} ${w.en}`, `${r.id}: ${re}`).not.toMatch(re);
        expect(w.zh, r.id).toMatch(/[\u4e00-\u9fff]/);
        expect(w.en, r.id).toMatch(/[A-Za-z]{3}/);
      }
      // An unknown address is said on the page (report.urlUnknown), never invented here.
      expect(JSON.stringify(words), r.id).not.toMatch(/https?:\/\//);
    }
  });
});
