/**
 * Keyword lists for the help-center topics, per language.
 *
 * Why it matters (self_service): CRITERIA.md asks whether the knowledge base covers
 * account, security/2FA, deposits, withdrawals, fees, KYC, trading, API, phishing
 * warnings, beginner tutorials and risk warnings, in whatever language the help
 * center is written in. Languages: en, zh-Hans, zh-Hant, ru, fa, ko, es, tr, ja, de,
 * fr, vi, pt.
 *
 * How a keyword matches (see topics.ts): it is folded like the page text
 * (foldForMatch; hyphens and underscores become spaces). Han, kana and Hangul
 * keywords match as substrings of the text with spaces removed (so Korean matches
 * with and without spaces). Latin and Cyrillic keywords match as whole words, with
 * an optional plural -s/-es ("fee" matches "fees", not "feedback"); a trailing `*`
 * makes one a prefix ("withdraw*" matches "withdrawal"). Persian/Arabic keywords
 * match as word prefixes (suffixes such as ‌ها attach to them). Where two keywords
 * overlap, the longer one wins at that position: "account security" is security, not
 * account; "交易所" (an exchange) is listed under NEUTRAL so it is not "trading". A
 * keyword listed under two topics names both ("입출금" is deposits and withdrawals;
 * "withdrawal fee" is withdrawals and fees).
 */
import type { TopicId } from '../../types/facts.js';

export const TOPIC_KEYWORDS: Record<TopicId, readonly string[]> = {
  account: [
    // en
    'account', 'my account', 'account settings', 'login', 'log in', 'sign in', 'sign up', 'signup', 'register*',
    'registration', 'password', 'reset password', 'forgot password', 'username', 'profile settings', 'create an account',
    'open an account', 'account recovery', 'email change', 'change email', 'close account', 'delete account', 'sub account*',
    // zh-Hans / zh-Hant
    '账户', '账号', '帐户', '帐号', '登录', '注册', '密码', '忘记密码', '帳戶', '帳號', '登入', '註冊', '密碼', '忘記密碼',
    // ru
    'аккаунт*', 'учетная запись', 'учетной записи', 'учетные записи', 'вход', 'войти', 'регистрац*', 'зарегистрир*', 'пароль', 'пароля', 'личный кабинет', 'профил*',
    // fa
    'حساب کاربری', 'حساب', 'ثبت نام', 'ورود به حساب', 'رمز عبور', 'کلمه عبور', 'بازیابی رمز', 'پروفایل',
    // ko
    '계정', '로그인', '회원가입', '회원 가입', '비밀번호', '아이디', '회원정보',
    // es
    'cuenta', 'cuentas', 'mi cuenta', 'iniciar sesión', 'inicio de sesión', 'registro', 'registrarse', 'contraseña*',
    // tr
    'hesap', 'hesab*', 'hesaplar*', 'giriş yap*', 'oturum aç*', 'kayıt ol*', 'üye ol*', 'şifre*', 'parola*',
    // ja
    'アカウント', 'ログイン', '新規登録', '会員登録', 'パスワード', '口座開設',
    // de, fr, vi, pt
    'konto', 'konten', 'anmeld*', 'registrier*', 'passwort', 'kennwort', 'compte', 'comptes', 'connexion', 'inscription',
    'mot de passe', 'tài khoản', 'đăng nhập', 'đăng ký', 'mật khẩu', 'conta', 'contas', 'cadastro', 'senha',
  ],
  security: [
    'security', 'account security', 'secure your account', 'security settings', 'security center', '2fa', 'two factor*',
    'two step verification', '2 step verification', '2 factor', 'multi factor', 'mfa', 'authenticator*', 'google authenticator',
    'passkey*', 'security key*', 'yubikey', 'password security', 'strong password', 'device management', 'whitelist*',
    'withdrawal whitelist', 'address whitelist',
    '安全', '账户安全', '双重验证', '二次验证', '两步验证', '双因素', '谷歌验证', '身份验证器', '安全设置', '安全中心',
    '帳戶安全', '雙重驗證', '兩步驟驗證', '兩步驗證', '雙因素', '谷歌驗證', '安全設定', '安全中心',
    'безопасност*', 'двухфактор*', 'двухэтапн*', '2фа', 'аутентификатор*', 'защита аккаунта',
    'امنیت', 'ورود دو مرحله', 'تایید دو مرحله', 'تأیید دو مرحله', 'احراز هویت دو مرحله', 'احراز هویت دومرحله', 'دومرحله', 'دو مرحله ای', 'رمز دوم', 'دو عاملی', 'شناسه دوعاملی', 'گوگل آتنتیکیتور',
    '보안', '2단계 인증', '2차 인증', '이중 인증', 'otp', '구글 otp', '인증기', '보안 설정',
    'seguridad', 'autenticación de dos factores', 'doble factor', 'verificación en dos pasos', 'autenticador*',
    'güvenlik', 'iki faktörlü', 'iki adımlı', 'doğrulayıcı',
    'セキュリティ', '二段階認証', '2段階認証', '二要素認証', '2要素認証', '認証アプリ',
    'sicherheit', 'zwei faktor*', 'sécurité', 'double authentification', 'authentification à deux facteurs', 'bảo mật',
    'xác thực hai yếu tố', 'xác thực 2 yếu tố', 'segurança', 'autenticação de dois fatores', 'dois fatores',
  ],
  deposit: [
    'deposit*', 'deposit fee', 'top up', 'top ups', 'fund your account', 'add funds', 'receive crypto', 'crypto deposit*', 'fiat deposit*',
    '充值', '充币', '入金', '存款', '充幣', '儲值', '存入', '出入金', '充提',
    'депозит*', 'пополнен*', 'пополнить', 'внести средства', 'ввод средств', 'ввод криптовалют*', 'ввод и вывод', 'ввод/вывод', 'зачислен*', 'внесение средств',
    'واریز', 'شارژ حساب', 'افزایش موجودی',
    '입금', '충전', '원화 입금', '입출금', '입출고',
    'depósito*', 'depositar', 'ingresar fondos', 'ingreso de fondos', 'recarga*',
    'para yatırma', 'yatırma', 'yatırmak', 'para yatır*', 'kripto yatır*',
    '入金', '預け入れ', '預入',
    'einzahlung*', 'einzahlen', 'dépôt*', 'déposer', 'nạp tiền', 'nạp', 'depositar', 'depósitos',
  ],
  withdrawal: [
    'withdraw*', 'cash out', 'payout*', 'send crypto', 'crypto withdrawal*', 'fiat withdrawal*', 'withdrawal fee', 'withdrawal whitelist',
    '提现', '提币', '出金', '提款', '提現', '提幣', '提領', '出入金', '充提',
    'вывод*', 'вывести', 'вывесть', 'снятие', 'снять средства', 'выплат*',
    'برداشت', 'تسویه',
    '출금', '인출', '원화 출금', '입출금', '입출고',
    'retiro*', 'retirar', 'retirada*',
    'para çekme', 'çekme', 'çekim*', 'para çek*', 'kripto çek*',
    '出金', '引き出し', '送金',
    'auszahlung*', 'auszahlen', 'abhebung*', 'retrait*', 'retirer', 'rút tiền', 'rút', 'saque*', 'sacar', 'levantamento*',
  ],
  fees: [
    'fee', 'fees', 'trading fee', 'withdrawal fee', 'deposit fee', 'fee schedule', 'commission*', 'pricing', 'charges', 'maker taker',
    '手续费', '费率', '费用', '手續費', '費率', '費用',
    'комисси*', 'тариф*', 'сбор*',
    'کارمزد', 'هزینه', 'نرخ کارمزد',
    '수수료',
    'comisión', 'comisiones', 'tarifa*', 'cargos',
    'ücret*', 'komisyon*', 'masraf*',
    '手数料',
    'gebühr*', 'frais', 'phí', 'biểu phí', 'taxa*', 'tarifas',
  ],
  kyc: [
    'kyc', 'ekyc', 'identity verif*', 'verify your identity', 'verify my identity', 'verifying your identity', 'verifying identity',
    'verify identity', 'id verification', 'identity check', 'proof of identity', 'verification', 'get verified', 'verification documents',
    'proof of address', 'verification level*', 'account verification', 'customer due diligence', 'aml',
    '实名认证', '身份认证', '身份验证', '实名', '身份認證', '身份驗證', '身分驗證', '身分認證', '實名認證', '實名',
    'верификац*', 'подтверждение личности', 'идентификац*', 'kyc верификац*',
    'احراز هویت', 'تایید هویت', 'تأیید هویت', 'احراز',
    '본인인증', '본인 인증', '신원 확인', '신원확인', '실명 인증', '실명인증', '고객확인',
    'verificación', 'verificación de identidad', 'verificar tu identidad', 'verificar su identidad', 'verificar identidad', 'verificación de cuenta',
    'kimlik doğrula*', 'kimlik onay*', 'hesap doğrula*',
    '本人確認', '身分証明', '本人認証',
    'identitätsprüfung', 'identitätsverifizierung', 'verifizierung', 'vérification d identité', 'vérification de l identité',
    'xác minh danh tính', 'xác thực danh tính', 'xác minh tài khoản', 'verificação', 'verificação de identidade', 'verificação de conta',
  ],
  trading: [
    'trade', 'trades', 'trading', 'trading fee', 'spot trading', 'futures', 'margin', 'margin trading', 'derivatives', 'perpetual*',
    'leverage', 'limit order*', 'market order*', 'stop loss', 'order types', 'order book', 'p2p', 'copy trading', 'convert',
    '交易', '现货', '合约', '期货', '杠杆', '限价单', '市价单', '現貨', '合約', '期貨', '槓桿', '限價單', '市價單',
    'торговл*', 'трейдинг*', 'спот', 'фьючерс*', 'маржинальн*', 'ордер*', 'кредитное плечо', 'сделк*',
    'معامله', 'معاملات', 'ترید', 'خرید و فروش', 'فیوچرز', 'اهرم', 'سفارش گذاری', 'سفارش محدود', 'سفارش بازار',
    '거래', '트레이딩', '현물', '선물 거래', '선물거래', '레버리지', '지정가', '시장가', '주문',
    'operar', 'operaciones', 'trading', 'futuros', 'margen', 'apalancamiento', 'orden límite', 'órdenes',
    'alım satım', 'al sat', 'vadeli işlem*', 'spot işlem*', 'kaldıraç*', 'emir türleri', 'limit emir*', 'piyasa emri',
    '取引', 'トレード', '現物', '先物', 'レバレッジ', '注文', '指値', '成行',
    'handel', 'handeln', 'hebel', 'négociation', 'effet de levier', 'giao dịch', 'hợp đồng tương lai', 'đòn bẩy',
    'negociação', 'negociar', 'alavancagem',
  ],
  api: [
    'api', 'apis', 'api key*', 'rest api', 'websocket*', 'api documentation', 'api docs', 'open api', 'fix api',
    'api 密钥', 'api 接口', '接口文档', 'api 金鑰', '接口',
    'api ключ*', 'ای پی آی', 'کلید api', 'api 키', 'api キー', 'clave api', 'api anahtar*',
  ],
  'anti-phishing': [
    'phishing', 'anti phishing', 'anti phishing code', 'antiphishing', 'scam*', 'fraud*', 'fake website*', 'fake account*', 'fake', 'impostor*', 'counterfeit', 'impersonat*',
    'official verification', 'verify official', 'official channel*', 'verification channel', 'verify the official',
    'official domain*', 'authenticity',
    '防钓鱼', '钓鱼', '诈骗', '防骗', '官方验证', '官方认证', '官方渠道', '假冒', '防釣魚', '釣魚', '詐騙', '防詐騙', '官方驗證', '官方認證', '官方管道', '假冒',
    'фишинг*', 'мошенн*', 'официальн* канал*', 'проверка официальн*', 'поддельн*',
    'فیشینگ', 'کلاهبرداری', 'کلاه برداری', 'کانال رسمی', 'کانال های رسمی', 'تایید کانال', 'جعلی',
    '피싱', '사칭', '사기', '공식 채널 확인', '공식 인증',
    'estafa*', 'fraude*', 'suplantación', 'canales oficiales', 'verificación oficial',
    'oltalama', 'dolandırıcılık', 'dolandırıcı*', 'sahte', 'resmi kanal*', 'resmi doğrulama',
    'フィッシング', '詐欺', 'なりすまし', '公式チャンネル', '公式認証',
    'betrug*', 'hameçonnage', 'arnaque*', 'lừa đảo', 'giả mạo', 'golpe*',
  ],
  tutorial: [
    'beginner*', 'getting started', 'get started', 'how to buy your first', 'buy your first', 'first steps', 'quick start',
    'quickstart', 'tutorial*', 'new user guide', 'new users guide', 'guide for new users', 'newbie*', 'newcomer*',
    'crypto basics', 'crypto 101', 'guide', 'guides', 'learn crypto', 'academy',
    '新手', '入门', '教程', '新手指南', '新手教程', '新手教學', '入門', '教學', '指南',
    'для начинающих', 'новичк*', 'начало работы', 'первые шаги', 'руководство', 'обучени*',
    'راهنمای مبتدیان', 'مبتدی', 'آموزش', 'شروع کار', 'راهنمای کاربران جدید', 'راهنمای گام به گام',
    '초보자', '초보', '가이드', '시작하기', '입문', '튜토리얼', '이용 가이드', '이용가이드',
    'principiante*', 'primeros pasos', 'guía', 'guías', 'tutorial*', 'cómo empezar', 'para empezar',
    'yeni başlayan*', 'başlangıç', 'rehber*', 'eğitim*', 'nasıl başlanır',
    '初心者', '入門', 'はじめて', '始め方', 'ガイド', 'チュートリアル', '使い方',
    'anfänger*', 'einsteiger*', 'erste schritte', 'anleitung*', 'débutant*', 'premiers pas', 'tutoriel*', 'guide du débutant',
    'người mới', 'hướng dẫn', 'bắt đầu', 'iniciante*', 'primeiros passos', 'guia', 'guias',
  ],
  'risk-warning': [
    'risk warning*', 'risk disclosure*', 'risk disclaimer*', 'risk statement*', 'risk notice*', 'risk reminder*',
    'risk tip*', 'investment risk*', 'trading risk*', 'crypto risk*', 'risks', 'high risk', 'risk of loss',
    '风险提示', '风险警示', '风险披露', '风险声明', '风险告知', '风险须知', '风险警告', '投资风险', '交易风险', '风险',
    '風險提示', '風險揭露', '風險聲明', '風險警示', '風險告知', '投資風險', '交易風險', '風險',
    'предупреждение о риск*', 'риски', 'рисках', 'рисков', 'раскрытие риск*', 'уведомление о риск*',
    'هشدار ریسک', 'ریسک', 'افشای ریسک', 'هشدار خطر', 'بیانیه ریسک',
    '위험 고지', '위험고지', '투자 유의', '투자유의', '투자 위험', '투자위험', '위험 경고', '리스크',
    'advertencia de riesgo*', 'aviso de riesgo*', 'divulgación de riesgos', 'riesgos', 'declaración de riesgo*',
    'risk uyarı*', 'risk bildirim*', 'riskler*', 'risk açıklama*', 'risk beyan*',
    'リスク', 'リスク警告',
    'risikohinweis*', 'risikowarnung*', 'risiken', 'risikoaufklärung', 'avertissement sur les risques', 'avertissement de risque*',
    'divulgation des risques', 'risques', 'cảnh báo rủi ro', 'rủi ro', 'aviso de risco*', 'divulgação de riscos', 'riscos', 'alerta de risco',
  ],
};

/**
 * Phrases that contain a topic keyword but are not that topic; matching them first
 * consumes the text so the shorter keyword inside does not fire.
 */
export const NEUTRAL_KEYWORDS: readonly string[] = [
  '交易所', '交易平台', '取引所', '거래소', '风险控制', '風險控制', '风控', '風控', 'risk control',
];
