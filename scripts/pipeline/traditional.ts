// Traditional-script text read as its simplified twin, character for character, so the number reader,
// the exclusion rules and the kind words see one script: '3000戶' is 3000 households, '5.6萬人' 56000
// persons, '同比增長' a change. One character for one keeps every offset valid in the verbatim text.
// Only characters that are never simplified ones themselves are listed, so simplified text is unchanged:
// numerals and multipliers (萬億兩點貳參陸), units and measure words, qualifiers, the words of change, goal,
// period and exclusion rules, and the common words of the indicator phrases.

// TRADITIONAL[i] is written SIMPLIFIED[i].
const TRADITIONAL = [
  '萬億兩點貳貮參陸圓負戶個項條輛筆場間張頭隻種冊輪畝噸頃處臺棟塊屆組歲樓鄉鎮縣區裡釐門餘來幾約於過',
  '內將達僅長減較漲擴縮歸計劃確預爭擬實現與為幣資貸額產糧務經濟業農貧脫監測對幫銷費數總規級銜開發邊',
  '關會黨號熱線專電話週當從後們這還進設體醫療險訓練勞動養優勢貼補災轉穩鞏蓋學師員網絡營運興環衛廁廠',
  '礦鐵車橋燈廣東氣鄰質價錢銀齊納統責緊續變貨創聯繫標準讓護愛倉儲機構織際綠慶陽蘭濱嶺龍雲貴順遼雙紅',
  '顆佔傳歷勵協圍園圖壓壩夠屬廳據時書極檔殘溫滿灣獎獲畫盡碼積築節簡紀結給絕綜緩編縱績罰義習職腦舉艱',
  '莊華葉藥蘇衝裝複覽觀訂記許評試詢認說調談請論證識議讀財貢購賣賴贈趨躍軟載輔輸辦連適選遺閒隊階隨隱',
  '離難頁頂領題類顧風飛飯飲館驗鬥魚鳥麥黃齡壯聲殼擔擁攜舊樣權櫃歡決況凍劑勁匯壞奮孫寧審寬導層嶄幹廢',
  '彈徵態懷戰擊攤敵斷晉棄楊榮樞橫檢殺氫淺湯滅漁潔澤濃灑烏無煙煥爐牆獨猶畢異盜盤眾礎禮禍稅稱穀窮競範',
  '篩糾紡細終維綱緒締繳繼羅肅脅膽艦藝虛蟲術襲視親覺討訊託訪診詳誌誤誠課謀講謝豐貫貿賠賦趕軍轄輕辭遠',
  '釋針鋪錄鍵鍛鎖閉閱陳雜雞響願頻顯駐驅髮麗勝問單嚴團堅報夥奪媽婦帶強復應溝滬獻聽臨薦藍觸賽贏趙饑純',
  '豬欄償墾蝦蘋製樂鳳鴨鵝驢餵飼纜郵遞買汙樹崗擇遷鏈麵薑蔥',
].join('');
const SIMPLIFIED = [
  '万亿两点贰贰参陆圆负户个项条辆笔场间张头只种册轮亩吨顷处台栋块届组岁楼乡镇县区里厘门余来几约于过',
  '内将达仅长减较涨扩缩归计划确预争拟实现与为币资贷额产粮务经济业农贫脱监测对帮销费数总规级衔开发边',
  '关会党号热线专电话周当从后们这还进设体医疗险训练劳动养优势贴补灾转稳巩盖学师员网络营运兴环卫厕厂',
  '矿铁车桥灯广东气邻质价钱银齐纳统责紧续变货创联系标准让护爱仓储机构织际绿庆阳兰滨岭龙云贵顺辽双红',
  '颗占传历励协围园图压坝够属厅据时书极档残温满湾奖获画尽码积筑节简纪结给绝综缓编纵绩罚义习职脑举艰',
  '庄华叶药苏冲装复览观订记许评试询认说调谈请论证识议读财贡购卖赖赠趋跃软载辅输办连适选遗闲队阶随隐',
  '离难页顶领题类顾风飞饭饮馆验斗鱼鸟麦黄龄壮声壳担拥携旧样权柜欢决况冻剂劲汇坏奋孙宁审宽导层崭干废',
  '弹征态怀战击摊敌断晋弃杨荣枢横检杀氢浅汤灭渔洁泽浓洒乌无烟焕炉墙独犹毕异盗盘众础礼祸税称谷穷竞范',
  '筛纠纺细终维纲绪缔缴继罗肃胁胆舰艺虚虫术袭视亲觉讨讯托访诊详志误诚课谋讲谢丰贯贸赔赋赶军辖轻辞远',
  '释针铺录键锻锁闭阅陈杂鸡响愿频显驻驱发丽胜问单严团坚报伙夺妈妇带强复应沟沪献听临荐蓝触赛赢赵饥纯',
  '猪栏偿垦虾苹制乐凤鸭鹅驴喂饲缆邮递买污树岗择迁链面姜葱',
].join('');

// A table over the BMP: SIMPLE[code] is the simplified code unit, 0 when the character stays.
const SIMPLE = new Uint16Array(0x10000);
for (let i = 0; i < TRADITIONAL.length; i++) SIMPLE[TRADITIONAL.charCodeAt(i)] = SIMPLIFIED.charCodeAt(i);

/** `text` with Traditional characters replaced by their simplified forms; same length, same offsets. */
export function toSimplified(text: string): string {
  let i = 0;
  while (i < text.length && SIMPLE[text.charCodeAt(i)] === 0) i++;
  if (i === text.length) return text; // simplified text, the common case, is returned as it is
  const out: string[] = [text.slice(0, i)];
  for (; i < text.length; i++) {
    const c = SIMPLE[text.charCodeAt(i)];
    out.push(c === 0 ? text[i] : String.fromCharCode(c));
  }
  return out.join('');
}
