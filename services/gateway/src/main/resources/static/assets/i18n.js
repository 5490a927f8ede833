// Labels in English and Korean. The language is the one chosen with the switch (kept in localStorage),
// else the browser's (navigator.language); {name} placeholders are filled by t(key, {name: value}).

const LANG_KEY = 'rentcar.lang';

const en = {
  'skip': 'Skip to content',
  'lang.switch': '한국어',
  'lang.switch.label': 'Switch to Korean (한국어)',
  'nav.cars': 'Cars',
  'nav.mypage': 'My Page',
  'nav.ledger': 'Car ledger',
  'nav.register': 'Register a car',
  'nav.rentals': 'Rentals',
  'logout': 'Log out',
  'signed.in.as': 'Signed in as {name}',
  'loading': 'Loading…',
  'close': 'Dismiss',

  'login.title': 'Log in',
  'login.submit': 'Log in',
  'login.busy': 'Logging in…',
  'login.no.account': 'No account yet?',
  'login.signup.link': 'Sign up',
  'login.failed': 'Wrong username or password.',
  'session.expired': 'Your session has expired. Please log in again.',
  'logged.out': 'You are logged out.',

  'signup.title': 'Sign up',
  'signup.submit': 'Create account',
  'signup.busy': 'Creating your account…',
  'signup.have.account': 'Already have an account?',
  'signup.login.link': 'Log in',
  'signup.welcome': 'Welcome, {name}! Your account is ready.',
  'field.username': 'Username',
  'field.username.hint': '3–32 characters: a–z, 0–9, dot, underscore, hyphen',
  'field.password': 'Password',
  'field.password.hint': '8–72 characters',
  'field.name': 'Name',
  'field.email': 'E-mail',
  'field.phone': 'Phone',
  'field.phone.hint': 'Digits, spaces, + and -',
  'field.plateNumber': 'Plate number',
  'field.model': 'Model',
  'field.dailyRate': 'Daily rate (KRW)',
  'field.pickupDate': 'Pick-up date',
  'field.returnDate': 'Return date',
  'form.fix': 'Please correct the highlighted fields.',

  'cars.title': 'Cars on offer',
  'cars.empty': 'No car is free right now. Please look again later.',
  'cars.count': '{n} cars free to reserve',
  'cars.pages': 'Pages of cars on offer',
  'cars.count.one': '1 car free to reserve',
  'cars.reserve': 'Reserve',
  'cars.per.day': '{rate} per day',
  'col.plate': 'Plate',
  'col.model': 'Model',
  'col.dailyRate': 'Daily rate',
  'col.status': 'Status',
  'col.updated': 'Updated',
  'col.car': 'Car',
  'col.period': 'Period',
  'col.amount': 'Amount',
  'col.reservation': 'Reservation',
  'col.payment': 'Payment',
  'col.rental': 'Rental',
  'col.actions': 'Actions',
  'col.customer': 'Customer',
  'col.rentedAt': 'Rented',
  'col.endedAt': 'Returned or cancelled',

  'reserve.title': 'Reserve {plate}',
  'reserve.back': 'Back to the cars',
  'reserve.price': '{days} × {rate} = {total}',
  'reserve.days': '{n} days',
  'reserve.day': '1 day',
  'reserve.total': 'Total',
  'reserve.confirm': 'Confirm and pay {total}',
  'reserve.busy': 'Reserving and paying…',
  'reserve.dates.invalid': 'The return date must not be before the pick-up date.',
  'reserve.done': 'Reserved! {plate} from {from} to {to}, paid {total}.',
  'reserve.to.mypage': 'See it on My Page',
  'reserve.declined': 'Your payment was declined, so nothing was reserved. {detail}',
  'reserve.payment.busy': 'The payment service is busy right now. Nothing was reserved.',
  'reserve.service.down': 'Reservations are unavailable right now. Nothing was reserved.',
  'reserve.try.again': 'Try again in {n} seconds.',
  'reserve.try.again.one': 'Try again in 1 second.',
  'reserve.try.now': 'You can try again now.',
  'reserve.timeout': 'The reservation did not answer in time. Check My Page before trying again.',
  'reserve.taken': 'Someone has just reserved this car. Please choose another one.',

  'mypage.title': 'My Page',
  'mypage.profile': 'Profile',
  'mypage.history': 'My reservations',
  'mypage.empty': 'No reservations yet.',
  'mypage.pages': 'Pages of my reservations',
  'pager.previous': 'Previous',
  'pager.next': 'Next',
  'pager.status': 'Page {page} of {pages}',
  'mypage.live': 'Statuses update by themselves.',
  'mypage.cancel': 'Cancel',
  'mypage.cancel.confirm': 'Cancel the reservation of {plate} ({from} – {to})? {amount} will be refunded.',
  'mypage.cancel.yes': 'Yes, cancel it',
  'mypage.cancel.no': 'Keep it',
  'mypage.cancelled': 'The reservation is cancelled and {amount} is refunded.',
  'mypage.cancel.pending': 'The cancellation is accepted. The payment service is not answering, so the refund will complete by itself shortly; this page tells you when it has.',
  'mypage.cancel.failed': 'The reservation could not be cancelled: {detail}',
  'mypage.profile.pending': 'Your profile is on its way…',
  'notifications.title': 'Notifications',
  'notifications.empty': 'No notifications yet.',

  'ledger.title': 'Car ledger',
  'ledger.filter.status': 'Status',
  'ledger.filter.all': 'All',
  'ledger.filter.model': 'Model contains',
  'ledger.count': '{n} cars',
  'ledger.count.one': '1 car',
  'ledger.empty': 'No car matches.',
  'register.title': 'Register a car',
  'register.submit': 'Register',
  'register.busy': 'Registering…',
  'register.done': 'Registered {plate} ({model}) at {rate} per day.',
  'rentals.title': 'Rentals',
  'rentals.empty': 'No rentals yet.',
  'rentals.return': 'Record return',
  'rentals.return.confirm': 'Record the return of {car}?',
  'rentals.return.yes': 'Record return',
  'rentals.return.no': 'Not yet',
  'rentals.returned': 'The return of {car} is recorded.',
  'rentals.return.failed': 'The return could not be recorded: {detail}',

  'banner.down': '{service} cannot be reached right now. Try again in {n} seconds — this page keeps trying by itself.',
  'service.customer': 'Accounts',
  'service.customers': 'Accounts',
  'service.auth': 'Log-in',
  'service.management': 'The car ledger',
  'service.cars': 'The car ledger',
  'service.reservation': 'Reservations',
  'service.available-cars': 'Reservations',
  'service.reservations': 'Reservations',
  'service.payment': 'Payments',
  'service.payments': 'Payments',
  'service.rental': 'Rentals',
  'service.rentals': 'Rentals',
  'service.mypage': 'My Page',
  'service.notification': 'Notifications',
  'service.notifications': 'Notifications',
  'service.downstream': 'A part of RentCar',
  'banner.offline': 'RentCar cannot be reached. Check your connection; this page will keep trying.',
  'error.generic': 'Something went wrong: {detail}',
  'error.forbidden': 'This page is not available to your account.',

  'status.car.AVAILABLE': 'Available',
  'status.car.RENTED': 'Rented',
  'status.reservation.CONFIRMED': 'Confirmed',
  'status.reservation.CANCEL_PENDING': 'Cancel pending',
  'status.reservation.CANCELLED': 'Cancelled',
  'status.reservation.COMPLETED': 'Completed',
  'status.payment.APPROVED': 'Paid',
  'status.payment.DECLINED': 'Declined',
  'status.payment.CANCELLED': 'Refunded',
  'status.rental.RENTED': 'Rented',
  'status.rental.CANCELLED': 'Cancelled',
  'status.rental.RETURNED': 'Returned',
  'status.pending': '—',
  'notification.RESERVATION_CONFIRMED': 'Reservation confirmed',
  'notification.RESERVATION_CANCELLED': 'Reservation cancelled',
  'notification.CANCEL_PENDING': 'Cancellation pending',
  'notification.RENTAL_STARTED': 'Rental started',
  'notification.RENTAL_RETURNED': 'Car returned',
};

const ko = {
  'skip': '본문으로 건너뛰기',
  'lang.switch': 'English',
  'lang.switch.label': '영어로 보기 (English)',
  'nav.cars': '차량',
  'nav.mypage': '마이페이지',
  'nav.ledger': '차량 원부',
  'nav.register': '차량 등록',
  'nav.rentals': '대여 관리',
  'logout': '로그아웃',
  'signed.in.as': '{name} 님',
  'loading': '불러오는 중…',
  'close': '닫기',

  'login.title': '로그인',
  'login.submit': '로그인',
  'login.busy': '로그인 중…',
  'login.no.account': '계정이 없으신가요?',
  'login.signup.link': '회원가입',
  'login.failed': '아이디 또는 비밀번호가 올바르지 않습니다.',
  'session.expired': '세션이 만료되었습니다. 다시 로그인해 주세요.',
  'logged.out': '로그아웃되었습니다.',

  'signup.title': '회원가입',
  'signup.submit': '가입하기',
  'signup.busy': '계정을 만드는 중…',
  'signup.have.account': '이미 계정이 있으신가요?',
  'signup.login.link': '로그인',
  'signup.welcome': '{name} 님, 환영합니다! 계정이 준비되었습니다.',
  'field.username': '아이디',
  'field.username.hint': '3–32자: 영문 소문자, 숫자, 마침표, 밑줄, 하이픈',
  'field.password': '비밀번호',
  'field.password.hint': '8–72자',
  'field.name': '이름',
  'field.email': '이메일',
  'field.phone': '전화번호',
  'field.phone.hint': '숫자, 공백, + 와 -',
  'field.plateNumber': '차량 번호',
  'field.model': '차종',
  'field.dailyRate': '일일 요금 (원)',
  'field.pickupDate': '대여일',
  'field.returnDate': '반납일',
  'form.fix': '표시된 항목을 고쳐 주세요.',

  'cars.title': '예약 가능한 차량',
  'cars.empty': '지금 예약할 수 있는 차량이 없습니다. 잠시 후 다시 확인해 주세요.',
  'cars.count': '예약 가능한 차량 {n}대',
  'cars.pages': '예약 가능한 차량 페이지',
  'cars.count.one': '예약 가능한 차량 1대',
  'cars.reserve': '예약하기',
  'cars.per.day': '1일 {rate}',
  'col.plate': '차량 번호',
  'col.model': '차종',
  'col.dailyRate': '일일 요금',
  'col.status': '상태',
  'col.updated': '변경 시각',
  'col.car': '차량',
  'col.period': '기간',
  'col.amount': '금액',
  'col.reservation': '예약',
  'col.payment': '결제',
  'col.rental': '대여',
  'col.actions': '작업',
  'col.customer': '고객',
  'col.rentedAt': '대여 시각',
  'col.endedAt': '반납·취소 시각',

  'reserve.title': '{plate} 예약',
  'reserve.back': '차량 목록으로',
  'reserve.price': '{days} × {rate} = {total}',
  'reserve.days': '{n}일',
  'reserve.day': '1일',
  'reserve.total': '합계',
  'reserve.confirm': '{total} 결제하고 예약',
  'reserve.busy': '예약하고 결제하는 중…',
  'reserve.dates.invalid': '반납일은 대여일보다 앞설 수 없습니다.',
  'reserve.done': '예약되었습니다! {plate}, {from} – {to}, {total} 결제 완료.',
  'reserve.to.mypage': '마이페이지에서 보기',
  'reserve.declined': '결제가 거절되어 예약되지 않았습니다. {detail}',
  'reserve.payment.busy': '결제 서비스가 혼잡합니다. 예약되지 않았습니다.',
  'reserve.service.down': '지금은 예약할 수 없습니다. 예약되지 않았습니다.',
  'reserve.try.again': '{n}초 후에 다시 시도해 주세요.',
  'reserve.try.again.one': '1초 후에 다시 시도해 주세요.',
  'reserve.try.now': '이제 다시 시도할 수 있습니다.',
  'reserve.timeout': '예약 응답이 늦어지고 있습니다. 다시 시도하기 전에 마이페이지를 확인해 주세요.',
  'reserve.taken': '방금 다른 고객이 이 차량을 예약했습니다. 다른 차량을 골라 주세요.',

  'mypage.title': '마이페이지',
  'mypage.profile': '내 정보',
  'mypage.history': '예약 내역',
  'mypage.empty': '아직 예약이 없습니다.',
  'mypage.pages': '예약 내역 페이지',
  'pager.previous': '이전',
  'pager.next': '다음',
  'pager.status': '{pages}쪽 중 {page}쪽',
  'mypage.live': '상태는 자동으로 갱신됩니다.',
  'mypage.cancel': '취소',
  'mypage.cancel.confirm': '{plate} ({from} – {to}) 예약을 취소할까요? {amount}이(가) 환불됩니다.',
  'mypage.cancel.yes': '예, 취소합니다',
  'mypage.cancel.no': '유지',
  'mypage.cancelled': '예약이 취소되고 {amount}이(가) 환불되었습니다.',
  'mypage.cancel.pending': '취소가 접수되었습니다. 결제 서비스가 응답하지 않아 환불은 곧 자동으로 완료되며, 완료되면 이 화면에서 알려 드립니다.',
  'mypage.cancel.failed': '예약을 취소하지 못했습니다: {detail}',
  'mypage.profile.pending': '내 정보를 준비하는 중…',
  'notifications.title': '알림',
  'notifications.empty': '아직 알림이 없습니다.',

  'ledger.title': '차량 원부',
  'ledger.filter.status': '상태',
  'ledger.filter.all': '전체',
  'ledger.filter.model': '차종 검색',
  'ledger.count': '{n}대',
  'ledger.count.one': '1대',
  'ledger.empty': '조건에 맞는 차량이 없습니다.',
  'register.title': '차량 등록',
  'register.submit': '등록',
  'register.busy': '등록하는 중…',
  'register.done': '{plate} ({model}) 차량을 1일 {rate}에 등록했습니다.',
  'rentals.title': '대여 관리',
  'rentals.empty': '아직 대여가 없습니다.',
  'rentals.return': '반납 처리',
  'rentals.return.confirm': '{car} 차량의 반납을 기록할까요?',
  'rentals.return.yes': '반납 처리',
  'rentals.return.no': '나중에',
  'rentals.returned': '{car} 차량의 반납을 기록했습니다.',
  'rentals.return.failed': '반납을 기록하지 못했습니다: {detail}',

  'banner.down': '지금은 {service}에 연결할 수 없습니다. {n}초 후에 다시 시도해 주세요. 이 페이지는 스스로 계속 다시 시도합니다.',
  'service.customer': '계정',
  'service.customers': '계정',
  'service.auth': '로그인',
  'service.management': '차량 원부',
  'service.cars': '차량 원부',
  'service.reservation': '예약',
  'service.available-cars': '예약',
  'service.reservations': '예약',
  'service.payment': '결제',
  'service.payments': '결제',
  'service.rental': '대여 관리',
  'service.rentals': '대여 관리',
  'service.mypage': '마이페이지',
  'service.notification': '알림',
  'service.notifications': '알림',
  'service.downstream': 'RentCar의 일부 기능',
  'banner.offline': 'RentCar에 연결할 수 없습니다. 연결을 확인해 주세요. 이 페이지는 계속 다시 시도합니다.',
  'error.generic': '문제가 발생했습니다: {detail}',
  'error.forbidden': '이 계정으로는 볼 수 없는 페이지입니다.',

  'status.car.AVAILABLE': '대여가능',
  'status.car.RENTED': '대여중',
  'status.reservation.CONFIRMED': '예약확정',
  'status.reservation.CANCEL_PENDING': '취소대기',
  'status.reservation.CANCELLED': '취소됨',
  'status.reservation.COMPLETED': '반납완료',
  'status.payment.APPROVED': '결제완료',
  'status.payment.DECLINED': '결제거절',
  'status.payment.CANCELLED': '환불됨',
  'status.rental.RENTED': '대여중',
  'status.rental.CANCELLED': '대여취소',
  'status.rental.RETURNED': '반납완료',
  'status.pending': '—',
  'notification.RESERVATION_CONFIRMED': '예약 확정',
  'notification.RESERVATION_CANCELLED': '예약 취소',
  'notification.CANCEL_PENDING': '취소 대기',
  'notification.RENTAL_STARTED': '대여 시작',
  'notification.RENTAL_RETURNED': '반납 완료',
};

const MESSAGES = { en, ko };

function initialLanguage() {
  const saved = localStorage.getItem(LANG_KEY);
  if (saved === 'en' || saved === 'ko') {
    return saved;
  }
  return (navigator.language || 'en').toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

let lang = initialLanguage();
document.documentElement.lang = lang;

export function language() {
  return lang;
}

/** Switches the language and remembers the choice. */
export function setLanguage(next) {
  lang = next === 'ko' ? 'ko' : 'en';
  localStorage.setItem(LANG_KEY, lang);
  document.documentElement.lang = lang;
}

export function t(key, params = {}) {
  const text = MESSAGES[lang][key] ?? en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** A status code (e.g. kind 'car', code 'RENTED') as a label in the current language. */
export function statusLabel(kind, code) {
  return code ? t(`status.${kind}.${code}`) : t('status.pending');
}

function locale() {
  return lang === 'ko' ? 'ko-KR' : 'en-US';
}

export function money(won) {
  return new Intl.NumberFormat(locale(), { style: 'currency', currency: 'KRW' }).format(won);
}

/** An ISO date (2026-12-01) shown as it is written in the current language. */
export function day(iso) {
  if (!iso) {
    return '';
  }
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

export function moment(iso) {
  if (!iso) {
    return '';
  }
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'short', timeStyle: 'medium' }).format(new Date(iso));
}
