// The words of one region giving to another (东西部协作, 对口支援): which place gives and which is given to are read
// from them in places.ts (who a cooperation report helps) and attribute.ts (whose figure it is).

/** Verbs of giving money, goods or projects ('向周至县拨付', '东城区安排援藏资金'), as a RegExp alternation. */
export const GIVING_VERBS = '捐赠|捐助|投入|援助|支援|帮扶|提供|拨付|下达|援建|安排';
