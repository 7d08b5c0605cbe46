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
  String.raw`\b(?:an? (?:support )?(?:agent|specialist|representative|member of (?:our|the) (?:support )?team)|one of our (?:agents|specialists|representatives|team members|support (?:agents|staff))|(?:our|the)(?: [\p{L}\p{N}-]+){0,3}? (?:team|staff|department|agents|specialists)|someone(?: from our team)?|we)(?: \p{L}+){0,2}? (?:will|'ll|shall|are going to|would) (?:get back to you|reply|respond|answer|contact you|reach out|be in touch|review|look into|investigate|follow up|assist you|help you|process|handle|check|update you)\b`,
  String.raw`\bwe(?:'ll| will)? (?:aim|strive|try|endeavou?r) to (?:respond|reply|get back|answer)\b|\b(?:our )?(?:average |typical |usual )?response times? (?:is|are|may be|can be)\b|\bdue to (?:a )?(?:high|higher than usual|increased) (?:volume|number)\b|\bwe are (?:currently )?(?:experiencing|receiving) (?:a )?(?:high|higher|large)\b`,
  String.raw`\b(?:we )?appreciate your (?:patience|understanding)\b|\bplease (?:be patient|allow (?:us )?(?:up to )?\d+|wait (?:for|while))\b|\bin the meantime,? (?:you (?:can|may)|feel free|please|we recommend)\b`,
  String.raw`\b(?:to add (?:additional|more) (?:comments|information)|you can (?:view|check|track) (?:the status of )?your (?:request|ticket|case))\b|\breply to this e-?mail to add\b`,
  String.raw`\b(?:your )?(?:ticket|case|request|reference|tracking) (?:number|no\.?|id) (?:is|:)`,
  String.raw`\bwe(?:'re| are) (?:currently )?(?:looking into|reviewing|working on|investigating|checking) (?:it|this|that|the matter|the issue|your \p{L}+)\b`,
  String.raw`\bwill (?:update|get back to|reply to|respond to|notify|inform) you (?:shortly|soon|as soon as|once|when|within|in|by|asap)\b`,
  String.raw`\bwe(?:'ll| will) be back\b|\byou(?:'ll| will) (?:get|receive) (?:our )?repl(?:y|ies) (?:here|by e-?mail|to)\b|\b(?:the team|we) (?:typically|usually|normally|generally) (?:replies|reply|responds?|answers?) (?:in|within)\b`,
  // zh
  '(?:我们)?(?:已|已经)(?:收到|接到|受理|记录)(?:了)?(?:您|你)?的?(?:请求|问题|工单|反馈|邮件|来信|咨询|申请|投诉|留言|消息|需求)',
  '(?:您|你)的(?:工单|请求|问题|申请|投诉|反馈|咨询)(?:\\S{0,20})?(?:已|已经)(?:成功)?(?:提交|创建|建立|受理|生成|收到|记录|转交|登记)',
  '感谢(?:您|你)(?:的)?(?:联系|来信|咨询|反馈|耐心|留言|支持与理解|提交)|谢谢(?:您|你)的(?:来信|联系|耐心)',
  '(?:我们|客服(?:人员|专员|团队|中心)?|工作人员|专员|相关部门|团队)(?:会|将|将会)[^。!?\\n,;]{0,12}?(?:回复|处理|联系|跟进|答复|核实|审核)',
  '(?:这是|此为|本邮件为|本邮件是|此邮件为|此邮件是|该邮件为|本邮件由|此邮件由)(?:一封)?(?:系统)?自动(?:回复|发送|生成)|请勿(?:直接)?回复(?:此|本|该)?(?:邮件|消息)?|正在(?:处理|审核|核实)中|请耐心等(?:待|候)|已(?:转交|提交)(?:至|给)?相关部门',
  // ru
  String.raw`\b(?:мы )?получили ваш\p{L}* (?:обращени\p{L}*|запрос\p{L}*|письм\p{L}*|заявк\p{L}*|сообщени\p{L}*|жалоб\p{L}*)`,
  String.raw`\b(?:ваш\p{L}* )?(?:обращени\p{L}*|запрос\p{L}*|заявк\p{L}*|тикет\p{L}*|жалоб\p{L}*)(?: (?:no|#|номер)\s?[\p{L}\p{N}-]+)? (?:успешно )?(?:зарегистрирован\p{L}*|принят\p{L}*|получен\p{L}*|создан\p{L}*|передан\p{L}*)`,
  String.raw`\b(?:спасибо|благодарим) (?:вас )?за (?:обращение|ваше обращение|письмо|ваш запрос|ожидание|терпение)`,
  String.raw`\bэто (?:автоматическ\p{L}*) (?:сообщени\p{L}*|письм\p{L}*|уведомлени\p{L}*|ответ)|\bне отвечайте на (?:это|данное) (?:письмо|сообщение)`,
  String.raw`\b(?:специалист\p{L}*|сотрудник\p{L}*|оператор\p{L}*|мы)(?: \p{L}+){0,3}? (?:свяжется|свяжутся|ответит|ответят|ответим|рассмотр\p{L}*|свяжемся|обработа\p{L}*|изучит|изучим)\b`,
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
  String.raw`\bse (?:ha|han) (?:cread[ao]|registrad[ao]|abiert[ao]|generad[ao]) (?:el|la|su|tu|un|una) (?:caso|case|ticket|solicitud|incidencia|consulta|n[uú]mero de (?:caso|ticket|solicitud))\b`,
  String.raw`\bhemos recibido (?:su|tu) (?:solicitud|mensaje|consulta|correo|ticket|caso|reclamaci[oó]n|queja|petici[oó]n)`,
  String.raw`\b(?:su|tu) (?:solicitud|ticket|caso|consulta|reclamaci[oó]n|petici[oó]n)(?: \(?#?[\p{L}\p{N}-]{3,40}\)?)? (?:ha sido|fue|se ha) (?:recibid[ao]|cread[ao]|registrad[ao]|enviad[ao])`,
  String.raw`\bgracias por (?:contactarnos|ponerse en contacto|ponerte en contacto|escribirnos|su mensaje|tu mensaje|su consulta|su paciencia|comunicarse)`,
  String.raw`\beste es un (?:mensaje|correo) autom[aá]tico|\bno responda a este (?:correo|mensaje)|\b(?:un agente|un especialista|nuestro equipo|le|te)(?: \p{L}+){0,4}? (?:le |te )?(?:responder[aá]|responderemos|contactar[aá]|pondr[aá] en contacto|atender[aá])|\bestamos revisando (?:su|tu)\b`,
  // tr
  String.raw`\b(?:talebiniz|talebinizi|mesajınız|başvurunuz|şikayetiniz|destek talebiniz)(?: \S+)? (?:alınmıştır|alındı|oluşturuldu|oluşturulmuştur|kaydedildi|kaydedilmiştir|iletilmiştir|tarafımıza ulaşmıştır|ulaşmıştır|ulaştı|bize ulaştı)`,
  String.raw`\botomatik olarak (?:gönderil|oluşturul)\p{L}*|\bbizimle iletişime geçtiğiniz için teşekkür|\bbu (?:otomatik bir (?:mesajdır|e-postadır|yanıttır)|e-postayı yanıtlamayın)|\ben kısa sürede (?:size )?(?:dönüş|yanıt|geri dön\p{L}*|cevap)|\b(?:temsilcilerimiz|ekibimiz|destek ekibimiz|uzmanlarımız) (?:en kısa sürede )?(?:size )?(?:dönüş|yanıt|inceley)`,
  // ja
  'お問い合わせ(?:を|内容を)?(?:受け付けました|受付いたしました|承りました|受け付けいたしました)|(?:を|は)?(?:受け付けました|受付いたしました|承りました|受け付けいたしました)|(?:受付|受け付け)(?:が)?完了',
  'お問い合わせ(?:いただき|頂き)?[、,]?\\s?(?:まして)?[、,]?\\s?(?:誠に|まことに)?ありがとうございます|ご連絡(?:いただき|頂き)?[、,]?\\s?(?:誠に)?ありがとうございます',
  '(?:本|この)メール(?:は|は、)(?:送信専用|自動送信|自動配信)|(?:この|本)メールに(?:は)?返信しないで|担当者(?:より|から|が)[^。!?\\n]{0,12}?(?:ご連絡|回答|ご返信|ご案内)|順次(?:対応|回答|ご連絡)|確認(?:の上|のうえ|し(?:て)?)、?(?:ご連絡|回答|ご返信)|(?:今|いま)しばらくお待ち|内容を(?:確認|拝見)(?:の上|のうえ|し(?:て)?|いたし)',
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
  String.raw`\b(?:el|su|tu|del) (?:caso|ticket|incidencia)\s+(#?[0-9][a-z0-9-]{3,39})`,
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

// --- ticket-process sentences ----------------------------------------------------------

/**
 * Words of ticket-process template sentences: what the request is, who will answer, when,
 * how to add to it, where to look meanwhile ("Our team is currently experiencing a high
 * volume of requests", "Please do not create duplicate tickets", "You can reply to this
 * email to add more information", "Специалист службы поддержки ответит вам в ближайшее
 * время", "در اسرع وقت (حداکثر ۴۸ ساعت کاری) پاسخ خواهند داد"). A clause made only of
 * these and FUNCTION_WORDS says nothing about the user's question, in whatever order or
 * with whatever words inserted. Never the words of an answer (account, withdrawal, address,
 * password, settings…). Each entry is a whole folded token (`\p{L}*` for endings).
 */
export const PROCESS_WORDS = [
  // en
  String.raw`tickets?|requests?|cases?|inquir(?:y|ies)|enquir(?:y|ies)|quer(?:y|ies)|messages?|e?-?mails?|e|repl(?:y|ies|ying|ied)|respond(?:s|ing|ed)?|responses?|answers?|answered|questions?|support|teams?|agents?|specialists?|representatives?|staff|members?|customers?|service|help|helpdesk|center|centre|desk|faqs?|knowledge|base|articles?|guides?|resources|self|portal|page|meanwhile|meantime|times?|hours?|hrs?|h|days?|business|working|minutes?|weeks?|high|higher|large|heavy|increased|volume|number|usual|usually|normal|normally|longer|than|experienc\p{L}*|currently|receiv\p{L}*|status|check|track|view|updates?|updat\p{L}*|notif\p{L}*|inform\p{L}*|contact\p{L}*|reach\p{L}*|touch|get|back|soon|shortly|possible|asap|order|queue|duplicates?|creat\p{L}*|submit\p{L}*|open\p{L}*|new|same|issue|matter|delay\p{L}*|review\p{L}*|process\p{L}*|handl\p{L}*|patience|patient|thank|thanks|appreciate\p{L}*|automat\p{L}*|generated|sent|monitored|link|directly|add|adding|comments?|information|info|details|regarding|concerning|subject|reference|earliest|convenience|first|priority|assist\p{L}*|find|common|commonly|frequently|asked|existing|separate|further|additional|more|below|above|following|via|through|within|next|served|promptly|quickly|possibly|available|availability|hesitate|free|feel|wait\p{L}*|while|works?|open|closed|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekends?|holidays?|public|utc|gmt|cet|est|pst|am|pm|office|hotline|online|sequence|arrival|received|arrive\p{L}*|incoming|load|demand|busy|backlog|expected|estimated|delivered|forwarded|assigned|logged|registered|confirm\p{L}*|acknowledg\p{L}*`,
  // es
  String.raw`solicitud\p{L}*|caso\p{L}*|case|consultas?|mensajes?|correos?|electr[oó]nico|respuestas?|respond\p{L}*|contest\p{L}*|equipo|miembro|agentes?|especialistas?|soporte|atenci[oó]n|clientes?|centro|ayuda|preguntas?|frecuentes|mientras|tanto|consultar|visitar|encontrar|plazo|horas?|d[ií]as?|h[aá]biles|laborables|minutos?|semanas?|antes|posible|pronto|brevedad|cread[ao]s?|crear|recib\p{L}*|registrad[ao]|enviad[ao]|autom[aá]tic\p{L}*|duplicad\p{L}*|nuev[ao]s?|abrir|mism[ao]|asunto|retras\p{L}*|demora\p{L}*|volumen|alto|elevado|n[uú]mero|estado|seguimiento|informaci[oó]n|adicional|agregar|a[nñ]adir|gracias|paciencia|comprensi[oó]n|contact\p{L}*|notific\p{L}*|inform\p{L}*|revis\p{L}*|atend\p{L}*|orden|llegada|art[ií]culos?|base|conocimientos?|actualizaci\p{L}*|gestion\p{L}*|tramit\p{L}*`,
  // ru
  String.raw`обращени\p{L}*|заяв\p{L}*|пис[её]м\p{L}*|дежурн\p{L}*|обязательно|порядк\p{L}*|очередн\p{L}*|запрос\p{L}*|тикет\p{L}*|письм\p{L}*|сообщени\p{L}*|специалист\p{L}*|сотрудник\p{L}*|оператор\p{L}*|служб\p{L}*|поддержк\p{L}*|ответ\p{L}*|свяж\p{L}*|связ\p{L}*|ближайш\p{L}*|время|времени|течени\p{L}*|час\p{L}*|сут\p{L}*|дн(?:ей|я|ь)|день|рабоч\p{L}*|минут\p{L}*|недел\p{L}*|созда\p{L}*|повторн\p{L}*|дублир\p{L}*|автоматическ\p{L}*|сформирован\p{L}*|отправлен\p{L}*|част\p{L}*|вопрос\p{L}*|справочн\p{L}*|центр\p{L}*|помощ\p{L}*|раздел\p{L}*|баз\p{L}*|знани\p{L}*|пока|тем|временем|ожидани\p{L}*|благодар\p{L}*|спасибо|терпени\p{L}*|уведом\p{L}*|электронн\p{L}*|почт\p{L}*|статус\p{L}*|номер\p{L}*|рассмотр\p{L}*|обработ\p{L}*|очеред\p{L}*|получ\p{L}*|зарегистр\p{L}*|принят\p{L}*|отвеч\p{L}*|дополнительн\p{L}*|информаци\p{L}*|добав\p{L}*|нагрузк\p{L}*|высок\p{L}*|больш\p{L}*|количеств\p{L}*|объ[её]м\p{L}*|срок\p{L}*|порядк\p{L}*|задерж\p{L}*|нов\p{L}*|тем\p{L}*|возможност\p{L}*|скоре\p{L}*|кратчайш\p{L}*|клиент\p{L}*|пользовател\p{L}*`,
  // fa
  String.raw`درخواست\p{L}*|تیکت\p{L}*|پیام\p{L}*|ایمیل\p{L}*|پاسخ\p{L}*|کارشناس\p{L}*|همکار\p{L}*|پشتیبانی|تیم|اسرع|وقت|حداکثر|ساعت\p{L}*|روز\p{L}*|کاری|خواهند|خواهیم|خواهد|داد|داده|دهند|دهیم|جدید|ثبت|نکنید|نکن\p{L}*|تکراری|موضوع|بررسی|رسیدگی|خودکار|اتوماتیک|ارسال|شده|شد|گردید|پیگیری|شماره|وضعیت|مرکز|راهنما|راهنمایی|سوال\p{L}*|سؤال\p{L}*|متداول|صبر|شکیبایی|سپاس\p{L}*|متشکر\p{L}*|ممنون\p{L}*|تماس|زودی|بزودی|اولین|فرصت|دریافت|نتیجه|اطلاع|اطلاعات|بیشتر|حجم|بالا|زیاد|کاربر|کاربران|گرامی|عزیز|مشتری|مشتریان|نوبت|ترتیب|تاخیر|تأخیر|مجدد|مجددا|دوباره`,
  // ko (token starts)
  String.raw`(?:문의|접수|답변|회신|연락|안내|처리|확인|검토|담당|상담|고객|센터|영업일|기준|이내|순차|정상|메일|이메일|발신|전용|자동|티켓|중복|동일|다시|기다려|기다리|감사|빠른|시일|최대한|신속|결과|통해|알려|드리|드립|드릴|주시|주세요|바랍니다|양해|많아|지연|요청|번호|도움말|자주|묻는|질문|참고|참조|해당|내용|시간|이용|소요|예정|순서|현재|평소|부탁)\p{L}*|일|주|분|본|이내에|내|내에|후|중|및|또는|그리고|더|수|있습니다|있으며|있는|합니다|됩니다|하여|해|하겠습니다|드리겠습니다|주시기|바랍니다`,
  // tr
  String.raw`talep\p{L}*|taleb\p{L}*|sırayla|sırası\p{L}*|destek\p{L}*|yanıt\p{L}*|cevap\p{L}*|dönüş\p{L}*|ekip\p{L}*|temsilci\p{L}*|müşteri\p{L}*|e-?posta\p{L}*|posta\p{L}*|otomatik\p{L}*|gönder\p{L}*|kısa|süre\p{L}*|iş|gün\p{L}*|saat\p{L}*|içinde|içerisinde|bilgi\p{L}*|yardım\p{L}*|merkez\p{L}*|sık|sorulan|soru\p{L}*|mesaj\p{L}*|kayıt\p{L}*|kayd\p{L}*|numara\p{L}*|incele\p{L}*|oluştur\p{L}*|tekrar\p{L}*|yeni|aynı|konu\p{L}*|gecik\p{L}*|yoğun\p{L}*|bekle\p{L}*|sabr\p{L}*|sabır\p{L}*|anlayış\p{L}*|teşekkür\p{L}*|ilet\p{L}*|ulaş\p{L}*|alın\p{L}*|durum\p{L}*|sıra\p{L}*|yanıtlama\p{L}*|bildir\p{L}*|yapacak\p{L}*|yapılacak\p{L}*|yapıl\p{L}*|sürede|zamanda`,
];

/** Words that carry nothing by themselves (articles, pronouns, auxiliaries, "please"), in the space-separated bank languages. */
export const FUNCTION_WORDS = [
  // en
  String.raw`the|a|an|and|or|but|our|ours|your|yours|you|we|us|i|me|my|it|its|this|that|these|those|is|are|was|were|be|been|being|am|will|would|can|could|may|might|shall|should|must|do|does|did|don|doesn|not|no|please|kindly|for|of|to|in|on|at|by|with|from|as|so|if|any|all|also|just|here|there|now|then|once|when|what|which|who|how|up|re|ve|ll|s|t|d|m|have|has|had|one|some|each|every|out|into|about|again|still|yet|very|much|many|most|other|another|own|well|let|like|sure|able|need|needed|time|take|takes|taking|took|little|bit|avoid|multiple|several|simply|want|wish|make|making|ensure|keep|allow|unusually|unusual|incoming|extra|significantly|slightly|somewhat|always|note|already|even|only|such|due|because|since|during|until|lot|lots|great|small|way|ways|thing|things|anything|something|everything|everyone|someone|anyone|refrain|kind|best|happy|glad|hear|hearing|look|looking|forward|therefore|thus|meantime|result|means|know|let|than`,
  // es
  String.raw`el|la|los|las|un|una|unos|unas|de|del|al|a|en|y|e|o|u|que|se|su|sus|tu|tus|le|les|te|nos|nuestr[oa]s?|usted|ustedes|por|favor|para|con|sin|lo|es|son|ha|han|he|sido|ser|est[aá]|est[aá]n|este|esta|esto|estos|estas|ese|esa|muy|m[aá]s|ya|si|s[ií]|no|puede|puedes|pueden|podr[aá]|podr[aá]s|hemos|hay|tambi[eé]n|como|cuando|donde|le|lo|me|mi|mis|cualquier|todo|toda|todos|otra|otro|nos|vez|hasta|desde|sobre|recomendamos|le|les|uno|unos|nuestros|mucho|muchas|muchos|gran|cantidad|evitar|simplemente|solo|s[oó]lo|ya|poco|m[aá]s|actualmente|debido`,
  // ru
  String.raw`и|в|во|на|с|со|по|к|ко|о|об|от|до|за|из|для|не|но|а|что|это|этот|эта|эти|этого|этом|данн\p{L}*|вы|вас|вам|вами|ваш\p{L}*|мы|нас|нам|наш\p{L}*|пожалуйста|также|уже|если|или|как|так|чтобы|будет|будут|быть|был\p{L}*|может|можете|можно|при|оно|он|она|они|его|ее|её|их|все|всё|всех|любой|любые|любом|просим|просьба|только|еще|ещё|же|ли|бы|где|когда|через|после|между|этому|эту|этой|эт\p{L}*|тот|той|том|ту|свой|свои|своего|сам\p{L}*|котор\p{L}*|просьбе|пожалуйста|обязательно|наиболее|чем|обычно|обычного|сейчас|данный|также|вместе|связи`,
  // fa
  String.raw`و|در|به|از|با|که|را|این|ان|آن|برای|تا|یا|شما|ما|است|هست|هستند|می|ها|های|خود|لطفا|لطفاً|هم|نیز|بر|اگر|یک|هر|توسط|جهت|طی|ظرف|مدت|پس|قبل|بعد|باشد|باشید|کنید|کنیم|کند|نمایید|فرمایید|خواهشمند|است|بوده|گرفته|قرار|گیرد|همین|آن|ان|واحد|ساعات|بخش|لازم|بفرمایید|حتما|ضمن|حال|هنگام`,
  // tr
  String.raw`ve|ile|bu|şu|o|için|bir|de|da|en|size|sizin|siz|sizi|biz|bizim|bize|daha|çok|lütfen|olarak|olan|gibi|her|veya|ya|ki|mi|ne|ama|sonra|önce|kadar|tarafından|tarafımızdan|tarafımıza|herhangi|tüm|şekilde|göre`,
];

/** Ticket-process words in Chinese (folded to Simplified) and Japanese, found anywhere in a run of CJK characters. */
export const CJK_PROCESS_WORDS = [
  // zh
  '工单|请求|问题|邮件|来信|咨询|申请|反馈|留言|消息|客服|人员|专员|团队|中心|工作人员|处理|结果|通过|通知|回复|答复|联系|跟进|核实|审核|提交|重复|创建|成功|收到|受理|记录|尽快|第一时间|及时|耐心|等待|等候|感谢|谢谢|系统|自动|发送|生成|直接|请勿|工作日|小时|分钟|之内|以内|期间|帮助|常见|查看|查询|进度|状态|编号|单号|较多|较大|高峰|排队|顺序|依次|延迟|延误|谅解|支持|相关|部门|转交|登记|补充|信息|同一|再次|多次|服务|时间|内容|获取|答案|用户|客户|您好|尊敬|最新|短信|站内信|稍后|随时|告知|安排|工作|时效|当前|目前|量大|繁忙',
  // ja
  'お問い合わせ|問い合わせ|問合せ|内容|受付|受け付け|担当者|担当|順次|連絡|回答|返信|案内|確認|改めて|メール|送信|専用|自動|配信|アドレス|営業日|時間|以内|程度|お待ち|今しばらく|しばらく|ありがとうございます|誠に|番号|重複|再度|同じ|質問|ヘルプセンター|サポート|カスタマー|センター|窓口|対応|受信|完了|結果|通知|以下|上記|件名|混雑|多く|大変|遅れ|予め|了承|お客様|当社|弊社|場合|件|本|目安|前後|土日祝|祝日|休業|除く|順番|現在|通常|よりも|お時間|頂|返答|別途|追加|情報|送付|下記',
];

/** Chinese and Japanese function characters and words ("您", "的", "我们", "将"; Japanese particles are hiragana and are not counted). */
export const CJK_FUNCTION_WORDS = [
  '我们|您|你|我|的|了|将|会|在|请|给|与|和|及|并|是|对|于|以|可|也|都|把|被|从|中|上|后|前|好|这|那|个|一|些|到|有|要|需|能|此|该|本|为|由|勿|不|如|若|内|天|日|已|经|进行|相应|时|等|其|新|次|多|大|高|较|更|再|即|则|如有|方面|您的|感谢您',
  '様|日|分|方|度|内|際|者|当|上|下|前|後|中|間|皆様|弊|貴|御|当方',
];
