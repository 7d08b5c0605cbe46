/**
 * Language code data: the ISO 639-1 codes, common ISO 639-2/3 equivalents, and
 * language names as written in their own script (what language switchers show).
 *
 * Why it matters: a locale is only counted as "offered" when it is a real language
 * code, so a path like /hc/api/ or /id/123 is not mistaken for a language, and a
 * switcher entry reading "فارسی" or "繁體中文" is understood without its URL.
 */

/** All ISO 639-1 two-letter codes (plus the deprecated iw/in/ji, mapped below). */
export const ISO_639_1 = new Set(
  (
    'aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el ' +
    'en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ' +
    'ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na ' +
    'nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so ' +
    'sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu'
  ).split(' '),
);

/** Deprecated or three-letter codes seen in lang attributes, to their ISO 639-1 code. */
export const LANGUAGE_ALIASES: Record<string, string> = {
  iw: 'he', in: 'id', ji: 'yi', jw: 'jv', mo: 'ro',
  eng: 'en', zho: 'zh', chi: 'zh', cmn: 'zh', yue: 'zh', rus: 'ru', fas: 'fa', per: 'fa', pes: 'fa', kor: 'ko',
  jpn: 'ja', tur: 'tr', spa: 'es', deu: 'de', ger: 'de', fra: 'fr', fre: 'fr', vie: 'vi', ara: 'ar', por: 'pt',
  ita: 'it', nld: 'nl', dut: 'nl', pol: 'pl', ukr: 'uk', tha: 'th', ind: 'id', msa: 'ms', may: 'ms', hin: 'hi',
  ben: 'bn', urd: 'ur', heb: 'he', ell: 'el', gre: 'el', ces: 'cs', cze: 'cs', ron: 'ro', rum: 'ro', hun: 'hu',
  swe: 'sv', dan: 'da', nor: 'no', nob: 'nb', fin: 'fi', bul: 'bg', kaz: 'kk', uzb: 'uz', aze: 'az', tgl: 'tl',
};

/** Three-letter codes kept as they are (no ISO 639-1 code exists). */
export const KEPT_THREE_LETTER = new Set(['fil', 'haw', 'ceb', 'yue']);

/**
 * Language names in their own script (folded: NFKC, lower case) -> locale code.
 * Regional variants map to the region-tagged locale a help center would use.
 */
export const AUTONYMS: Record<string, string> = {
  english: 'en',
  'english (us)': 'en-us',
  'english (united states)': 'en-us',
  'english (uk)': 'en-gb',
  'english (united kingdom)': 'en-gb',
  '简体中文': 'zh-cn',
  '中文(简体)': 'zh-cn',
  '中文 (简体)': 'zh-cn',
  '中文(中国)': 'zh-cn',
  '简中': 'zh-cn',
  '繁體中文': 'zh-tw',
  '繁体中文': 'zh-tw',
  '中文(繁體)': 'zh-tw',
  '中文 (繁體)': 'zh-tw',
  '中文(台灣)': 'zh-tw',
  '中文(香港)': 'zh-hk',
  '繁中': 'zh-tw',
  '中文': 'zh',
  'русский': 'ru',
  'русский язык': 'ru',
  'فارسی': 'fa',
  'پارسی': 'fa',
  '한국어': 'ko',
  '日本語': 'ja',
  'türkçe': 'tr',
  'español': 'es',
  'español (latinoamérica)': 'es-419',
  'español (españa)': 'es-es',
  'deutsch': 'de',
  'français': 'fr',
  'tiếng việt': 'vi',
  'português': 'pt',
  'português (brasil)': 'pt-br',
  'português (portugal)': 'pt-pt',
  italiano: 'it',
  polski: 'pl',
  'українська': 'uk',
  'العربية': 'ar',
  'عربی': 'ar',
  'ไทย': 'th',
  'ภาษาไทย': 'th',
  'bahasa indonesia': 'id',
  'bahasa melayu': 'ms',
  nederlands: 'nl',
  filipino: 'fil',
  'हिन्दी': 'hi',
  'қазақша': 'kk',
  'қазақ тілі': 'kk',
  "o'zbekcha": 'uz',
  'azərbaycan': 'az',
  'azərbaycanca': 'az',
  'ελληνικά': 'el',
  'čeština': 'cs',
  'română': 'ro',
  magyar: 'hu',
  svenska: 'sv',
  dansk: 'da',
  norsk: 'no',
  suomi: 'fi',
  'български': 'bg',
  'српски': 'sr',
  srpski: 'sr',
  hrvatski: 'hr',
  'slovenčina': 'sk',
  'বাংলা': 'bn',
  'اردو': 'ur',
  'עברית': 'he',
  'ქართული': 'ka',
  'հայերեն': 'hy',
};
