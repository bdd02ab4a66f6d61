// Chinese inside English text: screen readers read Han characters with an English voice unless the words
// carry lang="zh". The text is split into runs so a component can mark each Chinese run.

export interface LangRun {
  text: string;
  zh: boolean;
}

// A run starts at a Han character and takes the Chinese punctuation, full-width forms and the digits and
// brackets that belong to it ('兰农工组发[2023]2号', '余”“以上'), so one name is read as one word. Quotation
// marks around a run stay outside it, in the English text's font.
const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const RUN = new RegExp(`[${HAN}](?:[${HAN}\\u3000-\\u303f\\uff00-\\uffef“”‘’·\\d.\\[\\]]*[${HAN}\\u3001-\\u303f\\uff01-\\uffef\\]])?`, 'g');

/** Whether a text holds any Han character. */
export const hasHan = (text: string): boolean => new RegExp(`[${HAN}]`).test(text);

/** `text` cut into Chinese and non-Chinese runs, in order; joined they give `text` back. */
export function langRuns(text: string): LangRun[] {
  const runs: LangRun[] = [];
  let last = 0;
  for (const m of text.matchAll(RUN)) {
    if (m.index > last) runs.push({ text: text.slice(last, m.index), zh: false });
    runs.push({ text: m[0], zh: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), zh: false });
  return runs;
}
