// Chinese numerals against an independent table: the numeral → number facts the cn2an project tests
// (its strict and normal sets), written out here as plain facts. Simplified, financial (大写) and
// Traditional-script forms, decimals, digit-by-digit numerals and colloquial elisions (一万二).
import { describe, expect, it } from 'vitest';
import { parseChinese } from '../../scripts/pipeline/numerals.ts';

// Numerals an official text writes in full, unit by unit.
const STRICT: [string, number][] = [
  ['零', 0], ['一', 1], ['二', 2], ['十', 10], ['十一', 11], ['一十一', 11], ['二十', 20], ['二十一', 21],
  ['一百', 100], ['一百零一', 101], ['一百一十', 110], ['一百一十一', 111], ['壹佰壹拾壹', 111],
  ['一千', 1000], ['一千零一', 1001], ['一千零一十', 1010], ['一千一百', 1100], ['一千一百零一', 1101],
  ['一千一百一十一', 1111], ['壹仟壹佰壹拾壹', 1111], ['一万', 10000], ['一万零一', 10001], ['一万零一十一', 10011],
  ['一万零一百一十一', 10111], ['一万一千一百一十一', 11111], ['一十万零一', 100001], ['一百万零一', 1000001],
  ['一千万零一', 10000001], ['一千零一万一千零一', 10011001], ['一千零一万零一', 10010001], ['一亿零一', 100000001],
  ['一十亿零一', 1000000001], ['一百亿零一', 10000000001], ['一千零一亿一千零一万一千零一', 100110011001],
  ['一千亿一千万一千零一', 100010001001], ['一千亿零一百零一', 100000000101],
  ['壹仟零壹亿壹仟零壹万壹仟零壹', 100110011001], ['一万亿', 1e12],
  ['一点零', 1], ['零点零一', 0.01], ['零点零零一', 0.001], ['十一点一', 11.1], ['一百零一点零一', 101.01],
  ['负一', -1], ['负十一', -11], ['负一百零一', -101], ['负零点零一', -0.01], ['负壹佰', -100],
  ['壹拾', 10], ['贰拾', 20], ['玖佰玖拾玖', 999], ['肆万伍仟', 45000], ['壹亿', 100000000],
];

// What a text writes more loosely: digit by digit, 两, elided trailing units, Traditional script.
const NORMAL: [string, number][] = [
  ['一一', 11], ['一一一', 111], ['一七二零', 1720], ['一七二零点一', 1720.1], ['一七二零点一三四', 1720.134],
  ['一二三四五六七八九', 123456789], ['零点零', 0], ['零点零零', 0], ['二〇二一', 2021], ['一〇〇', 100],
  ['两千', 2000], ['两万', 20000], ['一百二', 120], ['一千二', 1200], ['一万二', 12000], ['一亿二', 120000000],
  ['三百五', 350], ['壹贰叁', 123], ['十二点五', 12.5], ['零点八', 0.8],
  ['貳萬', 20000], ['壹億', 100000000], ['陸佰', 600], ['兩萬', 20000], ['十二萬', 120000], ['三點五', 3.5],
];

describe('parseChinese against the cn2an facts', () => {
  it.each(STRICT)('strict: %s = %d', (numeral, value) => {
    expect(parseChinese(numeral)).toBe(value);
  });
  it.each(NORMAL)('normal: %s = %d', (numeral, value) => {
    expect(parseChinese(numeral)).toBe(value);
  });
});
