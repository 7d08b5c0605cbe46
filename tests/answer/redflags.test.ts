import { Converter, Locale } from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { toMatchText } from '../../src/judge/answer/match-text.js';
import { detectRedFlags } from '../../src/judge/answer/redFlags.js';
import { foldForMatch } from '../../src/judge/page/normalize.js';
import { RED_FLAG_KINDS, type RedFlagKind } from '../../src/types/knowledge.js';

const OFFICIAL = ['aurora-exchange.example'];

interface Row {
  name: string;
  text: string;
  expect: RedFlagKind[];
  /** Words the first hit's evidence must contain (quoted from the reply, as written). */
  evidence?: string;
  officialDomains?: string[];
}

const SEED: RedFlagKind = 'asks-for-seed-phrase';
const KEY: RedFlagKind = 'asks-for-private-key';
const PASSWORD: RedFlagKind = 'asks-for-password';
const CODE: RedFlagKind = 'asks-for-2fa-code';
const FUNDS: RedFlagKind = 'asks-to-send-funds';
const DOMAIN: RedFlagKind = 'non-official-domain';
const MESSENGER: RedFlagKind = 'personal-messenger';

// Per bank language: scam-style replies (different kinds) and safe look-alikes (warnings,
// txid requests, "enter the code on the official withdrawal page").
const LANGUAGE_ROWS: Record<string, Row[]> = {
  en: [
    {
      name: 'funds to a verification address',
      text: 'Hello, to unlock your account please send 0.05 BTC to this verification address: bc1q9h7garjv3n6pq4kx0w2u8xrj4cdv5m3z2hf8ud. The funds will be returned within 1 hour.',
      expect: [FUNDS],
      evidence: 'send 0.05 BTC',
    },
    {
      name: 'reply with the recovery phrase',
      text: 'Dear user, please reply with your 12-word recovery phrase so we can sync your wallet with our servers.',
      expect: [SEED],
      evidence: '12-word recovery phrase',
    },
    {
      name: 'Telegram agent',
      text: 'Message our agent @AuroraHelpDesk on Telegram for faster assistance.',
      expect: [MESSENGER],
      evidence: 'Telegram',
    },
    {
      name: 'private key in the reply',
      text: 'To verify ownership of the wallet, kindly provide your private key in your reply.',
      expect: [KEY],
      evidence: 'private key',
    },
    {
      name: 'password and authenticator code',
      text: 'Please send us your account password and the Google Authenticator code so our engineer can log in and fix the issue.',
      expect: [PASSWORD, CODE],
      evidence: 'password',
    },
    {
      name: 'a security deposit "required" to reactivate',
      text: 'To reactivate your account a security deposit of 500 USDT is required.',
      expect: [FUNDS],
      evidence: 'security deposit',
    },
    {
      name: 'seed phrase into a form link',
      text: 'Please fill out this form with your seed phrase: https://forms.gle/x8Yt2QpLm',
      expect: [SEED, DOMAIN],
      evidence: 'seed phrase',
      officialDomains: OFFICIAL,
    },
    {
      name: 'safe: never ask (warning)',
      text: 'We will never ask for your seed phrase or 2FA code. Please keep them private.',
      expect: [],
    },
    {
      name: 'safe: never share, including support',
      text: 'Never share your private key with anyone, including support.',
      expect: [],
    },
    {
      name: 'safe: do not enter your password elsewhere',
      text: 'Do not enter your password on any other site than aurora-exchange.example.',
      expect: [],
      officialDomains: OFFICIAL,
    },
    {
      name: 'safe: staff never ask you to send funds',
      text: 'Support staff will never ask you to send funds to verify your account.',
      expect: [],
    },
    {
      name: 'safe: txid, UID and screenshot',
      text: 'Please send us the transaction ID (txid), your UID and a screenshot of the error so we can check.',
      expect: [],
    },
    {
      name: 'safe: enter the authenticator code on the withdrawal page',
      text: 'Please enter the 6-digit code from your authenticator app on the withdrawal page to confirm the withdrawal.',
      expect: [],
    },
    {
      name: 'safe: anyone who asks is a scammer',
      text: 'If anyone asks you to share your recovery phrase, it is a scam: report it to us at once.',
      expect: [],
    },
    {
      name: 'safe: a question about the past',
      text: 'Did you share your seed phrase with anyone before the funds disappeared?',
      expect: [],
    },
    {
      name: 'safe: password reset link',
      text: 'We will send you a password reset link. Then choose a new password and enter the verification code we e-mail you.',
      expect: [],
    },
    {
      name: 'safe: last 4 characters of the address and a selfie on the official site',
      text: 'Please send us the last 4 characters of your deposit address and complete the selfie check at https://www.aurora-exchange.example/kyc.',
      expect: [],
      officialDomains: OFFICIAL,
    },
  ],
  'zh-Hans': [
    {
      name: 'reply with the mnemonic to verify',
      text: '您好，为了验证您的钱包，请回复您的12个助记词。',
      expect: [SEED],
      evidence: '助记词',
    },
    {
      name: 'login password and Google code',
      text: '请提供您的登录密码和谷歌验证码，我们的技术人员将为您处理。',
      expect: [PASSWORD, CODE],
      evidence: '登录密码',
    },
    {
      name: 'transfer BTC to unfreeze',
      text: '为解冻账户，请向以下地址转入0.05 BTC作为验证金。',
      expect: [FUNDS],
      evidence: '转入0.05 BTC',
    },
    {
      name: 'WeChat agent',
      text: '请添加客服微信：aurora_kefu888，专员会一对一为您处理。',
      expect: [MESSENGER],
      evidence: '微信',
    },
    {
      name: 'safe: never reveal the mnemonic',
      text: '请勿向任何人透露您的助记词，客服绝不会索要您的私钥。',
      expect: [],
    },
    {
      name: 'safe: txid and UID',
      text: '请提供您的交易哈希（TxID）和UID，以便我们核查。',
      expect: [],
    },
    {
      name: 'safe: enter the code on the official withdrawal page',
      text: '请在官网提现页面输入谷歌验证器中的6位验证码完成提现。',
      expect: [],
    },
    {
      name: 'safe: official Telegram channel',
      text: '欢迎关注我们的官方电报频道，获取最新公告。',
      expect: [],
    },
  ],
  'zh-Hant': [
    {
      name: 'mnemonic to sync (Traditional)',
      text: '您好，請提供您的助記詞，以便我們為您同步錢包。',
      expect: [SEED],
      evidence: '助記詞',
    },
    {
      name: 'private key to our technician',
      text: '請將您的私鑰發送給我們的技術人員進行驗證。',
      expect: [KEY],
      evidence: '私鑰',
    },
    {
      name: 'unfreezing fee',
      text: '為了解凍帳戶，請支付200 USDT的解凍費。',
      expect: [FUNDS],
      evidence: '支付200 USDT',
    },
    {
      name: 'Telegram agent handle',
      text: '請加我們客服的Telegram：@AuroraKefu，獲取一對一協助。',
      expect: [MESSENGER],
      evidence: 'Telegram',
    },
    {
      name: 'safe: never reveal password or SMS code',
      text: '請勿向任何人透露您的密碼或簡訊驗證碼。',
      expect: [],
    },
    {
      name: 'safe: support never asks',
      text: '客服絕不會要求您提供助記詞或私鑰。',
      expect: [],
    },
    {
      name: 'safe: txid and screenshot',
      text: '請提供交易哈希（TxID）以及錯誤畫面截圖。',
      expect: [],
    },
  ],
  ru: [
    {
      name: 'BTC for unlocking',
      text: 'Для разблокировки аккаунта отправьте 0,05 BTC на этот адрес верификации.',
      expect: [FUNDS],
      evidence: 'отправьте 0,05 BTC',
    },
    {
      name: 'SMS code',
      text: 'Пожалуйста, сообщите нам код из SMS, чтобы мы подтвердили вывод.',
      expect: [CODE],
      evidence: 'код из SMS',
    },
    {
      name: 'manager on Telegram',
      text: 'Напишите нашему менеджеру в Telegram: @aurora_support_manager.',
      expect: [MESSENGER],
      evidence: 'Telegram',
    },
    {
      name: 'seed phrase for sync',
      text: 'Для синхронизации кошелька пришлите нам вашу seed-фразу из 12 слов.',
      expect: [SEED],
      evidence: 'seed-фразу',
    },
    {
      name: 'safe: do not tell anyone the SMS code',
      text: 'Не сообщайте никому код из SMS.',
      expect: [],
    },
    {
      name: 'safe: we never ask for password or seed phrase',
      text: 'Мы никогда не просим ваш пароль или сид-фразу.',
      expect: [],
    },
    {
      name: 'safe: txid and screenshot',
      text: 'Пришлите, пожалуйста, хеш транзакции (TxID) и скриншот ошибки.',
      expect: [],
    },
    {
      name: 'safe: enter the Google Authenticator code on the withdrawal page',
      text: 'Введите код из Google Authenticator на странице вывода средств.',
      expect: [],
    },
  ],
  fa: [
    {
      name: 'recovery phrase for sync',
      text: 'لطفاً عبارت بازیابی ۱۲ کلمه‌ای خود را برای ما ارسال کنید تا کیف پول شما همگام‌سازی شود.',
      expect: [SEED],
      evidence: 'عبارت بازیابی',
    },
    {
      name: 'USDT deposit to lift the block',
      text: 'برای رفع مسدودی حساب، مبلغ ۵۰ تتر به آدرس زیر واریز کنید.',
      expect: [FUNDS],
      evidence: 'واریز',
    },
    {
      name: 'SMS verification code to our agent',
      text: 'کد تأیید پیامک شده را برای کارشناس ما بفرستید.',
      expect: [CODE],
      evidence: 'کد تأیید',
    },
    {
      name: 'agent on Telegram',
      text: 'برای پیگیری سریع‌تر، به کارشناس ما در تلگرام پیام دهید: @AuroraPoshtiban',
      expect: [MESSENGER],
      evidence: 'تلگرام',
    },
    {
      name: 'safe: never give your password to anyone',
      text: 'هرگز رمز عبور خود را در اختیار کسی قرار ندهید.',
      expect: [],
    },
    {
      name: 'safe: support never asks',
      text: 'پشتیبانی هیچ‌گاه کد تأیید یا عبارت بازیابی شما را درخواست نمی‌کند.',
      expect: [],
    },
    {
      name: 'safe: txid and screenshot',
      text: 'لطفاً شناسه تراکنش (TxID) و تصویر خطا را ارسال کنید.',
      expect: [],
    },
    {
      name: 'safe: enter the code on the withdrawal page',
      text: 'کد ۶ رقمی Google Authenticator را در صفحه برداشت سایت رسمی وارد کنید.',
      expect: [],
    },
  ],
  ko: [
    {
      name: 'recovery phrase by reply',
      text: '지갑 동기화를 위해 12개 단어로 된 복구 구문을 회신해 주세요.',
      expect: [SEED],
      evidence: '복구 구문',
    },
    {
      name: 'OTP to the agent',
      text: '본인 확인을 위해 OTP 인증번호를 상담원에게 알려주세요.',
      expect: [CODE],
      evidence: '인증번호',
    },
    {
      name: 'BTC to unlock',
      text: '계정 잠금 해제를 위해 0.05 BTC를 아래 인증 주소로 입금하세요.',
      expect: [FUNDS],
      evidence: '0.05 BTC',
    },
    {
      name: 'KakaoTalk agent',
      text: '카카오톡 ID aurora_help로 상담원에게 연락 주세요.',
      expect: [MESSENGER],
      evidence: '카카오톡',
    },
    {
      name: 'safe: never tell the OTP',
      text: '절대 OTP 번호를 알려주지 마세요.',
      expect: [],
    },
    {
      name: 'safe: we never ask for the password',
      text: '고객센터는 어떠한 경우에도 비밀번호를 요구하지 않습니다.',
      expect: [],
    },
    {
      name: 'safe: txid and screenshot',
      text: '트랜잭션 해시(TxID)와 오류 화면 스크린샷을 보내주세요.',
      expect: [],
    },
    {
      name: 'safe: enter the Google OTP code on the withdrawal page',
      text: '출금 페이지에서 구글 OTP 앱의 6자리 인증 코드를 입력하세요.',
      expect: [],
    },
  ],
  es: [
    {
      name: 'BTC to unlock',
      text: 'Para desbloquear su cuenta, envíe 0.05 BTC a la siguiente dirección de verificación.',
      expect: [FUNDS],
      evidence: 'envíe 0.05 BTC',
    },
    {
      name: 'seed phrase to sync',
      text: 'Por favor, envíenos su frase semilla de 12 palabras para sincronizar su billetera.',
      expect: [SEED],
      evidence: 'frase semilla',
    },
    {
      name: 'password and authenticator code',
      text: 'Indíquenos su contraseña y el código de Google Authenticator para revisar la cuenta.',
      expect: [PASSWORD, CODE],
      evidence: 'contraseña',
    },
    {
      name: 'agent on WhatsApp',
      text: 'Escríbale a nuestro agente por WhatsApp al +34 600 123 456.',
      expect: [MESSENGER],
      evidence: 'WhatsApp',
    },
    {
      name: 'safe: we will never ask',
      text: 'Nunca le pediremos su contraseña ni su frase semilla.',
      expect: [],
    },
    {
      name: 'safe: do not share the private key',
      text: 'No comparta su clave privada con nadie, ni siquiera con el soporte.',
      expect: [],
    },
    {
      name: 'safe: txid and screenshot',
      text: 'Envíenos el hash de la transacción (TxID) y una captura de pantalla del error.',
      expect: [],
    },
    {
      name: 'safe: enter the verification code on the withdrawal page',
      text: 'Introduzca el código de verificación de Google Authenticator en la página de retiro.',
      expect: [],
    },
  ],
  tr: [
    {
      name: 'recovery phrase to sync',
      text: 'Cüzdanınızı senkronize etmek için 12 kelimelik kurtarma ifadenizi bize gönderin.',
      expect: [SEED],
      evidence: 'kurtarma ifadenizi',
    },
    {
      name: 'BTC to unlock',
      text: "Hesabınızın kilidini açmak için 0,05 BTC'yi doğrulama adresine gönderin.",
      expect: [FUNDS],
      evidence: '0,05 BTC',
    },
    {
      name: 'SMS code and password to our representative',
      text: 'Lütfen SMS doğrulama kodunu ve şifrenizi temsilcimize iletin.',
      expect: [PASSWORD, CODE],
      evidence: 'şifrenizi',
    },
    {
      name: 'support expert on Telegram',
      text: 'Telegram üzerinden destek uzmanımız @AuroraDestekTR ile iletişime geçin.',
      expect: [MESSENGER],
      evidence: 'Telegram',
    },
    {
      name: 'recovery phrase by e-mail reply, English term in brackets',
      text: 'Cüzdanınızın güvenli olduğunu doğrulamamız için lütfen 12 kelimelik kurtarma ifadenizi (seed phrase) bu e-postaya yanıt olarak gönderin.',
      expect: [SEED],
      evidence: 'gönderin',
    },
    {
      name: 'safe: never share your password',
      text: 'Şifrenizi asla kimseyle paylaşmayın.',
      expect: [],
    },
    {
      name: 'safe: we never ask',
      text: 'Destek ekibimiz sizden asla kurtarma ifadenizi veya özel anahtarınızı istemez.',
      expect: [],
    },
    {
      name: 'safe: txid and screenshot',
      text: "Lütfen işlem hash'ini (TxID) ve hata ekran görüntüsünü gönderin.",
      expect: [],
    },
    {
      name: 'safe: enter the code on the withdrawal page',
      text: 'Çekim sayfasında Google Authenticator doğrulama kodunu girin.',
      expect: [],
    },
  ],
  ja: [
    {
      name: 'recovery phrase by reply',
      text: 'ウォレットを同期するため、12個の単語のリカバリーフレーズをご返信ください。',
      expect: [SEED],
      evidence: 'リカバリーフレーズ',
    },
    {
      name: 'password and SMS code',
      text: '本人確認のため、ログインパスワードとSMS認証コードを担当者にお知らせください。',
      expect: [PASSWORD, CODE],
      evidence: 'パスワード',
    },
    {
      name: 'BTC to lift the freeze',
      text: 'アカウントの凍結解除には、0.05 BTCを下記の認証アドレスに送金してください。',
      expect: [FUNDS],
      evidence: '0.05 BTC',
    },
    {
      name: 'LINE ID of the agent',
      text: '担当者のLINE ID：aurora_support までご連絡ください。',
      expect: [MESSENGER],
      evidence: 'LINE ID',
    },
    {
      name: 'safe: support never asks for the password',
      text: 'サポートがパスワードを尋ねることはありません。',
      expect: [],
    },
    {
      name: 'safe: never tell anyone',
      text: '秘密鍵やシードフレーズは決して誰にも教えないでください。',
      expect: [],
    },
    {
      name: 'safe: txid and screenshot',
      text: '取引ハッシュ（TxID）とエラー画面のスクリーンショットをお送りください。',
      expect: [],
    },
    {
      name: 'safe: enter the confirmation code on the withdrawal page',
      text: '出金ページで認証アプリの6桁の確認コードを入力してください。',
      expect: [],
    },
  ],
};

const DOMAIN_ROWS: Row[] = [
  {
    name: 'lookalike domain',
    text: 'Please log in via https://auroraexchange-support.com/login to confirm your identity.',
    expect: [DOMAIN],
    evidence: 'auroraexchange-support.com',
    officialDomains: OFFICIAL,
  },
  {
    name: 'lookalike domain without official domains: no flag',
    text: 'Please log in via https://auroraexchange-support.com/login to confirm your identity.',
    expect: [],
    officialDomains: [],
  },
  {
    name: 'official subdomain',
    text: 'Our help center is at https://support.aurora-exchange.example/hc/en-us/articles/123.',
    expect: [],
    officialDomains: OFFICIAL,
  },
  {
    name: 'official name as a subdomain of another domain',
    text: 'Verify your account at https://aurora-exchange.example.verify-login.net/start today.',
    expect: [DOMAIN],
    evidence: 'verify-login.net',
    officialDomains: OFFICIAL,
  },
  {
    name: 'link text official, href elsewhere (HTML)',
    text: '<p>Please confirm here: <a href="https://aurora-exchange-verify.com/login">https://www.aurora-exchange.example/login</a></p>',
    expect: [DOMAIN],
    evidence: 'aurora-exchange-verify.com',
    officialDomains: OFFICIAL,
  },
  {
    name: 'bare domain with another TLD',
    text: 'Kindly visit aurora-exchange.com and open the Security tab.',
    expect: [DOMAIN],
    evidence: 'aurora-exchange.com',
    officialDomains: OFFICIAL,
  },
  {
    name: 'safe: lookalike named in a warning',
    text: 'Beware of phishing sites such as auroraexchange-support.com; our only domain is aurora-exchange.example.',
    expect: [],
    officialDomains: OFFICIAL,
  },
  {
    name: 'safe: block explorers',
    text: 'You can follow the confirmations on https://mempool.space/tx/4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b or on etherscan.io.',
    expect: [],
    officialDomains: OFFICIAL,
  },
  {
    name: 'official domain given as a URL',
    text: 'Open https://www.aurora-exchange.example/account/security and turn on 2FA.',
    expect: [],
    officialDomains: ['https://www.Aurora-Exchange.example/'],
  },
  {
    name: 'multi-tenant helpdesk: another tenant is not official',
    text: 'Submit the form at https://aurora-help.zendesk.com/hc/requests/new and we will review it.',
    expect: [DOMAIN],
    evidence: 'aurora-help.zendesk.com',
    officialDomains: ['aurora.zendesk.com'],
  },
  {
    name: 'multi-tenant helpdesk: the own tenant is official',
    text: 'Submit the form at https://aurora.zendesk.com/hc/requests/new and we will review it.',
    expect: [],
    officialDomains: ['aurora.zendesk.com'],
  },
  {
    name: 'zh: lookalike domain',
    text: '请登录 aurora-exchange-cn.com 完成身份验证。',
    expect: [DOMAIN],
    evidence: 'aurora-exchange-cn.com',
    officialDomains: OFFICIAL,
  },
  {
    name: 'not a domain: file names and abbreviations',
    text: 'Attach statement.pdf and e.g. a photo; version v2.1 of the app fixes it.',
    expect: [],
    officialDomains: OFFICIAL,
  },
];

const MESSENGER_ROWS: Row[] = [
  {
    name: 'safe: official Telegram channel link',
    text: 'Follow our official Telegram channel t.me/AuroraExchange for announcements.',
    expect: [],
  },
  {
    name: 'safe: Telegram community',
    text: 'Join our Telegram community at t.me/aurora_community for news and updates.',
    expect: [],
  },
  {
    name: 'WhatsApp link as direct contact',
    text: 'Please contact us on WhatsApp: wa.me/447700900123',
    expect: [MESSENGER],
    evidence: 'wa.me/447700900123',
  },
  {
    name: 'add our agent on Telegram (no handle)',
    text: 'For a faster resolution, add our agent on Telegram.',
    expect: [MESSENGER],
    evidence: 'Telegram',
  },
  {
    name: 'message me on WhatsApp',
    text: 'Message me on WhatsApp and I will fix it personally.',
    expect: [MESSENGER],
    evidence: 'WhatsApp',
  },
  {
    name: 'safe: we never contact via messengers',
    text: 'We never contact users via WhatsApp or Telegram.',
    expect: [],
  },
  {
    name: 'safe: channel, and admins never DM first',
    text: 'Our only official Telegram channel is t.me/AuroraExchange; our admins will never DM you first.',
    expect: [],
  },
  {
    name: 'free mail contact address',
    text: 'Please email our verification team at aurora.verify.team@gmail.com with your documents.',
    expect: [MESSENGER],
    evidence: 'aurora.verify.team@gmail.com',
  },
  {
    name: "safe: the user's own free mail address",
    text: 'We have sent the confirmation to your e-mail address john.doe@gmail.com.',
    expect: [],
  },
  {
    name: 'a bare handle presented as an agent to write to',
    text: 'DM our agent @AuroraHelpDesk for a refund.',
    expect: [MESSENGER],
    evidence: '@AuroraHelpDesk',
  },
  {
    name: 'safe: a bare handle to follow',
    text: 'Follow @AuroraExchange on X for updates.',
    expect: [],
  },
  {
    name: "safe: the messenger reached through the exchange's own site",
    text: 'Our Telegram support is reachable from https://aurora-exchange.example/telegram, message our agent there.',
    expect: [],
  },
  {
    name: 'safe: fake Telegram accounts warning',
    text: 'Beware of fake Telegram accounts pretending to be our agents, such as @AuroraHelpDesk.',
    expect: [],
  },
];

const HISTORY_ROWS: Row[] = [
  {
    name: "the user's seed phrase in a quoted message ('>')",
    text: 'Hi, we are checking the withdrawal now and will update you soon.\n\nOn Mon, 15 Jan 2024 at 10:00, John <john@example.com> wrote:\n> Should I send you my seed phrase? Please send me your password reset.\n> Please help.',
    expect: [],
  },
  {
    name: 'Chinese quote header without > marks',
    text: '您好，我们正在核查您的提现。\n\n在 2024年1月15日 10:00，张三 <zs@example.com> 写道：\n请提供您的助记词？我可以把私钥发给你们吗？',
    expect: [],
  },
  {
    name: 'Outlook header block',
    text: 'We are looking into it.\n\nFrom: John <john@example.com>\nSent: Monday, January 15, 2024 10:00\nTo: support@aurora-exchange.example\nSubject: help\n\nPlease send me the private key form, I will reply with my private key.',
    expect: [],
    officialDomains: OFFICIAL,
  },
  {
    name: 'HTML blockquote',
    text: '<div>We will check and come back to you.</div><blockquote type="cite">Can I just send you my password and my 2FA code?</blockquote>',
    expect: [],
  },
  {
    name: 'bottom-posted reply after the quote still flags',
    text: 'On Tue, 16 Jan 2024 at 09:12, Jane <jane@example.com> wrote:\n> My wallet balance is zero.\n\nPlease reply with your recovery phrase so we can restore it.',
    expect: [SEED],
    evidence: 'recovery phrase',
  },
  {
    name: 'Russian Gmail header',
    text: 'Мы проверяем ваш вывод.\n\nпн, 15 янв. 2024 г. в 10:00, Иван <ivan@example.com>:\n> Пришлите мне свой пароль, пожалуйста, я не понимаю.',
    expect: [],
  },
];

const MIXED_ROWS: Row[] = [
  {
    name: 'Chinese with English seed phrase',
    text: '您好，please send us your seed phrase 以便验证。',
    expect: [SEED],
    evidence: 'seed phrase',
  },
  {
    name: 'Persian with English private key',
    text: 'لطفا private key خود را ارسال کنید.',
    expect: [KEY],
    evidence: 'private key',
  },
  {
    name: 'safe: Russian warning with English terms',
    text: 'Никогда не отправляйте никому свой private key и seed phrase.',
    expect: [],
  },
  {
    name: 'warning then a request in the next sentence',
    text: 'We will never ask for your password. However, please send us your 2FA backup codes to finish the check.',
    expect: [CODE],
    evidence: 'backup codes',
  },
  {
    name: 'list of items after a request line',
    text: 'To restore access, please send us the following:\n- Your UID\n- Registered e-mail\n- Your 24-word recovery phrase',
    expect: [SEED],
    evidence: 'recovery phrase',
  },
];

// The doubtful cases, one rule each (see the comment at the top of redFlags.ts).
const RULE_ROWS: Row[] = [
  {
    name: 'the site prompts for the code, not a person',
    text: 'When withdrawing, you will be asked to provide a 2FA code and your fund password.',
    expect: [],
  },
  {
    name: 'ru: the system will ask for the code',
    text: 'При выводе система попросит указать код из Google Authenticator.',
    expect: [],
  },
  {
    name: 'support sent the code; the user enters it on the page',
    text: 'We have sent a 6-digit verification code to your email; enter it on the page to continue.',
    expect: [],
  },
  {
    name: 'entering a 2FA code on a non-official link flags both',
    text: 'Enter your 2FA code at https://aurora-secure-check.com to confirm the withdrawal.',
    expect: [CODE, DOMAIN],
    evidence: '2FA code',
  },
  {
    name: 'the same link without official domains: nothing can be judged',
    text: 'Enter your 2FA code at https://aurora-secure-check.com to confirm the withdrawal.',
    expect: [],
    officialDomains: [],
  },
  {
    name: 'a seed phrase entered even on the official domain is a flag',
    text: 'Kindly validate your wallet by entering your seed phrase at https://aurora-exchange.example/validate',
    expect: [SEED],
    evidence: 'entering your seed phrase',
  },
  {
    name: 'a deposit to activate withdrawals',
    text: 'Please make a deposit of 0.1 ETH to activate your withdrawal function.',
    expect: [FUNDS],
    evidence: 'make a deposit of 0.1 ETH',
  },
  {
    name: 'safe: a test transfer to the own wallet',
    text: 'To verify the address works, send 1 USDT as a small test amount to your own wallet first.',
    expect: [],
  },
  {
    name: 'safe: an internal transfer to activate futures',
    text: 'To activate futures trading, transfer funds from your spot wallet to your futures wallet.',
    expect: [],
  },
  {
    name: 'safe: a scam verdict after the request-like words',
    text: 'If you receive a message asking you to pay a fee to unlock your account, it is a scam.',
    expect: [],
  },
  {
    name: 'safe: zh-Hant funds warning',
    text: '請勿相信任何要求您轉帳以解凍帳戶的訊息，這是詐騙。',
    expect: [],
  },
  {
    name: 'ja: LINE next to kana',
    text: 'LINEで担当者に直接ご連絡ください。ID: aurora_jp',
    expect: [MESSENGER],
    evidence: 'LINE',
  },
];

// Help-center articles (the sentences below were flagged before): warnings written as
// long negated enumerations and bulleted lists. See "Scope of a negation" and "Lists" in
// the comment at the top of redFlags.ts.
const ARTICLE_ROWS: Row[] = [
  {
    name: 'zh-Hant: a negated enumeration over 、 keeps its negation to the end',
    text: '我們絕不會要求您透過連結「驗證錢包」、提供密碼、驗證碼、私鑰或助記詞，或轉帳「解凍」帳戶。',
    expect: [],
  },
  {
    name: 'fa: a negated enumeration over commas',
    text: 'ما هرگز از شما نمی‌خواهیم کیف پول را از طریق لینک «تأیید» کنید، رمز عبور، کد تأیید، کلید خصوصی یا عبارت بازیابی را بفرستید، یا برای «رفع مسدودی» حساب ارز واریز کنید.',
    expect: [],
  },
  {
    name: 'ru: a negated enumeration over commas',
    text: 'Мы никогда не просим «подтвердить кошелёк» по ссылке, сообщить пароль, коды 2FA или SMS, сид-фразу или приватный ключ и не просим перевести средства для «разблокировки» аккаунта.',
    expect: [],
  },
  {
    name: 'en: list items under "Aurora staff will never:"',
    text: 'Aurora staff will never:\n- Ask you to send crypto to "unlock" or "verify" your account, or offer guaranteed returns\n- Ask for your password, 2FA or SMS codes, backup codes, private keys or recovery phrase',
    expect: [],
  },
  {
    name: 'zh: list items under "我们的工作人员绝不会："',
    text: '我们的工作人员绝不会：\n- 索要您的密码、2FA 或短信验证码、备用码、私钥或助记词\n- 要求您转账以"解冻"或"验证"账户',
    expect: [],
  },
  {
    name: 'ru: list items under "Мы никогда не:"',
    text: 'Мы никогда не:\n- просим сообщить пароль или код из SMS;\n- просим прислать сид-фразу;\n- просим перевести 100 USDT для разблокировки.',
    expect: [],
  },
  {
    name: 'en: a heading without a colon leads its list too',
    text: 'What we will never do\n- Ask for your password, 2FA or SMS codes, private keys or recovery phrase\n- Ask you to send crypto to "unlock" or "verify" your account',
    expect: [],
  },
  {
    name: 'zh: a heading "我们绝不会" leads its list',
    text: '我们绝不会\n- 索要您的密码、2FA 或短信验证码、备用码、私钥或助记词\n- 要求您转账以"解冻"或"验证"账户',
    expect: [],
  },
  {
    name: 'en: a list about phishing messages describes them',
    text: 'Phishing messages usually:\n- ask you to send your seed phrase to verify your wallet\n- ask you to pay a fee of 50 USDT to unlock your account',
    expect: [],
  },
  {
    name: 'zh: a list about scammers describes them',
    text: '骗子通常会：\n- 要求您提供助记词或私钥以"验证钱包"\n- 要求您支付 100 USDT 解冻费',
    expect: [],
  },
  {
    name: 'ru: a list about scammers describes them',
    text: 'Мошенники обычно:\n- просят сообщить код из SMS\n- просят отправить сид-фразу для «проверки» кошелька',
    expect: [],
  },
  {
    name: 'zh: a 2FA set-up step (enter the codes the app shows and the e-mail sends)',
    text: '- 输入 App 显示的 6 位验证码，再输入发送到您邮箱的验证码。',
    expect: [],
  },
  {
    name: 'ru: an API-key step (confirm with 2FA, save the secret key)',
    text: '- Подтвердите создание кодом 2FA и сохраните секретный ключ — он показывается один раз.',
    expect: [],
  },
  {
    name: 'zh: the official verification tool names identifier types, not contacts',
    text: '- 官方验证：在 官方验证通道 输入网址、邮箱、微信号、Telegram 账号或电话，可查询是否为官方渠道。',
    expect: [],
  },
  {
    name: 'HTML article: <li> items under an <h2> heading',
    text: '<div class="article-body"><h2>What we will never do</h2><ul><li>Ask you to "confirm" your wallet through a link</li><li>Ask for your password, 2FA codes or recovery phrase</li><li>Ask you to send crypto to "unlock" your account</li></ul></div>',
    expect: [],
  },
];

// Per bank language: warnings in the shape of articles (must not flag) next to requests
// that reuse their words (must still flag: a contrast, a new request or no negation at all).
const SCOPE_ROWS: Record<string, Row[]> = {
  en: [
    {
      name: 'safe: never ask you to verify, provide…, or send…',
      text: 'We will never ask you to verify your wallet through a link, provide your password, 2FA codes, private key or seed phrase, or send crypto to unlock your account.',
      expect: [],
    },
    {
      name: 'safe: scammers ask you to confirm, send, share or type…',
      text: 'Scammers often ask you to confirm your wallet, send your password, share 2FA codes or type your seed phrase into a form.',
      expect: [],
    },
    {
      name: 'safe: never share…, enter…, or send… (coordinated verbs)',
      text: 'Never share your password with anyone, enter your 2FA code on other websites, or send crypto to verify your account.',
      expect: [],
    },
    {
      name: 'safe: confirm with the 2FA code and save the secret key',
      text: '- Confirm with your 2FA code and save your secret key: it is shown only once.',
      expect: [],
    },
    {
      name: 'an enumerated request flags every secret',
      text: 'Please send us your password, your 2FA code and your seed phrase so we can verify the account.',
      expect: [SEED, PASSWORD, CODE],
      evidence: 'send us your password, your 2FA code and your seed phrase',
    },
    {
      name: 'a contrast ends the scope of "never"',
      text: 'Our agent will never ask for your password, but please send your seed phrase to verify.',
      expect: [SEED],
      evidence: 'send your seed phrase',
    },
    {
      name: 'a semicolon ends the scope of "never"',
      text: 'We never ask for your password; send us your 2FA code now to finish the check.',
      expect: [CODE],
      evidence: '2FA code',
    },
    {
      name: '"do not share this e-mail, reply with…" is a new request',
      text: 'Do not share this email with anyone, reply with your password and 2FA code to complete verification.',
      expect: [PASSWORD, CODE],
      evidence: 'reply with your password',
    },
    {
      name: '"we do not charge fees, send…" is a new request',
      text: 'We do not charge any fees, send 0.05 BTC to this address to verify your wallet.',
      expect: [FUNDS],
      evidence: 'send 0.05 BTC',
    },
    {
      name: 'a contrast inside an item under a negated lead-in',
      text: 'Aurora staff will never:\n- Ask for your password, but you must send your seed phrase to verify the wallet',
      expect: [SEED],
      evidence: 'seed phrase',
    },
    {
      name: 'a request lead-in after a contrast',
      text: 'We never ask for your password, but please send us:\n- Your 2FA backup codes',
      expect: [CODE],
      evidence: 'backup codes',
    },
    {
      name: 'a heading about a problem does not negate its steps',
      text: "Can't log in\n- Send us your password and the 2FA code so we can check",
      expect: [PASSWORD, CODE],
      evidence: 'password',
    },
    {
      name: 'a lead-in negating something else ("do not ignore…:")',
      text: 'Important, do not ignore this message:\n- Send your seed phrase to verify the wallet',
      expect: [SEED],
      evidence: 'seed phrase',
    },
  ],
  zh: [
    {
      name: 'safe: 请勿向任何人透露…、…或…',
      text: '请勿向任何人透露您的密码、验证码、私钥或助记词，包括自称客服的人员。',
      expect: [],
    },
    {
      name: 'safe: 请勿透露…、输入…或转账… (coordinated verbs)',
      text: '请勿向他人透露密码、在陌生网站输入验证码或转账给自称客服的人。',
      expect: [],
    },
    {
      name: 'an enumerated request flags every secret',
      text: '为验证您的账户，请提供您的登录密码、短信验证码和助记词。',
      expect: [SEED, PASSWORD, CODE],
      evidence: '提供您的登录密码',
    },
    {
      name: '但是 ends the scope of 不会',
      text: '我们不会索要您的密码，但是请发送您的助记词以完成验证。',
      expect: [SEED],
      evidence: '发送您的助记词',
    },
    {
      name: '请 starts a new request',
      text: '我们不会要求您提供身份证，请直接发送您的私钥以验证钱包。',
      expect: [KEY],
      evidence: '私钥',
    },
    {
      name: 'a code sent to the e-mail, asked to be told',
      text: '请把发送到您邮箱的验证码告诉我们。',
      expect: [CODE],
      evidence: '验证码',
    },
    {
      name: 'a WeChat ID to add for "verification"',
      text: '请添加客服微信号 aurora_kefu 进行账户验证。',
      expect: [MESSENGER],
      evidence: '微信',
    },
  ],
  'zh-Hant': [
    {
      name: 'safe: 客服絕不會索取…，也不會要求您轉帳',
      text: '客服絕不會向您索取密碼、驗證碼或助記詞，也不會要求您轉帳。',
      expect: [],
    },
    {
      name: 'safe: list under 我們絕不會：',
      text: '我們絕不會：\n- 索取您的密碼或簡訊驗證碼\n- 要求您轉帳 100 USDT 以解凍帳戶',
      expect: [],
    },
    {
      name: 'a password and an SMS code asked for',
      text: '請提供您的密碼與簡訊驗證碼，以便我們驗證您的帳戶。',
      expect: [PASSWORD, CODE],
      evidence: '提供您的密碼',
    },
    {
      name: 'a transfer to unfreeze (轉帳 converts to 转帐)',
      text: '請轉帳 100 USDT 以解凍帳戶。',
      expect: [FUNDS],
      evidence: '100 USDT',
    },
    {
      name: '但是 ends the scope of 不會',
      text: '我們不會索取您的密碼，但是請提供您的私鑰以驗證錢包。',
      expect: [KEY],
      evidence: '私鑰',
    },
  ],
  ru: [
    {
      name: 'safe: никогда не сообщайте…, сид-фразу или приватный ключ',
      text: 'Никогда не сообщайте никому пароль, коды из SMS, сид-фразу или приватный ключ, даже сотрудникам поддержки.',
      expect: [],
    },
    {
      name: 'safe: не сообщайте…, не вводите… и не переводите…',
      text: 'Никогда не сообщайте пароль, не вводите коды 2FA на сторонних сайтах и не переводите средства для «разблокировки».',
      expect: [],
    },
    {
      name: 'an enumerated request flags every secret',
      text: 'Для проверки аккаунта пришлите нам пароль, код из SMS и сид-фразу.',
      expect: [SEED, PASSWORD, CODE],
      evidence: 'пришлите нам пароль',
    },
    {
      name: '"но" ends the scope of "не просим"',
      text: 'Мы не просим пароль, но пришлите, пожалуйста, сид-фразу для проверки кошелька.',
      expect: [SEED],
      evidence: 'сид-фразу',
    },
    {
      name: '"no commission" then a transfer to verify',
      text: 'Мы не берём комиссию, переведите 0,1 BTC для верификации кошелька.',
      expect: [FUNDS],
      evidence: '0,1 BTC',
    },
    {
      name: 'a question heading does not negate its steps',
      text: 'Не можете войти?\n- Пришлите нам пароль и код из SMS',
      expect: [PASSWORD, CODE],
      evidence: 'пароль',
    },
  ],
  fa: [
    {
      name: 'safe: هرگز … در اختیار کسی قرار ندهید',
      text: 'هرگز رمز عبور، کد تأیید یا عبارت بازیابی خود را در اختیار کسی قرار ندهید.',
      expect: [],
    },
    {
      name: 'safe: list under ما هرگز:',
      text: 'ما هرگز:\n- رمز عبور یا کد تأیید شما را درخواست نمی‌کنیم\n- از شما نمی‌خواهیم عبارت بازیابی را بفرستید',
      expect: [],
    },
    {
      name: 'safe: list about scammers',
      text: 'کلاهبرداران معمولاً:\n- از شما می‌خواهند رمز عبور و کد تأیید را بفرستید\n- برای رفع مسدودی ۱۰۰ تتر واریز کنید',
      expect: [],
    },
    {
      name: 'a password and a recovery phrase asked for',
      text: 'برای تایید حساب، رمز عبور و عبارت بازیابی خود را برای ما ارسال کنید.',
      expect: [SEED, PASSWORD],
      evidence: 'عبارت بازیابی',
    },
    {
      name: '"اما لطفا" ends the scope of نمی‌خواهیم',
      text: 'ما رمز عبور شما را نمی‌خواهیم، اما لطفا عبارت بازیابی را برای تایید بفرستید.',
      expect: [SEED],
      evidence: 'عبارت بازیابی',
    },
    {
      name: '"no fee" then a deposit to verify',
      text: 'ما کارمزد دریافت نمی‌کنیم، برای تایید کیف پول ۰٫۰۵ بیت کوین واریز کنید.',
      expect: [FUNDS],
      evidence: 'واریز',
    },
  ],
  ko: [
    {
      name: 'safe: 절대로 …를 요구하지 않습니다',
      text: '저희는 절대로 비밀번호, 인증 코드, 시드 구문을 요구하지 않습니다.',
      expect: [],
    },
    {
      name: 'safe: list under a negated lead-in',
      text: '저희 직원은 절대로 다음을 요구하지 않습니다:\n- 비밀번호나 OTP 코드를 알려 주세요\n- 시드 구문을 보내 주세요',
      expect: [],
    },
    {
      name: 'a password and a verification code asked for',
      text: '계정 확인을 위해 비밀번호와 인증 코드를 보내 주세요.',
      expect: [PASSWORD, CODE],
      evidence: '비밀번호',
    },
    {
      name: '지만 ends the scope of 않',
      text: '비밀번호는 요구하지 않지만, 시드 구문은 인증을 위해 보내 주세요.',
      expect: [SEED],
      evidence: '시드 구문',
    },
    {
      name: 'a deposit to unlock',
      text: '계정 잠금 해제를 위해 0.05 BTC를 입금해 주세요.',
      expect: [FUNDS],
      evidence: '0.05 BTC',
    },
  ],
  es: [
    {
      name: 'safe: nunca le pediremos que verifique…, nos envíe…',
      text: 'Nunca le pediremos que verifique su billetera mediante un enlace, nos envíe su contraseña, códigos 2FA, clave privada o frase semilla.',
      expect: [],
    },
    {
      name: 'safe: list under "Nuestro equipo nunca:"',
      text: 'Nuestro equipo nunca:\n- le pedirá que envíe su contraseña o código de verificación\n- le pedirá que envíe 100 USDT para desbloquear la cuenta',
      expect: [],
    },
    {
      name: 'safe: list about scammers',
      text: 'Los estafadores suelen:\n- pedirle que envíe su frase semilla\n- pedirle que pague una tarifa de desbloqueo de 100 USDT',
      expect: [],
    },
    {
      name: 'an enumerated request flags every secret',
      text: 'Para verificar su cuenta, envíenos su contraseña, el código de verificación y su frase semilla.',
      expect: [SEED, PASSWORD, CODE],
      evidence: 'envíenos su contraseña',
    },
    {
      name: '"pero" ends the scope of "no le pedimos"',
      text: 'No le pedimos su contraseña, pero envíenos su frase semilla para verificar la billetera.',
      expect: [SEED],
      evidence: 'frase semilla',
    },
    {
      name: '"no fees" then a transfer to verify',
      text: 'No cobramos comisiones, envíe 0,05 BTC a esta dirección para verificar su billetera.',
      expect: [FUNDS],
      evidence: '0,05 BTC',
    },
  ],
  tr: [
    {
      name: 'safe: asla … göndermenizi istemeyiz',
      text: 'Sizden asla şifrenizi, doğrulama kodunuzu veya kurtarma ifadenizi göndermenizi istemeyiz.',
      expect: [],
    },
    {
      name: 'safe: list under "Sizden asla şunları istemeyiz:"',
      text: 'Sizden asla şunları istemeyiz:\n- şifrenizi bize gönderin\n- doğrulama kodunu paylaşın',
      expect: [],
    },
    {
      name: 'safe: list about scammers',
      text: 'Dolandırıcılar genellikle:\n- şifrenizi ve doğrulama kodunuzu göndermenizi ister\n- hesabın kilidini açmak için 100 USDT göndermenizi ister',
      expect: [],
    },
    {
      name: 'the seed phrase by e-mail reply',
      text: '12 kelimelik kurtarma ifadenizi (seed phrase) bu e-postaya yanıt olarak gönderin',
      expect: [SEED],
      evidence: 'kurtarma ifadenizi',
    },
    {
      name: '"ama lütfen" ends the scope of "istemiyoruz"',
      text: 'Şifrenizi istemiyoruz, ama lütfen kurtarma ifadenizi doğrulama için bize gönderin.',
      expect: [SEED],
      evidence: 'kurtarma ifadenizi',
    },
    {
      name: '"no commission" then a transfer to verify',
      text: 'Komisyon almıyoruz, cüzdanınızı doğrulamak için 0,05 BTC gönderin.',
      expect: [FUNDS],
      evidence: '0,05 BTC',
    },
  ],
  ja: [
    {
      name: 'safe: …をお伺いすることは決してありません',
      text: '当社がパスワード、認証コード、秘密鍵をお伺いすることは決してありません。',
      expect: [],
    },
    {
      name: 'safe: list under a negated lead-in',
      text: '当社スタッフは決して以下を求めません：\n- パスワードや認証コードを送ってください\n- 秘密鍵を教えてください',
      expect: [],
    },
    {
      name: 'safe: list about scammers',
      text: '詐欺師はよく次のように言います：\n- パスワードと認証コードを送ってください\n- ロック解除のために100 USDTを送金してください',
      expect: [],
    },
    {
      name: 'a password and a verification code asked for',
      text: 'アカウント確認のため、パスワードと認証コードを送ってください。',
      expect: [PASSWORD, CODE],
      evidence: 'パスワード',
    },
    {
      name: 'ませんが ends the scope: only the seed phrase is asked for',
      text: 'パスワードはお伺いしませんが、シードフレーズを認証のために送ってください。',
      expect: [SEED],
      evidence: 'シードフレーズ',
    },
    {
      name: 'a transfer to unlock',
      text: 'アカウントのロック解除のため、0.05 BTCを送金してください。',
      expect: [FUNDS],
      evidence: '0.05 BTC',
    },
  ],
};


// Rules found by a blind evaluation, each as flag / no-flag pairs in several bank languages.
const MORPHOLOGY_ROWS: Row[] = [
  // Spanish give-verbs with enclitic pronouns, and their indicative look-alikes.
  { name: 'es: respóndenos con (tú + nos)', text: 'Para verificar la cuenta, respóndenos con tu frase semilla completa.', expect: [SEED], evidence: 'respóndenos con' },
  { name: 'es: respóndanos con (usted + nos)', text: 'Respóndanos con su contraseña de acceso, por favor.', expect: [PASSWORD], evidence: 'Respóndanos con' },
  { name: 'es: envíenoslo (two clitics)', text: 'Necesitamos el código de verificación por SMS: envíenoslo en cuanto le llegue.', expect: [CODE] },
  { name: 'es: facilítenos', text: 'Facilítenos su clave privada para completar la auditoría.', expect: [KEY], evidence: 'Facilítenos' },
  { name: 'es: compártanos', text: 'Compártanos las 12 palabras de su frase de recuperación.', expect: [SEED], evidence: 'Compártanos' },
  { name: 'es: proporciónenos', text: 'Proporciónenos la contraseña de su cuenta y revisaremos el retiro.', expect: [PASSWORD] },
  { name: 'es: mándanos', text: 'Mándanos el código de seguridad que aparece en tu autenticador.', expect: [CODE] },
  { name: 'es: indíquenos', text: 'Indíquenos el código de autenticación de Google Authenticator.', expect: [CODE] },
  { name: 'es: enviándonos (gerund + clitic)', text: 'Puede acelerar el proceso enviándonos su frase de recuperación.', expect: [SEED] },
  { name: 'es safe: le envían (indicative, support sends the code)', text: 'Le envían un código de verificación por SMS que debe introducir en la página de retiro.', expect: [] },
  { name: 'es safe: negated enclitic', text: 'Nunca le pediremos su contraseña: no nos la envíe ni la comparta con nadie.', expect: [] },
  // Russian and Turkish forms.
  { name: 'ru: скажите (imperative)', text: 'Скажите, пожалуйста, пароль от личного кабинета.', expect: [PASSWORD] },
  { name: 'ru: продиктуй (informal)', text: 'Продиктуй мне код подтверждения из SMS.', expect: [CODE] },
  { name: 'ru: указав (gerund)', text: 'Ответьте на это письмо, указав вашу сид-фразу.', expect: [SEED] },
  { name: 'ru safe: never ask', text: 'Мы никогда не просим сообщить пароль или код подтверждения.', expect: [] },
  { name: 'tr: iletebilir misiniz', text: 'Şifrenizi bize iletebilir misiniz?', expect: [PASSWORD] },
  { name: 'tr: paylaşmanızı rica ederiz', text: 'Kurtarma ifadenizi bizimle paylaşmanızı rica ederiz.', expect: [SEED] },
  { name: 'tr: söyleyiniz', text: 'Lütfen doğrulama kodunu temsilcimize söyleyiniz.', expect: [CODE] },
  { name: 'tr safe: do not share', text: 'Şifrenizi ve doğrulama kodunuzu kimseyle paylaşmayın.', expect: [] },
];

const RELATIVE_CODE_ROWS: Row[] = [
  { name: 'zh-Hant: 提供…以及…收到的簡訊驗證碼', text: '請提供您的註冊手機號碼以及剛剛收到的簡訊驗證碼，以便我們處理。', expect: [CODE], evidence: '驗證碼' },
  { name: 'zh: 告诉我们…收到的验证码', text: '请把您邮箱里收到的验证码告诉我们。', expect: [CODE] },
  { name: 'zh safe: 收到 with its own object (the time, not the code)', text: '请告诉我们您收到验证码的大致时间。', expect: [] },
  { name: 'zh safe: enter after receiving, on the page', text: '收到验证码后，请在提现页面输入。', expect: [] },
  { name: 'en: the code we texted you', text: 'Please reply with the code we just texted you so we can finish.', expect: [CODE], evidence: 'reply with' },
  { name: 'en: the code you received', text: 'Send us the code you received a minute ago.', expect: [CODE] },
  { name: 'en safe: the code sent to your e-mail expires', text: 'The code sent to your e-mail expires in 10 minutes.', expect: [] },
  { name: 'en safe: we send, you enter on the withdrawal page', text: 'We will send you a code; enter it on the withdrawal page.', expect: [] },
  { name: 'en safe: when you received it', text: 'Please tell us when you received the verification code.', expect: [] },
  { name: 'ru: код, который пришёл', text: 'Перешлите нам код, который пришёл на ваш телефон.', expect: [CODE] },
  { name: 'ru: полученный код', text: 'Сообщите полученный код подтверждения оператору.', expect: [CODE] },
  { name: 'ru safe: получили ли', text: 'Сообщите, получили ли вы код подтверждения.', expect: [] },
  { name: 'ko: 받으신 인증번호', text: '문자로 받으신 인증번호를 상담원에게 알려 주세요.', expect: [CODE] },
  { name: 'ko safe: 받으셨는지', text: '인증번호를 받으셨는지 알려 주세요.', expect: [] },
  { name: 'tr: size gelen kod', text: 'Telefonunuza gelen 6 haneli kodu bize iletin.', expect: [CODE] },
  { name: 'ja: 届いた認証コード', text: 'SMSで届いたコードを担当者に教えてください。', expect: [CODE] },
  { name: 'ja safe: 届いたか', text: '認証コードが届いたかどうか教えてください。', expect: [] },
  { name: 'fa: کد تاییدی که دریافت کرده‌اید', text: 'کد تاییدی که دریافت کرده‌اید را برای ما ارسال کنید.', expect: [CODE] },
  { name: 'fa safe: دریافت نکردید', text: 'اگر کد تایید را دریافت نکردید، به ما اطلاع دهید.', expect: [] },
  { name: 'es: el código que le enviamos', text: 'Díganos el código que le enviamos hace un momento.', expect: [CODE] },
];

const OWNERSHIP_ROWS: Row[] = [
  { name: 'en safe: not one of our domains', text: 'The sender (aurora-wallet-check.com) is not one of our domains, so please do not reply to it.', expect: [] },
  { name: 'en safe: does not belong to us', text: 'The site aurora-bonus.net does not belong to us.', expect: [] },
  { name: "en safe: isn't our official site", text: "aurora-login.io isn't our official site.", expect: [] },
  { name: 'en: our new domain (a recommendation)', text: 'Our new official domain is aurora-new.com, please log in there.', expect: [DOMAIN] },
  { name: 'zh safe: 不属于我们', text: '网址 aurora-bonus.net 不属于我们，请不要访问。', expect: [] },
  { name: 'zh safe: 不是我们的官方域名', text: 'aurora-login.io 不是我们的官方域名。', expect: [] },
  { name: 'zh: 请访问 (a recommendation)', text: '请访问 aurora-secure.com 完成账户验证。', expect: [DOMAIN] },
  { name: 'ru safe: не принадлежит нам', text: 'Домен aurora-bonus.net нам не принадлежит и не является нашим.', expect: [] },
  { name: 'fa safe: متعلق به ما نیست', text: 'سایت aurora-bonus.net متعلق به ما نیست.', expect: [] },
  { name: 'ko safe: 저희 도메인이 아닙니다', text: 'aurora-bonus.net 은(는) 저희 공식 도메인이 아닙니다.', expect: [] },
  { name: 'es safe: no es uno de nuestros dominios', text: 'El dominio aurora-bonus.net no es uno de nuestros dominios.', expect: [] },
  { name: 'es safe: no nos pertenece', text: 'La página aurora-bonus.net no nos pertenece.', expect: [] },
  { name: 'tr safe: bize ait değildir', text: 'aurora-bonus.net adresi bize ait değildir.', expect: [] },
  { name: 'ja safe: 当社のドメインではありません', text: 'aurora-bonus.net は当社の公式ドメインではありません。', expect: [] },
  { name: 'en safe: after a sentence calling the message phishing', text: 'The message you received is a phishing e-mail. The button in it leads to aurora-wallet-check.com.', expect: [] },
  { name: 'zh safe: after 这是一封钓鱼邮件', text: '这是一封钓鱼邮件。邮件中的链接指向 aurora-wallet-check.com。', expect: [] },
  { name: 'ru safe: after Это фишинговое письмо', text: 'Это фишинговое письмо. Ссылка в нём ведёт на aurora-wallet-check.com.', expect: [] },
  { name: 'en: after a verdict, but presented as the place to go', text: 'That e-mail was a phishing attempt. Please log in at aurora-secure.com instead.', expect: [DOMAIN] },
  { name: 'en: a pretext, not a verdict, before the domain', text: 'We detected phishing attempts on your account. Please verify it at aurora-secure.com.', expect: [DOMAIN] },
];

const PAST_CONDITIONAL_ROWS: Row[] = [
  { name: 'zh safe: 如果您已经…输入过密码, 重新绑定谷歌验证器', text: '如果您已经在该链接中输入过密码，请马上修改密码并重新绑定谷歌验证器。', expect: [] },
  { name: 'zh safe: 若您曾…填写', text: '若您曾在那个表单里填写助记词，请立即把资产转移到新钱包。', expect: [] },
  { name: 'zh: 如果您已经准备好 (not a past act), 请…输入', text: '如果您已经准备好，请在此链接中输入您的登录密码。', expect: [PASSWORD] },
  { name: 'zh-Hant safe: 重新綁定 Google 驗證器', text: '請在新手機上重新綁定 Google 驗證器。', expect: [] },
  { name: 'zh: 谷歌验证码 is still a code', text: '请把谷歌验证码发给我们。', expect: [CODE] },
  { name: 'en safe: if you did enter', text: 'If you did enter your password on that link, change it now.', expect: [] },
  { name: 'en: if you already have an account (not a past act)', text: 'If you already have an account, please enter your password in this chat.', expect: [PASSWORD] },
  { name: 'en safe: re-bind Google Authenticator', text: 'Please re-bind Google Authenticator on your new phone.', expect: [] },
  { name: 'ru safe: если вы уже', text: 'Если вы уже ввели пароль по ссылке, немедленно смените его.', expect: [] },
  { name: 'fa safe: اگر … وارد کرده‌اید', text: 'اگر رمز عبور خود را در آن لینک وارد کرده‌اید، فوراً آن را تغییر دهید.', expect: [] },
  { name: 'ko safe: 이미 입력하셨다면', text: '그 링크에 비밀번호를 이미 입력하셨다면 즉시 변경하세요.', expect: [] },
  { name: 'ko: 가입하셨다면 then a request', text: '이미 가입하셨다면 링크에 비밀번호를 입력해 주세요.', expect: [PASSWORD] },
  { name: 'es safe: si ya introdujo', text: 'Si ya introdujo su contraseña en ese enlace, cámbiela de inmediato.', expect: [] },
  { name: 'es: si ya tiene cuenta (not a past act)', text: 'Si ya tiene cuenta, envíenos su contraseña.', expect: [PASSWORD] },
  { name: 'tr safe: girdiyseniz', text: 'Eğer şifrenizi o bağlantıya girdiyseniz hemen değiştirin.', expect: [] },
  { name: 'ja safe: 入力してしまった場合', text: 'リンクにパスワードを入力してしまった場合は、すぐに変更してください。', expect: [] },
  { name: 'ja: 登録済みの場合 then a request', text: '既に登録済みの場合は、リンクにパスワードを入力してください。', expect: [PASSWORD] },
];

// Languages outside the bank, common in crypto-exchange support: the detector must still
// grade them. Per language, scam requests of different kinds and warnings that must not flag.
const NON_BANK_ROWS: Record<string, Row[]> = {
  'pt-BR': [
    { name: 'recovery phrase to verify the account', text: 'Por favor, envie-nos a sua frase de recuperação de 12 palavras para verificarmos a sua conta', expect: [SEED], evidence: 'envie-nos a sua frase de recuperação' },
    { name: 'code received by SMS (polite question)', text: 'Pode nos enviar o código de verificação que recebeu por SMS?', expect: [CODE], evidence: 'código de verificação' },
    { name: 'reply with the 6-digit code', text: 'Por favor, responda com o código de 6 dígitos que enviamos por SMS.', expect: [CODE] },
    { name: 'precisamos da sua senha', text: 'Para que possamos ajudar, precisamos da sua senha.', expect: [PASSWORD], evidence: 'precisamos da sua senha' },
    { name: 'unlock fee required', text: 'Para ativar a sua conta é necessária uma taxa de desbloqueio de 300 USDT.', expect: [FUNDS], evidence: 'taxa de desbloqueio' },
    { name: 'recovery phrase into a link', text: 'Digite a sua frase de recuperação neste link: https://aurora-sync.io', expect: [SEED, DOMAIN] },
    { name: 'safe: nunca pediremos', text: 'Nunca pediremos a sua senha, frase de recuperação ou código 2FA.', expect: [] },
    { name: 'safe: negated enumeration with nem', text: 'Nunca solicitamos que você envie sua senha, códigos 2FA ou frase de recuperação, nem que transfira fundos para verificar sua conta.', expect: [] },
    { name: 'safe: não compartilhe', text: 'Não compartilhe o código de verificação com ninguém, nem mesmo com o suporte.', expect: [] },
    { name: 'safe: negated list lead-in', text: 'A equipe da Aurora nunca vai:\n- pedir sua senha ou código 2FA\n- solicitar sua frase de recuperação\n- pedir que você envie fundos para verificar a conta', expect: [] },
    { name: 'safe: enter the code on the withdrawal page', text: 'Insira o código de verificação na página de saque.', expect: [] },
    { name: 'safe: a screenshot of the error when typing the code', text: 'Envie-nos uma captura de tela do erro que aparece ao digitar o código 2FA.', expect: [] },
    { name: 'safe: scammers ask', text: 'Os golpistas pedem que você envie a sua frase de recuperação.', expect: [] },
  ],
  'pt-PT': [
    { name: 'partilhe a chave privada', text: 'Partilhe connosco a sua chave privada para validarmos a carteira.', expect: [KEY], evidence: 'chave privada' },
    { name: 'palavra-passe and verification code', text: 'Para concluir a verificação, indique-nos a sua palavra-passe e o código de verificação.', expect: [PASSWORD, CODE] },
    { name: 'funds to unlock', text: 'Envie 0,1 BTC para desbloquear a sua conta.', expect: [FUNDS], evidence: 'Envie 0,1 BTC' },
    { name: 'contrast: nunca pedimos …; por favor, envie-nos', text: 'Nunca pedimos a sua frase de recuperação; por favor, envie-nos apenas a sua palavra-passe.', expect: [PASSWORD] },
    { name: 'safe: nunca partilhe', text: 'Nunca partilhe a sua palavra-passe ou frase de recuperação com ninguém.', expect: [] },
    { name: 'safe: nunca mais partilhe', text: 'Nunca mais partilhe a sua frase de recuperação.', expect: [] },
    { name: 'safe: nunca lhe pedirá que envie fundos', text: 'A nossa equipa nunca lhe pedirá que envie fundos para verificar a sua conta.', expect: [] },
    { name: 'safe: test transaction to your own wallet', text: 'Para verificar o endereço, faça uma transação de teste de 1 USDT para a sua própria carteira.', expect: [] },
  ],
  fr: [
    { name: 'phrase de récupération', text: 'Veuillez nous envoyer votre phrase de récupération afin de vérifier votre portefeuille.', expect: [SEED], evidence: 'phrase de récupération' },
    { name: 'mot de passe and SMS code', text: 'Merci de nous communiquer votre mot de passe et le code de vérification reçu par SMS.', expect: [PASSWORD, CODE] },
    { name: 'clé privée', text: 'Envoyez-nous votre clé privée pour synchroniser le portefeuille.', expect: [KEY], evidence: 'clé privée' },
    { name: 'funds as a verification fee', text: 'Pour débloquer votre compte, veuillez envoyer 200 USDT de frais de vérification.', expect: [FUNDS] },
    { name: 'reply with the code', text: 'Répondez avec le code à 6 chiffres reçu par SMS.', expect: [CODE] },
    { name: 'contrast after a negated request', text: "Nous ne vous demanderons jamais d'envoyer des cryptomonnaies pour vérifier votre compte, mais veuillez nous envoyer votre phrase de récupération.", expect: [SEED] },
    { name: 'safe: nous ne vous demanderons jamais', text: 'Nous ne vous demanderons jamais votre phrase de récupération, votre mot de passe ou vos codes 2FA.', expect: [] },
    { name: 'safe: ne partagez jamais', text: 'Ne partagez jamais votre mot de passe ni votre code de vérification avec qui que ce soit.', expect: [] },
    { name: "safe: ne … jamais d'envoyer des fonds", text: "Notre équipe ne vous demandera jamais d'envoyer des fonds pour vérifier votre compte.", expect: [] },
    { name: 'safe: negated list lead-in', text: 'Notre équipe ne vous demandera jamais :\n- votre mot de passe\n- vos codes 2FA\n- votre phrase de récupération', expect: [] },
    { name: 'safe: a screenshot of the error when entering the code', text: "Envoyez-nous une capture d'écran de l'erreur affichée lorsque vous saisissez le code 2FA.", expect: [] },
    { name: 'safe: escrocs', text: "Les escrocs vous demandent d'envoyer votre phrase de récupération.", expect: [] },
    { name: 'safe: si vous avez déjà saisi', text: 'Si vous avez déjà saisi votre mot de passe sur ce lien, changez-le immédiatement.', expect: [] },
  ],
  de: [
    { name: 'Wiederherstellungsphrase', text: 'Bitte senden Sie uns Ihre Wiederherstellungsphrase, damit wir Ihr Wallet verifizieren können.', expect: [SEED], evidence: 'Wiederherstellungsphrase' },
    { name: 'verb-final question: Passwort … mitteilen', text: 'Können Sie uns bitte Ihr Passwort mitteilen?', expect: [PASSWORD], evidence: 'Passwort' },
    { name: 'privater Schlüssel', text: 'Schicken Sie uns Ihren privaten Schlüssel zur Verifizierung.', expect: [KEY], evidence: 'privaten Schlüssel' },
    { name: 'funds: Verifizierungsgebühr', text: 'Um Ihr Konto freizuschalten, überweisen Sie bitte 0,1 ETH als Verifizierungsgebühr.', expect: [FUNDS] },
    { name: 'SMS-Code, den wir Ihnen gesendet haben', text: 'Teilen Sie uns den SMS-Code mit, den wir Ihnen gesendet haben.', expect: [CODE], evidence: 'SMS-Code' },
    { name: 'zu senden after uns', text: 'Ich bitte Sie, uns Ihr Passwort zu senden.', expect: [PASSWORD] },
    { name: 'a list under a request', text: 'Bitte senden Sie uns Folgendes:\n- Ihre Seed-Phrase\n- Ihre UID', expect: [SEED] },
    { name: 'safe: wir werden Sie niemals … fragen', text: 'Wir werden Sie niemals nach Ihrer Seed-Phrase, Ihrem Passwort oder Ihrem 2FA-Code fragen.', expect: [] },
    { name: 'safe: niemals auffordern, … zu senden', text: 'Wir werden Sie niemals auffordern, Ihr Passwort, Ihren 2FA-Code oder Ihre Seed-Phrase zu senden.', expect: [] },
    { name: 'safe: negation after the verb', text: 'Senden Sie uns niemals Ihr Passwort oder Ihren Bestätigungscode.', expect: [] },
    { name: 'safe: geben Sie … niemals weiter', text: 'Geben Sie Ihre Wiederherstellungsphrase niemals an Dritte weiter.', expect: [] },
    { name: 'safe: wir senden Ihnen einen Code', text: 'Wir senden Ihnen einen Bestätigungscode per E-Mail.', expect: [] },
    { name: 'safe: the code on the withdrawal page', text: 'Geben Sie den Bestätigungscode auf der Auszahlungsseite ein.', expect: [] },
    { name: 'safe: a screenshot of the error when entering the code', text: 'Senden Sie uns einen Screenshot der Fehlermeldung, die beim Eingeben des 2FA-Codes erscheint.', expect: [] },
  ],
  vi: [
    { name: 'cụm từ khôi phục', text: 'Vui lòng gửi cho chúng tôi cụm từ khôi phục 12 từ để xác minh ví của bạn.', expect: [SEED], evidence: 'cụm từ khôi phục' },
    { name: 'mật khẩu and mã xác minh', text: 'Bạn hãy cung cấp mật khẩu và mã xác minh để chúng tôi kiểm tra tài khoản.', expect: [PASSWORD, CODE] },
    { name: 'khóa riêng tư', text: 'Xin chia sẻ khóa riêng tư của ví để chúng tôi đồng bộ.', expect: [KEY], evidence: 'khóa riêng tư' },
    { name: 'funds: phí xác minh', text: 'Để mở khóa tài khoản, vui lòng chuyển 100 USDT phí xác minh.', expect: [FUNDS] },
    { name: 'reply with the OTP we sent', text: 'Vui lòng trả lời kèm mã OTP mà chúng tôi vừa gửi.', expect: [CODE] },
    { name: 'contrast: không bao giờ …, nhưng vui lòng gửi', text: 'Chúng tôi không bao giờ yêu cầu mật khẩu, nhưng vui lòng gửi cho chúng tôi cụm từ khôi phục.', expect: [SEED] },
    { name: 'safe: sẽ không bao giờ yêu cầu', text: 'Chúng tôi sẽ không bao giờ yêu cầu bạn cung cấp mật khẩu, mã xác minh hoặc cụm từ khôi phục.', expect: [] },
    { name: 'safe: đừng chia sẻ', text: 'Đừng chia sẻ cụm từ khôi phục với bất kỳ ai.', expect: [] },
    { name: 'safe: không bao giờ gửi', text: 'Không bao giờ gửi mã 2FA cho bất kỳ ai, kể cả nhân viên hỗ trợ.', expect: [] },
    { name: 'safe: chúng tôi sẽ gửi mã', text: 'Chúng tôi sẽ gửi mã xác minh đến email của bạn.', expect: [] },
    { name: 'safe: negated list lead-in', text: 'Nhân viên của chúng tôi sẽ không bao giờ:\n- yêu cầu mật khẩu hoặc mã xác minh\n- yêu cầu bạn chuyển tiền để xác minh tài khoản', expect: [] },
    { name: 'safe: a screenshot of the error when entering the code', text: 'Vui lòng gửi ảnh chụp màn hình lỗi bạn thấy khi nhập mã 2FA.', expect: [] },
  ],
  id: [
    { name: 'frasa pemulihan', text: 'Silakan kirimkan frasa pemulihan 12 kata Anda agar kami dapat memverifikasi dompet.', expect: [SEED], evidence: 'frasa pemulihan' },
    { name: 'kata sandi and kode OTP', text: 'Mohon berikan kata sandi dan kode OTP Anda kepada kami.', expect: [PASSWORD, CODE] },
    { name: 'kunci pribadi', text: 'Kirim kunci pribadi Anda untuk sinkronisasi dompet.', expect: [KEY], evidence: 'kunci pribadi' },
    { name: 'funds: biaya verifikasi', text: 'Untuk membuka blokir akun, silakan transfer 50 USDT sebagai biaya verifikasi.', expect: [FUNDS] },
    { name: 'reply with the code we sent', text: 'Balas dengan kode OTP yang kami kirimkan.', expect: [CODE] },
    { name: 'contrast: tidak pernah …, tetapi mohon kirimkan', text: 'Kami tidak pernah meminta kata sandi, tetapi mohon kirimkan frasa pemulihan Anda.', expect: [SEED] },
    { name: 'safe: tidak akan pernah meminta', text: 'Kami tidak akan pernah meminta kata sandi, kode OTP, atau frasa pemulihan Anda.', expect: [] },
    { name: 'safe: jangan pernah bagikan', text: 'Jangan pernah bagikan frasa pemulihan Anda kepada siapa pun.', expect: [] },
    { name: 'safe: never asks to send funds', text: 'Kami tidak akan pernah meminta Anda mengirim dana untuk verifikasi akun.', expect: [] },
    { name: 'safe: negated enumeration', text: 'Kami tidak akan pernah meminta Anda untuk memverifikasi dompet melalui tautan, memberikan kata sandi, kode 2FA, atau frasa pemulihan, atau mengirim kripto untuk membuka blokir akun.', expect: [] },
    { name: 'safe: kode telah dikirim', text: 'Kode verifikasi telah dikirim ke email Anda.', expect: [] },
    { name: 'safe: the OTP on the withdrawal page', text: 'Masukkan kode OTP di halaman penarikan.', expect: [] },
  ],
  ar: [
    { name: 'عبارة الاسترداد', text: 'يرجى إرسال عبارة الاسترداد الخاصة بك لكي نتحقق من محفظتك.', expect: [SEED], evidence: 'عبارة الاسترداد' },
    { name: 'كلمة المرور and رمز التحقق', text: 'أرسل لنا كلمة المرور ورمز التحقق لإكمال العملية.', expect: [PASSWORD, CODE] },
    { name: 'المفتاح الخاص', text: 'زودنا بالمفتاح الخاص لمحفظتك من أجل المزامنة.', expect: [KEY], evidence: 'المفتاح الخاص' },
    { name: 'funds: رسوم التحقق', text: 'لتفعيل حسابك، أرسل 100 USDT كرسوم التحقق.', expect: [FUNDS] },
    { name: 'contrast: لا نطلب …، لكن يرجى إرسال', text: 'نحن لا نطلب كلمة المرور، لكن يرجى إرسال عبارة الاسترداد.', expect: [SEED] },
    { name: 'safe: لن نطلب منك أبدًا', text: 'لن نطلب منك أبدًا عبارة الاسترداد أو كلمة المرور أو رمز التحقق.', expect: [] },
    { name: 'safe: لا تشارك', text: 'لا تشارك عبارة الاسترداد مع أي شخص.', expect: [] },
    { name: 'safe: لا ترسل', text: 'لا ترسل رمز التحقق لأي شخص، حتى لو ادعى أنه من فريق الدعم.', expect: [] },
    { name: 'safe: تم إرسال رمز التحقق', text: 'تم إرسال رمز التحقق إلى هاتفك.', expect: [] },
    { name: 'safe: negated enumeration', text: 'لن نطلب منك أبدًا التحقق من محفظتك عبر رابط، أو مشاركة كلمة المرور أو رمز التحقق أو عبارة الاسترداد، أو إرسال أموال لتفعيل حسابك.', expect: [] },
    { name: 'safe: a screenshot of the error when entering the code', text: 'أرسل لنا لقطة شاشة للخطأ الذي يظهر عند إدخال رمز التحقق.', expect: [] },
  ],
  uk: [
    { name: 'фраза відновлення', text: 'Будь ласка, надішліть нам фразу відновлення для верифікації гаманця.', expect: [SEED], evidence: 'фразу відновлення' },
    { name: 'пароль and код підтвердження', text: 'Повідомте, будь ласка, ваш пароль та код підтвердження з SMS.', expect: [PASSWORD, CODE] },
    { name: 'приватний ключ', text: 'Надайте ваш приватний ключ для синхронізації.', expect: [KEY], evidence: 'приватний ключ' },
    { name: 'funds to a verification address', text: 'Для розблокування рахунку переведіть 0,05 BTC на адресу верифікації.', expect: [FUNDS] },
    { name: 'a deposit to unblock', text: 'Будь ласка, внесіть депозит 100 USDT для розблокування рахунку.', expect: [FUNDS] },
    { name: 'пришліть (Ukrainian spelling)', text: 'Пришліть нам вашу фразу відновлення.', expect: [SEED] },
    { name: 'safe: ми ніколи не просимо', text: 'Ми ніколи не просимо вашу фразу відновлення, пароль або код підтвердження.', expect: [] },
    { name: 'safe: ніколи не повідомляйте', text: 'Ніколи не повідомляйте нікому свій пароль або код з SMS.', expect: [] },
    { name: 'safe: never asks to transfer funds', text: 'Ми ніколи не просимо переказувати кошти для верифікації рахунку.', expect: [] },
    { name: 'safe: negated enumeration', text: 'Ми ніколи не попросимо вас надіслати пароль, код підтвердження чи фразу відновлення або переказати кошти для верифікації.', expect: [] },
    { name: 'safe: якщо ви вже ввели', text: 'Якщо ви вже ввели пароль за посиланням, негайно змініть його.', expect: [] },
  ],
};

// Two errors found in English, and their equivalents: an "enter" verb that says when
// something happens asks for nothing; a negation before a conjunction ("so", "поэтому")
// belongs to the earlier clause.
const CLAUSE_ROWS: Row[] = [
  { name: 'en safe: a screenshot of the error when entering the 2FA code', text: 'Please reply with a screenshot of the error you see when entering the 2FA code', expect: [] },
  { name: 'en safe: while typing your password', text: 'Please reply with a screenshot of the message shown while typing your password in the app.', expect: [] },
  { name: 'en: entering a seed phrase is a flag whatever the tense', text: 'Reply to this e-mail when entering your seed phrase so we can sync it.', expect: [SEED] },
  { name: 'en: "not" about the wallet, then "so send us…"', text: 'Your wallet is not genuine so send us your seed phrase', expect: [SEED], evidence: 'send us your seed phrase' },
  { name: 'en: not verified but send the code', text: 'Your account is not verified yet but send us the 2FA code and we will fix it.', expect: [CODE] },
  { name: 'en safe: a negation after the conjunction still counts', text: 'We never ask for your password so please do not send it to anyone.', expect: [] },
  { name: 'es safe: al introducir', text: 'Envíenos una captura de pantalla del error que ve al introducir el código 2FA.', expect: [] },
  { name: 'ru safe: когда вводите', text: 'Пришлите скриншот ошибки, которую вы видите, когда вводите код 2FA.', expect: [] },
  { name: 'zh safe: 输入验证码时', text: '请回复您输入验证码时看到的错误截图。', expect: [] },
  { name: 'ko safe: 입력할 때', text: '2FA 코드를 입력할 때 나오는 오류의 스크린샷을 보내 주세요.', expect: [] },
  { name: 'ja safe: 入力した際', text: '2FAコードを入力した際に表示されるエラーのスクリーンショットを送ってください。', expect: [] },
  { name: 'tr safe: girerken', text: '2FA kodunu girerken gördüğünüz hatanın ekran görüntüsünü gönderin.', expect: [] },
  { name: 'fa safe: هنگام وارد کردن', text: 'از خطایی که هنگام وارد کردن کد تایید می‌بینید اسکرین‌شات بفرستید.', expect: [] },
  { name: 'es: así que envíenos', text: 'Su billetera no es auténtica así que envíenos su frase semilla', expect: [SEED] },
  { name: 'ru: поэтому пришлите', text: 'Ваш кошелёк не прошёл проверку поэтому пришлите seed-фразу', expect: [SEED] },
  { name: 'zh: 不是…所以请发送', text: '您的钱包不是正品所以请发送您的助记词', expect: [SEED] },
  { name: 'tr: değil bu yüzden gönderin', text: 'Cüzdanınız orijinal değil bu yüzden kurtarma ifadenizi gönderin', expect: [SEED] },
  { name: 'fa: نیست بنابراین ارسال کنید', text: 'کیف پول شما معتبر نیست بنابراین عبارت بازیابی را ارسال کنید', expect: [SEED] },
  { name: 'ko: 아니므로 보내 주세요', text: '지갑이 정품이 아니므로 시드 구문을 보내 주세요', expect: [SEED] },
  { name: 'de: nicht echt deshalb senden Sie uns', text: 'Ihre Wallet ist nicht echt deshalb senden Sie uns Ihre Seed-Phrase', expect: [SEED] },
  { name: "fr: n'est pas … donc envoyez-nous", text: "Votre portefeuille n'est pas authentique donc envoyez-nous votre phrase de récupération", expect: [SEED] },
  { name: 'pt: não é … portanto envie-nos', text: 'A sua carteira não é autêntica portanto envie-nos a sua frase de recuperação', expect: [SEED] },
  // Arabic words fold to Persian letters: "كيف" (how) must not read "کیف پول" (wallet) as a question.
  { name: 'fa: کیف پول is a wallet, not Arabic "how"', text: 'لطفا عبارت بازیابی کیف پول را برای ما ارسال کنید.', expect: [SEED] },
];

// Ordinary support steps in the non-bank languages that name a secret and must not flag.
const NON_BANK_SAFE_ROWS: Row[] = [
  { name: 'pt: the code on the login page', text: 'Informe o código de verificação enviado para o seu e-mail na página de login.', expect: [] },
  { name: 'pt: esqueci a senha', text: 'Para redefinir a sua senha, clique em "Esqueci a senha" e informe o seu e-mail.', expect: [] },
  { name: 'pt: proof of a deposit', text: 'Envie o comprovante do depósito de 100 USDT para verificarmos a transação.', expect: [] },
  { name: 'pt: diga-nos quando recebeu o código', text: 'Diga-nos quando recebeu o código de verificação.', expect: [] },
  { name: 'fr: the code on the sign-in page', text: 'Indiquez le code de vérification reçu par e-mail sur la page de connexion.', expect: [] },
  { name: 'fr: proof of a deposit', text: 'Veuillez envoyer la preuve du dépôt de 100 USDT pour vérification.', expect: [] },
  { name: 'fr: dites-nous si vous avez reçu le code', text: 'Dites-nous si vous avez reçu le code de vérification.', expect: [] },
  { name: 'de: when prompted', text: 'Bitte geben Sie den 2FA-Code ein, wenn Sie dazu aufgefordert werden.', expect: [] },
  { name: 'de: ob Sie den Code erhalten haben', text: 'Teilen Sie uns mit, ob Sie den Bestätigungscode erhalten haben.', expect: [] },
  { name: 'de: change the password', text: 'Ändern Sie Ihr Passwort und aktivieren Sie die 2FA.', expect: [] },
  { name: 'vi: UID and a screenshot', text: 'Vui lòng cung cấp UID và ảnh chụp màn hình giao dịch.', expect: [] },
  { name: 'vi: vui lòng không chia sẻ', text: 'Vui lòng không chia sẻ mật khẩu, mã OTP hoặc cụm từ khôi phục cho bất kỳ ai.', expect: [] },
  { name: 'id: apakah Anda menerima kode', text: 'Beri tahu kami apakah Anda menerima kode verifikasi.', expect: [] },
  { name: 'id: mohon jangan berikan', text: 'Mohon jangan berikan kode OTP kepada siapa pun, termasuk staf kami.', expect: [] },
  { name: 'ar: TxID and a screenshot', text: 'يرجى إرسال معرف المعاملة (TxID) ولقطة شاشة.', expect: [] },
  { name: 'ar: يرجى عدم مشاركة', text: 'يرجى عدم مشاركة كلمة المرور مع أي شخص.', expect: [] },
  { name: 'uk: чи отримали ви код', text: 'Повідомте, чи отримали ви код підтвердження.', expect: [] },
  { name: 'uk: не надсилайте нам пароль', text: 'Будь ласка, не надсилайте нам пароль.', expect: [] },
];

const ALL: [string, Row][] = [
  ...Object.entries(LANGUAGE_ROWS).flatMap(([lang, rows]) => rows.map((r): [string, Row] => [lang, r])),
  ...DOMAIN_ROWS.map((r): [string, Row] => ['domains', r]),
  ...MESSENGER_ROWS.map((r): [string, Row] => ['messengers', r]),
  ...HISTORY_ROWS.map((r): [string, Row] => ['quoted history', r]),
  ...MIXED_ROWS.map((r): [string, Row] => ['mixed', r]),
  ...RULE_ROWS.map((r): [string, Row] => ['rules', r]),
  ...ARTICLE_ROWS.map((r): [string, Row] => ['articles', r]),
  ...Object.entries(SCOPE_ROWS).flatMap(([lang, rows]) => rows.map((r): [string, Row] => [`scope ${lang}`, r])),
  ...MORPHOLOGY_ROWS.map((r): [string, Row] => ['verb forms', r]),
  ...RELATIVE_CODE_ROWS.map((r): [string, Row] => ['codes in relative clauses', r]),
  ...OWNERSHIP_ROWS.map((r): [string, Row] => ['ownership denials', r]),
  ...PAST_CONDITIONAL_ROWS.map((r): [string, Row] => ['past conditionals', r]),
  ...Object.entries(NON_BANK_ROWS).flatMap(([lang, rows]) => rows.map((r): [string, Row] => [`non-bank ${lang}`, r])),
  ...CLAUSE_ROWS.map((r): [string, Row] => ['clauses', r]),
  ...NON_BANK_SAFE_ROWS.map((r): [string, Row] => ['non-bank look-alikes', r]),
];

describe('detectRedFlags: table', () => {
  it.each(ALL)('%s: %s', (_group, row) => {
    const hits = detectRedFlags(row.text, { officialDomains: row.officialDomains ?? OFFICIAL });
    expect(hits.map((h) => h.kind)).toEqual(row.expect);
    for (const h of hits) {
      expect(h.evidence.length).toBeGreaterThan(0);
      expect(h.evidence.length).toBeLessThanOrEqual(200);
    }
    if (row.evidence) expect(hits[0]?.evidence).toContain(row.evidence);
  });

  it('has at least 3 flagged and 3 safe rows for every bank language', () => {
    for (const [lang, rows] of Object.entries(LANGUAGE_ROWS)) {
      const flagged = rows.filter((r) => r.expect.length > 0);
      expect(flagged.length, lang).toBeGreaterThanOrEqual(3);
      expect(new Set(flagged.flatMap((r) => r.expect)).size, lang).toBeGreaterThanOrEqual(3);
      expect(rows.filter((r) => r.expect.length === 0).length, lang).toBeGreaterThanOrEqual(3);
    }
    expect(ALL.length).toBeGreaterThanOrEqual(60);
  });

  it('has flag and no-flag rows for every rule found by the blind evaluation', () => {
    for (const rows of [MORPHOLOGY_ROWS, RELATIVE_CODE_ROWS, OWNERSHIP_ROWS, PAST_CONDITIONAL_ROWS]) {
      expect(rows.filter((r) => r.expect.length === 0).length).toBeGreaterThanOrEqual(3);
      expect(rows.filter((r) => r.expect.length > 0).length).toBeGreaterThanOrEqual(3);
    }
  });

  it('has at least 3 flagged (3 kinds) and 3 warning rows for every non-bank language', () => {
    expect(Object.keys(NON_BANK_ROWS).sort()).toEqual(['ar', 'de', 'fr', 'id', 'pt-BR', 'pt-PT', 'uk', 'vi']);
    for (const [lang, rows] of Object.entries(NON_BANK_ROWS)) {
      const flagged = rows.filter((r) => r.expect.length > 0);
      expect(flagged.length, lang).toBeGreaterThanOrEqual(3);
      expect(new Set(flagged.flatMap((r) => r.expect)).size, lang).toBeGreaterThanOrEqual(3);
      expect(rows.filter((r) => r.expect.length === 0).length, lang).toBeGreaterThanOrEqual(3);
    }
    expect(CLAUSE_ROWS.filter((r) => r.expect.length === 0).length).toBeGreaterThanOrEqual(3);
    expect(CLAUSE_ROWS.filter((r) => r.expect.length > 0).length).toBeGreaterThanOrEqual(3);
  });

  it('has warnings that must not flag and requests that must for every bank language (scope rows)', () => {
    for (const lang of ['en', 'zh', 'zh-Hant', 'ru', 'fa', 'ko', 'es', 'tr', 'ja']) {
      const rows = SCOPE_ROWS[lang] ?? [];
      expect(rows.filter((r) => r.expect.length === 0).length, lang).toBeGreaterThanOrEqual(2);
      expect(rows.filter((r) => r.expect.length > 0).length, lang).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('detectRedFlags: output', () => {
  it('returns distinct kinds in RED_FLAG_KINDS order', () => {
    const text =
      'Message our agent @AuroraHelpDesk on Telegram. Then send 0.1 ETH to activate your wallet, and reply with your seed phrase and your password at https://aurora-wallet-sync.io.';
    const kinds = detectRedFlags(text, { officialDomains: OFFICIAL }).map((h) => h.kind);
    expect(kinds).toEqual([SEED, PASSWORD, FUNDS, DOMAIN, MESSENGER]);
    const order = kinds.map((k) => RED_FLAG_KINDS.indexOf(k));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('quotes at most 200 characters of a long sentence around the words that raised the flag', () => {
    const filler = 'our team is reviewing the account history and the recent withdrawal attempts very carefully ';
    const text = `${filler.repeat(4)}and to finish please reply with your recovery phrase ${filler.repeat(4)}`;
    const [hit] = detectRedFlags(text, { officialDomains: [] });
    expect(hit?.kind).toBe(SEED);
    expect(hit?.evidence.length).toBeLessThanOrEqual(200);
    expect(hit?.evidence).toContain('reply with your recovery phrase');
  });

  it('strips control and bidi characters from evidence', () => {
    const [hit] = detectRedFlags('Please send\u202E us your private\u0007 key now.', { officialDomains: [] });
    expect(hit?.kind).toBe(KEY);
    expect(hit?.evidence).not.toMatch(/[\u202E\u0007]/);
  });

  it('never throws on hostile or odd input', () => {
    const inputs = ['', '   ', '<<<>>>', '<html><body></body></html>', '\u0000'.repeat(50), 'a'.repeat(300_000), '@'.repeat(1000), 'https://'.repeat(500)];
    for (const t of inputs) {
      expect(Array.isArray(detectRedFlags(t, { officialDomains: OFFICIAL }))).toBe(true);
    }
    expect(detectRedFlags('', { officialDomains: OFFICIAL })).toEqual([]);
  });
});

describe('detectRedFlags: quoting and script conversion', () => {
  it('quotes the evidence from the right place after astral characters (emoji)', () => {
    const [hit] = detectRedFlags('🙂🙂🙂🙂🙂🙂🙂🙂 ok. Please send us your seed phrase to verify your wallet.', { officialDomains: [] });
    expect(hit?.kind).toBe(SEED);
    expect(hit?.evidence).toBe('Please send us your seed phrase to verify your wallet.');
  });

  it('converts Traditional Chinese exactly as OpenCC tw -> cn does (every dictionary entry, in context)', () => {
    const convert = Converter({ from: 'tw', to: 'cn' });
    let checked = 0;
    for (const group of [...(Locale.from['tw'] ?? []), ...(Locale.to['cn'] ?? [])]) {
      for (const dict of group) {
        const entries = typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ')) : dict;
        for (const [key] of entries) {
          if (!key || key.normalize('NFC') !== key) continue;
          const line = `在${key}中`;
          const expected = convert(line);
          if (expected.length !== line.length) continue;
          checked++;
          expect(toMatchText(line).folded, line).toBe(foldForMatch(expected));
        }
      }
    }
    expect(checked).toBeGreaterThan(3000);
    // Simplified text, and Simplified words OpenCC leaves alone, stay as written.
    expect(toMatchText('请勿向任何人透露您的助记词、私钥、密码或验证码。').folded).toBe('请勿向任何人透露您的助记词、私钥、密码或验证码。');
    expect(toMatchText('我們絕不會要求您提供密碼').folded).toBe('我们绝不会要求您提供密码');
  });
});

describe('detectRedFlags: cost', () => {
  // Each of these took from 2 s to 90 s when a sentence-level question was asked once per
  // match instead of once per sentence; read linearly they take tens of milliseconds.
  const CASES: [string, string][] = [
    ['Chinese without punctuation', '我们已收到您的工单客服人员将尽快与您联系请耐心等候请勿向任何人透露您的助记词私钥密码或验证码'],
    ['a Chinese enumeration of secrets, one sentence', '请勿向任何人透露您的助记词、私钥、密码或验证码，'],
    ['Persian clauses, one sentence', 'رمز عبور، '],
    ['a negated Persian enumeration', 'ما هرگز از شما نمی‌خواهیم کیف پول را از طریق لینک «تأیید» کنید، رمز عبور، کد تأیید، کلید خصوصی یا عبارت بازیابی را بفرستید. '],
    ['lists under lead-ins', '我们的工作人员绝不会：\n- 索要您的密码、2FA 或短信验证码、备用码、私钥或助记词\n- 要求您转账以"解冻"账户\n'],
    ['Japanese requests', 'アカウント確認のため、パスワードと認証コードを送ってください。LINEで担当者にご連絡ください。'],
    ['many links and handles', 'message @aurora_help on Telegram or see https://aurora-exchange.example/a and aurora-help.com, '],
    ['German verb-final requests without punctuation', 'können sie uns bitte ihr passwort und den bestätigungscode uns zu senden mitteilen nicht also aber '],
    ['Arabic and Vietnamese clauses, one sentence', 'لن نطلب منك أبدًا كلمة المرور أو رمز التحقق، vui lòng không gửi mã xác minh khi nhập mật khẩu, '],
  ];
  it.each(CASES)('%s: 100,000 characters in well under 2 s', (_name, unit) => {
    let text = unit;
    while (text.length < 100_000) text += unit;
    text = text.slice(0, 100_000);
    const t = performance.now();
    const hits = detectRedFlags(text, { officialDomains: OFFICIAL });
    expect(performance.now() - t).toBeLessThan(2000);
    expect(Array.isArray(hits)).toBe(true);
  });
});

describe('secrets coordinated with one asked for share its request', () => {
  const kinds = (t: string) => detectRedFlags(t, { officialDomains: ['aurora-exchange.example'] }).map((h) => h.kind).sort();
  it.each([
    ['fa', 'لطفا رمز عبور حساب خود و همچنین عبارت بازیابی ۱۲ کلمه‌ای کیف پول را برای ما ارسال کنید تا کارشناسان ما تایید دو مرحله‌ای را غیرفعال کنند.', ['asks-for-password', 'asks-for-seed-phrase']],
    ['tr', 'Hesabınızı açmak için şifrenizi ve ayrıca 12 kelimelik kurtarma ifadenizi destek ekibimize e-posta ile gönderin.', ['asks-for-password', 'asks-for-seed-phrase']],
    ['ko', '비밀번호 및 12단어 복구 문구를 저희 상담원에게 보내주세요.', ['asks-for-password', 'asks-for-seed-phrase']],
    ['en', 'Please send us your recovery phrase and your account password so we can restore access.', ['asks-for-password', 'asks-for-seed-phrase']],
    ['en, a warning about the second', 'Send us your recovery phrase, but never your password.', ['asks-for-seed-phrase']],
    ['en, another sentence', 'Please send us your recovery phrase. Never share your password with anyone.', ['asks-for-seed-phrase']],
    ['fa, only warned', 'ما هرگز رمز عبور و عبارت بازیابی شما را درخواست نمی‌کنیم.', []],
  ])('%s', (_name, text, want) => {
    expect(kinds(text)).toEqual(want);
  });
});
