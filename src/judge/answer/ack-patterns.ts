/**
 * Words behind the acknowledgement detector (src/judge/answer/autoAck.ts) and the
 * case-number finder, in every bank language (en, zh, ru, fa, ko, es, tr, ja; English
 * runs on every reply).
 *
 * Why it matters (responsiveness, resolution, feedback): CRITERIA.md keeps the time of
 * the first reply and of the first *substantive* reply apart; "we received your
 * request, ticket #123" is the first but not the second. Helpdesks (Zendesk,
 * Freshdesk, Intercom, local ones) send such templates in every language, and the
 * case number they carry is what the complaint scenario asks for.
 *
 * Regex source in folded form (lower case, Simplified Chinese, Persian letters, ASCII
 * digits; see match-text.ts rx()); `\b` is a Unicode word boundary.
 */

/** A clause that only acknowledges receipt, promises a later answer, or says it is automatic. */
export const ACK_CLAUSES = [
  // en
  String.raw`\b(?:we|we've|we have|i have|i've)(?: successfully| already)? (?:received|got|logged|registered|recorded) (?:your|the) (?:request|ticket|message|e-?mail|inquiry|enquiry|query|case|submission|complaint|question|application|feedback)\b`,
  String.raw`\bthis (?:is (?:to|a) )?(?:confirm\p{L}*|acknowledg\p{L}*)(?: that)? (?:we (?:have )?received|receipt of)\b`,
  String.raw`\b(?:(?:your|the) )?(?:support )?(?:request|ticket|case|inquiry|enquiry|query|message|complaint|submission)(?: (?:id|number|no\.?|#))?(?: \(?#?[\p{L}\p{N}-]{3,40}\)?)?(?: number [\p{L}\p{N}-]+)? (?:has been|was|is|have been) (?:successfully )?(?:received|created|submitted|logged|registered|opened|recorded|assigned|forwarded|passed|updated|accepted)\b`,
  String.raw`\b(?:is|are) (?:being|currently being) (?:reviewed|processed|handled|looked into|investigated)(?: by (?:our|the) (?:support )?(?:staff|team|agents|specialists))?\b`,
  String.raw`\bassigned (?:it |your request )?(?:a|the) (?:ticket|case|reference|tracking) (?:number|id)\b`,
  String.raw`\b(?:thank you|thanks|many thanks)(?: (?:so|very) much)? for (?:contacting|reaching out|your (?:message|e-?mail|request|inquiry|enquiry|patience|query|ticket|feedback|complaint|question)|getting in touch|writing|the (?:message|e-?mail|request)|being (?:patient|a valued))\b`,
  String.raw`\bthis is an? (?:automated|automatic|auto-generated|system[- ]generated) (?:message|response|reply|e-?mail|notification|acknowledg\p{L}*)\b|\b(?:auto-?reply|automatic reply|auto-?response)\b`,
  String.raw`\b(?:please )?do not reply (?:directly )?to this (?:e-?mail|message)\b|\bthis (?:mailbox|address) is not monitored\b|\bno-?reply\b`,
  String.raw`\b(?:an? (?:support )?(?:agent|specialist|representative|member of (?:our|the) (?:support )?team)|one of our (?:agents|specialists|representatives|team members|support (?:agents|staff))|(?:our|the) (?:support |customer (?:service|support) |relevant |compliance |risk )?(?:team|staff|department|agents|specialists)|someone(?: from our team)?|we) (?:will|'ll|shall|are going to|would) (?:get back to you|reply|respond|answer|contact you|reach out|be in touch|review|look into|investigate|follow up|assist you|help you|process|handle|check|update you)\b`,
  String.raw`\bwe(?:'ll| will)? (?:aim|strive|try|endeavou?r) to (?:respond|reply|get back|answer)\b|\b(?:our )?(?:average |typical |usual )?response times? (?:is|are|may be|can be)\b|\bdue to (?:a )?(?:high|higher than usual|increased) (?:volume|number)\b|\bwe are (?:currently )?(?:experiencing|receiving) (?:a )?(?:high|higher|large)\b`,
  String.raw`\b(?:we )?appreciate your (?:patience|understanding)\b|\bplease (?:be patient|allow (?:us )?(?:up to )?\d+|wait (?:for|while))\b|\bin the meantime,? (?:you (?:can|may)|feel free|please|we recommend)\b`,
  String.raw`\b(?:to add (?:additional|more) (?:comments|information)|you can (?:view|check|track) (?:the status of )?your (?:request|ticket|case))\b|\breply to this e-?mail to add\b`,
  String.raw`\b(?:your )?(?:ticket|case|request|reference|tracking) (?:number|no\.?|id) (?:is|:)`,
  String.raw`\bwe(?:'re| are) (?:currently )?(?:looking into|reviewing|working on|investigating|checking) (?:it|this|that|the matter|the issue|your \p{L}+)\b`,
  String.raw`\bwill (?:update|get back to|reply to|respond to|notify|inform) you (?:shortly|soon|as soon as|once|when|within|in|by|asap)\b`,
  String.raw`\bwe(?:'ll| will) be back\b|\byou(?:'ll| will) (?:get|receive) (?:our )?repl(?:y|ies) (?:here|by e-?mail|to)\b|\b(?:the team|we) (?:typically|usually|normally|generally) (?:replies|reply|responds?|answers?) (?:in|within)\b`,
  // zh
  '(?:我们)?(?:已|已经)(?:收到|接到|受理|记录)(?:了)?(?:您|你)?的?(?:请求|问题|工单|反馈|邮件|来信|咨询|申请|投诉|留言|消息|需求)',
  '(?:您|你)的(?:工单|请求|问题|申请|投诉|反馈|咨询)(?:\\S{0,20})?(?:已|已经)(?:提交|创建|受理|生成|收到|记录|转交|登记)',
  '感谢(?:您|你)(?:的)?(?:联系|来信|咨询|反馈|耐心|留言|支持与理解|提交)|谢谢(?:您|你)的(?:来信|联系|耐心)',
  '(?:我们|客服(?:人员|专员|团队|中心)?|工作人员|专员|相关部门|团队)(?:会|将|将会)(?:尽快|第一时间|在\\S{0,12}内|及时|尽早)?(?:为您|给您|与您)?(?:回复|处理|联系|跟进|答复|核实|审核)',
  '(?:这是|此为|本邮件为|本邮件是|此邮件为|此邮件是|该邮件为|本邮件由|此邮件由)(?:一封)?(?:系统)?自动(?:回复|发送|生成)|请勿(?:直接)?回复(?:此|本|该)?(?:邮件|消息)?|正在(?:处理|审核|核实)中|请耐心等(?:待|候)|已(?:转交|提交)(?:至|给)?相关部门',
  // ru
  String.raw`\b(?:мы )?получили ваш\p{L}* (?:обращени\p{L}*|запрос\p{L}*|письм\p{L}*|заявк\p{L}*|сообщени\p{L}*|жалоб\p{L}*)`,
  String.raw`\b(?:ваш\p{L}* )?(?:обращени\p{L}*|запрос\p{L}*|заявк\p{L}*|тикет\p{L}*|жалоб\p{L}*)(?: (?:no|#|номер)\s?[\p{L}\p{N}-]+)? (?:успешно )?(?:зарегистрирован\p{L}*|принят\p{L}*|получен\p{L}*|создан\p{L}*|передан\p{L}*)`,
  String.raw`\b(?:спасибо|благодарим) (?:вас )?за (?:обращение|ваше обращение|письмо|ваш запрос|ожидание|терпение)`,
  String.raw`\bэто (?:автоматическ\p{L}*) (?:сообщени\p{L}*|письм\p{L}*|уведомлени\p{L}*|ответ)|\bне отвечайте на (?:это|данное) (?:письмо|сообщение)`,
  String.raw`\b(?:специалист\p{L}*|сотрудник\p{L}*|оператор\p{L}*|мы) (?:свяжется|свяжутся|ответит|ответят|ответим|рассмотр\p{L}*|свяжемся|обработа\p{L}*|изучит|изучим)\b`,
  String.raw`\bв (?:ближайшее время|порядке очереди)\b`,
  // fa
  String.raw`(?:درخواست|تیکت|پیام|سوال|شکایت) شما(?: با شماره(?: \S+){1,2})? (?:با موفقیت )?(?:ثبت|دریافت|ارسال) (?:شد|گردید|شده است|شده)`,
  String.raw`(?:از )?(?:تماس|پیام|صبر|شکیبایی) شما (?:سپاسگزاریم|متشکریم|ممنونیم)|(?:با )?(?:تشکر|سپاس) از (?:تماس|پیام|صبر|شکیبایی)`,
  String.raw`(?:کارشناسان|همکاران|پشتیبانی|تیم پشتیبانی|ما) (?:ما )?(?:در اسرع وقت|به زودی|بزودی|در اولین فرصت)? ?(?:پاسخ|با شما تماس|رسیدگی|بررسی)`,
  String.raw`این (?:پیام|ایمیل) (?:به صورت )?(?:خودکار|اتوماتیک)|به این (?:ایمیل|پیام) پاسخ ندهید|در (?:حال|دست) بررسی (?:است|می باشد)`,
  // ko
  String.raw`(?:문의|요청|신청|민원|티켓)(?:가|이|하신 내용이|사항이|주신 내용이)?\s?(?:정상적으로\s?)?접수\s?(?:되었습니다|됐습니다|완료)`,
  String.raw`(?:문의|연락)(?:해|하여)?\s?주셔서 감사합니다|기다려\s?주셔서 감사합니다`,
  String.raw`순차적으로\s?(?:답변|처리|안내|확인)|(?:담당자|상담원|고객센터)(?:가|께서)?\s?(?:확인\s?후\s?|검토\s?후\s?)?(?:답변|연락|회신|안내)(?:드리겠습니다|드릴 예정|해\s?드리겠습니다)`,
  String.raw`자동\s?(?:발송|응답|회신)|발신\s?전용|회신하지 마|빠른 시일 내에\s?(?:답변|연락|처리)|확인\s?후\s?(?:답변|연락|안내)\s?드리겠습니다`,
  // es
  String.raw`\bhemos recibido (?:su|tu) (?:solicitud|mensaje|consulta|correo|ticket|caso|reclamaci[oó]n|queja|petici[oó]n)`,
  String.raw`\b(?:su|tu) (?:solicitud|ticket|caso|consulta|reclamaci[oó]n|petici[oó]n)(?: \(?#?[\p{L}\p{N}-]{3,40}\)?)? (?:ha sido|fue|se ha) (?:recibid[ao]|cread[ao]|registrad[ao]|enviad[ao])`,
  String.raw`\bgracias por (?:contactarnos|ponerse en contacto|ponerte en contacto|escribirnos|su mensaje|tu mensaje|su consulta|su paciencia|comunicarse)`,
  String.raw`\beste es un (?:mensaje|correo) autom[aá]tico|\bno responda a este (?:correo|mensaje)|\b(?:un agente|un especialista|nuestro equipo|le|te) (?:le |te )?(?:responder[aá]|responderemos|contactar[aá]|pondr[aá] en contacto|atender[aá])|\bestamos revisando (?:su|tu)\b`,
  // tr
  String.raw`\b(?:talebiniz|talebinizi|mesajınız|başvurunuz|şikayetiniz|destek talebiniz)(?: \S+)? (?:alınmıştır|alındı|oluşturuldu|oluşturulmuştur|kaydedildi|kaydedilmiştir|iletilmiştir|tarafımıza ulaşmıştır|ulaşmıştır|ulaştı|bize ulaştı)`,
  String.raw`\botomatik olarak (?:gönderil|oluşturul)\p{L}*|\bbizimle iletişime geçtiğiniz için teşekkür|\bbu (?:otomatik bir (?:mesajdır|e-postadır|yanıttır)|e-postayı yanıtlamayın)|\ben kısa sürede (?:size )?(?:dönüş|yanıt|geri dön\p{L}*|cevap)|\b(?:temsilcilerimiz|ekibimiz|destek ekibimiz|uzmanlarımız) (?:en kısa sürede )?(?:size )?(?:dönüş|yanıt|inceley)`,
  // ja
  'お問い合わせ(?:を|内容を)?(?:受け付けました|受付いたしました|承りました|受け付けいたしました)|(?:を|は)?(?:受け付けました|受付いたしました|承りました|受け付けいたしました)|(?:受付|受け付け)(?:が)?完了',
  'お問い合わせ(?:いただき)?(?:誠に)?ありがとうございます|ご連絡(?:いただき)?ありがとうございます',
  '(?:本|この)メール(?:は|は、)(?:送信専用|自動送信|自動配信)|(?:この|本)メールに(?:は)?返信しないで|担当者(?:より|から|が)(?:内容を確認(?:の上|のうえ)、?)?(?:順次)?(?:ご連絡|回答|ご返信|ご案内)|順次(?:対応|回答|ご連絡)|確認(?:の上|のうえ|し(?:て)?)、?(?:ご連絡|回答|ご返信)|(?:今|いま)しばらくお待ち|内容を(?:確認|拝見)(?:の上|のうえ|し(?:て)?|いたし)',
];

/** A greeting clause ("Hi Maria", "您好", "Здравствуйте", "با سلام", "안녕하세요", "Estimado cliente", "Merhaba", "お世話になっております"). */
export const GREETING = [
  String.raw`^(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening|day))\b`,
  '^(?:您好|你好|尊敬的|亲爱的)',
  String.raw`^(?:здравствуйте|добрый (?:день|вечер)|доброе утро|уважаем\p{L}*|привет)`,
  String.raw`^(?:سلام|با سلام|درود|کاربر (?:گرامی|عزیز)|مشتری (?:گرامی|عزیز)|وقت بخیر|با عرض سلام)`,
  '^(?:안녕하세요|고객님|회원님)',
  String.raw`^(?:hola|estimad[oa]|buen(?:os|as) (?:d[ií]as|tardes|noches)|querid[oa])`,
  String.raw`^(?:merhaba|sayın|değerli (?:müşterimiz|kullanıcımız)|iyi günler)`,
  '^(?:お世話になっております|いつも(?:ご利用|お世話)|こんにちは|.{0,20}様$)',
];

/** A closing or signature clause ("Best regards", "此致", "С уважением", "با احترام", "감사합니다", "Saludos", "Saygılarımızla", "よろしくお願いいたします"). */
export const CLOSING = [
  String.raw`^(?:best|kind|warm|warmest)? ?(?:regards|wishes)\b|^(?:sincerely|cheers|thanks|thank you|many thanks|yours (?:sincerely|truly|faithfully)|respectfully)\b|^have a (?:nice|great|good) (?:day|week|weekend)\b`,
  String.raw`\b(?:support|customer (?:service|care|support)|help ?desk|service) (?:team|center|centre|desk)$|\bteam$`,
  '^(?:此致|敬礼|祝您|祝好|谢谢|感谢您的(?:耐心|支持|理解|配合))|(?:客服|服务)(?:团队|中心|部)$|团队$',
  String.raw`^(?:с уважением|спасибо|благодарим|всего доброго|хорошего дня)|(?:служба поддержки|команда)(?: \p{L}+)?$`,
  String.raw`^(?:با احترام|با تشکر|سپاس|ممنون|با سپاس|ارادتمند)|(?:تیم|واحد) پشتیبانی(?: \p{L}+)?$`,
  '^(?:감사합니다|고맙습니다|좋은 하루)|(?:드림|고객센터|고객지원팀|팀)$',
  String.raw`^(?:saludos|atentamente|gracias|un saludo|cordialmente)|\bequipo de (?:soporte|atenci[oó]n)\b`,
  String.raw`^(?:saygılarımızla|saygılarımla|teşekkürler|teşekkür ederiz|iyi günler dileriz|iyi çalışmalar)|\bekibi$`,
  '^(?:よろしくお願い(?:いたします|します|申し上げます)|敬具|以上)|(?:サポート|カスタマーサポート|サポートセンター|窓口)(?:チーム)?$',
];

/** Helpdesk boilerplate lines: ticket fields, links to the ticket, footers. */
export const BOILERPLATE = [
  String.raw`^(?:subject|status|priority|requester|assignee|ticket|case|request|type|created|updated|category|reference)\s*(?:#|no\.?|id|number)?\s*:`,
  String.raw`^(?:view|track|check) (?:your |the )?(?:request|ticket|case)\b|^powered by\b|^this email (?:is|was) (?:a service|sent)\b|\bunsubscribe\b|^©|^copyright\b|\ball rights reserved\b`,
  String.raw`^(?:ticket|case|request|reference)\s*#?\s*[\p{L}\p{N}-]{3,40}$`,
  '^(?:工单|主题|状态|优先级|编号|工单号)\\s*[:#]',
  String.raw`^(?:тема|статус|приоритет|номер|обращение)\s*[:#№]`,
  String.raw`^(?:موضوع|وضعیت|اولویت|شماره)\s*:`,
  String.raw`^(?:제목|상태|우선순위|접수\s?번호|문의\s?번호)\s*:`,
  String.raw`^(?:asunto|estado|prioridad|n[uú]mero)\s*:`,
  String.raw`^(?:konu|durum|öncelik|talep no|numara)\s*:`,
  '^(?:件名|ステータス|優先度|お問い合わせ番号|受付番号)\\s*[:：]',
];

// --- case numbers ----------------------------------------------------------------------

/** An id: letters, digits and dashes, at least one digit (checked in code). */
const ID = String.raw`(#?[a-z0-9][a-z0-9_-]{1,39}[a-z0-9]|#?[0-9]{3,})`;

/**
 * Labels followed by the id. Each entry is [pattern, strict]: a strict label needs a
 * qualifier or separator (number / no / # / :) before a non-numeric id.
 */
export const CASE_LABELS: readonly string[] = [
  // en: "ticket #12345", "case ID: CASE-2024-00123", "request (12345)", "reference number is AB12CD"
  String.raw`\b(?:ticket|case|request|reference|ref|incident|complaint|inquiry|enquiry|tracking|support request|support ticket)\s*(?:number|no\.?|n\.o\.?|num\.?|id|code|#)?(?:\s*(?:is|:|#|=|-|—|–|\())*\s*${ID}`,
  // zh: "工单号：2024…", "工单编号为 123", "您的工单 #12345"
  String.raw`(?:工单(?:号|编号)?|单号|编号|案件(?:号|编号)|受理(?:号|编号)|投诉(?:编号|单号)|请求编号|问题编号|服务单号|事件编号|参考号|跟踪号|查询号)(?:\s*(?:为|是|:|#))*\s*${ID}`,
  // ru: "обращение № 123456", "номер заявки: 123"
  String.raw`\b(?:обращени\p{L}*|заявк\p{L}*|тикет\p{L}*|запрос\p{L}*|кейс\p{L}*|жалоб\p{L}*)\s*(?:№|#|номер|no)\s*:?\s*${ID}`,
  String.raw`\bномер\p{L}*(?: ваш\p{L}*)? (?:обращения|заявки|тикета|запроса|жалобы|претензии)\s*(?::|—|–|-)?\s*(?:no|#)?\s*${ID}`,
  String.raw`\bпод номером\s*(?:no|#)?\s*${ID}`,
  // fa: "شماره پیگیری ۱۲۳۴۵", "کد رهگیری: 987", "با شماره ۱۲۳۴۵ ثبت شد"
  String.raw`(?:شماره (?:پیگیری|تیکت|درخواست|ثبت|رهگیری)|کد (?:پیگیری|رهگیری)|تیکت|با شماره)(?: (?:شما|تان))?\s*(?::|#)?\s*${ID}`,
  // ko: "접수 번호: 12345", "티켓 #123"
  String.raw`(?:접수\s?번호|문의\s?번호|티켓\s?번호|티켓|케이스\s?번호|요청\s?번호|민원\s?번호|처리\s?번호)\s*(?::|#|는|은)?\s*${ID}`,
  // es: "número de caso: 12345", "ticket n.º 123"
  String.raw`\bn[uú]mero de (?:caso|ticket|solicitud|referencia|seguimiento|incidencia|reclamaci[oó]n)\s*(?:es)?\s*:?\s*${ID}`,
  String.raw`\b(?:caso|solicitud|incidencia|reclamaci[oó]n|referencia)\s*(?:n\.?o\.?|n[uú]m\.?|#|id)\s*:?\s*${ID}`,
  // tr: "talep numaranız: 12345", "#12345 numaralı talebiniz"
  String.raw`\b(?:talep|talebi|bilet|destek talebi|vaka|referans|başvuru|kayıt|kaydı|şikayet)\p{L}*\s*(?:numarası|numaranız|no|kodu|id)\p{L}*\s*:?\s*${ID}`,
  // ja: "お問い合わせ番号：12345"
  String.raw`(?:お問い合わせ番号|問い合わせ番号|受付番号|チケット番号|チケット|ケース番号|管理番号|案件番号|照会番号)\s*(?:は|:|#)?\s*${ID}`,
];

/** Ids written before their label ("12345 numaralı talebiniz"). */
export const CASE_BEFORE_LABEL = [
  // Only at the start of a token: an unanchored id would be tried at every digit of a long number.
  String.raw`(?<![a-z0-9_#-])${ID}\s*(?:numaralı|nolu|no'lu)\s*(?:talep|talebi|bilet|başvuru|destek|kayıt|kaydı|şikayet)`,
  String.raw`(?:talep|talebi|bilet|başvuru|kayıt|kaydı|şikayet)\p{L}*\s+${ID}\s*numarası`,
];

/** "№ 123456" standalone (NFKC folds '№' to "no", so this is matched on the original text). */
export const NUMERO_ID = /№\s*([0-9\u06F0-\u06F9\u0660-\u0669]{3,20})(?![\p{L}\p{N}])/gu;

/** A bare "#12345" (four or more digits) anywhere, e.g. in a subject line. */
export const HASH_ID = String.raw`(?<![\p{L}\p{N}&])#([0-9]{4,20})\b`;

/** After a candidate: what shows it is an amount, a duration or a phone number, not a case. */
export const NOT_CASE_AFTER = String.raw`^\s*(?:btc|eth|usdt|usdc|usd|eur|dollars?|euros?|[$€£¥%]|hours?|days?|minutes?|business|working|小时|天|个工作日|工作日|分钟|元|часов|час|дней|дня|рабочих|ساعت|روز|시간|일|영업일|horas?|d[ií]as?|saat|gün|時間|日|営業日|円|원)\b|^\s*(?:تماس|call)`;
