/**
 * Words behind the complaint-handling judge (src/judge/answer/complaint.ts) in every
 * bank language: an apology or acknowledgement of the problem, a promised time frame,
 * and a way to escalate.
 *
 * Why it matters (feedback): seed 002 lists what handling a complaint takes: listen
 * to the user, give a timeline and progress updates, offer a solution. A timeline is a
 * concrete time frame ("within 3 business days", "by Friday"); "as soon as possible"
 * and "within a few days" promise nothing measurable and do not count.
 *
 * Regex source in folded form (see match-text.ts rx()); `\b` is a Unicode word boundary.
 */

/** "We're sorry", "I understand your frustration", "对此深表歉意", "Приносим извинения"… */
export const APOLOGY = [
  String.raw`\b(?:sorry|apologi[sz]e\p{L}*|apolog(?:y|ies)|we regret|regret(?:s|table)? (?:any|the|that)|our (?:sincere )?apologies)\b`,
  String.raw`\b(?:i|we) (?:completely |fully |totally |truly |really )?(?:understand|can (?:see|imagine|understand)|appreciate) (?:your|how|that this|that you|the)\b`,
  String.raw`\b(?:frustrat\p{L}*|inconvenien\p{L}*|distress\p{L}*) (?:this|it) (?:has )?caus\p{L}*|\bfor the inconvenience\b|\bthank you for (?:bringing this|raising this|your feedback|letting us know)\b`,
  '抱歉|对不起|致歉|道歉|歉意|理解您的(?:心情|感受|困扰|不满|担忧|焦虑|着急)|给您带来(?:的)?(?:不便|困扰|麻烦)|非常理解|感谢您的反馈|很遗憾',
  String.raw`\b(?:извините|приносим (?:свои |наши )?извинени\p{L}*|просим прощени\p{L}*|сожалеем|нам (?:очень )?жаль|понимаем (?:ваш\p{L}*|ваше|как)|приносим извинения|за доставленные неудобства)`,
  String.raw`عذرخواهی|پوزش|متاسف\p{L}*|متأسف\p{L}*|درک می ?کنیم|ببخشید|از این بابت|بابت (?:این )?(?:مشکل|ناراحتی|تاخیر)`,
  '죄송|사과드|양해|불편을 (?:드려|끼쳐)|이해합니다|유감',
  String.raw`\b(?:lamentamos|disculp\p{L}*|sentimos (?:las molestias|mucho|el inconveniente)|lo sentimos|entendemos (?:su|tu|la|que)|comprendemos (?:su|tu|la|que)|pedimos perd[oó]n|molestias)\b`,
  String.raw`\b(?:özür dile\p{L}*|üzgünüz|kusura bakmayın|anlıyoruz|anlayışınız|rahatsızlık için|yaşattığımız|mağduriyet\p{L}*)`,
  '申し訳(?:ございません|ありません|なく)|お詫び|ご迷惑をおかけ|ご不便をおかけ|お気持ち(?:は)?(?:お察し|理解)|ご心配をおかけ|大変失礼',
];

const NUM_EN = String.raw`(?:\d+(?:[.,]\d+)?(?:\s*(?:-|–|—|to|or|~)\s*\d+(?:[.,]\d+)?)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|twenty-four|forty-eight|seventy-two|an?)`;
const UNIT_EN = String.raw`(?:(?:business|working|calendar|bank) )?(?:days?|hours?|hrs?|h|minutes?|mins?|weeks?|months?)`;
const WEEKDAY_EN = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri)`;
const MONTH_EN = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const NUM_ZH = String.raw`(?:\d+(?:\s*[-~～至到]\s*\d+)?|[一二两三四五六七八九十]+)`;
const NUM_RU = String.raw`(?:\d+(?:\s*[-–]\s*\d+)?|одн\p{L}*|дв\p{L}*|тр\p{L}*|четыр\p{L}*|пят\p{L}*|шест\p{L}*|сем\p{L}*|десят\p{L}*)`;
const NUM_FA = String.raw`(?:\d+(?:\s*(?:تا|-|الی)\s*\d+)?|یک|دو|سه|چهار|پنج|شش|هفت|ده)`;
const NUM_ES = String.raw`(?:\d+(?:\s*(?:-|–|a|y)\s*\d+)?|un|una|uno|dos|tres|cuatro|cinco|seis|siete|diez|quince|veinticuatro)`;
const NUM_TR = String.raw`(?:\d+(?:\s*[-–]\s*\d+)?|bir|iki|üç|dört|beş|altı|yedi|on)`;
const NUM_JA = String.raw`(?:\d+(?:\s*[-~〜～]\s*\d+)?|[一二三四五六七八九十]+)`;

/** A promised time frame. */
export const TIMELINE = [
  // en
  String.raw`\b(?:within|in|over the next|in the next|up to|no (?:more|longer) than|takes?|taking|may take|will take|should take|allow(?: up to)?|expect(?: an? (?:response|reply|update|answer))? (?:in|within))\s+(?:the next\s+)?(?:approximately\s+|about\s+|around\s+|roughly\s+|up to\s+|at most\s+|a maximum of\s+)?${NUM_EN}\s*[- ]?${UNIT_EN}\b`,
  String.raw`\b\d+\s*(?:-|–|—|to)\s*\d+\s*${UNIT_EN}\b`,
  String.raw`\b(?:by|before|no later than|until)\s+(?:the end of\s+)?(?:(?:this|next)\s+)?(?:${WEEKDAY_EN}|tomorrow|today|tonight|end of (?:the )?(?:day|week|month|business day)|eod|cob|the end of (?:the |this )?(?:day|week|month)|${MONTH_EN}\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH_EN}|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?|\d{4}-\d{2}-\d{2})\b`,
  // zh
  String.raw`(?:在|于|预计|将在|会在|需要|大约|约|最迟|最晚|最长|不超过)?\s*${NUM_ZH}\s*个?\s*(?:工作日|小时|天|日|周|星期|个月|分钟)\s*(?:内|之内|以内)`,
  String.raw`(?:预计|将在|会在|需要|大约|约|最迟|最晚|最长|不超过)\s*${NUM_ZH}\s*个?\s*(?:工作日|小时|天|周|星期|个月|分钟)`,
  '(?:本周|下周)?(?:周|星期)[一二三四五六日天](?:之前|前|以前)|(?:明天|今天|本周末|本周|月底)(?:之前|前|以前|之内|内)|\\d{1,2}月\\d{1,2}日(?:之前|前|以前)',
  // ru
  String.raw`\b(?:в течение|на протяжении|в ближайшие|за|до|не более|не позднее чем через|через|в срок до|в срок|от)\s+(?:${NUM_RU}\s+)?(?:рабоч\p{L}*\s+|календарн\p{L}*\s+)?(?:дн(?:я|ей)|день|суток|сутки|час\p{L}*|недел\p{L}*|минут\p{L}*|месяц\p{L}*)\b`,
  String.raw`\bдо (?:понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья|завтра|конца (?:дня|недели|месяца))\b`,
  // fa
  String.raw`(?:ظرف|طی|در طول|حداکثر|حداکثر تا|حداکثر ظرف|در مدت|در عرض|تا|ظرف مدت)\s*(?:مدت\s*)?${NUM_FA}\s*(?:ساعت|روز(?:\s*کاری)?|هفته|دقیقه|ماه)(?:\s*(?:اینده|کاری))?`,
  'تا پایان (?:هفته|روز|امروز|ماه)|تا (?:فردا|شنبه|یکشنبه|دوشنبه|سه ?شنبه|چهارشنبه|پنجشنبه|جمعه)',
  // ko
  String.raw`(?:영업일\s*기준\s*)?${NUM_JA}\s*(?:영업일|일|시간|주|분|개월|근무일)\s*(?:이내|안에|내에|내로|내|까지|정도|소요)`,
  String.raw`영업일\s*기준\s*\d+\s*일|(?:월|화|수|목|금|토|일)요일까지|내일까지|이번\s?주\s?(?:내|중)|금주\s?내`,
  // es
  String.raw`\b(?:en un plazo (?:m[aá]ximo )?de|dentro de|en (?:las |los )?pr[oó]xim[oa]s|en|hasta|no m[aá]s de|m[aá]ximo|aproximadamente|tarda(?:r[aá])?|puede tardar)\s+${NUM_ES}\s+(?:d[ií]as?(?: h[aá]biles| laborables| naturales)?|horas?|semanas?|minutos?|meses?)\b`,
  String.raw`\b(?:antes del?|para el|a m[aá]s tardar el|hasta el)\s+(?:pr[oó]ximo\s+)?(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|\d{1,2} de \p{L}+|ma[nñ]ana)\b`,
  // tr
  String.raw`\b${NUM_TR}\s+(?:iş günü|gün|saat|hafta|dakika|ay)\s+(?:içinde|içerisinde|zarfında|dahilinde|kadar|sürebilir|sürecektir|sürmektedir)`,
  String.raw`\b(?:en geç|en fazla|maksimum|yaklaşık)\s+${NUM_TR}\s+(?:iş günü|gün|saat|hafta|dakika|ay)`,
  String.raw`\b(?:pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar|yarın|hafta sonu)(?:ya|ye|a|e|na|ne)? kadar\b`,
  // ja
  String.raw`${NUM_JA}\s*(?:営業日|日|時間|週間|分|か月|ヶ月|カ月)\s*(?:以内|程度|ほど|前後|までに|で|かかる|を目途|を目処)`,
  '(?:月|火|水|木|金|土|日)曜日までに|明日までに|今週中|本日中|週明けまでに',
];

/** A way to escalate: a complaints team, a supervisor, an ombudsman or regulator, "if you are not satisfied". */
export const ESCALATION = [
  String.raw`\b(?:complaints? (?:team|department|unit|desk|form|procedure|process|policy|officer|handling)|formal complaint|(?:file|lodge|submit|raise|make) a (?:formal )?complaint|escalat\p{L}*|supervisor|(?<!password |account |fund |asset |portfolio )manager|senior (?:team|specialist|agent|support|staff|member)|second[- ]line|tier[- ]?2|higher (?:level|authority))\b`,
  String.raw`\b(?:(?:financial )?ombudsman|regulator\p{L}*|regulatory (?:authority|body)|supervisory authority|consumer protection|financial conduct authority|fca|securities and exchange commission|bafin|afca|cnmv|amf|finma|(?:the )?(?:relevant|competent|local) authorit\p{L}*|data protection authority|arbitration)\b`,
  String.raw`\bif (?:you are|you're|you remain) (?:not |un|dis)?satisfied\b|\bif you (?:are not|aren't|remain) (?:happy|satisfied)\b|\bif (?:the|this) (?:issue|problem|matter) (?:is not|isn't) resolved\b`,
  '投诉(?:部门|专员|渠道|通道|表单|邮箱|流程|热线)|升级(?:处理|至|到|给)|主管|经理|上级|监管(?:机构|部门)|金融监管|消费者协会|消协|如(?:果)?(?:您)?(?:对\\S{0,20})?(?:仍)?不满意|仲裁',
  String.raw`\b(?:отдел\p{L}* (?:жалоб|претензи\p{L}*)|претензи\p{L}*|эскалир\p{L}*|эскалаци\p{L}*|передан\p{L}* (?:старшему|руководств\p{L}*|в вышестоящ\p{L}*)|руководител\p{L}*|старш\p{L}* специалист\p{L}*|омбудсмен\p{L}*|банк россии|цб рф|регулятор\p{L}*|роспотребнадзор|если (?:вас не устроит|вы не удовлетворены|вы не согласны))`,
  String.raw`(?:واحد|بخش) (?:شکایات|رسیدگی به شکایات)|فرم شکایت|ثبت شکایت|ارجاع (?:به|داده)|سرپرست|مدیر (?:پشتیبانی|واحد|بخش)|نهاد (?:ناظر|نظارتی)|بانک مرکزی|اگر (?:راضی نیستید|رضایت ندارید)|در صورت عدم رضایت|پلیس فتا|سازمان بورس`,
  '민원\\s?(?:을|를)?\\s?(?:제기|신청)|금융감독원에|상위\\s?부서|이관|에스컬레이션|관리자|책임자|금융감독원|금융위원회|불만족스러우시면|만족하지 않으시면|분쟁\\s?조정|고객\\s?불만\\s?접수',
  String.raw`\b(?:departamento de (?:reclamaciones|quejas|atenci[oó]n al cliente)|servicio de (?:reclamaciones|atenci[oó]n al cliente)|formulario de (?:reclamaci[oó]n|queja)|hoja de reclamaciones|reclamaci[oó]n formal|escalar\p{L}*|escalad[oa]|supervisor\p{L}*|responsable (?:de|del) (?:departamento|[aá]rea|servicio)|defensor del (?:cliente|pueblo)|banco de espa[nñ]a|cnmv|autoridad\p{L}*|si no (?:est[aá]|queda) (?:satisfech[oa]|conforme))`,
  String.raw`\b(?:şikayet (?:birimi|formu|departmanı|ekibi)|üst birim\p{L}*|üst yönetim\p{L}*|yönetici\p{L}*|süpervizör\p{L}*|spk|bddk|tüketici hakem heyeti|tüketici mahkemesi|memnun (?:kalmazsanız|değilseniz|kalmamanız)|aktarıl\p{L}*|eskalasyon)`,
  '苦情(?:窓口|受付|担当)|上席|責任者|エスカレーション|上位部署|専門部署に(?:引き継|エスカレ)|金融庁|消費生活センター|ご納得いただけない場合|ご満足いただけない場合|お客様相談室|紛争解決',
];
