/**
 * Language tags in the config: an ISO 639-1 code, optionally followed by a script
 * and/or region subtag (`zh-TW`, `zh-Hant`, `es-419`). Normalised to lower case.
 */
/** The ISO 639-1 two-letter codes (including the retired-but-listed `bh`). */
const ISO_639_1 = new Set(
  (
    'aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy ' +
    'da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu ' +
    'hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb ' +
    'lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om ' +
    'or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ' +
    'ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu'
  ).split(' '),
);

/** Country codes people often write where a language code belongs. */
const COMMON_MISTAKES: Record<string, string> = {
  jp: 'ja',
  cn: 'zh',
  gr: 'el',
  ua: 'uk',
  dk: 'da',
  cz: 'cs',
  vn: 'vi',
  in: 'id',
  iw: 'he',
  ji: 'yi',
  kz: 'kk',
};

const TAG = /^([a-z]{2})(?:-([a-z]{4}))?(?:-([a-z]{2}|[0-9]{3}))?$/;

export type LanguageCheck = { ok: true; tag: string } | { ok: false; reason: string };

/** Validates and normalises one language tag. */
export function checkLanguageTag(input: string): LanguageCheck {
  const tag = input.trim().toLowerCase().replace(/_/g, '-');
  const m = TAG.exec(tag);
  const shape = 'expected an ISO 639-1 language code such as "en", optionally with a region such as "zh-TW"';
  if (!m) return { ok: false, reason: `${shape}, got ${JSON.stringify(input)}` };
  const code = m[1]!;
  if (!ISO_639_1.has(code)) {
    const hint = COMMON_MISTAKES[code];
    return {
      ok: false,
      reason: `unknown language code ${JSON.stringify(code)}${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ''}; ${shape}`,
    };
  }
  return { ok: true, tag };
}
