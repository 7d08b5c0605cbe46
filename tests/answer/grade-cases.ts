/**
 * Hand-written replies for the grader tests, per bank language: a good answer, a partial one,
 * an off-topic one (an answer to another bank question) and an automatic acknowledgement.
 * Separate from fixtures/replies/ (the benchmark set), so the tests do not drift toward it.
 */
import type { QuestionId } from '../../src/types/knowledge.js';

export interface LangCase {
  lang: string;
  question: QuestionId;
  good: string;
  partial: string;
  offTopic: string;
  autoAck: string;
}

export const DOMAIN = 'nimbus-exchange.example';

export const CASES: LangCase[] = [
  {
    lang: 'en',
    question: 'enable-2fa',
    good: `Hi Jordan,

Thanks for getting in touch. Here's how to turn on 2FA:
1. Log in and open Account → Security settings.
2. Next to "Authenticator app", click Enable and scan the QR code with Google Authenticator or Authy.
3. Type in the 6-digit code from the app to confirm.
4. Save the backup codes shown on screen somewhere safe and offline.

You can also register a passkey or a hardware security key (YubiKey) on the same page. We don't recommend relying on SMS, since it is the least secure option (SIM swapping).

Cheers,
Nimbus Support`,
    partial: `Hello, you can switch on two-factor authentication in your security settings. Thanks!`,
    offTopic: `Hello, the withdrawal fee for USDT depends on the network: TRC20 costs 1 USDT and ERC20 about 5 USDT. The minimum withdrawal is 10 USDT. Thanks!`,
    autoAck: `Thank you for contacting Nimbus Support. This is an automated response to confirm that we have received your request (ticket #88231). One of our agents will reply as soon as possible. Please do not reply to this email.`,
  },
  {
    lang: 'zh',
    question: 'withdrawal-pending',
    good: `您好，请按以下步骤排查：
1. 在【资产】>【提币记录】中查看该笔提币的状态，如显示“已完成”，请复制交易哈希（TxID）；
2. 将 TxID 粘贴到区块浏览器（如 mempool.space）中查询确认数，BTC 一般需要 2 个区块确认；
3. 比特币网络拥堵时，矿工费较低的交易可能需要等待数小时；
4. 请核对提币地址和选择的网络是否正确。
如超过 2 小时仍显示“处理中”，请联系在线客服并提供 TxID。`,
    partial: `您好，请在提币记录中找到TxID，然后去区块浏览器查询一下。`,
    offTopic: `您好，身份认证需要上传身份证或护照正反面照片，并完成人脸识别，审核一般在24小时内完成。`,
    autoAck: `您好，您的工单（编号：#CN-20913）已提交成功，我们的客服将尽快回复您，请耐心等待。此邮件为系统自动发送，请勿直接回复。`,
  },
  {
    lang: 'zh-Hant',
    question: 'enable-2fa',
    good: `您好，開啟雙重驗證的步驟如下：
1. 登入後前往「個人中心」>「安全設定」；
2. 點選「谷歌驗證器」的「綁定」，使用 Google Authenticator 掃描 QR Code，並輸入 6 位數驗證碼；
3. 請將 16 位數的備份金鑰抄寫在紙上妥善保存，手機遺失時可用來恢復。
您也可以綁定實體安全金鑰（YubiKey）。簡訊驗證的安全性較低，建議優先使用驗證器。`,
    partial: `您好，請到安全設定頁面開啟雙重驗證即可。`,
    offTopic: `您好，USDT 提幣手續費依網路而不同：TRC20 為 1 USDT，ERC20 約 5 USDT，最低提幣數量為 10 USDT。`,
    autoAck: `您好，我們已收到您的來信（案件編號：TW-55120），客服人員將盡快回覆您。此為系統自動回覆，請勿直接回覆本郵件。`,
  },
  {
    lang: 'ru',
    question: 'kyc-documents',
    good: `Здравствуйте!

Для верификации личности понадобятся:
1. Паспорт или ID-карта (фото обеих сторон), либо водительское удостоверение.
2. Селфи: проверка «живого» лица через камеру телефона.
3. Для расширенного уровня верификации — подтверждение адреса: счёт за коммунальные услуги или выписка из банка не старше 3 месяцев.

Проверка обычно занимает до 24 часов. Убедитесь, что фото чёткие и все четыре угла документа видны.

С уважением,
Поддержка Nimbus`,
    partial: `Здравствуйте! Для верификации нужен паспорт. Спасибо.`,
    offTopic: `Здравствуйте! Чтобы создать API-ключ, откройте «Профиль» → «Управление API», включите разрешение на торговлю и добавьте IP-адрес в белый список. Секретный ключ показывается только один раз.`,
    autoAck: `Здравствуйте! Ваше обращение зарегистрировано под номером #RU-77812. Мы ответим вам в ближайшее время. Это автоматическое сообщение, пожалуйста, не отвечайте на него.`,
  },
  {
    lang: 'fa',
    question: 'phishing-check',
    good: `سلام وقت بخیر
این ایمیل از طرف ما ارسال نشده و یک ایمیل فیشینگ است. لطفا روی لینک کلیک نکنید و هیچ اطلاعاتی وارد نکنید.
۱. دامنه رسمی ما فقط nimbus-exchange.example است؛ می‌توانید آدرس‌ها را در صفحه تأیید کانال‌های رسمی بررسی کنید.
۲. از بخش امنیت، کد ضد فیشینگ تنظیم کنید تا در همه ایمیل‌های رسمی نمایش داده شود.
۳. ایمیل مشکوک را به phishing@nimbus-exchange.example گزارش دهید.
ما هرگز رمز عبور یا کد تایید شما را درخواست نمی‌کنیم. اگر روی لینک کلیک کرده‌اید، فورا رمز عبور خود را تغییر دهید.
با احترام`,
    partial: `سلام، این ایمیل فیشینگ است و از طرف ما نیست. لطفا روی لینک کلیک نکنید.`,
    offTopic: `سلام، برای احراز هویت به کارت ملی یا گذرنامه و یک عکس سلفی نیاز دارید. بررسی مدارک تا ۲۴ ساعت طول می‌کشد.`,
    autoAck: `کاربر گرامی، درخواست شما با شماره تیکت ۴۵۱۲۳ ثبت شد. کارشناسان ما در اسرع وقت پاسخ خواهند داد. این پیام به صورت خودکار ارسال شده است.`,
  },
  {
    lang: 'ko',
    question: 'api-key-permissions',
    good: `안녕하세요, 고객님.
1. 마이페이지 > API 관리에서 'API 키 생성'을 눌러 주세요.
2. 권한 설정에서 '거래' 권한만 체크하시고 '출금' 권한은 체크하지 마세요.
3. IP 주소 제한을 설정해 서버 IP만 허용해 주세요 (화이트리스트).
4. 시크릿 키는 생성 시 한 번만 표시되니 안전하게 보관하시고 절대 공유하지 마세요.
감사합니다.`,
    partial: `안녕하세요. API 관리 메뉴에서 API 키를 만드실 수 있습니다. 감사합니다.`,
    offTopic: `안녕하세요. 본인 인증을 위해 신분증(주민등록증, 운전면허증 또는 여권)과 셀카 사진을 제출해 주세요. 심사는 보통 1~2 영업일 소요됩니다.`,
    autoAck: `안녕하세요. 고객님의 문의가 정상적으로 접수되었습니다. (접수번호: KR-30118) 담당자가 확인 후 순차적으로 답변드리겠습니다. 본 메일은 발신 전용입니다.`,
  },
  {
    lang: 'es',
    question: 'wrong-network-deposit',
    good: `Hola,

Sentimos lo ocurrido. Que podamos recuperar el depósito depende de la red utilizada: si la red es compatible con nuestra plataforma y la dirección es nuestra, normalmente se pueden recuperar los fondos; si no, no se pueden recuperar.

Envíe una solicitud de recuperación con el TxID (hash de la transacción), la moneda, el importe y la red que utilizó. La recuperación tiene una comisión de 50 USDT y tarda entre 2 y 4 semanas. No podemos garantizar que la recuperación tenga éxito.

Saludos,
Soporte Nimbus`,
    partial: `Hola, envíenos el TxID de la transacción y lo revisaremos. Saludos.`,
    offTopic: `Hola, para activar la autenticación de dos factores vaya a Perfil > Seguridad y escanee el código QR con Google Authenticator. Guarde la clave de respaldo. Saludos.`,
    autoAck: `Hola, hemos recibido su solicitud (ticket n.º 66120). Nuestro equipo le responderá lo antes posible. Este es un mensaje automático, por favor no responda.`,
  },
  {
    lang: 'tr',
    question: 'lost-2fa-device',
    good: `Merhaba,

Telefonunuzu kaybettiyseniz:
1. 2FA kurulumunda yedek anahtarınızı (kurtarma kodunu) kaydettiyseniz, yeni telefonunuzdaki doğrulama uygulamasına bu anahtarı girerek erişimi geri alabilirsiniz.
2. Yedek anahtarınız yoksa giriş ekranında "Doğrulayıcıya erişimim yok" seçeneğine tıklayarak 2FA sıfırlama talebi oluşturun. Kimliğinizi doğrulamak için kimlik belgenizin fotoğrafını ve bir selfie yüklemeniz gerekir.

İnceleme genellikle 1-2 iş günü sürer. Güvenliğiniz için sıfırlamadan sonra 24 saat boyunca çekim işlemleri kısıtlanır.

Saygılarımızla`,
    partial: `Merhaba, 2FA sıfırlama talebi oluşturabilirsiniz. İyi günler.`,
    offTopic: `Merhaba, USDT çekim ücreti ağa göre değişir: TRC20 için 1 USDT, ERC20 için yaklaşık 5 USDT. Minimum çekim tutarı 10 USDT'dir.`,
    autoAck: `Merhaba, talebiniz alınmıştır. Talep numaranız: #TR-44120. Destek ekibimiz en kısa sürede size dönüş yapacaktır. Bu e-posta otomatik olarak gönderilmiştir.`,
  },
  {
    lang: 'ja',
    question: 'withdrawal-fee',
    good: `お問い合わせありがとうございます。

USDTの出金手数料はネットワークによって異なります。
・TRC20：1 USDT（最小出金額 10 USDT）
・ERC20：約5 USDT（ネットワーク状況により変動、最小出金額 20 USDT）
・BEP20：0.8 USDT

最新の手数料一覧は https://www.nimbus-exchange.example/ja/fees をご覧ください。出金画面でも確定前に手数料が表示されます。受取側のウォレットが対応しているネットワークと同じものを必ず選択してください。`,
    partial: `お問い合わせありがとうございます。出金手数料はネットワークによって異なります。`,
    offTopic: `お問い合わせありがとうございます。本人確認には、パスポートまたは運転免許証とセルフィーの撮影が必要です。審査は通常24時間以内に完了します。`,
    autoAck: `お問い合わせいただきありがとうございます。本メールは自動送信です。お問い合わせ（受付番号：#JP-88120）を受け付けました。担当者より順次ご連絡いたします。`,
  },
];

/** A second question per language: a good and a partial answer (acknowledgements do not depend on the question). */
export interface MoreCase {
  lang: string;
  question: QuestionId;
  good: string;
  partial: string;
}

export const MORE_CASES: MoreCase[] = [
  {
    lang: 'en',
    question: 'withdrawal-pending',
    good: `Hi Sam,

Sorry for the wait. Please check these points:
1. Open Wallet → Withdrawal history and look at the status. If it says "Completed", copy the TxID.
2. Search the TxID on a block explorer such as mempool.space to see the number of confirmations.
3. The Bitcoin network is congested at the moment, so transactions with a low fee rate can take a few hours.
4. Double-check that the withdrawal address and the network you selected are correct.

If it is still processing after 2 hours, reply here with the TxID and we'll escalate it.

Regards,
Nimbus Support`,
    partial: `Hi, please look up the TxID in your withdrawal history and check it on a block explorer. Thanks.`,
  },
  {
    lang: 'zh',
    question: 'enable-2fa',
    good: `您好，开启双重验证的方法如下：
1. 登录后进入【个人中心】>【安全设置】；
2. 在“谷歌验证器”一栏点击“绑定”，用 Google Authenticator 扫描二维码并输入 6 位验证码；
3. 请将页面显示的备份密钥抄写在纸上妥善保管。
您也可以绑定硬件安全密钥（YubiKey）。短信验证安全性较低，建议优先使用验证器。`,
    partial: `您好，请在安全设置里开启双重验证即可。`,
  },
  {
    lang: 'zh-Hant',
    question: 'kyc-documents',
    good: `您好，身分驗證需要準備：
1. 有效身分證件（身分證、護照或駕照）正反面照片；
2. 依頁面指示完成人臉辨識（自拍）；
3. 進階認證需提供地址證明，例如近 3 個月內的水電費帳單或銀行對帳單。
審核通常在 24 小時內完成，尖峰期可能需要 1-3 個工作天。`,
    partial: `您好，請上傳身分證或護照的照片即可進行驗證。`,
  },
  {
    lang: 'ru',
    question: 'withdrawal-fee',
    good: `Здравствуйте!

Комиссия за вывод USDT зависит от сети:
- TRC20: 1 USDT, минимальная сумма вывода 10 USDT
- ERC20: около 5 USDT (меняется в зависимости от загруженности сети Ethereum), минимум 20 USDT
- BEP20: 0,8 USDT

Актуальная таблица комиссий: https://www.nimbus-exchange.example/ru/fees. Комиссия также показывается в форме вывода перед подтверждением. Выбирайте ту же сеть, которую поддерживает кошелёк получателя.

С уважением,
Поддержка`,
    partial: `Здравствуйте! Комиссия зависит от выбранной сети. Спасибо.`,
  },
  {
    lang: 'fa',
    question: 'lost-2fa-device',
    good: `سلام وقت بخیر
اگر گوشی خود را گم کرده‌اید:
۱. اگر هنگام فعال‌سازی کد پشتیبان (کلید بازیابی) را ذخیره کرده‌اید، با آن در برنامه احراز هویت گوشی جدید، دسترسی را بازیابی کنید.
۲. در غیر این صورت، در صفحه ورود روی «دسترسی به Google Authenticator ندارم» بزنید و درخواست ریست تایید دو مرحله‌ای ثبت کنید. برای احراز هویت باید تصویر کارت ملی و یک عکس سلفی بارگذاری کنید.
بررسی درخواست معمولا ۱ تا ۲ روز کاری طول می‌کشد و پس از ریست، برداشت به مدت ۲۴ ساعت محدود می‌شود.
با احترام`,
    partial: `سلام، لطفا از صفحه ورود درخواست ریست تایید دو مرحله‌ای را ثبت کنید.`,
  },
  {
    lang: 'ko',
    question: 'phishing-check',
    good: `안녕하세요, 고객님.
해당 메일은 저희가 발송한 메일이 아닌 피싱 메일입니다. 링크를 클릭하지 마시고 어떤 정보도 입력하지 마세요.
1. 공식 도메인은 nimbus-exchange.example 하나뿐이며, 공식 인증 채널 페이지에서 이메일과 웹사이트 주소를 확인하실 수 있습니다.
2. 보안 설정에서 피싱 방지 코드를 설정하시면 모든 공식 이메일에 해당 코드가 표시됩니다.
3. 의심 메일은 phishing@nimbus-exchange.example 로 신고해 주세요.
저희는 비밀번호나 인증 코드를 절대 요청하지 않습니다. 이미 링크를 클릭하셨다면 즉시 비밀번호를 변경해 주세요.`,
    partial: `안녕하세요. 그 메일은 피싱 메일입니다. 링크를 클릭하지 마세요.`,
  },
  {
    lang: 'es',
    question: 'licensing-jurisdiction',
    good: `Hola,

Sí. Nimbus Exchange Europe GmbH está autorizada como proveedor de servicios de criptoactivos (CASP) bajo el reglamento MiCA de la UE, y la licencia es válida en Alemania, así que podemos ofrecer nuestros servicios a residentes en Alemania.

No prestamos servicio a residentes de jurisdicciones restringidas, como Estados Unidos, Canadá, Corea del Norte o Irán.

Puede consultar nuestras licencias y números de registro en la página legal: https://www.nimbus-exchange.example/es/legal/licencias

Saludos,
Soporte Nimbus`,
    partial: `Hola, sí, tenemos licencia en la Unión Europea. Saludos.`,
  },
  {
    lang: 'tr',
    question: 'account-frozen-complaint',
    good: `Merhaba,

Yaşadığınız sorun için özür dileriz. Şikayetiniz 55821 numaralı talep ile kaydedildi.

Hesabınız, son yatırımlarınızla ilgili bir uyum incelemesi nedeniyle geçici olarak donduruldu. İncelemeyi tamamlamak için fonların kaynağını gösteren bir banka hesap dökümü gönderin.

Size 5 iş günü içinde dönüş yapacağız. Sonuçtan memnun kalmazsanız şikayetinizi complaints@nimbus-exchange.example adresinden şikayet birimimize iletebilirsiniz.

Saygılarımızla`,
    partial: `Merhaba, yaşadığınız sorun için özür dileriz. Hesabınız güvenlik incelemesi nedeniyle dondurulmuştur.`,
  },
  {
    lang: 'ja',
    question: 'wrong-network-deposit',
    good: `お問い合わせありがとうございます。

誤ったネットワークで送金された資産を返還できるかどうかは、ご利用のネットワークによります。当社が対応しているネットワークで、アドレスが当社のものであれば、多くの場合返還が可能です。対応していないネットワークの場合は返還できません。

TxID（トランザクションID）、通貨、数量、使用したネットワークを記載のうえ、返還申請フォームからお申し込みください。返還手数料は 50 USDT で、処理には 2〜4 週間かかります。返還を保証するものではありませんので、あらかじめご了承ください。`,
    partial: `お問い合わせありがとうございます。TxIDを記載してお問い合わせフォームからご連絡ください。`,
  },
];
