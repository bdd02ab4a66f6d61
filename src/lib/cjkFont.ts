// A small copy of Noto Sans CJK SC for drawing the chart PNGs. resvg reads the whole font file again for every
// glyph it draws, and Noto Sans CJK is a 20 MB collection, so a chart took half a second and the PNGs of all
// charts a minute. This copy keeps every glyph id where it was but empties the outlines (a 1-byte endchar)
// and subroutines (a 1-byte return) no chart needs, maps only the characters it keeps, and leaves out the
// vertical metrics: about 1 MB. Glyph ids, horizontal metrics, GSUB and GPOS are untouched, so the text is
// shaped and drawn exactly as with the full font (test/lib/cjkFont.test.ts compares the pixels).
//
// Which glyphs stay: those the SC face maps from every code point outside the big CJK blocks (Latin, digits,
// punctuation, full-width forms…), those of the characters asked for, and every glyph any GSUB lookup can
// turn those into (ligatures such as ﬁ, vertical and locale forms, alternates), whatever its feature.
import { readFileSync } from 'node:fs';

/** Blocks of the big CJK repertoires: radicals, kana, bopomofo, Hangul, ideographs (all extensions). */
const DROPPABLE: readonly [number, number][] = [
  [0x1100, 0x11ff], [0x2e80, 0x2fdf], [0x3040, 0x30ff], [0x3100, 0x318f], [0x31a0, 0x31ff], [0x3400, 0x4dbf],
  [0x4e00, 0x9fff], [0xa960, 0xa97f], [0xac00, 0xd7ff], [0xf900, 0xfaff], [0x20000, 0x3ffff],
];
const ENDCHAR = 0x0e;
/** Changes whenever the choice of glyphs or the output changes: part of the cache key of the fonts made. */
export const SUBSET_VERSION = 6;

interface TableRecord { tag: string; offset: number; length: number }

function faceTables(font: Buffer, faceOffset: number): TableRecord[] {
  const count = font.readUInt16BE(faceOffset + 4);
  return Array.from({ length: count }, (_, i) => {
    const r = faceOffset + 12 + 16 * i;
    return { tag: font.toString('latin1', r, r + 4), offset: font.readUInt32BE(r + 8), length: font.readUInt32BE(r + 12) };
  });
}

function faceOffsets(font: Buffer, file: string): number[] {
  const tag = font.toString('latin1', 0, 4);
  if (tag === 'OTTO') return [0];
  if (tag !== 'ttcf') throw new Error(`${file}: not an OpenType font or collection (starts with "${tag}")`);
  return Array.from({ length: font.readUInt32BE(8) }, (_, i) => font.readUInt32BE(12 + 4 * i));
}

function table(font: Buffer, tables: TableRecord[], tag: string, file: string): Buffer {
  const t = tables.find((x) => x.tag === tag);
  if (!t) throw new Error(`${file}: no ${tag} table`);
  return font.subarray(t.offset, t.offset + t.length);
}

/** The English family name (name id 1, Windows platform). */
function familyName(name: Buffer): string {
  const count = name.readUInt16BE(2);
  const strings = name.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const r = 6 + 12 * i;
    if (name.readUInt16BE(r) === 3 && name.readUInt16BE(r + 4) === 0x409 && name.readUInt16BE(r + 6) === 1) {
      const start = strings + name.readUInt16BE(r + 10);
      return Buffer.from(name.subarray(start, start + name.readUInt16BE(r + 8))).swap16().toString('utf16le');
    }
  }
  return '';
}

/** code point -> glyph id from the cmap's format 12 (full Unicode) subtable. */
function cmapGroups(cmap: Buffer, file: string): { start: number; end: number; glyph: number }[] {
  const count = cmap.readUInt16BE(2);
  for (let i = 0; i < count; i++) {
    const offset = cmap.readUInt32BE(4 + 8 * i + 4);
    if (cmap.readUInt16BE(offset) !== 12) continue;
    const groups = cmap.readUInt32BE(offset + 12);
    return Array.from({ length: groups }, (_, g) => {
      const r = offset + 16 + 12 * g;
      return { start: cmap.readUInt32BE(r), end: cmap.readUInt32BE(r + 4), glyph: cmap.readUInt32BE(r + 8) };
    });
  }
  throw new Error(`${file}: no format 12 cmap subtable`);
}

// ---- CFF: an INDEX and the operands of a DICT, as far as this needs them.

interface CffIndex { start: number; end: number; count: number; offSize: number; dataStart: number; offsets: number[] }

function readIndex(cff: Buffer, start: number): CffIndex {
  const count = cff.readUInt16BE(start);
  if (count === 0) return { start, end: start + 2, count, offSize: 0, dataStart: start + 2, offsets: [1] };
  const offSize = cff[start + 2];
  const offsets: number[] = [];
  for (let i = 0; i <= count; i++) offsets.push(cff.readUIntBE(start + 3 + i * offSize, offSize));
  const dataStart = start + 3 + (count + 1) * offSize; // offsets count from 1
  return { start, end: dataStart + offsets[count] - 1, count, offSize, dataStart, offsets };
}

const itemStart = (ix: CffIndex, i: number) => ix.dataStart + ix.offsets[i] - 1;

/** Each operator of a DICT with its operands and, for 5-byte integers, where they sit (to patch them in place). */
function readDict(cff: Buffer, start: number, end: number): Map<string, { values: number[]; at: number[]; from: number; to: number }> {
  const out = new Map<string, { values: number[]; at: number[]; from: number; to: number }>();
  let values: number[] = [];
  let at: number[] = [];
  let from = start;
  for (let i = start; i < end;) {
    const b = cff[i];
    if (b <= 21) {
      const op = b === 12 ? `12.${cff[i + 1]}` : String(b);
      i += b === 12 ? 2 : 1;
      out.set(op, { values, at, from, to: i });
      values = [];
      at = [];
      from = i;
    } else if (b === 28) { values.push(cff.readInt16BE(i + 1)); at.push(-1); i += 3; }
    else if (b === 29) { values.push(cff.readInt32BE(i + 1)); at.push(i + 1); i += 5; }
    else if (b === 30) { i++; for (;;) { const v = cff[i++]; if ((v & 0x0f) === 0x0f || v >> 4 === 0x0f) break; } values.push(NaN); at.push(-1); }
    else if (b >= 32 && b <= 246) { values.push(b - 139); at.push(-1); i++; }
    else if (b >= 247 && b <= 250) { values.push((b - 247) * 256 + cff[i + 1] + 108); at.push(-1); i += 2; }
    else if (b >= 251 && b <= 254) { values.push(-(b - 251) * 256 - cff[i + 1] - 108); at.push(-1); i += 2; }
    else throw new Error(`CFF: bad DICT byte ${b} at ${i}`);
  }
  return out;
}

/** An INDEX of `items`, with the smallest offset size that fits. */
function writeIndex(items: Buffer[]): Buffer {
  if (items.length === 0) return Buffer.of(0, 0);
  const offsets = [1];
  for (const item of items) offsets.push(offsets[offsets.length - 1] + item.length);
  const last = offsets[offsets.length - 1];
  const offSize = last < 1 << 8 ? 1 : last < 1 << 16 ? 2 : last < 1 << 24 ? 3 : 4;
  const head = Buffer.alloc(3 + offsets.length * offSize);
  head.writeUInt16BE(items.length, 0);
  head[2] = offSize;
  offsets.forEach((o, i) => head.writeUIntBE(o, 3 + i * offSize, offSize));
  return Buffer.concat([head, ...items]);
}

const subrBias = (count: number) => (count < 1240 ? 107 : count < 33900 ? 1131 : 32768);

/**
 * Marks the local subroutines a Type 2 charstring calls, directly or through other subroutines. The stack is
 * followed only as far as needed: the callsubr index is the number before it, and stem hints are counted so
 * that the mask bytes after hintmask/cntrmask are skipped.
 */
function markSubrs(cff: Buffer, code: Buffer, local: CffIndex, global: CffIndex, used: Set<number>, state: { stack: number[]; stems: number }, depth = 0): boolean {
  if (depth > 10) throw new Error('CFF: subroutines nested more than 10 deep');
  const { stack } = state;
  for (let i = 0; i < code.length;) {
    const b = code[i];
    if (b === 28) { stack.push(code.readInt16BE(i + 1)); i += 3; continue; }
    if (b >= 32 && b <= 246) { stack.push(b - 139); i++; continue; }
    if (b >= 247 && b <= 250) { stack.push((b - 247) * 256 + code[i + 1] + 108); i += 2; continue; }
    if (b >= 251 && b <= 254) { stack.push(-(b - 251) * 256 - code[i + 1] - 108); i += 2; continue; }
    if (b === 255) { stack.push(code.readInt32BE(i + 1) / 65536); i += 5; continue; }
    i++;
    if (b === 1 || b === 3 || b === 18 || b === 23) { state.stems += stack.length >> 1; stack.length = 0; }
    else if (b === 19 || b === 20) { state.stems += stack.length >> 1; stack.length = 0; i += Math.ceil(state.stems / 8); }
    else if (b === 10 || b === 29) {
      const subrs = b === 10 ? local : global;
      const n = stack.pop()! + subrBias(subrs.count);
      if (!(n >= 0 && n < subrs.count)) throw new Error(`CFF: call of subroutine ${n} of ${subrs.count}`);
      if (b === 10) used.add(n);
      const ended = markSubrs(cff, cff.subarray(itemStart(subrs, n), itemStart(subrs, n + 1)), local, global, used, state, depth + 1);
      if (ended) return true;
    } else if (b === 11) return false; // return
    else if (b === 14) return true; // endchar
    else { if (b === 12) i++; stack.length = 0; }
  }
  return false;
}

/** The font DICT index of each glyph (FDSelect format 0 or 3). */
function fdSelect(cff: Buffer, at: number, glyphs: number): (gid: number) => number {
  const format = cff[at];
  if (format === 0) return (gid) => cff[at + 1 + gid];
  if (format !== 3) throw new Error(`CFF: FDSelect format ${format} not handled`);
  const n = cff.readUInt16BE(at + 1);
  const map = new Uint8Array(glyphs);
  for (let r = 0; r < n; r++) {
    const first = cff.readUInt16BE(at + 3 + 3 * r);
    const next = cff.readUInt16BE(at + 3 + 3 * (r + 1));
    map.fill(cff[at + 3 + 3 * r + 2], first, next);
  }
  return (gid) => map[gid];
}

/**
 * The CFF table with the outlines of glyphs not in `keep` emptied (a 1-byte endchar), and the local
 * subroutines no kept glyph calls emptied (a 1-byte return), both keeping their numbers. New layout after
 * the unchanged start (header to FDSelect, global subroutines whole): CharStrings, FDArray, then each
 * Private DICT with its Subrs at the same distance as before. The offsets that move are 5-byte integers in
 * the Top DICT and the font DICTs, rewritten in place.
 */
function sparseCff(cff: Buffer, keep: (gid: number) => boolean, file: string): Buffer {
  const name = readIndex(cff, cff[2]);
  const top = readIndex(cff, name.end);
  const strings = readIndex(cff, top.end);
  const global = readIndex(cff, strings.end);
  const topDict = readDict(cff, itemStart(top, 0), itemStart(top, 1));
  const csOffset = topDict.get('17')?.values[0];
  const fdArray = topDict.get('12.36');
  const fdSelectAt = topDict.get('12.37')?.values[0];
  if (csOffset === undefined || !fdArray || fdSelectAt === undefined) throw new Error(`${file}: CFF is not CID-keyed`);
  const cs = readIndex(cff, csOffset);
  for (const at of [topDict.get('15')?.values[0] ?? 0, fdSelectAt]) {
    if (at > cs.start) throw new Error(`${file}: CFF charset or FDSelect after CharStrings: layout not handled`);
  }
  const fdOf = fdSelect(cff, fdSelectAt, cs.count);
  const fds = readIndex(cff, fdArray.values[0]);
  const privates = Array.from({ length: fds.count }, (_, i) => {
    const priv = readDict(cff, itemStart(fds, i), itemStart(fds, i + 1)).get('18');
    if (!priv) throw new Error(`${file}: CFF font DICT ${i} has no Private`);
    const [size, offset] = priv.values;
    const subrsEntry = readDict(cff, offset, offset + size).get('19');
    const subrs = subrsEntry ? readIndex(cff, offset + subrsEntry.values[0]) : null;
    return { entry: priv, size, offset, subrsEntry, subrs, used: new Set<number>() };
  });

  const glyphs = Array.from({ length: cs.count }, (_, gid) => {
    if (gid !== 0 && !keep(gid)) return Buffer.of(ENDCHAR);
    const code = cff.subarray(itemStart(cs, gid), itemStart(cs, gid + 1));
    const p = privates[fdOf(gid)];
    if (p.subrs) markSubrs(cff, code, p.subrs, global, p.used, { stack: [], stems: 0 });
    return code;
  });
  const newCs = writeIndex(glyphs);

  const int5 = (value: number) => { const b = Buffer.alloc(5); b[0] = 29; b.writeInt32BE(value, 1); return b; };
  // Each Private DICT without its Subrs entry, then Subrs again as a 5-byte offset: right after the DICT.
  const blocks = privates.map((p) => {
    if (!p.subrs || !p.subrsEntry) return [cff.subarray(p.offset, p.offset + p.size)];
    const rest = Buffer.concat([cff.subarray(p.offset, p.subrsEntry.from), cff.subarray(p.subrsEntry.to, p.offset + p.size)]);
    const subrs = writeIndex(Array.from({ length: p.subrs.count }, (_, n) =>
      p.used.has(n) ? cff.subarray(itemStart(p.subrs!, n), itemStart(p.subrs!, n + 1)) : Buffer.of(0x0b)));
    return [rest, int5(rest.length + 6), Buffer.of(19), subrs];
  });
  // Each font DICT with its Private entry as two 5-byte integers (size, offset), so its length is known first.
  const fontDict = (i: number, size: number, offset: number) => {
    const { from, to } = privates[i].entry;
    return Buffer.concat([cff.subarray(itemStart(fds, i), from), int5(size), int5(offset), Buffer.of(18), cff.subarray(to, itemStart(fds, i + 1))]);
  };
  const before = Buffer.from(cff.subarray(0, cs.start));
  const fdArrayAt = before.length + newCs.length;
  if (fdArray.at[0] < 0) throw new Error(`${file}: CFF FDArray offset not in 5-byte form: cannot move it in place`);
  before.writeInt32BE(fdArrayAt, fdArray.at[0]);
  let at = fdArrayAt + writeIndex(privates.map((_, i) => fontDict(i, 0, 0))).length;
  const dicts = blocks.map((block, i) => {
    const size = block.length === 1 ? block[0].length : block[0].length + 6;
    const dict = fontDict(i, size, at);
    at += block.reduce((n, b) => n + b.length, 0);
    return dict;
  });
  return Buffer.concat([before, newCs, writeIndex(dicts), ...blocks.flat()]);
}

// ---- GSUB: the glyphs that substitutions can reach from a set of glyphs

function coverage(t: Buffer, at: number): number[] {
  const format = t.readUInt16BE(at);
  const n = t.readUInt16BE(at + 2);
  if (format === 1) return Array.from({ length: n }, (_, i) => t.readUInt16BE(at + 4 + 2 * i));
  const glyphs: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = at + 4 + 6 * i;
    for (let g = t.readUInt16BE(r); g <= t.readUInt16BE(r + 2); g++) glyphs.push(g);
  }
  return glyphs;
}

/** Outputs of one substitution subtable for inputs in `glyphs` (types 1–4 and 8; 5 and 6 only call others). */
function substitutes(t: Buffer, at: number, type: number, glyphs: Set<number>): number[] {
  if (type === 7) return substitutes(t, at + t.readUInt32BE(at + 4), t.readUInt16BE(at + 2), glyphs);
  const format = t.readUInt16BE(at);
  const cov = type >= 1 && type <= 4 || type === 8 ? coverage(t, at + t.readUInt16BE(at + 2)) : [];
  const out: number[] = [];
  const arrays = (countAt: number, each: (offset: number) => void) => {
    cov.forEach((g, i) => { if (glyphs.has(g)) each(at + t.readUInt16BE(countAt + 2 + 2 * i)); });
  };
  if (type === 1 && format === 1) {
    const delta = t.readInt16BE(at + 4);
    for (const g of cov) if (glyphs.has(g)) out.push((g + delta) & 0xffff);
  } else if (type === 1 && format === 2) {
    cov.forEach((g, i) => { if (glyphs.has(g)) out.push(t.readUInt16BE(at + 6 + 2 * i)); });
  } else if (type === 2 || type === 3) {
    arrays(at + 4, (seq) => { for (let k = 0; k < t.readUInt16BE(seq); k++) out.push(t.readUInt16BE(seq + 2 + 2 * k)); });
  } else if (type === 4) {
    arrays(at + 4, (set) => {
      for (let k = 0; k < t.readUInt16BE(set); k++) {
        const lig = set + t.readUInt16BE(set + 2 + 2 * k);
        const components = Array.from({ length: t.readUInt16BE(lig + 2) - 1 }, (_, c) => t.readUInt16BE(lig + 4 + 2 * c));
        if (components.every((c) => glyphs.has(c))) out.push(t.readUInt16BE(lig));
      }
    });
  } else if (type === 8) {
    let r = at + 4;
    r += 2 + 2 * t.readUInt16BE(r); // backtrack coverages
    r += 2 + 2 * t.readUInt16BE(r); // lookahead coverages
    cov.forEach((g, i) => { if (glyphs.has(g)) out.push(t.readUInt16BE(r + 2 + 2 * i)); });
  }
  return out;
}

/** `glyphs` and everything any GSUB lookup can turn them into, whatever the feature, script or context. */
function gsubClosure(gsub: Buffer, glyphs: Set<number>): Set<number> {
  const closure = new Set(glyphs);
  const list = gsub.readUInt16BE(8);
  const lookups = Array.from({ length: gsub.readUInt16BE(list) }, (_, i) => list + gsub.readUInt16BE(list + 2 + 2 * i));
  for (let size = -1; size !== closure.size;) {
    size = closure.size;
    for (const lookup of lookups) {
      const type = gsub.readUInt16BE(lookup);
      for (let k = 0; k < gsub.readUInt16BE(lookup + 4); k++) {
        for (const g of substitutes(gsub, lookup + gsub.readUInt16BE(lookup + 6 + 2 * k), type, closure)) closure.add(g);
      }
    }
  }
  return closure;
}

// ---- cmap

const VERTICAL_TABLES = ['vhea', 'vmtx', 'VORG'];

/** A cmap with one format 12 subtable (Windows, full Unicode) for `mapped`, sorted by code point. */
function writeCmap(mapped: [number, number][]): Buffer {
  const groups: [number, number, number][] = [];
  for (const [cp, gid] of [...mapped].sort((a, b) => a[0] - b[0])) {
    const last = groups[groups.length - 1];
    if (last && cp === last[1] + 1 && gid === last[2] + cp - last[0]) last[1] = cp;
    else groups.push([cp, cp, gid]);
  }
  const sub = Buffer.alloc(16 + 12 * groups.length);
  sub.writeUInt16BE(12, 0);
  sub.writeUInt32BE(sub.length, 4);
  sub.writeUInt32BE(groups.length, 12);
  groups.forEach(([start, end, gid], i) => {
    sub.writeUInt32BE(start, 16 + 12 * i);
    sub.writeUInt32BE(end, 20 + 12 * i);
    sub.writeUInt32BE(gid, 24 + 12 * i);
  });
  const head = Buffer.alloc(12);
  head.writeUInt16BE(1, 2); // one encoding record
  head.writeUInt16BE(3, 4); // Windows
  head.writeUInt16BE(10, 6); // full Unicode
  head.writeUInt32BE(12, 8);
  return Buffer.concat([head, sub]);
}

// ---- sfnt output

function checksum(data: Buffer): number {
  const padded = Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

function writeOtf(tables: { tag: string; data: Buffer }[]): Buffer {
  const sorted = [...tables].sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const n = sorted.length;
  const power = 2 ** Math.floor(Math.log2(n));
  const header = Buffer.alloc(12 + 16 * n);
  header.write('OTTO', 0, 'latin1');
  header.writeUInt16BE(n, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(n * 16 - power * 16, 10);
  let offset = header.length;
  const bodies: Buffer[] = [];
  sorted.forEach((t, i) => {
    const data = t.tag === 'head' ? Buffer.from(t.data) : t.data;
    if (t.tag === 'head') data.writeUInt32BE(0, 8); // checkSumAdjustment, set below
    const r = 12 + 16 * i;
    header.write(t.tag, r, 'latin1');
    header.writeUInt32BE(checksum(data), r + 4);
    header.writeUInt32BE(offset, r + 8);
    header.writeUInt32BE(data.length, r + 12);
    const pad = Buffer.alloc((4 - (data.length % 4)) % 4);
    bodies.push(data, pad);
    offset += data.length + pad.length;
  });
  const font = Buffer.concat([header, ...bodies]);
  const headAt = header.readUInt32BE(12 + 16 * sorted.findIndex((t) => t.tag === 'head') + 8);
  font.writeUInt32BE((0xb1b0afba - checksum(font)) >>> 0, headAt + 8);
  return font;
}

/**
 * The face named `family` of the font (collection) at `file`, with only the CJK outlines of `chars` kept, as
 * a standalone OpenType font.
 */
export function subsetCjkFont(file: string, family: string, chars: Iterable<string>): Buffer {
  const font = readFileSync(file);
  const faces = faceOffsets(font, file).map((offset) => faceTables(font, offset));
  const face = faces.find((tables) => familyName(table(font, tables, 'name', file)) === family);
  if (!face) throw new Error(`${file}: no face named "${family}"`);
  // The face's own characters outside the big CJK blocks, the characters asked for, and what GSUB makes of them.
  const inBlock = (cp: number) => DROPPABLE.some(([from, to]) => from <= cp && cp <= to);
  const wanted = new Set([...chars].map((ch) => ch.codePointAt(0)!));
  const mapped: [number, number][] = []; // [code point, glyph] of the characters kept
  for (const g of cmapGroups(table(font, face, 'cmap', file), file)) {
    for (let cp = g.start; cp <= g.end; cp++) if (!inBlock(cp) || wanted.has(cp)) mapped.push([cp, g.glyph + cp - g.start]);
  }
  const kept = gsubClosure(table(font, face, 'GSUB', file), new Set([0, ...mapped.map(([, gid]) => gid)]));
  // Vertical metrics are for vertical text, which the charts never set: left out, with the cmap of the
  // characters dropped (so a character not asked for draws as the missing-glyph box, not as nothing).
  return writeOtf(face.filter((t) => !VERTICAL_TABLES.includes(t.tag)).map((t) => {
    const data = Buffer.from(font.subarray(t.offset, t.offset + t.length));
    if (t.tag === 'CFF ') return { tag: t.tag, data: sparseCff(data, (gid) => kept.has(gid), file) };
    if (t.tag === 'cmap') return { tag: t.tag, data: writeCmap(mapped) };
    return { tag: t.tag, data };
  }));
}
