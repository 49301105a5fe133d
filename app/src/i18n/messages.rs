catalogue! {
    SiteName { az: "Qapı", en: "Qapı", ru: "Qapı" }
    SiteTagline { az: "Dövlət e-xidmətləri portalı", en: "State e-services portal", ru: "Портал государственных электронных услуг" }
    SkipToContent { az: "Əsas məzmuna keç", en: "Skip to main content", ru: "Перейти к основному содержанию" }
    LanguageSwitch { az: "Dil", en: "Language", ru: "Язык" }
    MainNavigation { az: "Əsas menyu", en: "Main menu", ru: "Главное меню" }
    Breadcrumbs { az: "Siz buradasınız", en: "You are here", ru: "Вы здесь" }
    NavHome { az: "Ana səhifə", en: "Home", ru: "Главная" }
    NavAllServices { az: "Bütün xidmətlər", en: "All services", ru: "Все услуги" }
    NavAgencies { az: "Qurumlar", en: "Agencies", ru: "Ведомства" }
    FooterPrivacy { az: "Məxfilik bildirişi", en: "Privacy notice", ru: "Уведомление о конфиденциальности" }
    FooterAccessibility { az: "Əlçatanlıq bəyanatı", en: "Accessibility statement", ru: "Заявление о доступности" }
    FooterCookies { az: "Qapı yalnız dil seçiminizi yadda saxlayan bir zəruri kukidən istifadə edir.", en: "Qapı uses one essential cookie, to remember your choice of language.", ru: "Qapı использует один необходимый файл cookie — чтобы запомнить выбранный язык." }
    FooterSource { az: "Xidmətlərin siyahısı: Nazirlər Kabinetinin 24 noyabr 2011-ci il tarixli 191 nömrəli qərarı.", en: "List of services: Cabinet of Ministers decision no. 191 of 24 November 2011.", ru: "Перечень услуг: постановление Кабинета министров № 191 от 24 ноября 2011 года." }
    PageTitleSuffix { az: "Qapı — dövlət e-xidmətləri", en: "Qapı — state e-services", ru: "Qapı — государственные электронные услуги" }
    Loading { az: "Yüklənir…", en: "Loading…", ru: "Загрузка…" }

    HomeTitle { az: "Dövlət e-xidmətləri bir yerdə", en: "State e-services in one place", ru: "Государственные электронные услуги в одном месте" }
    HomeLead { az: "Lazım olan xidməti tapın, şərtləri ilə tanış olun və onlayn müraciət edin.", en: "Find the service you need, read its terms and apply online.", ru: "Найдите нужную услугу, ознакомьтесь с условиями и подайте заявление онлайн." }
    SearchLabel { az: "Xidmət axtarın", en: "Search for a service", ru: "Поиск услуги" }
    SearchHint { az: "Məsələn, «cərimə» və ya «olduğu yer üzrə qeydiyyat»", en: "For example, “fines” or “registration at the place of stay”", ru: "Например, «штраф» или «регистрация по месту пребывания»" }
    SearchButton { az: "Axtar", en: "Search", ru: "Найти" }
    AgenciesTitle { az: "Qurumlar", en: "Agencies", ru: "Ведомства" }
    ServiceCount { az: "{count} xidmət", en: "{count} services", ru: "Услуг: {count}" }
    CatalogueSummary { az: "{agencies} qurumun {services} elektron xidməti", en: "{services} e-services of {agencies} agencies", ru: "{services} электронных услуг {agencies} ведомств" }
    SeeAllServices { az: "Bütün xidmətlərə baxın", en: "See all services", ru: "Посмотреть все услуги" }

    AllServicesTitle { az: "Bütün xidmətlər", en: "All services", ru: "Все услуги" }
    SearchResultsTitle { az: "Axtarışın nəticələri", en: "Search results", ru: "Результаты поиска" }
    ResultsCount { az: "«{query}» üzrə {count} xidmət tapıldı", en: "{count} services found for “{query}”", ru: "По запросу «{query}» найдено услуг: {count}" }
    NoResults { az: "«{query}» üzrə xidmət tapılmadı.", en: "No services found for “{query}”.", ru: "По запросу «{query}» услуги не найдены." }
    NoResultsHint { az: "Başqa söz yazın, daha qısa yazın və ya bütün xidmətlərə baxın.", en: "Try another word, a shorter one, or browse all services.", ru: "Попробуйте другое или более короткое слово либо просмотрите все услуги." }
    ClearSearch { az: "Axtarışı təmizlə", en: "Clear search", ru: "Очистить поиск" }
    AgencyOfService { az: "Qurum", en: "Agency", ru: "Ведомство" }

    AgencyServicesTitle { az: "Qurumun elektron xidmətləri", en: "The agency's e-services", ru: "Электронные услуги ведомства" }
    AgencyNumberLabel { az: "Siyahıdakı nömrəsi: {number}", en: "Number in the list: {number}", ru: "Номер в перечне: {number}" }

    ServiceNumberLabel { az: "Siyahı nömrəsi", en: "List number", ru: "Номер в перечне" }
    RegistryNumberLabel { az: "Reyestr nömrəsi", en: "Registry number", ru: "Реестровый номер" }
    ServiceAgency { az: "Xidməti göstərən qurum", en: "Agency providing the service", ru: "Ведомство, оказывающее услугу" }
    ServiceContent { az: "Xidmətin məzmunu", en: "What the service does", ru: "Содержание услуги" }
    LegalBasis { az: "Hüquqi əsas", en: "Legal basis", ru: "Правовое основание" }
    ServiceKindLabel { az: "Xidmətin növü", en: "Type of service", ru: "Вид услуги" }
    KindInformative { az: "İnformativ", en: "Informative", ru: "Информационная" }
    KindInteractive { az: "İnteraktiv", en: "Interactive", ru: "Интерактивная" }
    KindInformativeHint { az: "Hər kəs üçün açıqdır, giriş tələb olunmur.", en: "Open to everyone, no sign-in needed.", ru: "Доступна всем, вход не требуется." }
    KindInteractiveHint { az: "İstifadəçi əvvəlcə portala daxil olur.", en: "You sign in to the portal first.", ru: "Сначала нужно войти на портал." }
    KindDerived { az: "Növ 2011-ci il siyahısında göstərilməyib, xidmətin adından müəyyən edilib.", en: "The 2011 list does not give the type; it was derived from the service's name.", ru: "Вид в перечне 2011 года не указан и определён по названию услуги." }
    NotIn2011List { az: "Bu xidmət 2011-ci il siyahısında yoxdur; qurumun təlimatı əsasında əlavə edilib.", en: "This service is not in the 2011 list; it was added from the agency's own guide.", ru: "Этой услуги нет в перечне 2011 года; она добавлена по руководству ведомства." }
    UnofficialTranslation { az: "Tərcümə qeyri-rəsmidir; rəsmi mətn azərbaycan dilindədir.", en: "Unofficial translation; the official text is in Azerbaijani.", ru: "Неофициальный перевод; официальный текст — на азербайджанском языке." }
    Payment { az: "Ödəniş", en: "Payment", ru: "Оплата" }
    PaymentFree { az: "Ödənişsiz", en: "Free", ru: "Бесплатно" }
    PaymentPaid { az: "Ödənişli", en: "Paid", ru: "Платно" }
    Users { az: "İstifadəçilər", en: "Who can use it", ru: "Кто может воспользоваться" }
    UsersNaturalPersons { az: "Fiziki şəxslər", en: "Natural persons", ru: "Физические лица" }
    UsersSoleEntrepreneurs { az: "Hüquqi şəxs yaratmadan sahibkarlıq fəaliyyəti ilə məşğul olan fiziki şəxslər", en: "Sole entrepreneurs", ru: "Индивидуальные предприниматели" }
    UsersLegalEntities { az: "Hüquqi şəxslər", en: "Legal entities", ru: "Юридические лица" }
    UsersForeigners { az: "Əcnəbilər", en: "Foreigners", ru: "Иностранцы" }
    UsersStatelessPersons { az: "Vətəndaşlığı olmayan şəxslər", en: "Stateless persons", ru: "Лица без гражданства" }
    UsersStateBodies { az: "Dövlət orqanları", en: "State bodies", ru: "Государственные органы" }
    Automation { az: "Avtomatlaşdırılma səviyyəsi", en: "Level of automation", ru: "Уровень автоматизации" }
    AutomationFull { az: "Tam avtomatlaşdırılmış", en: "Fully automated", ru: "Полностью автоматизирована" }
    AutomationPartial { az: "Qismən avtomatlaşdırılmış", en: "Partly automated", ru: "Частично автоматизирована" }
    ExecutionTime { az: "İcra müddəti", en: "Time to deliver", ru: "Срок исполнения" }
    ServiceResult { az: "Xidmətin nəticəsi", en: "Result of the service", ru: "Результат услуги" }
    OtherParticipants { az: "Digər icraçılar", en: "Other participants", ru: "Другие участники" }
    WhereProvided { az: "Xidmətin göstərildiyi ünvan", en: "Where the service is provided", ru: "Где оказывается услуга" }
    Information { az: "Məlumat almaq üçün", en: "Where to get information", ru: "Где получить информацию" }
    DocumentsTitle { az: "Tələb olunan sənədlər və məlumatlar", en: "Documents and data required", ru: "Необходимые документы и сведения" }
    DocumentsHeldByState { az: "Dövlətdə olan məlumatlar — yüklənmir, portal özü əldə edir", en: "Held by the state — not uploaded; the portal fetches them", ru: "Имеются у государства — не загружаются, портал получает их сам" }
    DocumentsToUpload { az: "Skan edilmiş surəti yüklənən sənədlər", en: "Documents you upload as scanned copies", ru: "Документы, которые загружаются в виде скан-копий" }
    Steps { az: "Xidmətin göstərilməsi mərhələləri", en: "Steps of the service", ru: "Этапы оказания услуги" }
    Deadline { az: "Müddət", en: "Deadline", ru: "Срок" }
    GroundsForRefusal { az: "İmtina üçün əsaslar", en: "Grounds for refusal", ru: "Основания для отказа" }
    Complaints { az: "Şikayət hüququ", en: "Complaints", ru: "Право на жалобу" }
    Control { az: "Xidmətin göstərilməsinə nəzarət", en: "Control of the service", ru: "Контроль за оказанием услуги" }
    ParticipatingAgencies { az: "Razılaşdırılan iştirakçı qurumlar", en: "Participating agencies that agree", ru: "Участвующие ведомства, согласующие проект" }
    ExecutionWorkingDays { az: "İcra müddəti (iş günü)", en: "Time to deliver (working days)", ru: "Срок исполнения (рабочих дней)" }
    RegulationApprovedOn { az: "Təsdiq edilib: {date}, versiya {version}", en: "Approved on {date}, version {version}", ru: "Утверждён {date}, версия {version}" }
    RegulationInDiscussionUntil { az: "Layihə — ictimai müzakirədə ({date} tarixinədək)", en: "Draft — in public discussion (until {date})", ru: "Проект — на общественном обсуждении (до {date})" }
    RegulationReadDraft { az: "Layihəni oxuyun və rəyinizi bildirin", en: "Read the draft and comment on it", ru: "Прочитайте проект и оставьте отзыв" }
    RegulationHistoryLink { az: "Bütün versiyalar və dəyişikliklər", en: "All versions and what changed", ru: "Все версии и изменения" }
    RegulationHistoryTitle { az: "Reqlamentin versiyaları", en: "Versions of the regulation", ru: "Версии регламента" }
    RegulationHistoryNone { az: "Bu xidmətin reqlamenti portalda hələ təsdiq edilməyib.", en: "This service's regulation has not been approved on the portal yet.", ru: "Регламент этой услуги ещё не утверждён на портале." }
    RegulationVersionTitle { az: "Versiya {version} — {date} tarixində təsdiq edilib", en: "Version {version} — approved on {date}", ru: "Версия {version} — утверждена {date}" }
    RegulationFirstVersion { az: "Portalda təsdiq edilmiş ilk versiya.", en: "The first version approved on the portal.", ru: "Первая версия, утверждённая на портале." }
    RegulationChangesTitle { az: "Əvvəlki versiyadan nə dəyişib", en: "What changed from the version before", ru: "Что изменилось по сравнению с предыдущей версией" }
    ColumnField { az: "Bənd", en: "Field", ru: "Пункт" }
    DiscussionsTitle { az: "İctimai müzakirədə olan reqlamentlər", en: "Regulations in public discussion", ru: "Регламенты на общественном обсуждении" }
    DiscussionsLead { az: "Qurumlar xidmətlərin inzibati reqlamentlərinin layihələrini təsdiqdən əvvəl ictimai müzakirəyə çıxarır. Layihəni oxuyun və portala daxil olaraq rəyinizi bildirin: qurum hər rəyə açıq cavab verir.", en: "Agencies put drafts of their services' administrative regulations to public discussion before approving them. Read a draft and, logged in, leave a comment: the agency answers each one publicly.", ru: "Ведомства выносят проекты административных регламентов услуг на общественное обсуждение до утверждения. Прочитайте проект и, войдя на портал, оставьте отзыв: ведомство публично отвечает на каждый." }
    DiscussionsItemMeta { az: "Rəylər {date} tarixinədək qəbul edilir · {count} rəy", en: "Comments taken until {date} · {count} comments", ru: "Отзывы принимаются до {date} · отзывов: {count}" }
    DiscussionsNone { az: "Hazırda ictimai müzakirədə reqlament layihəsi yoxdur.", en: "No draft regulation is in public discussion now.", ru: "Сейчас на общественном обсуждении нет проектов регламентов." }
    DiscussionNotFound { az: "Bu xidmətin reqlamentinin ictimai müzakirədə olan layihəsi yoxdur.", en: "No draft of this service's regulation is in public discussion.", ru: "Проекта регламента этой услуги на общественном обсуждении нет." }
    DiscussionTitle { az: "İctimai müzakirə: {title}", en: "Public discussion: {title}", ru: "Общественное обсуждение: {title}" }
    DiscussionPeriod { az: "İctimai müzakirə: {from} – {until}", en: "Public discussion: {from} – {until}", ru: "Общественное обсуждение: {from} – {until}" }
    DiscussionDraftTitle { az: "Reqlamentin layihəsi", en: "The draft regulation", ru: "Проект регламента" }
    DiscussionEnded { az: "Müzakirə başa çatıb: rəylər artıq qəbul edilmir.", en: "The discussion has ended: comments are closed.", ru: "Обсуждение завершено: отзывы больше не принимаются." }
    CommentsTitle { az: "Rəylər", en: "Comments", ru: "Отзывы" }
    CommentsNone { az: "Hələ rəy yoxdur.", en: "No comments yet.", ru: "Отзывов пока нет." }
    AgencyAnswer { az: "Qurumun cavabı", en: "The agency's answer", ru: "Ответ ведомства" }
    CommentFormTitle { az: "Rəyinizi bildirin", en: "Leave a comment", ru: "Оставьте отзыв" }
    CommentYours { az: "Rəyiniz", en: "Your comment", ru: "Ваш отзыв" }
    CommentHint { az: "Rəy adınız və soyadınızın ilk hərfi ilə hamıya görünəcək. Ən çoxu 2000 simvol.", en: "Your comment is shown to everyone with your name and the initial of your surname. At most 2,000 characters.", ru: "Отзыв будет виден всем с вашим именем и первой буквой фамилии. Не более 2000 символов." }
    CommentSend { az: "Rəyi göndər", en: "Send the comment", ru: "Отправить отзыв" }
    CommentPublished { az: "Rəyiniz dərc edildi.", en: "Your comment is published.", ru: "Ваш отзыв опубликован." }
    CommentLogIn { az: "Rəy bildirmək üçün portala daxil olun.", en: "Log in to leave a comment.", ru: "Войдите на портал, чтобы оставить отзыв." }
    NotYetPublished { az: "Hələ dərc edilməyib", en: "Not yet published", ru: "Ещё не опубликовано" }
    RegulationTitle { az: "İnzibati reqlament", en: "Administrative regulation", ru: "Административный регламент" }
    Apply { az: "Müraciət et", en: "Apply", ru: "Подать заявление" }

    ApplyNotOpenTitle { az: "Onlayn müraciət hələ açılmayıb", en: "Online applications are not open yet", ru: "Приём заявлений онлайн ещё не открыт" }
    ApplyNotOpenBody { az: "«{service}» xidmətinə onlayn müraciət hələ qəbul edilmir. Müraciət açılanda bu səhifədən başlaya biləcəksiniz.", en: "Online applications for “{service}” are not accepted yet. When they open, you will be able to start from this page.", ru: "Заявления на услугу «{service}» онлайн пока не принимаются. Когда приём откроется, начать можно будет с этой страницы." }
    BackToService { az: "Xidmətin səhifəsinə qayıt", en: "Back to the service", ru: "Вернуться к услуге" }

    NotFoundTitle { az: "Səhifə tapılmadı", en: "Page not found", ru: "Страница не найдена" }
    NotFoundBody { az: "Ünvanı yazmısınızsa, düzgün yazıldığını yoxlayın. Xidməti axtarışla və ya bütün xidmətlərin siyahısında tapa bilərsiniz.", en: "If you typed the address, check it is correct. You can find a service by searching or in the list of all services.", ru: "Если вы вводили адрес вручную, проверьте его. Услугу можно найти поиском или в списке всех услуг." }
    ErrorPageTitle { az: "Bağışlayın, xəta baş verdi", en: "Sorry, something went wrong", ru: "Извините, произошла ошибка" }
    ErrorPageBody { az: "Məlumatı yükləmək alınmadı. Bir az sonra yenidən cəhd edin; yazdıqlarınız itməyib.", en: "We could not load the information. Try again in a moment; nothing you typed is lost.", ru: "Не удалось загрузить данные. Повторите попытку чуть позже; введённое вами не потеряно." }
    PageLoadFailedBody { az: "Səhifəni yükləmək alınmadı: bağlantı kəsildi və ya portal yeniləndi. Yenidən cəhd edin.", en: "The page could not be loaded: the connection dropped or the portal was updated. Try again.", ru: "Не удалось загрузить страницу: соединение прервалось или портал обновился. Повторите попытку." }
    BrowserUnsupportedTitle { az: "Brauzeriniz bu portalı aça bilmir", en: "Your browser cannot open this portal", ru: "Ваш браузер не может открыть этот портал" }
    BrowserUnsupportedBody { az: "Qapı JavaScript və WebAssembly tələb edir. Onları açın və ya brauzerinizi yeniləyin.", en: "Qapı needs JavaScript and WebAssembly. Turn them on or update your browser.", ru: "Для работы Qapı нужны JavaScript и WebAssembly. Включите их или обновите браузер." }
    TryAgain { az: "Yenidən cəhd edin", en: "Try again", ru: "Повторить" }

    PrivacyTitle { az: "Məxfilik bildirişi", en: "Privacy notice", ru: "Уведомление о конфиденциальности" }
    PrivacyIntro { az: "Xidmətlərin kataloquna baxmaq üçün heç bir şəxsi məlumat tələb olunmur.", en: "Browsing the catalogue of services needs no personal data.", ru: "Для просмотра каталога услуг персональные данные не нужны." }
    PrivacyCookies { az: "Yalnız bir kuki saxlanılır: «lang», seçdiyiniz dil, bir il müddətinə. Reklam və ya izləmə kukiləri yoxdur.", en: "Only one cookie is kept: “lang”, the language you chose, for one year. There are no advertising or tracking cookies.", ru: "Хранится только один файл cookie — «lang», выбранный язык, на один год. Рекламных и отслеживающих cookie нет." }
    PrivacyLogs { az: "Server texniki jurnallarda sorğunun vaxtını, ünvanını və nəticəsini saxlayır; bu jurnallar təhlükəsizlik üçündür və başqasına verilmir.", en: "The server keeps the time, address and outcome of each request in technical logs; they serve security and are not shared.", ru: "Сервер хранит время, адрес и результат каждого запроса в технических журналах; они нужны для безопасности и никому не передаются." }
    AccessibilityTitle { az: "Əlçatanlıq bəyanatı", en: "Accessibility statement", ru: "Заявление о доступности" }
    AccessibilityIntro { az: "Qapı hər kəs üçündür: portal WCAG 2.2 AA tələblərinə uyğun qurulur və hər dəyişiklikdə avtomatik yoxlanılır.", en: "Qapı is for everyone: the portal is built to WCAG 2.2 AA and checked automatically on every change.", ru: "Qapı — для всех: портал создаётся по WCAG 2.2 AA и автоматически проверяется при каждом изменении." }
    AccessibilityUse { az: "Saytdan yalnız klaviatura ilə, ekran oxuyucusu ilə, 320 piksel enində ekranda və 400%-ə qədər böyütməklə istifadə edə bilərsiniz.", en: "You can use the site with a keyboard alone, with a screen reader, on a screen 320 pixels wide and zoomed up to 400%.", ru: "Сайтом можно пользоваться только с клавиатуры, с программой экранного доступа, на экране шириной 320 пикселей и при увеличении до 400%." }
    AccessibilityKnown { az: "Bilinən məhdudiyyət: bəzi xidmətlərin adlarının ingilis və rus dillərinə tərcüməsi qeyri-rəsmidir.", en: "Known limitation: the English and Russian names of services are unofficial translations.", ru: "Известное ограничение: английские и русские названия услуг — неофициальный перевод." }
    AccessibilityContact { az: "Problemlə qarşılaşsanız, portalın dəstək xidmətinə yazın; 5 iş günü ərzində cavab veririk.", en: "If you meet a problem, write to the portal's support; we answer within 5 working days.", ru: "Если вы столкнулись с проблемой, напишите в поддержку портала; мы отвечаем в течение 5 рабочих дней." }

    NavLogin { az: "Portala giriş", en: "Log in", ru: "Вход на портал" }
    NavCabinet { az: "Şəxsi pəncərə", en: "My account", ru: "Личный кабинет" }
    ErrorSummaryTitle { az: "Problem var", en: "There is a problem", ru: "Есть проблема" }
    ErrorPrefix { az: "Xəta:", en: "Error:", ru: "Ошибка:" }
    Optional { az: "(istəyə bağlı)", en: "(optional)", ru: "(необязательно)" }
    RegisterTitle { az: "Portalda qeydiyyat", en: "Register on the portal", ru: "Регистрация на портале" }
    RegisterLead { az: "Qeydiyyatdan sonra e-poçtunuza iki keçid göndəririk: biri ünvanı təsdiqləmək, digəri şifrə təyin etmək üçün.", en: "After you register we send two links to your e-mail: one to confirm the address, one to set your password.", ru: "После регистрации мы отправим на вашу почту две ссылки: для подтверждения адреса и для установки пароля." }
    EmailLabel { az: "E-poçt ünvanı", en: "E-mail address", ru: "Адрес электронной почты" }
    SurnameLabel { az: "Soyad", en: "Surname", ru: "Фамилия" }
    NameLabel { az: "Ad", en: "Name", ru: "Имя" }
    FinLabel { az: "FİN kod", en: "FIN code", ru: "FIN-код" }
    FinHint { az: "Şəxsiyyət vəsiqənizdəki 7 simvol. Əcnəbilər boş saxlayır.", en: "The 7 characters on your ID card. Foreigners leave it empty.", ru: "7 символов с удостоверения личности. Иностранцы оставляют поле пустым." }
    CaptchaLabel { az: "Şəkildəki sözü daxil edin", en: "Enter the word in the picture", ru: "Введите слово с картинки" }
    CaptchaImageAlt { az: "Oxunması üçün hərf və rəqəmlər olan şəkil", en: "A picture of letters and digits to read", ru: "Картинка с буквами и цифрами для ввода" }
    CaptchaCannotRead { az: "Şəkli oxuya bilmirsiniz? Yoxlamanı brauzeriniz etsin", en: "Can't read the picture? Let your browser do the check", ru: "Не можете прочитать картинку? Пусть проверку выполнит браузер" }
    CaptchaWorking { az: "Yoxlanılır… bir neçə saniyə çəkə bilər.", en: "Checking… this can take a few seconds.", ru: "Проверка… это может занять несколько секунд." }
    CaptchaWorkDone { az: "Yoxlama tamamlandı: şəkildəki sözü yazmağa ehtiyac yoxdur.", en: "Check complete: you do not need to type the word from the picture.", ru: "Проверка пройдена: вводить слово с картинки не нужно." }
    CaptchaNew { az: "Yeni şəkil", en: "New picture", ru: "Новая картинка" }
    Confirm { az: "Təsdiqlə", en: "Confirm", ru: "Подтвердить" }
    CheckEmailTitle { az: "E-poçtunuzu yoxlayın", en: "Check your e-mail", ru: "Проверьте почту" }
    CheckEmailBody { az: "{email} ünvanına məktub göndərdik. Qeydiyyatı tamamlamaq üçün məktubdakı keçidi 24 saat ərzində açın.", en: "We sent a message to {email}. Open the link in it within 24 hours to complete your registration.", ru: "Мы отправили письмо на {email}. Откройте ссылку из письма в течение 24 часов, чтобы завершить регистрацию." }
    ConfirmingTitle { az: "Ünvan təsdiqlənir", en: "Confirming your address", ru: "Подтверждение адреса" }
    ConfirmedTitle { az: "E-poçt ünvanınız təsdiqləndi", en: "Your e-mail address is confirmed", ru: "Адрес электронной почты подтверждён" }
    ConfirmedBody { az: "Şifrə təyin etmək üçün sizə ikinci məktub göndərdik. Keçid 1 saat etibarlıdır.", en: "We sent you a second message to set your password. Its link works for 1 hour.", ru: "Мы отправили вам второе письмо для установки пароля. Ссылка действует 1 час." }
    LinkProblemTitle { az: "Keçid işləmir", en: "The link does not work", ru: "Ссылка не работает" }
    RegisterAgain { az: "Yenidən qeydiyyatdan keçin", en: "Register again", ru: "Зарегистрироваться снова" }
    SetPasswordTitle { az: "Şifrə təyin edin", en: "Set your password", ru: "Задайте пароль" }
    PasswordLabel { az: "Şifrə", en: "Password", ru: "Пароль" }
    PasswordHint { az: "Ən azı 10 simvol. Uzun ifadə yadda qalır və təxmin edilmir.", en: "At least 10 characters. A long phrase is easy to remember and hard to guess.", ru: "Не менее 10 символов. Длинную фразу легко запомнить и трудно угадать." }
    SavePassword { az: "Şifrəni saxla", en: "Save password", ru: "Сохранить пароль" }
    PasswordSetTitle { az: "Şifrəniz təyin edildi", en: "Your password is set", ru: "Пароль установлен" }
    LoginTitle { az: "Portala giriş", en: "Log in to the portal", ru: "Вход на портал" }
    LoginMeansLegend { az: "Necə daxil olmaq istəyirsiniz?", en: "How do you want to log in?", ru: "Как вы хотите войти?" }
    MeansPassword { az: "E-poçt və şifrə", en: "E-mail and password", ru: "Почта и пароль" }
    MeansPasswordHint { az: "Portalda yaratdığınız hesab.", en: "The account you made on the portal.", ru: "Учётная запись, созданная на портале." }
    MeansAsanImza { az: "Asan İmza", en: "Asan İmza (mobile signature)", ru: "Asan İmza (мобильная подпись)" }
    MeansESignature { az: "Elektron imza", en: "E-signature card", ru: "Электронная подпись" }
    MeansEgov { az: "E-Gov identity", en: "E-Gov identity", ru: "E-Gov identity" }
    MeansNotActive { az: "Bu üsul hazırda aktiv deyil: başqa üsul seçin.", en: "Not active at the moment: choose another way.", ru: "Сейчас этот способ не действует: выберите другой." }
    MeansAsanImzaHint { az: "Mobil telefonunuzdakı Asan İmza SIM kartı ilə.", en: "With the Asan İmza SIM card in your mobile phone.", ru: "С SIM-картой Asan İmza в вашем мобильном телефоне." }
    MeansESignatureHint { az: "Kompüterə qoşulan elektron imza kartı və ya tokeni ilə.", en: "With an e-signature card or token connected to your computer.", ru: "С картой или токеном электронной подписи, подключённым к компьютеру." }
    MeansEgovHint { az: "Elektron hökumət portalının istifadəçi adı və şifrəsi ilə.", en: "With your user name and password of the e-government portal.", ru: "С логином и паролем портала электронного правительства." }
    MeansSimulator { az: "Simulyator: yalnız sınaq üçün, saxta şəxslərlə", en: "Simulator: for testing only, with fictional people", ru: "Симулятор: только для проверки, с вымышленными людьми" }
    HowToGet { az: "Necə əldə etməli?", en: "How to get it?", ru: "Как получить?" }
    HowToGetTitle { az: "{means}: necə əldə etməli?", en: "{means}: how to get it", ru: "{means}: как получить" }
    HowPassword1 { az: "Portalda qeydiyyatdan keçin: e-poçt ünvanınızı, adınızı, soyadınızı və (şəxsiyyət vəsiqəniz varsa) FİN kodunuzu yazın.", en: "Register on the portal: give your e-mail address, name, surname and, if you have an Azerbaijani ID card, your FIN code.", ru: "Зарегистрируйтесь на портале: укажите адрес почты, имя, фамилию и, если у вас есть удостоверение личности, FIN-код." }
    HowPassword2 { az: "Məktubdakı keçidlə ünvanı təsdiqləyin, ikinci məktubdakı keçidlə şifrə təyin edin.", en: "Confirm the address with the link in the first e-mail and set a password with the link in the second.", ru: "Подтвердите адрес по ссылке из первого письма и задайте пароль по ссылке из второго." }
    HowAsanImza1 { az: "Asan İmza SIM kartını mobil operatorunuzun (Azercell, Bakcell, Nar) ofisində və ya «ASAN xidmət» mərkəzində şəxsiyyət vəsiqənizlə alın.", en: "Get an Asan İmza SIM card with your ID card at your mobile operator's office (Azercell, Bakcell, Nar) or an “ASAN xidmət” centre.", ru: "Получите SIM-карту Asan İmza по удостоверению личности в офисе мобильного оператора (Azercell, Bakcell, Nar) или в центре «ASAN xidmət»." }
    HowAsanImza2 { az: "Zərfdə istifadəçi ID, PIN1 və PIN2 kodları var. Girişdə telefon nömrəsini və istifadəçi ID-ni yazırsınız, telefonda PIN1 ilə təsdiqləyirsiniz.", en: "The envelope holds your user ID, PIN1 and PIN2. To log in you type the phone number and user ID, then confirm on the phone with PIN1.", ru: "В конверте — ID пользователя, PIN1 и PIN2. Для входа введите номер телефона и ID пользователя, затем подтвердите на телефоне кодом PIN1." }
    HowESignature1 { az: "Elektron imza sertifikatını akkreditə olunmuş sertifikatlaşdırma xidməti mərkəzindən kart və ya token şəklində alın.", en: "Get an e-signature certificate, on a card or a token, from an accredited certification service centre.", ru: "Получите сертификат электронной подписи на карте или токене в аккредитованном центре сертификации." }
    HowESignature2 { az: "Kompüterinizə kart oxuyucusunun proqramını quraşdırın; girişdə kartı qoşub PIN kodu daxil edirsiniz.", en: "Install the card reader's software on your computer; to log in, connect the card and enter its PIN.", ru: "Установите на компьютер программу считывателя карт; для входа подключите карту и введите PIN-код." }
    HowEgov1 { az: "Elektron hökumət portalının istifadəçi adı və şifrəsini «ASAN xidmət» mərkəzində və ya Asan İmza ilə onlayn əldə edin.", en: "Get a user name and password of the e-government portal at an “ASAN xidmət” centre, or online with Asan İmza.", ru: "Получите логин и пароль портала электронного правительства в центре «ASAN xidmət» или онлайн с Asan İmza." }
    HowEgov2 { az: "Girişdə sizi E-Gov səhifəsinə yönləndiririk; orada daxil olduqdan sonra Qapıya qayıdırsınız.", en: "To log in we send you to the E-Gov page; once you are in there, you come back to Qapı.", ru: "Для входа мы направим вас на страницу E-Gov; после входа там вы вернётесь в Qapı." }
    BackToLogin { az: "Girişə qayıt", en: "Back to log in", ru: "Вернуться ко входу" }
    PhoneLabel { az: "Mobil telefon nömrəsi", en: "Mobile phone number", ru: "Номер мобильного телефона" }
    AsanPhoneHint { az: "Asan İmza SIM kartı olan nömrə, məsələn 050 123 45 67", en: "The number with the Asan İmza SIM card, like 050 123 45 67", ru: "Номер с SIM-картой Asan İmza, например 050 123 45 67" }
    AsanUserIdLabel { az: "İstifadəçi ID", en: "User ID", ru: "ID пользователя" }
    AsanUserIdHint { az: "SIM kartın zərfindəki 6 rəqəm", en: "The 6 digits on the SIM card's envelope", ru: "6 цифр на конверте SIM-карты" }
    AsanWaitingTitle { az: "Telefonunuzda təsdiqləyin", en: "Confirm on your phone", ru: "Подтвердите на телефоне" }
    AsanVerificationCode { az: "Yoxlama kodu", en: "Verification code", ru: "Код проверки" }
    AsanWaitingBody { az: "Telefonunuzdakı kodun bu kodla eyni olduğunu yoxlayın, sonra PIN1-i daxil edin. Səhifə özü yenilənəcək.", en: "Check that your phone shows the same code, then enter PIN1. This page will carry on by itself.", ru: "Убедитесь, что телефон показывает тот же код, затем введите PIN1. Страница обновится сама." }
    AsanWaitingTime { az: "Təsdiq üçün {minutes} dəqiqəniz var.", en: "You have {minutes} minutes to confirm.", ru: "На подтверждение у вас {minutes} мин." }
    Cancel { az: "Ləğv et", en: "Cancel", ru: "Отменить" }
    ContinueTo { az: "{means} ilə davam et", en: "Continue with {means}", ru: "Продолжить через {means}" }
    LoginReturnTitle { az: "Giriş tamamlanır", en: "Completing your log in", ru: "Завершение входа" }
    SessionEndingTitle { az: "Sessiyanız bitmək üzrədir", en: "Your session is about to end", ru: "Сеанс скоро завершится" }
    SessionEndingBody { az: "Hərəkətsizlik səbəbindən {seconds} saniyədən sonra portaldan çıxacaqsınız. Yazdıqlarınız itməyəcək.", en: "You will be logged out in {seconds} seconds because nothing has happened for a while. Nothing you typed will be lost.", ru: "Из-за бездействия вы выйдете из портала через {seconds} с. Введённое вами не пропадёт." }
    SessionExtend { az: "Davam et", en: "Stay logged in", ru: "Продолжить" }
    SessionEnded { az: "Sessiyanız hərəkətsizlik səbəbindən bitdi. Yenidən daxil olun.", en: "Your session ended because nothing happened for a while. Log in again.", ru: "Сеанс завершился из-за бездействия. Войдите снова." }
    NoEmail { az: "E-poçt göstərilməyib", en: "No e-mail address given", ru: "Адрес почты не указан" }
    LoginHistoryTitle { az: "Girişlər", en: "Logins", ru: "Входы" }
    LoginHistoryWhen { az: "Vaxt (Bakı vaxtı)", en: "Time (Baku time)", ru: "Время (бакинское время)" }
    LoginHistoryHow { az: "Üsul", en: "How", ru: "Способ" }
    LogOutEverywhere { az: "Bütün cihazlardan çıx", en: "Log out on every device", ru: "Выйти на всех устройствах" }
    FinNeededHint { az: "FİN kod tələb edən xidmətlər üçün Asan İmza ilə daxil olun: şəxsiyyətinizi o təsdiqləyir.", en: "For services that need a FIN code, log in with Asan İmza: it proves who you are.", ru: "Для услуг, где нужен FIN-код, входите через Asan İmza: она подтверждает вашу личность." }
    DevPhoneTitle { az: "Asan İmza telefonu (simulyator)", en: "Asan İmza phone (simulator)", ru: "Телефон Asan İmza (симулятор)" }
    DevPhoneNote { az: "Bu səhifə telefonu əvəz edir: yalnız sınaq mühitində var. Aşağıdakı sınaq nömrələrindən biri ilə daxil olun (PIN1) və ya imzalayın (PIN2).", en: "This page stands in for the phone and exists in development only. Log in (PIN1) or sign (PIN2) with one of the demo numbers below.", ru: "Эта страница заменяет телефон и есть только в среде разработки. Войдите (PIN1) или подпишите (PIN2) с одним из демонстрационных номеров ниже." }
    DevPhoneEmpty { az: "Gözləyən sorğu yoxdur.", en: "No requests waiting.", ru: "Ожидающих запросов нет." }
    DevPhoneRequest { az: "{phone} üçün giriş sorğusu", en: "Login request for {phone}", ru: "Запрос входа для {phone}" }
    Pin1Label { az: "PIN1", en: "PIN1", ru: "PIN1" }
    Pin2Label { az: "PIN2", en: "PIN2", ru: "PIN2" }
    DevPhoneSigning { az: "İmzalamaq istənilir:", en: "Asked to sign:", ru: "Запрошена подпись:" }
    DevPhoneSigningRequest { az: "{phone} üçün imza sorğusu", en: "Signing request for {phone}", ru: "Запрос подписи для {phone}" }
    Refuse { az: "İmtina et", en: "Refuse", ru: "Отклонить" }
    Refresh { az: "Yenilə", en: "Refresh", ru: "Обновить" }
    DemoHoldersTitle { az: "Sınaq nömrələri", en: "Demo numbers", ru: "Демонстрационные номера" }
    DevPickerTitle { az: "{means} (simulyator): kim kimi daxil olursunuz?", en: "{means} (simulator): who are you logging in as?", ru: "{means} (симулятор): под чьим именем вы входите?" }
    DevPickerNote { az: "Bu səhifə dövlət sistemini əvəz edir və yalnız sınaq mühitində var. Şəxslər uydurmadır.", en: "This page stands in for the state system and exists in development only. The people are fictional.", ru: "Эта страница заменяет государственную систему и есть только в среде разработки. Люди вымышлены." }
    DemoPersonLabel { az: "Sınaq şəxsi", en: "Demo person", ru: "Демонстрационное лицо" }
    SettingsTitle { az: "Tənzimləmələr", en: "Settings", ru: "Настройки" }
    NotificationsTitle { az: "Bildirişlər", en: "Notifications", ru: "Уведомления" }
    NotifyLangLegend { az: "Bildirişlərin dili", en: "Language of notifications", ru: "Язык уведомлений" }
    NotifyChannelsLegend { az: "Bildirişləri necə almaq istəyirsiniz?", en: "How do you want to get notifications?", ru: "Как вы хотите получать уведомления?" }
    NotifyEmail { az: "E-poçt ilə", en: "By e-mail", ru: "По электронной почте" }
    NotifySms { az: "SMS ilə", en: "By SMS", ru: "По SMS" }
    NotifySmsHint { az: "Mobil nömrəni müraciət zamanı təsdiqləyirsiniz.", en: "You confirm your mobile number when you apply.", ru: "Номер мобильного телефона подтверждается при подаче заявления." }
    Save { az: "Yadda saxla", en: "Save", ru: "Сохранить" }
    Saved { az: "Yadda saxlanıldı.", en: "Saved.", ru: "Сохранено." }
    ChangePasswordTitle { az: "Şifrəni dəyiş", en: "Change your password", ru: "Сменить пароль" }
    CurrentPasswordLabel { az: "Hazırkı şifrə", en: "Current password", ru: "Текущий пароль" }
    NewPasswordLabel { az: "Yeni şifrə", en: "New password", ru: "Новый пароль" }
    PasswordChanged { az: "Şifrə dəyişdirildi. Digər cihazlardakı sessiyalar bağlandı.", en: "Your password is changed. Sessions on other devices were ended.", ru: "Пароль изменён. Сеансы на других устройствах завершены." }
    EmailSettingsTitle { az: "E-poçt ünvanı", en: "E-mail address", ru: "Адрес электронной почты" }
    NewEmailLabel { az: "Yeni e-poçt ünvanı", en: "New e-mail address", ru: "Новый адрес электронной почты" }
    SendConfirmation { az: "Təsdiq keçidi göndər", en: "Send a confirmation link", ru: "Отправить ссылку для подтверждения" }
    EmailChangeSent { az: "{email} ünvanına keçid göndərdik. Keçidi 24 saat ərzində açdıqda ünvan hesabınıza əlavə olunacaq.", en: "We sent a link to {email}. Once you open it, within 24 hours, the address is added to your account.", ru: "Мы отправили ссылку на {email}. Когда вы откроете её в течение 24 часов, адрес будет добавлен к учётной записи." }
    EmailChangedBody { az: "Yeni ünvan hesabınıza əlavə olundu: bildirişlər və şifrə bərpası bu ünvana gələcək.", en: "The new address is now your account's: notifications and password resets go to it.", ru: "Новый адрес привязан к учётной записи: уведомления и восстановление пароля будут приходить на него." }
    DataTitle { az: "Məlumatlarınız", en: "Your data", ru: "Ваши данные" }
    DataBody { az: "Portalın sizin haqqınızda saxladığı hər şeyi bir fayl kimi yükləyə bilərsiniz.", en: "You can download everything the portal keeps about you as one file.", ru: "Вы можете скачать всё, что портал хранит о вас, одним файлом." }
    DownloadData { az: "Məlumatlarımı yüklə (JSON)", en: "Download my data (JSON)", ru: "Скачать мои данные (JSON)" }
    DeletionTitle { az: "Hesabın silinməsi", en: "Deleting your account", ru: "Удаление учётной записи" }
    DeletionBody { az: "Hesab silindikdə giriş məlumatlarınız və tənzimləmələriniz silinir. Qanunla qurumların saxlamalı olduğu müraciətlər, qərarlar və ödənişlər saxlama müddəti bitənədək saxlanılır.", en: "When the account is deleted, your login data and settings are removed. Applications, decisions and payments that the law makes agencies keep are kept until their retention period ends.", ru: "При удалении учётной записи удаляются данные для входа и настройки. Заявления, решения и платежи, которые ведомства обязаны хранить по закону, хранятся до истечения срока хранения." }
    DeletionAsk { az: "Hesabın silinməsini istəyirəm", en: "I want my account deleted", ru: "Я хочу удалить учётную запись" }
    DeletionSure { az: "Əminsiniz? Bütün cihazlardan çıxacaqsınız.", en: "Are you sure? You will be logged out everywhere.", ru: "Вы уверены? Вы выйдете на всех устройствах." }
    DeletionConfirm { az: "Bəli, hesabımı silin", en: "Yes, delete my account", ru: "Да, удалить учётную запись" }
    DeletionRequested { az: "Hesabın silinməsi {date} tarixində istənilib.", en: "Deletion of the account was asked for on {date}.", ru: "Удаление учётной записи запрошено {date}." }
    PaymentDeclined { az: "Bank ödənişi rədd etdi. Başqa kartla yenidən cəhd edin; cərimə ödənilməmiş qalır.", en: "The bank declined the payment. Try again with another card; the fine stays unpaid.", ru: "Банк отклонил платёж. Попробуйте другую карту; штраф остаётся неоплаченным." }
    PaymentInsufficientFunds { az: "Kartda kifayət qədər vəsait yoxdur. Başqa kartla yenidən cəhd edin.", en: "There is not enough money on the card. Try again with another card.", ru: "На карте недостаточно средств. Попробуйте другую карту." }
    PaymentExpiredCard { az: "Kartın müddəti bitib. Başqa kartla yenidən cəhd edin.", en: "The card has expired. Try again with another card.", ru: "Срок действия карты истёк. Попробуйте другую карту." }
    PaymentTimeout { az: "Ödəniş sistemi vaxtında cavab vermədi; kartdan pul tutulmayıb. Yenidən cəhd edin.", en: "The payment system did not answer in time; nothing was taken from the card. Try again.", ru: "Платёжная система не ответила вовремя; деньги с карты не списаны. Попробуйте снова." }
    PaymentCancelled { az: "Ödəniş ləğv edildi; kartdan pul tutulmayıb.", en: "The payment was cancelled; nothing was taken from the card.", ru: "Оплата отменена; деньги с карты не списаны." }
    FinesTitle { az: "Cərimələrin internet vasitəsilə ödənilməsi", en: "Paying fines online", ru: "Оплата штрафов через интернет" }
    FinesLead { az: "Cərimə qəbzindəki ödəniş nömrəsini və təhlükəsizlik kodunu yazın.", en: "Enter the payment number and the security code from the fine's notice.", ru: "Введите номер платежа и код безопасности из квитанции штрафа." }
    PaymentNumberLabel { az: "Ödəniş nömrəsi", en: "Payment number", ru: "Номер платежа" }
    PaymentNumberHint { az: "14 rəqəm, məsələn 2026 1104 0001 27", en: "14 digits, like 2026 1104 0001 27", ru: "14 цифр, например 2026 1104 0001 27" }
    SecurityCodeLabel { az: "Təhlükəsizlik kodu", en: "Security code", ru: "Код безопасности" }
    SecurityCodeHint { az: "Qəbzdəki 6 rəqəm", en: "The 6 digits on the notice", ru: "6 цифр из квитанции" }
    FineTitle { az: "Cərimə", en: "The fine", ru: "Штраф" }
    FinePerson { az: "Kimə", en: "Fined", ru: "Кому" }
    FineArticle { az: "İnzibati Xətalar Məcəlləsinin maddəsi", en: "Article of the Code of Administrative Offences", ru: "Статья Кодекса об административных проступках" }
    FineReason { az: "Səbəb", en: "Reason", ru: "Причина" }
    ReceiptPayer { az: "Ödəyən", en: "Paid by", ru: "Плательщик" }
    ReceiptPayee { az: "Ödənişi alan qurum", en: "Paid to", ru: "Получатель платежа" }
    FineIssued { az: "Tarix", en: "Date", ru: "Дата" }
    FineDue { az: "Son ödəmə tarixi", en: "Pay by", ru: "Оплатить до" }
    FineOverdueNotice { az: "Bu cərimənin ödəmə müddəti {due} tarixində bitib. Onu yenə də burada ödəyə bilərsiniz; gecikmənin nəticələri barədə Dövlət Miqrasiya Xidmətinə müraciət edin.", en: "This fine was due by {due}. You can still pay it here; ask the State Migration Service what the delay means for you.", ru: "Срок оплаты этого штрафа истёк {due}. Его всё ещё можно оплатить здесь; о последствиях просрочки узнайте в Государственной миграционной службе." }
    FineAmount { az: "Məbləğ", en: "Amount", ru: "Сумма" }
    FinePaid { az: "Bu cərimə artıq ödənilib.", en: "This fine is already paid.", ru: "Этот штраф уже оплачен." }
    SeeReceipt { az: "Çıxarışa baxın", en: "See the receipt", ru: "Посмотреть выписку" }
    ReceiptEmailLabel { az: "Çıxarışı e-poçtla göndərin", en: "Send the receipt by e-mail", ru: "Отправить выписку по почте" }
    ReceiptEmailedTo { az: "Çıxarışın göndərildiyi e-poçt", en: "Receipt e-mailed to", ru: "Выписка отправлена на" }
    Pay { az: "Ödə", en: "Pay", ru: "Оплатить" }
    PaymentWaitingTitle { az: "Ödəniş yoxlanılır", en: "Checking the payment", ru: "Проверка платежа" }
    PaymentWaitingBody { az: "Ödəniş sistemindən cavab gözləyirik. Səhifəni bağlasanız da ödəniş itməyəcək.", en: "We are waiting for the payment system's answer. The payment is not lost if you close this page.", ru: "Ждём ответа платёжной системы. Платёж не пропадёт, даже если закрыть страницу." }
    PaymentFailedTitle { az: "Ödəniş alınmadı", en: "The payment did not go through", ru: "Платёж не прошёл" }
    TryPayAgain { az: "Yenidən ödə", en: "Pay again", ru: "Оплатить снова" }
    ReceiptTitle { az: "Çıxarış", en: "Receipt", ru: "Выписка" }
    ReceiptPaid { az: "Cərimə ödənildi", en: "The fine is paid", ru: "Штраф оплачен" }
    ReceiptTransaction { az: "Əməliyyat nömrəsi", en: "Transaction ID", ru: "Номер операции" }
    ReceiptRrn { az: "RRN", en: "RRN", ru: "RRN" }
    ReceiptCard { az: "Kart", en: "Card", ru: "Карта" }
    ReceiptDate { az: "Ödəniş vaxtı (Bakı vaxtı)", en: "Paid at (Baku time)", ru: "Время оплаты (бакинское время)" }
    Print { az: "Çap et", en: "Print", ru: "Печать" }
    PaymentRefunded { az: "Bu cərimə başqa ödənişlə artıq ödənilmişdi: bu məbləğ kartınıza qaytarıldı.", en: "This fine had already been paid by another payment: this amount was returned to your card.", ru: "Этот штраф уже был оплачен другим платежом: сумма возвращена на вашу карту." }
    GatewayTitle { az: "Ödəniş sistemi (simulyator)", en: "Payment gateway (simulator)", ru: "Платёжный шлюз (симулятор)" }
    GatewayNote { az: "Bu səhifə bankın ödəniş səhifəsini əvəz edir və yalnız sınaq mühitində var. Sınaq kartları:", en: "This page stands in for the bank's payment page and exists in development only. Test cards:", ru: "Эта страница заменяет платёжную страницу банка и есть только в среде разработки. Тестовые карты:" }
    CardNumberLabel { az: "Kartın nömrəsi", en: "Card number", ru: "Номер карты" }
    CardExpiryLabel { az: "Bitmə tarixi (AA/İİ)", en: "Expiry date (MM/YY)", ru: "Срок действия (ММ/ГГ)" }
    CardCvvLabel { az: "CVV", en: "CVV", ru: "CVV" }
    CardNameLabel { az: "Kart sahibinin adı", en: "Name on the card", ru: "Имя владельца карты" }
    ThreeDsTitle { az: "3-D Secure təsdiqi", en: "3-D Secure check", ru: "Проверка 3-D Secure" }
    ThreeDsLabel { az: "SMS ilə gələn kod (sınaq: 1234)", en: "The code sent by SMS (test: 1234)", ru: "Код из SMS (тест: 1234)" }
    GatewayMerchant { az: "Ödəniş", en: "Payment", ru: "Платёж" }
    MyFinesTitle { az: "Cərimələrim", en: "My fines", ru: "Мои штрафы" }
    MyPaymentsTitle { az: "Ödənişlərim", en: "My payments", ru: "Мои платежи" }
    NoFinesOrPayments { az: "Hələ yoxdur.", en: "None yet.", ru: "Пока нет." }
    PayThisFine { az: "Ödə", en: "Pay", ru: "Оплатить" }
    PaymentStatePending { az: "Gözləyir", en: "Waiting", ru: "Ожидает" }
    PaymentStatePaid { az: "Ödənilib", en: "Paid", ru: "Оплачен" }
    PaymentStateFailed { az: "Alınmadı", en: "Did not go through", ru: "Не прошёл" }
    PaymentStateRefunded { az: "Qaytarılıb", en: "Returned", ru: "Возвращён" }
    SentNotificationsTitle { az: "Göndərilən bildirişlər", en: "Notifications sent", ru: "Отправленные уведомления" }
    NotificationSubject { az: "Mövzu", en: "Subject", ru: "Тема" }
    NotificationWaiting { az: "Göndərilir", en: "Being sent", ru: "Отправляется" }
    PhoneSettingsTitle { az: "Mobil telefon", en: "Mobile phone", ru: "Мобильный телефон" }
    NoPhone { az: "Nömrə göstərilməyib", en: "No number given", ru: "Номер не указан" }
    NewPhoneLabel { az: "Mobil nömrə", en: "Mobile number", ru: "Мобильный номер" }
    NewPhoneHint { az: "Nömrəyə 6 rəqəmli kod göndərəcəyik, məsələn 050 123 45 67", en: "We will send a 6-digit code to it, like 050 123 45 67", ru: "Мы отправим на него 6-значный код, например 050 123 45 67" }
    SendCode { az: "Kod göndər", en: "Send a code", ru: "Отправить код" }
    PhoneCodeLabel { az: "SMS-dəki kod", en: "The code from the SMS", ru: "Код из SMS" }
    PhoneAlreadyConfirmed { az: "{phone} nömrəsi artıq təsdiqlənib; kod lazım deyil.", en: "{phone} is already confirmed; no code is needed.", ru: "Номер {phone} уже подтверждён; код не нужен." }
    PhoneCodeSent { az: "{phone} nömrəsinə kod göndərdik; 10 dəqiqə etibarlıdır.", en: "We sent a code to {phone}; it works for 10 minutes.", ru: "Мы отправили код на {phone}; он действует 10 минут." }
    PhoneConfirmed { az: "Nömrə təsdiqləndi.", en: "The number is confirmed.", ru: "Номер подтверждён." }
    LogIn { az: "Daxil ol", en: "Log in", ru: "Войти" }
    NoAccount { az: "Hesabınız yoxdur? Qeydiyyatdan keçin", en: "No account? Register", ru: "Нет учётной записи? Зарегистрируйтесь" }
    ForgotPasswordLink { az: "Şifrənizi unutmusunuz?", en: "Forgot your password?", ru: "Забыли пароль?" }
    ForgotTitle { az: "Şifrənin bərpası", en: "Reset your password", ru: "Восстановление пароля" }
    ForgotLead { az: "E-poçt ünvanınızı yazın: yeni şifrə təyin etmək üçün keçid göndərəcəyik.", en: "Enter your e-mail address: we will send a link to set a new password.", ru: "Введите адрес электронной почты: мы отправим ссылку для установки нового пароля." }
    SendLink { az: "Keçidi göndər", en: "Send the link", ru: "Отправить ссылку" }
    ResetSentBody { az: "Bu ünvanla hesab varsa, {email} ünvanına keçid göndərdik. Keçid 1 saat etibarlıdır.", en: "If there is an account with this address, we sent a link to {email}. It works for 1 hour.", ru: "Если учётная запись с этим адресом существует, мы отправили ссылку на {email}. Она действует 1 час." }
    CabinetTitle { az: "Şəxsi pəncərə", en: "My account", ru: "Личный кабинет" }
    BasicData { az: "Əsas məlumatlar", en: "Basic data", ru: "Основные сведения" }
    NoFin { az: "FİN kod göstərilməyib", en: "No FIN code given", ru: "FIN-код не указан" }
    LogOut { az: "Çıxış", en: "Log out", ru: "Выйти" }
    DevMailboxTitle { az: "Poçt qutusu (yalnız sınaq üçün)", en: "Mailbox (development only)", ru: "Почтовый ящик (только для разработки)" }
    DevMailboxNote { az: "Sınaq mühitində portal məktubları göndərmir, burada saxlayır.", en: "In development the portal keeps its e-mails here instead of sending them.", ru: "В среде разработки портал не отправляет письма, а хранит их здесь." }
    DevMailboxEmpty { az: "Hələ məktub yoxdur.", en: "No e-mails yet.", ru: "Писем пока нет." }
    ErrInvalidDate { az: "Tarixi gün.ay.il şəklində yazın, məsələn 23.11.2026", en: "Enter the date as day.month.year, for example 23.11.2026", ru: "Введите дату в формате дд.мм.гггг, например 23.11.2026" }
    ErrDateIncomplete { az: "Tarixin günü, ayı və ili yazılmalıdır", en: "The date must include a day, a month and a year", ru: "Укажите день, месяц и год" }
    ErrDateNotReal { az: "Belə tarix yoxdur: günü, ayı və ili rəqəmlə yazın, ili dörd rəqəmlə, məsələn 27 03 1990", en: "There is no such date: enter the day, month and year in numbers, the year with four digits, for example 27 03 1990", ru: "Такой даты нет: введите день, месяц и год цифрами, год — четырьмя цифрами, например 27 03 1990" }
    ErrDateInFuture { az: "Bu tarix bu gündən sonra ola bilməz", en: "This date cannot be later than today", ru: "Эта дата не может быть позже сегодняшней" }
    ErrExpiryBeforeIssue { az: "Bitmə tarixi başlama tarixindən sonra olmalıdır", en: "The end date must be after the start date", ru: "Дата окончания должна быть позже даты начала" }
    ErrIssuedBeforeBirth { az: "Sənəd doğum tarixindən əvvəl verilə bilməz", en: "The document cannot be issued before the date of birth", ru: "Документ не может быть выдан раньше даты рождения" }
    ErrDocumentExpired { az: "Sənədin müddəti ölkəyə giriş tarixindən əvvəl bitib", en: "The document expired before the date of entry", ru: "Срок действия документа истёк до даты въезда" }
    ErrEntryInFuture { az: "Ölkəyə giriş tarixi sabahdan gec ola bilməz", en: "The date of entry cannot be later than tomorrow", ru: "Дата въезда не может быть позже завтрашнего дня" }
    ErrStayOutsideVisa { az: "Qalma müddəti vizanın qüvvədə olduğu günlərdən kənara çıxır", en: "The stay goes beyond the days the visa is valid", ru: "Срок пребывания выходит за пределы срока действия визы" }
    ErrInvalidDocumentNumber { az: "Sənədin nömrəsini yazıldığı kimi yazın: 5–12 latın hərfi və rəqəm", en: "Enter the document number as printed: 5 to 12 Latin letters and digits", ru: "Введите номер документа как он напечатан: 5–12 латинских букв и цифр" }
    ErrInvalidPassportNumber { az: "Pasportun nömrəsini yazıldığı kimi yazın: 5–9 latın hərfi və rəqəm", en: "Enter the passport number as printed: 5 to 9 Latin letters and digits", ru: "Введите номер паспорта как он напечатан: 5–9 латинских букв и цифр" }
    ErrInvalidVoen { az: "VÖEN 10 rəqəmdən ibarətdir", en: "A VÖEN (tax number) has 10 digits", ru: "ИНН (VÖEN) состоит из 10 цифр" }
    ErrUnknownChoice { az: "Siyahıdan seçin", en: "Choose from the list", ru: "Выберите из списка" }
    ErrCitizenOfAzerbaijan { az: "Azərbaycan vətəndaşı əcnəbi kimi qeydiyyata alınmır", en: "A citizen of Azerbaijan is not registered as a foreigner", ru: "Гражданин Азербайджана не регистрируется как иностранец" }
    ErrInvalidStayDays { az: "Qalma müddətini 1 ilə 365 gün arasında rəqəmlə yazın", en: "Enter the length of stay as a number of days from 1 to 365", ru: "Укажите срок пребывания числом дней от 1 до 365" }
    ErrTooMany { az: "Həddən çox əlavə edilib", en: "Too many have been added", ru: "Добавлено слишком много" }
    ErrInvalidNumber { az: "Rəqəmlə yazın, məsələn 12", en: "Enter a whole number, like 12", ru: "Введите целое число, например 12" }
    ErrInvalidAmount { az: "Məbləği manatla yazın, məsələn 12,50", en: "Enter an amount in manat, like 12.50", ru: "Введите сумму в манатах, например 12,50" }
    ErrOutOfRange { az: "Dəyər icazə verilən həddən kənardadır", en: "The value is outside the allowed range", ru: "Значение вне допустимых пределов" }
    ErrTooFew { az: "Lazım olandan az əlavə edilib", en: "Fewer have been added than needed", ru: "Добавлено меньше, чем нужно" }
    ErrDateInPast { az: "Tarix keçmişdə ola bilməz", en: "The date cannot be in the past", ru: "Дата не может быть в прошлом" }
    ErrInvalidId { az: "İdentifikator kiçik latın hərfi ilə başlamalı, yalnız a–z, rəqəm və _ olmalıdır (ən çox 40)", en: "An id starts with a small Latin letter and has only a–z, digits and _ (at most 40)", ru: "Идентификатор начинается со строчной латинской буквы и содержит только a–z, цифры и _ (не более 40)" }
    ErrDuplicateId { az: "Bu identifikator artıq istifadə olunub", en: "This id is already used", ru: "Этот идентификатор уже используется" }
    ErrMissingTranslation { az: "Bu dildə mətn yazılmayıb", en: "The text is missing in this language", ru: "Нет текста на этом языке" }
    ErrInvalidRange { az: "Hədlər uyğun deyil: ən az ən çoxdan böyük ola bilməz", en: "The limits do not fit: the least cannot be more than the most", ru: "Пределы не согласованы: минимум не может быть больше максимума" }
    ErrConditionInvalid { az: "Şərt əvvəlki sahəyə, onun növünə uyğun cavabla istinad etməlidir", en: "A condition must refer to an earlier field, with an answer that field can have", ru: "Условие должно ссылаться на предыдущее поле и на ответ, возможный для этого поля" }
    ErrDefinitionUnreadable { az: "Bu hissə formanın sxeminə uyğun deyil", en: "This part does not fit the form's schema", ru: "Эта часть не соответствует схеме формы" }
    ErrNothingToPublish { az: "Dərc ediləcək layihə yoxdur: əvvəlcə formanı saxlayın", en: "There is no draft to publish: save the form first", ru: "Нет черновика для публикации: сначала сохраните форму" }
    Yes { az: "Bəli", en: "Yes", ru: "Да" }
    No { az: "Xeyr", en: "No", ru: "Нет" }
    ErrFileEmpty { az: "Fayl boşdur: başqa faylı seçin", en: "The file is empty: choose another", ru: "Файл пустой: выберите другой" }
    ErrFileType { az: "Yalnız JPG, PNG şəkli və ya PDF faylı yükləyin", en: "Upload only a JPG or PNG picture or a PDF file", ru: "Загрузите только изображение JPG или PNG либо файл PDF" }
    ErrFileDamaged { az: "Fayl tam deyil və ya zədələnib: yenidən skan edin və ya başqa faylı seçin", en: "The file is incomplete or damaged: scan again or choose another file", ru: "Файл неполный или повреждён: отсканируйте заново или выберите другой" }
    ErrFileTooManyPixels { az: "Şəkil çox böyükdür: ən çoxu 50 meqapiksel ola bilər; sənədi 300 dpi ilə skan edin və ya şəkli kiçildin", en: "The picture is too large: at most 50 megapixels; scan the document at 300 dpi or make the picture smaller", ru: "Изображение слишком большое: не более 50 мегапикселей; отсканируйте документ с разрешением 300 dpi или уменьшите изображение" }
    ErrFileActiveContent { az: "Bu PDF faylında skriptlər, avtomatik əməliyyatlar və ya əlavə edilmiş fayllar var: sənədi yenidən skan edin və ya PDF-ə yenidən çap edin", en: "This PDF holds scripts, automatic actions or attached files: scan the document again or print it to PDF again", ru: "Этот PDF содержит скрипты, автоматические действия или вложенные файлы: отсканируйте документ заново или заново сохраните его в PDF" }
    ErrFileInfected { az: "Antivirus bu faylda zərərli proqram tapdı: kompüterinizi yoxlayın və sənədi yenidən skan edin", en: "The antivirus found malware in this file: check your computer and scan the document again", ru: "Антивирус нашёл в этом файле вредоносную программу: проверьте компьютер и отсканируйте документ заново" }
    ErrFileTooLarge { az: "Fayl çox böyükdür: daha kiçik fayl seçin", en: "The file is too large: choose a smaller one", ru: "Файл слишком большой: выберите файл поменьше" }
    ErrFileUnknown { az: "Fayl tapılmadı: onu yenidən yükləyin", en: "The file was not found: upload it again", ru: "Файл не найден: загрузите его снова" }
    ErrHostNotVerified { az: "Ünvanınız hələ təsdiqlənməyib: təsdiqləndikdən sonra müraciət edə bilərsiniz", en: "Your address has not been verified yet: you can apply once it is", ru: "Ваш адрес ещё не подтверждён: подать заявление можно после подтверждения" }
    ErrNotAHost { az: "Əvvəlcə qəbul edən şəxs kimi qeydiyyatdan keçin", en: "Register as a host first", ru: "Сначала зарегистрируйтесь как принимающая сторона" }
    ErrAlreadyAHost { az: "Siz artıq qəbul edən şəxs kimi qeydiyyatdasınız", en: "You are already registered as a host", ru: "Вы уже зарегистрированы как принимающая сторона" }
    ErrStaleVersion { az: "Müraciət başqa pəncərədə dəyişdirilib: səhifəni yeniləyin", en: "The application was changed in another window: reload the page", ru: "Заявление изменено в другом окне: обновите страницу" }
    ErrNotEditable { az: "Bu müraciət artıq göndərilib və dəyişdirilə bilməz", en: "This application has been sent and can no longer be changed", ru: "Это заявление уже отправлено и не может быть изменено" }
    ErrStatusChangeNotAllowed { az: "Müraciətin indiki vəziyyətində bu addım mümkün deyil", en: "This step is not possible in the application's current status", ru: "Этот шаг невозможен при текущем статусе заявления" }
    StatusDraft { az: "Qaralama", en: "Draft", ru: "Черновик" }
    StatusSubmitted { az: "Göndərilib", en: "Submitted", ru: "Отправлено" }
    StatusInReview { az: "Baxılır", en: "In review", ru: "На рассмотрении" }
    StatusReturned { az: "Düzəliş üçün qaytarılıb", en: "Returned for correction", ru: "Возвращено на исправление" }
    StatusResubmitted { az: "Düzəldilib, yenidən göndərilib", en: "Corrected and resent", ru: "Исправлено и отправлено повторно" }
    StatusAccepted { az: "Qəbul edilib", en: "Accepted", ru: "Принято" }
    StatusRefused { az: "İmtina edilib", en: "Refused", ru: "Отказано" }
    StatusWithdrawn { az: "Geri götürülüb", en: "Withdrawn", ru: "Отозвано" }
    NotChosen { az: "-Seçilməyib-", en: "-Not chosen-", ru: "-Не выбрано-" }
    StepsLabel { az: "Addımlar", en: "Steps", ru: "Шаги" }
    StepOf { az: "Addım {step} / {total}", en: "Step {step} of {total}", ru: "Шаг {step} из {total}" }
    UploadFailed { az: "Fayl göndərilmədi: bağlantını yoxlayıb yenidən cəhd edin", en: "The file was not sent: check the connection and try again", ru: "Файл не отправлен: проверьте соединение и повторите" }
    UploadDone { az: "Yükləndi", en: "Uploaded", ru: "Загружено" }
    UploadingPage { az: "{name} yüklənir", en: "Uploading {name}", ru: "Загрузка {name}" }
    RemovePage { az: "Sil", en: "Remove", ru: "Удалить" }
    ScanHint { az: "JPG, PNG şəkli və ya PDF; hər səhifə {max} MB-a qədər. Telefonda kamera ilə çəkə bilərsiniz. Sənəd aydın oxunmalıdır.", en: "A JPG or PNG picture or a PDF, each page up to {max} MB. On a phone you can take a photo. The document must be clearly readable.", ru: "Изображение JPG или PNG либо PDF, каждая страница до {max} МБ. На телефоне можно сфотографировать. Документ должен хорошо читаться." }
    GenderMale { az: "Kişi", en: "Male", ru: "Мужской" }
    GenderFemale { az: "Qadın", en: "Female", ru: "Женский" }
    GenderUnknown { az: "Naməlum", en: "Unknown", ru: "Неизвестно" }
    Stateless { az: "Vətəndaşlığı olmayan şəxs", en: "Stateless person", ru: "Лицо без гражданства" }
    StayTitle { az: "Olduğu yer üzrə qeydiyyata alınma", en: "Registration at the place of stay", ru: "Регистрация по месту пребывания" }
    StayLead { az: "Əcnəbini və ya vətəndaşlığı olmayan şəxsi qəbul edən mehmanxana, sanatoriya, mənzil sahibi və ya şəxsin özü onun olduğu yer üzrə qeydiyyatı üçün buradan müraciət edir.", en: "A hotel, sanatorium, flat owner or the person themselves applies here to register a foreigner or stateless person at their place of stay.", ru: "Гостиница, санаторий, владелец квартиры или сам человек подаёт здесь заявление о регистрации иностранца или лица без гражданства по месту пребывания." }
    StayNewHostTitle { az: "İlk dəfədir?", en: "First time?", ru: "Впервые?" }
    StayNewHostBody { az: "Qəbul edən şəxs kimi qeydiyyatdan keçin. Ünvanınız təsdiqləndikdən sonra müraciət edə bilərsiniz.", en: "Register as a host. You can apply once your address is verified.", ru: "Зарегистрируйтесь как принимающая сторона. Подать заявление можно после подтверждения адреса." }
    StayRegisterHost { az: "Qəbul edən şəxs kimi qeydiyyat", en: "Register as a host", ru: "Регистрация принимающей стороны" }
    StayHostLoginTitle { az: "Artıq qeydiyyatdasınız?", en: "Already registered?", ru: "Уже зарегистрированы?" }
    StayHostLoginBody { az: "Daxil olun; müraciətləriniz şəxsi pəncərənizdədir.", en: "Log in; your applications are in your cabinet.", ru: "Войдите; ваши заявления — в личном кабинете." }
    HostRegistrationTitle { az: "Qəbul edən şəxsin elektron qeydiyyatı", en: "Electronic registration of a host", ru: "Электронная регистрация принимающей стороны" }
    HostRegistrationLead { az: "“(istəyə bağlı)” yazılmış sahələri boş saxlamaq olar. Təsdiqlədikdən sonra e-poçtunuza qeydiyyatı tamamlamaq üçün keçid göndəriləcək.", en: "Fields marked optional may be left empty. After you confirm, a link to complete the registration is sent to your e-mail.", ru: "Поля с пометкой «необязательно» можно не заполнять. После подтверждения на вашу почту придёт ссылка для завершения регистрации." }
    HostKindLegend { az: "Kim qeydiyyatdan keçir?", en: "Who is registering?", ru: "Кто регистрируется?" }
    NaturalPerson { az: "Fiziki şəxs", en: "Natural person", ru: "Физическое лицо" }
    LegalPerson { az: "Hüquqi şəxs", en: "Legal entity", ru: "Юридическое лицо" }
    HostDocumentGroup { az: "Qəbul edən şəxsin sənəd məlumatları", en: "The host's document", ru: "Документ принимающей стороны" }
    DocumentTypeLabel { az: "Sənədin növü", en: "Document type", ru: "Тип документа" }
    DocumentNumberLabel { az: "Sənədin nömrəsi", en: "Document number", ru: "Номер документа" }
    IssueDateLabel { az: "Verilmə tarixi", en: "Date of issue", ru: "Дата выдачи" }
    ExpiryDateLabel { az: "Etibarlılıq müddəti", en: "Date of expiry", ru: "Срок действия" }
    AuthorityLabel { az: "Sənədi verən orqan", en: "Issuing authority", ru: "Орган, выдавший документ" }
    HostScanLabel { az: "Skanerdən sənəd forması", en: "Scan of the document", ru: "Скан документа" }
    OrganisationGroup { az: "Təşkilat", en: "The organisation", ru: "Организация" }
    OrganisationLabel { az: "Təşkilatın adı", en: "Name of the organisation", ru: "Название организации" }
    VoenLabel { az: "VÖEN", en: "VÖEN (tax number)", ru: "ИНН (VÖEN)" }
    VoenHint { az: "10 rəqəm", en: "10 digits", ru: "10 цифр" }
    OrganisationKindLabel { az: "Təşkilatın növü", en: "Kind of place", ru: "Вид учреждения" }
    HostDetailsGroup { az: "Qəbul edən şəxsin məlumatları", en: "The host's details", ru: "Данные принимающей стороны" }
    ResponsiblePersonGroup { az: "Məsul şəxs", en: "Responsible person", ru: "Ответственное лицо" }
    PatronymicLabel { az: "Ata adı", en: "Patronymic", ru: "Отчество" }
    GenderLabel { az: "Cinsi", en: "Gender", ru: "Пол" }
    CitizenshipLabel { az: "Vətəndaşlığı", en: "Citizenship", ru: "Гражданство" }
    BirthDateLabel { az: "Doğum tarixi", en: "Date of birth", ru: "Дата рождения" }
    BirthCountryLabel { az: "Doğulduğu ölkə", en: "Country of birth", ru: "Страна рождения" }
    BirthPlaceLabel { az: "Doğulduğu yer", en: "Place of birth", ru: "Место рождения" }
    HomePhoneLabel { az: "Ev telefonu", en: "Home phone", ru: "Домашний телефон" }
    MobilePhoneLabel { az: "Mobil telefon", en: "Mobile phone", ru: "Мобильный телефон" }
    InternationalPhoneHint { az: "Məsələn 050 123 45 67 və ya xarici nömrə + ölkə kodu ilə: +49 151 2345 6789", en: "For example 050 123 45 67, or a foreign number with + and the country code: +49 151 2345 6789", ru: "Например 050 123 45 67 или иностранный номер с + и кодом страны: +49 151 2345 6789" }
    AddressGroup { az: "Ünvan məlumatları", en: "Address", ru: "Адрес" }
    RegionLabel { az: "Şəhər / rayon", en: "City / district", ru: "Город / район" }
    DistrictLabel { az: "Şəhərdaxili rayon / mikrorayon", en: "Urban district / microdistrict", ru: "Район города / микрорайон" }
    SettlementLabel { az: "Kənd / qəsəbə", en: "Village / settlement", ru: "Село / посёлок" }
    StreetLabel { az: "Küçə / prospekt", en: "Street / avenue", ru: "Улица / проспект" }
    BuildingLabel { az: "Bina", en: "Building", ru: "Дом" }
    EntranceLabel { az: "Giriş", en: "Entrance", ru: "Подъезд" }
    BlockLabel { az: "Blok", en: "Block", ru: "Корпус" }
    FloorLabel { az: "Mərtəbə", en: "Floor", ru: "Этаж" }
    FlatLabel { az: "Mənzil", en: "Flat", ru: "Квартира" }
    NewApplication { az: "Yeni müraciət", en: "New application", ru: "Новое заявление" }
    AddressAwaitsVerification { az: "Ünvanınız agentliyin əməkdaşı tərəfindən yoxlanılır. Təsdiqləndikdən sonra sizə e-poçtla xəbər veriləcək və müraciət edə biləcəksiniz.", en: "An officer of the agency is checking your address. Once it is verified you will be told by e-mail and can apply.", ru: "Сотрудник ведомства проверяет ваш адрес. После подтверждения вам сообщат по электронной почте, и вы сможете подавать заявления." }
    MyApplications { az: "Müraciətlərim", en: "My applications", ru: "Мои заявления" }
    ChangesSinceReturnTitle { az: "Qaytarıldıqdan sonra dəyişənlər", en: "Changed since it was returned", ru: "Изменено после возврата" }
    ColumnAnswer { az: "Sahə", en: "Answer", ru: "Поле" }
    ColumnBefore { az: "Əvvəl", en: "Before", ru: "Было" }
    ColumnAfter { az: "İndi", en: "Now", ru: "Стало" }
    AnswerAbsent { az: "(yoxdur)", en: "(none)", ru: "(нет)" }
    SeeAllMyApplications { az: "Bütün müraciətlərinizə baxın", en: "See all your applications", ru: "Все ваши заявления" }
    FilterByStatus { az: "Vəziyyətə görə süz", en: "Filter by status", ru: "Фильтр по статусу" }
    NoApplications { az: "Müraciət yoxdur.", en: "There are no applications.", ru: "Заявлений нет." }
    MoreApplications { az: "Daha çox müraciət", en: "More applications", ru: "Ещё заявления" }
    MoreApplicationsFailed { az: "Növbəti müraciətləri yükləmək alınmadı. Yenidən cəhd edin.", en: "The next applications could not be loaded. Try again.", ru: "Не удалось загрузить следующие заявления. Повторите попытку." }
    ApplicationNumberLabel { az: "Müraciətin nömrəsi", en: "Application number", ru: "Номер заявления" }
    ForeignerNameColumn { az: "Adı və soyadı", en: "Name and surname", ru: "Имя и фамилия" }
    StayDaysColumn { az: "Qalma müddəti (gün)", en: "Stay (days)", ru: "Срок (дней)" }
    ApplicationDateColumn { az: "Müraciət tarixi", en: "Date of application", ru: "Дата заявления" }
    StatusColumn { az: "Vəziyyəti", en: "Status", ru: "Статус" }
    View { az: "Bax", en: "View", ru: "Смотреть" }
    Continue { az: "Davam et", en: "Continue", ru: "Продолжить" }
    StepDocument { az: "Əcnəbinin sənədi", en: "The foreigner's document", ru: "Документ иностранца" }
    StepPerson { az: "Əcnəbinin məlumatları", en: "The foreigner's details", ru: "Данные иностранца" }
    StepVisit { az: "Müraciət məlumatları", en: "The stay", ru: "Сведения о пребывании" }
    StepCompanions { az: "Yanımda gələn şəxslər", en: "Accompanying persons", ru: "Сопровождающие лица" }
    StepReview { az: "Yoxlayın və təsdiqləyin", en: "Check and confirm", ru: "Проверьте и подтвердите" }
    StayApplicationTitle { az: "Yeni müraciət: olduğu yer üzrə qeydiyyat", en: "New application: registration at the place of stay", ru: "Новое заявление: регистрация по месту пребывания" }
    PassportNumberLabel { az: "Pasportun nömrəsi", en: "Passport number", ru: "Номер паспорта" }
    PassportNumberHint { az: "Pasportda yazıldığı kimi, məsələn C01234567", en: "As printed in the passport, for example C01234567", ru: "Как в паспорте, например C01234567" }
    IssuingCountryLabel { az: "Sənədi verən ölkə", en: "Issuing country", ru: "Страна выдачи" }
    PassportScanLabel { az: "Pasportun skanı", en: "Scan of the passport", ru: "Скан паспорта" }
    HasVisaLabel { az: "Viza daxil edilir", en: "A visa is entered", ru: "Указывается виза" }
    VisaNumberLabel { az: "Vizanın nömrəsi", en: "Visa number", ru: "Номер визы" }
    VisaTypeLabel { az: "Vizanın növü", en: "Visa type", ru: "Тип визы" }
    VisaFromLabel { az: "Vizanın başlanğıc tarixi", en: "Visa valid from", ru: "Виза действует с" }
    VisaUntilLabel { az: "Vizanın son günü", en: "Visa valid until", ru: "Виза действует до" }
    ResidenceCountryLabel { az: "Daimi yaşadığı ölkə", en: "Country of permanent residence", ru: "Страна постоянного проживания" }
    ArrivedFromLabel { az: "Gəldiyi ölkə", en: "Country arrived from", ru: "Страна прибытия" }
    VisitReasonLabel { az: "Gəlişin məqsədi", en: "Reason for the visit", ru: "Цель визита" }
    EntryDateLabel { az: "Ölkəyə giriş tarixi", en: "Date of entry", ru: "Дата въезда" }
    StayDaysLabel { az: "Qalma müddəti (gün)", en: "Length of stay (days)", ru: "Срок пребывания (дней)" }
    StayDaysHint { az: "1-dən 365-ə qədər", en: "From 1 to 365", ru: "От 1 до 365" }
    LastDayOfStayLabel { az: "Qalmanın son günü", en: "Last day of the stay", ru: "Последний день пребывания" }
    PlaceOfStayLabel { az: "Olduğu yerin ünvanı", en: "Address of the place of stay", ru: "Адрес места пребывания" }
    PlacesNotLoaded { az: "Qəbul ünvanlarınızı yükləmək alınmadı. Olduğu yerin ünvanını seçmək üçün yenidən cəhd edin.", en: "Your addresses could not be loaded. Try again to choose the address of the place of stay.", ru: "Не удалось загрузить ваши адреса. Попробуйте ещё раз, чтобы выбрать адрес места пребывания." }
    CommentLabel { az: "Qeyd", en: "Comment", ru: "Комментарий" }
    CompanionsLead { az: "Əcnəbi ilə birlikdə gələn hər kəsi əlavə edin. Heç kim yoxdursa, davam edin.", en: "Add everyone who came with the foreigner. If nobody did, continue.", ru: "Добавьте всех, кто прибыл вместе с иностранцем. Если никого нет, продолжайте." }
    NoCompanions { az: "Heç kim əlavə edilməyib", en: "Nobody was added", ru: "Никто не добавлен" }
    CompanionNumber { az: "Şəxs {n}", en: "Person {n}", ru: "Лицо {n}" }
    CompanionLabel { az: "Yanında gələn şəxs", en: "Accompanying person", ru: "Сопровождающее лицо" }
    RelationshipLabel { az: "Qohumluq əlaqəsi", en: "Relationship", ru: "Степень родства" }
    RemovePerson { az: "Bu şəxsi sil", en: "Remove this person", ru: "Удалить это лицо" }
    AddPerson { az: "+ Əlavə et", en: "+ Add", ru: "+ Добавить" }
    ApplicationNumberIs { az: "Müraciətin nömrəsi: {number}", en: "Application number: {number}", ru: "Номер заявления: {number}" }
    ReturnedForCorrection { az: "Müraciət düzəliş üçün qaytarılıb. Qeyd olunan sahələri düzəldin və yenidən təsdiqləyin.", en: "The application was returned for correction. Fix the marked fields and confirm again.", ru: "Заявление возвращено на исправление. Исправьте отмеченные поля и подтвердите снова." }
    SaveAndContinue { az: "Yadda saxla və davam et", en: "Save and continue", ru: "Сохранить и продолжить" }
    Back { az: "Geri", en: "Back", ru: "Назад" }
    DraftSaved { az: "Qaralama yadda saxlanıldı: səhifəni bağlasanız da heç nə itməyəcək.", en: "Draft saved: nothing is lost if you close the page.", ru: "Черновик сохранён: ничего не потеряется, даже если закрыть страницу." }
    Change { az: "Dəyiş", en: "Change", ru: "Изменить" }
    ApplicationSentTitle { az: "Müraciət göndərildi", en: "Application sent", ru: "Заявление отправлено" }
    ApplicationSentBody { az: "Müraciətin qəbul olunduğunu təsdiq edən məktub e-poçtunuza göndərildi. Agentliyin əməkdaşı müraciətə baxacaq; qərar və ya düzəliş lazım olduqda sizə xəbər veriləcək.", en: "An e-mail confirming receipt was sent to you. An officer of the agency will review the application; you will be told of the decision or of anything to correct.", ru: "Вам отправлено письмо, подтверждающее получение. Сотрудник ведомства рассмотрит заявление; о решении или необходимости исправлений вам сообщат." }
    BackToApplications { az: "Müraciətlərimə qayıt", en: "Back to my applications", ru: "Вернуться к моим заявлениям" }
    ApplicationTitle { az: "Müraciət {number}", en: "Application {number}", ru: "Заявление {number}" }
    HistoryTitle { az: "Gedişat", en: "Progress", ru: "Ход рассмотрения" }
    AddressVerified { az: "Ünvan təsdiqlənib", en: "Address verified", ru: "Адрес подтверждён" }
    VerifyAddress { az: "Ünvanı təsdiqlə", en: "Verify the address", ru: "Подтвердить адрес" }
    AddressesRefused { az: "Agentlik ünvanınızı təsdiqləməyib; səbəbi aşağıda, ünvanın yanındadır. Müraciət etmək üçün yeni ünvan əlavə edin.", en: "The agency did not verify your address; the reason is below, beside it. To apply, add another address.", ru: "Ведомство не подтвердило ваш адрес; причина указана ниже, рядом с ним. Чтобы подать заявление, добавьте новый адрес." }
    AddressWaiting { az: "Yoxlanılır", en: "Being checked", ru: "На проверке" }
    AddressRefused { az: "Ünvan təsdiqlənməyib", en: "Address refused", ru: "Адрес отклонён" }
    RefuseAddress { az: "Ünvanı rədd et", en: "Refuse the address", ru: "Отклонить адрес" }
    RefusalReasonLabel { az: "İmtinanın səbəbi", en: "Reason for refusal", ru: "Причина отказа" }
    RefusalReasonHint { az: "Qəbul edən bu mətni e-poçtla alacaq.", en: "The host receives this text by e-mail.", ru: "Принимающая сторона получит этот текст по электронной почте." }
    HostPlacesTitle { az: "Qəbul ünvanlarım", en: "My addresses for guests", ru: "Мои адреса приёма" }
    HostPlacesLead { az: "Hər ünvanı agentlik ayrıca yoxlayır. Müraciətdə təsdiqlənmiş ünvanlardan birini seçirsiniz.", en: "The agency checks each address on its own. An application chooses one of the confirmed addresses.", ru: "Ведомство проверяет каждый адрес отдельно. В заявлении выбирается один из подтверждённых адресов." }
    AddHostPlaceTitle { az: "Yeni ünvan əlavə edin", en: "Add an address", ru: "Добавить адрес" }
    AddHostPlace { az: "Ünvanı yoxlanışa göndər", en: "Send the address to be checked", ru: "Отправить адрес на проверку" }
    WithdrawHostPlace { az: "Siyahıdan çıxar", en: "Remove from the list", ru: "Убрать из списка" }
    WithdrawHostPlaceAsk { az: "Bu ünvan siyahıdan çıxarılsın? Yeni müraciətlərdə seçilə bilməyəcək, göndərilmiş müraciətlərdə isə qalacaq. Yenidən əlavə etsəniz, agentlik onu bir daha yoxlayacaq.", en: "Remove this address from the list? New applications cannot choose it; sent ones keep it. If you add it again, the agency checks it again.", ru: "Убрать этот адрес из списка? Новые заявки не смогут его выбрать, в отправленных он останется. Если добавить его снова, агентство проверит его ещё раз." }
    WithdrawHostPlaceYes { az: "Bəli, siyahıdan çıxar", en: "Yes, remove it", ru: "Да, убрать" }
    HostPlaceWithdrawn { az: "Ünvan siyahıdan çıxarıldı.", en: "The address was removed from the list.", ru: "Адрес убран из списка." }
    HostPlaceAdded { az: "Ünvan yoxlanışa göndərildi. Nəticə barədə e-poçtla xəbər veriləcək.", en: "The address was sent to be checked. You will be told the outcome by e-mail.", ru: "Адрес отправлен на проверку. О результате вам сообщат по электронной почте." }
    ChosenPlaceColumn { az: "Seçilmiş ünvan", en: "Chosen address", ru: "Выбранный адрес" }
    CheckAddress { az: "Yoxla", en: "Check", ru: "Проверить" }
    OfficeHostPlaceTitle { az: "Qəbul edənin ünvanının yoxlanılması", en: "Checking a host's address", ru: "Проверка адреса принимающей стороны" }
    OfficeHostPlaceLead { az: "Ünvanı qəbul edənin sənədi və onun surəti ilə tutuşdurun, sonra təsdiq edin və ya səbəbini yazaraq rədd edin.", en: "Check the address against the host's document and its scan, then confirm it, or refuse it with the reason.", ru: "Сверьте адрес с документом принимающей стороны и его копией, затем подтвердите его или отклоните, указав причину." }
    OfficeHostPlaceDecided { az: "Bu ünvan barədə qərar verilib.", en: "This address has been decided on.", ru: "По этому адресу принято решение." }
    SentAtColumn { az: "Göndərilmə vaxtı", en: "Sent", ru: "Отправлен" }
    NoScanGiven { az: "Surət yüklənməyib", en: "No scan was uploaded", ru: "Копия не загружена" }
    DecideAccept { az: "Qəbul et", en: "Accept", ru: "Принять" }
    DecideReturn { az: "Düzəlişə qaytar", en: "Return for correction", ru: "Вернуть на исправление" }
    DecideRefuse { az: "İmtina et", en: "Refuse", ru: "Отказать" }
    ErrFixThisField { az: "Agentlik bu sahəni düzəltməyi xahiş edir", en: "The agency asks you to fix this", ru: "Ведомство просит исправить это поле" }
    SortLabel { az: "Sırala", en: "Sort", ru: "Сортировка" }
    SortNewest { az: "Əvvəlcə ən yeniləri", en: "Newest first", ru: "Сначала новые" }
    SortOldest { az: "Əvvəlcə ən köhnələri", en: "Oldest first", ru: "Сначала старые" }
    SortByName { az: "Ada görə", en: "By name", ru: "По имени" }
    ReturningGuestLabel { az: "Əvvəl qəbul etdiyiniz qonaq", en: "A guest you received before", ru: "Гость, которого вы принимали раньше" }
    ReturningGuestButton { az: "Onun məlumatları ilə yeni müraciət", en: "New application with their details", ru: "Новое заявление с его данными" }
    Withdraw { az: "Müraciəti geri götür", en: "Withdraw the application", ru: "Отозвать заявление" }
    WithdrawConfirm { az: "Müraciəti geri götürürsünüz? Sonra agentlik ona baxmayacaq.", en: "Withdraw the application? The agency will then not review it.", ru: "Отозвать заявление? Тогда ведомство не будет его рассматривать." }
    ScanTooSmall { az: "Şəkil çox kiçikdir: yazılar oxunmaya bilər. Sənədi daha yaxından çəkin.", en: "The picture is very small: the writing may not be readable. Take it closer.", ru: "Изображение слишком маленькое: текст может не читаться. Снимите ближе." }
    ScanTooDark { az: "Şəkil çox qaranlıqdır: işıqlı yerdə yenidən çəkin.", en: "The picture is too dark: take it again in better light.", ru: "Изображение слишком тёмное: переснимите при лучшем освещении." }
    ScanBlurred { az: "Şəkil bulanıqdır: telefonu tərpətmədən yenidən çəkin.", en: "The picture is blurred: take it again holding the phone still.", ru: "Изображение размыто: переснимите, держа телефон неподвижно." }
    ReceiptCheckNote { az: "Çıxarışın həqiqiliyini QR koddakı ünvanda yoxlaya bilərsiniz:", en: "You can check that this receipt is genuine at the address in the QR code:", ru: "Подлинность квитанции можно проверить по адресу в QR-коде:" }
    ReceiptPdf { az: "Çıxarışı PDF kimi yüklə", en: "Download the receipt as PDF", ru: "Скачать квитанцию в PDF" }
    ErrRequired { az: "Bu sahəni doldurun", en: "Fill in this field", ru: "Заполните это поле" }
    ErrTooLong { az: "Mətn çox uzundur: qısaldın", en: "The text is too long: shorten it", ru: "Текст слишком длинный: сократите его" }
    ErrInvalidServiceNumber { az: "Xidmətin nömrəsi 33.10 kimi olmalıdır", en: "A service number looks like 33.10", ru: "Номер услуги должен иметь вид 33.10" }
    ErrInvalidAgencyNumber { az: "Qurumun nömrəsi 1 ilə 999 arasında tam ədəd olmalıdır", en: "An agency number is a whole number from 1 to 999", ru: "Номер ведомства — целое число от 1 до 999" }
    ErrUnknownAgency { az: "Bu nömrə ilə qurum yoxdur", en: "There is no agency with this number", ru: "Ведомства с таким номером нет" }
    ErrInvalidKind { az: "Növ «informative» və ya «interactive» olmalıdır", en: "The type must be “informative” or “interactive”", ru: "Вид должен быть «informative» или «interactive»" }
    ErrAlreadyCancelled { az: "Bu xidmətin qeydiyyatı artıq ləğv edilib", en: "This service's registration is already cancelled", ru: "Регистрация этой услуги уже отменена" }
    ErrInvalidEmail { az: "E-poçt ünvanını ad@nümunə.az şəklində yazın", en: "Enter an e-mail address like name@example.com", ru: "Введите адрес электронной почты в виде name@example.com" }
    ErrInvalidFin { az: "FİN kod 7 simvoldan ibarətdir: latın hərfləri və rəqəmlər, məsələn 5AB7K2M", en: "A FIN code has 7 characters, Latin letters and digits, like 5AB7K2M", ru: "FIN-код состоит из 7 символов, латинских букв и цифр, например 5AB7K2M" }
    ErrUnknownFin { az: "Bu FİN kod və soyad əhali reyestrindəki məlumatla üst-üstə düşmür: şəxsiyyət vəsiqənizə baxın", en: "This FIN code and surname do not match the population registry: check your ID card", ru: "Этот FIN-код и фамилия не совпадают с данными реестра населения: сверьтесь с удостоверением личности" }
    ErrCaptchaWrong { az: "Şəkildəki söz düz yazılmayıb və ya şəklin vaxtı keçib: yeni şəkildəki sözü yazın", en: "The word from the picture is wrong or the picture has expired: type the word from the new picture", ru: "Слово с картинки введено неверно или картинка устарела: введите слово с новой картинки" }
    ErrPasswordTooShort { az: "Şifrə ən azı 10 simvol olmalıdır", en: "The password must have at least 10 characters", ru: "Пароль должен содержать не менее 10 символов" }
    ErrPasswordWrong { az: "Hazırkı şifrə səhvdir", en: "The current password is wrong", ru: "Текущий пароль неверен" }
    ErrLinkInvalid { az: "Bu keçid etibarsızdır və ya artıq istifadə olunub: yeni keçid istəyin", en: "This link is not valid or has been used already: ask for a new one", ru: "Эта ссылка недействительна или уже использована: запросите новую" }
    ErrLinkExpired { az: "Bu keçidin vaxtı keçib: yeni keçid istəyin", en: "This link has expired: ask for a new one", ru: "Срок действия ссылки истёк: запросите новую" }
    ErrInvalidPhone { az: "Telefon nömrəsini 050 123 45 67 və ya +994 50 123 45 67 şəklində yazın", en: "Enter a phone number like 050 123 45 67 or +994 50 123 45 67", ru: "Введите номер телефона в виде 050 123 45 67 или +994 50 123 45 67" }
    ErrInvalidMobile { az: "Azərbaycan mobil operatorunun nömrəsini yazın, məsələn 050 123 45 67", en: "Enter a number of an Azerbaijani mobile operator, like 050 123 45 67", ru: "Введите номер азербайджанского мобильного оператора, например 050 123 45 67" }
    ErrCodeWrong { az: "Kod səhvdir: SMS-dəki 6 rəqəmi yazın", en: "The code is wrong: type the 6 digits from the SMS", ru: "Неверный код: введите 6 цифр из SMS" }
    ErrCodeExpired { az: "Kodun vaxtı keçib: yeni kod istəyin", en: "The code has expired: ask for a new one", ru: "Срок действия кода истёк: запросите новый" }
    ErrCodeTriedOut { az: "Kod çox dəfə səhv yazılıb: yeni kod istəyin", en: "The code was typed wrongly too many times: ask for a new one", ru: "Код слишком много раз введён неверно: запросите новый" }
    ErrInvalidAsanUserId { az: "İstifadəçi ID 6 rəqəmdən ibarətdir, məsələn 123456", en: "A user ID has 6 digits, like 123456", ru: "ID пользователя состоит из 6 цифр, например 123456" }
    ErrUnknownAsanImza { az: "Bu telefon nömrəsi və istifadəçi ID ilə Asan İmza tapılmadı: SIM kartın zərfinə baxın", en: "No Asan İmza was found for this phone number and user ID: check your SIM card's envelope", ru: "Asan İmza с таким номером телефона и ID пользователя не найдена: проверьте конверт SIM-карты" }
    ErrPin1Wrong { az: "PIN1 səhvdir", en: "The PIN1 is wrong", ru: "Неверный PIN1" }
    ErrPin2Wrong { az: "PIN2 səhvdir", en: "The PIN2 is wrong", ru: "Неверный PIN2" }
    ErrSigningRefused { az: "İmzalamaqdan imtina edildi: müraciət göndərilmədi", en: "Signing was refused: the application was not sent", ru: "Подпись отклонена: заявление не отправлено" }
    ErrSigningExpired { az: "İmzalamaq üçün vaxt bitdi: yenidən imzalayın", en: "The time to sign ran out: sign again", ru: "Время на подпись истекло: подпишите заново" }
    SignTitle { az: "Müraciəti imzalayın", en: "Sign the application", ru: "Подпишите заявление" }
    SignLead { az: "Dövlət orqanına göndərilən müraciət göndərənin gücləndirilmiş elektron imzası ilə təsdiqlənir (Qaydaların 12.2-ci bəndi).", en: "An application sent to a state body is confirmed by the sender's enhanced electronic signature (rule 12.2).", ru: "Заявление в государственный орган подтверждается усиленной электронной подписью отправителя (пункт 12.2 Правил)." }
    SignMeansLegend { az: "Nə ilə imzalayırsınız?", en: "What do you sign with?", ru: "Чем вы подписываете?" }
    SignAsanImzaHow { az: "Asan İmzanın telefon nömrəsini və istifadəçi ID-sini yazın, sonra telefonda PIN2 ilə imzalayın.", en: "Type your Asan İmza phone number and user ID, then sign on the phone with PIN2.", ru: "Введите номер телефона и ID пользователя Asan İmza, затем подпишите на телефоне PIN2." }
    SignCardHow { az: "Kartı oxuyucuya taxın. «İmzala və göndər» elektron imza sisteminin səhifəsini açmağa imkan verəcək: orada kartın PIN kodunu daxil edirsiniz.", en: "Put the card in the reader. “Sign and send” then lets you open the e-signature system's page, where you enter the card's PIN.", ru: "Вставьте карту в считыватель. «Подписать и отправить» позволит открыть страницу системы электронной подписи, где вы введёте PIN-код карты." }
    SignCardWaiting { az: "Elektron imza sisteminin səhifəsini açın, kartı seçin və PIN kodunu daxil edin. Səhifə yeni pəncərədə açılır; imza alınan kimi burada göndəriləcək.", en: "Open the e-signature system's page, choose the card and enter its PIN. The page opens in a new window; it is sent from here as soon as it is signed.", ru: "Откройте страницу системы электронной подписи, выберите карту и введите PIN-код. Страница откроется в новом окне; как только будет подпись, отправка произойдёт отсюда." }
    SignCardOpen { az: "İmza səhifəsini açın (yeni pəncərə)", en: "Open the signing page (new window)", ru: "Открыть страницу подписи (новое окно)" }
    SignNoMeans { az: "Bu portalda hələ heç bir imza sistemi qoşulmayıb.", en: "No signature system is connected to this portal yet.", ru: "К этому порталу ещё не подключена ни одна система подписи." }
    DevCardTitle { az: "Elektron imza kartı (simulyator): imzalayın", en: "E-signature card (simulator): sign", ru: "Карта электронной подписи (симулятор): подпишите" }
    DevCardSigning { az: "İmzalanan:", en: "To be signed:", ru: "Подписывается:" }
    DevCardLegend { az: "Oxuyucudakı kart", en: "The card in the reader", ru: "Карта в считывателе" }
    CardPinLabel { az: "Kartın PIN kodu", en: "The card's PIN", ru: "PIN-код карты" }
    DevCardSigned { az: "İmzalandı. Bu pəncərəni bağlayıb portala qayıdın: göndərmə orada davam edir.", en: "Signed. Close this window and go back to the portal: the sending goes on there.", ru: "Подписано. Закройте это окно и вернитесь на портал: отправка продолжается там." }
    DevCardRefused { az: "İmzalamaqdan imtina etdiniz. Bu pəncərəni bağlaya bilərsiniz.", en: "You refused to sign. You may close this window.", ru: "Вы отказались подписывать. Это окно можно закрыть." }
    SignObligationTitle { az: "Öhdəliyi imzalayın", en: "Sign the obligation", ru: "Подпишите обязательство" }
    SignObligationLead { az: "Dövlət orqanına verilən öhdəlik verənin gücləndirilmiş elektron imzası ilə təsdiqlənir (Qaydaların 12.2-ci bəndi).", en: "An obligation given to a state body is confirmed by the giver's enhanced electronic signature (rule 12.2).", ru: "Обязательство, данное государственному органу, подтверждается усиленной электронной подписью давшего его (пункт 12.2 Правил)." }
    SignBackToObligation { az: "Öhdəliyə qayıt", en: "Back to the obligation", ru: "Вернуться к обязательству" }
    SendObligationUnsignedNote { az: "Bu xidmətin reqlamenti imzasız öhdəliyi də qəbul edir: belə öhdəlik imzasız kimi qeyd olunur.", en: "This service's regulation also accepts an unsigned obligation: it is marked unsigned.", ru: "Регламент этой услуги принимает и неподписанное обязательство: оно помечается как неподписанное." }
    SignAndSend { az: "İmzala və göndər", en: "Sign and send", ru: "Подписать и отправить" }
    SendUnsigned { az: "İmzasız göndər", en: "Send unsigned", ru: "Отправить без подписи" }
    SendUnsignedNote { az: "Bu xidmətin reqlamenti imzasız müraciəti də qəbul edir: belə müraciət imzasız kimi qeyd olunur.", en: "This service's regulation also accepts unsigned applications: such an application is marked unsigned.", ru: "Регламент этой услуги принимает и неподписанные заявления: такое заявление помечается как неподписанное." }
    SignWaitingBody { az: "Telefonunuzdakı kodun bu kodla eyni olduğunu yoxlayın, sonra PIN2-ni daxil edin. İmza alınan kimi müraciət göndəriləcək.", en: "Check that your phone shows the same code, then enter PIN2. The application is sent as soon as it is signed.", ru: "Убедитесь, что телефон показывает тот же код, затем введите PIN2. Заявление будет отправлено, как только будет подписано." }
    SignBackToApplication { az: "Müraciətə qayıt", en: "Back to the application", ru: "Вернуться к заявлению" }
    SignLetterTitle { az: "Məktubu imzalayın", en: "Sign the letter", ru: "Подпишите письмо" }
    SignLetterLead { az: "Dövlət orqanına göndərilən məktub göndərənin gücləndirilmiş elektron imzası ilə təsdiqlənir (Qaydaların 12.2-ci bəndi).", en: "A letter sent to a state body is confirmed by the sender's enhanced electronic signature (rule 12.2).", ru: "Письмо в государственный орган подтверждается усиленной электронной подписью отправителя (пункт 12.2 Правил)." }
    SignBackToLetter { az: "Məktuba qayıt", en: "Back to the letter", ru: "Вернуться к письму" }
    SendLetterUnsignedNote { az: "Məktubu imzasız da göndərə bilərsiniz: qurum onun imzasız olduğunu görəcək.", en: "You may also send the letter unsigned: the state body will see that it is not signed.", ru: "Письмо можно отправить и без подписи: орган увидит, что оно не подписано." }
    SignComplaintTitle { az: "Şikayəti imzalayın", en: "Sign the complaint", ru: "Подпишите жалобу" }
    SignComplaintLead { az: "Dövlət orqanına göndərilən şikayət göndərənin gücləndirilmiş elektron imzası ilə təsdiqlənir (Qaydaların 12.2-ci bəndi).", en: "A complaint sent to a state body is confirmed by the sender's enhanced electronic signature (rule 12.2).", ru: "Жалоба в государственный орган подтверждается усиленной электронной подписью отправителя (пункт 12.2 Правил)." }
    SignBackToComplaint { az: "Şikayətə qayıt", en: "Back to the complaint", ru: "Вернуться к жалобе" }
    SendComplaintUnsignedNote { az: "Şikayəti imzasız da göndərə bilərsiniz: qurum onun imzasız olduğunu görəcək.", en: "You may also send the complaint unsigned: the state body will see that it is not signed.", ru: "Жалобу можно отправить и без подписи: орган увидит, что она не подписана." }
    LetterReview { az: "Göndəriləcək məktub", en: "The letter to be sent", ru: "Письмо к отправке" }
    LetterUnsigned { az: "Göndərən imzalamayıb", en: "Not signed by the sender", ru: "Отправитель не подписал" }
    SignatureRuleLabel { az: "Müraciətin imzalanması", en: "Signing the application", ru: "Подписание заявления" }
    SignatureRequiredRule { az: "Müraciət gücləndirilmiş elektron imza ilə imzalanır (Qaydaların 12.2-ci bəndi)", en: "The application is signed with an enhanced electronic signature (rule 12.2)", ru: "Заявление подписывается усиленной электронной подписью (пункт 12.2 Правил)" }
    UnsignedAcceptedRule { az: "İmzasız müraciət də qəbul edilir", en: "Unsigned applications are accepted too", ru: "Принимаются и неподписанные заявления" }
    SignaturesTitle { az: "Göndərişlər və imzalar", en: "Sendings and signatures", ru: "Отправки и подписи" }
    SendingAt { az: "Göndəriş {n} · {at}", en: "Sending {n} · {at}", ru: "Отправка {n} · {at}" }
    SignatureValid { az: "İmza etibarlıdır — FİN {fin} ({name}), vaxt {at}", en: "The signature is valid — FIN {fin} ({name}), at {at}", ru: "Подпись действительна — ФИН {fin} ({name}), время {at}" }
    MyLetters { az: "Yazışmalarım", en: "My correspondence", ru: "Моя переписка" }
    SeeMyLetters { az: "Dövlət qurumlarına yazdığım məktublar", en: "My letters to state bodies", ru: "Мои письма в государственные органы" }
    WriteLetter { az: "Dövlət qurumuna məktub yaz", en: "Write to a state body", ru: "Написать в государственный орган" }
    LettersIntro { az: "Portala qoşulmuş istənilən dövlət qurumuna rəsmi məktub göndərə bilərsiniz. Məktub dərhal nömrə alır, qəbzi e-poçtunuza gəlir; onun oxunduğunu və cavabı burada görəcəksiniz.", en: "You can send an official letter to any state body connected to the portal. It gets a number at once and its receipt comes to your e-mail; here you will see when it is read and the answer.", ru: "Вы можете отправить официальное письмо в любой государственный орган, подключённый к порталу. Письмо сразу получает номер, квитанция приходит на вашу почту; здесь вы увидите, когда его прочли, и ответ." }
    NoLetters { az: "Hələ məktub yazmamısınız.", en: "You have not written any letters yet.", ru: "Вы ещё не писали писем." }
    LetterNumberLabel { az: "Məktubun nömrəsi", en: "Letter number", ru: "Номер письма" }
    LetterSubject { az: "Mövzu", en: "Subject", ru: "Тема" }
    LetterText { az: "Məktubun mətni", en: "Your letter", ru: "Текст письма" }
    LetterTextHint { az: "4000 simvola qədər. Uzun mətni sənəd kimi əlavə edin.", en: "Up to 4000 characters. Attach a longer text as a document.", ru: "До 4000 символов. Длинный текст приложите документом." }
    LetterAgency { az: "Hansı quruma yazırsınız?", en: "Which state body are you writing to?", ru: "В какой орган вы пишете?" }
    LetterFiles { az: "Əlavə sənədlər (20 səhifəyə qədər)", en: "Attached documents (up to 20 pages)", ru: "Приложенные документы (до 20 страниц)" }
    LetterSentBanner { az: "Məktub göndərildi. Qəbzi e-poçtunuza göndərdik.", en: "The letter is sent. We e-mailed you its receipt.", ru: "Письмо отправлено. Квитанция отправлена на вашу почту." }
    LetterAgencyHolding { az: "Məktub hazırda", en: "The letter is now with", ru: "Письмо сейчас в" }
    LetterSentAt { az: "Göndərilib", en: "Sent", ru: "Отправлено" }
    LetterDue { az: "Cavab gözlənilən tarix", en: "Answer expected by", ru: "Ответ ожидается до" }
    LetterDueNote { az: "Müddət portalın ayarıdır (iş günləri ilə), qanundan sitat deyil.", en: "The term is this portal's setting (in working days), not a term quoted from the law.", ru: "Срок — настройка портала (в рабочих днях), а не цитата из закона." }
    LetterReadAt { az: "Qurum oxuyub", en: "Read by the agency", ru: "Прочитано ведомством" }
    LetterNotRead { az: "Hələ oxunmayıb", en: "Not read yet", ru: "Ещё не прочитано" }
    LetterThread { az: "Yazışma", en: "Correspondence", ru: "Переписка" }
    LetterYou { az: "Siz", en: "You", ru: "Вы" }
    LetterForwardedTo { az: "Məktub aidiyyəti üzrə {agency} qurumuna göndərildi", en: "The letter was forwarded to {agency}", ru: "Письмо перенаправлено по принадлежности в {agency}" }
    LetterMoreAskedLabel { az: "Əlavə məlumat istənilir", en: "More information is asked for", ru: "Запрошены дополнительные сведения" }
    LetterAnswerLabel { az: "Cavab", en: "Answer", ru: "Ответ" }
    LetterReply { az: "Cavab yazın", en: "Write a reply", ru: "Написать ответ" }
    LetterReplied { az: "Göndərildi.", en: "Sent.", ru: "Отправлено." }
    LetterSignedBy { az: "{check} — {name}, {at}", en: "{check} — {name}, {at}", ru: "{check} — {name}, {at}" }
    LetterPinHint { az: "Cavab sizin gücləndirilmiş elektron imzanızla imzalanır.", en: "The answer is signed with your enhanced electronic signature.", ru: "Ответ подписывается вашей усиленной электронной подписью." }
    OfficeLettersTitle { az: "Yazışmalar", en: "Correspondence", ru: "Переписка" }
    OfficeLettersNone { az: "Quruma yazılmış məktub yoxdur.", en: "No letters to the agency.", ru: "Писем в ведомство нет." }
    LetterSender { az: "Göndərən", en: "Sender", ru: "Отправитель" }
    LetterStepLegend { az: "Nə edirsiniz?", en: "What do you do?", ru: "Что вы делаете?" }
    LetterStepAnswer { az: "Cavab ver", en: "Answer", ru: "Ответить" }
    LetterStepAskMore { az: "Əlavə məlumat istə", en: "Ask for more information", ru: "Запросить сведения" }
    LetterStepForward { az: "Aidiyyəti üzrə başqa quruma göndər", en: "Forward to the agency it concerns", ru: "Перенаправить по принадлежности" }
    LetterStepText { az: "Göndərənə mətn", en: "Text to the sender", ru: "Текст отправителю" }
    LetterForwardAgency { az: "Hansı quruma?", en: "To which agency?", ru: "В какое ведомство?" }
    LetterStepSend { az: "Göndər", en: "Send", ru: "Отправить" }
    LetterStepDone { az: "Göndərildi; göndərənə e-poçtla bildirildi.", en: "Sent; the sender is told by e-mail.", ru: "Отправлено; отправителю сообщено по почте." }
    LetterStatusSent { az: "Göndərilib, qurumun cavabını gözləyir", en: "Sent, waiting for the agency", ru: "Отправлено, ожидает ответа ведомства" }
    LetterStatusAnswered { az: "Cavab verilib", en: "Answered", ru: "Дан ответ" }
    LetterStatusMoreAsked { az: "Qurum əlavə məlumat istəyir", en: "The agency asks for more information", ru: "Ведомство запрашивает дополнительные сведения" }
    SignatureHolds { az: "İmza etibarlıdır", en: "The signature is valid", ru: "Подпись действительна" }
    SignatureUnsigned { az: "İmzasız göndərilib: xidmətin reqlamenti buna icazə verir", en: "Sent unsigned: the service's regulation allows it", ru: "Отправлено без подписи: регламент услуги это допускает" }
    SignatureWrongDigest { az: "İmza etibarlı deyil: məzmun imzalanandan fərqlidir", en: "The signature is not valid: the content differs from what was signed", ru: "Подпись недействительна: содержимое отличается от подписанного" }
    SignatureUnknownAuthority { az: "İmza etibarlı deyil: sertifikatı portalın etibar etdiyi mərkəz verməyib", en: "The signature is not valid: no authority the portal trusts issued the certificate", ru: "Подпись недействительна: сертификат выдан не доверенным порталом центром" }
    SignatureRevoked { az: "İmza etibarlı deyil: imzalanan vaxt sertifikat onu verən mərkəz tərəfindən ləğv edilmişdi", en: "The signature is not valid: the certificate had been revoked by its authority when it was signed", ru: "Подпись недействительна: на момент подписания сертификат был отозван выдавшим его центром" }
    SignatureOutsideValidity { az: "İmza etibarlı deyil: imzalanan vaxt sertifikat qüvvədə deyildi", en: "The signature is not valid: the certificate was not in force when it was signed", ru: "Подпись недействительна: в момент подписи сертификат не действовал" }
    SignatureMalformed { az: "İmza etibarlı deyil: sertifikat oxunmur", en: "The signature is not valid: the certificate cannot be read", ru: "Подпись недействительна: сертификат не читается" }
    SignatureBundle { az: "İmzalanmış paketi yüklə", en: "Download the signed bundle", ru: "Скачать подписанный пакет" }
    ErrSignatureRequired { az: "Bu xidmətə müraciət gücləndirilmiş elektron imza ilə göndərilir: imzalayıb göndərin", en: "This service takes applications signed with an enhanced electronic signature: sign and send", ru: "Эта услуга принимает заявления, подписанные усиленной электронной подписью: подпишите и отправьте" }
    ErrSignedContentChanged { az: "Müraciət imzalandıqdan sonra dəyişib: onu indiki halı ilə yenidən imzalayın", en: "The application changed after it was signed: sign it again as it is now", ru: "Заявление изменилось после подписания: подпишите его заново в нынешнем виде" }
    ErrSignatureNotGiven { az: "İmza verilməyib: telefonda PIN2 ilə təsdiqləyin və ya yenidən imzalayın", en: "The signature was not given: confirm with PIN2 on the phone, or sign again", ru: "Подпись не получена: подтвердите PIN2 на телефоне или подпишите заново" }
    ErrSignerNotApplicant { az: "İmzanın sertifikatı müraciət edənin FİN kodunu göstərmir: öz Asan İmzanız və ya elektron imza kartınızla imzalayın", en: "The signature's certificate does not name the applicant's FIN: sign with your own Asan İmza or e-signature card", ru: "Сертификат подписи не указывает ФИН заявителя: подпишите своей Asan İmza или картой электронной подписи" }
    ErrCertificateRevoked { az: "İmzanızın sertifikatı onu verən mərkəz tərəfindən ləğv edilib: müraciət göndərilmədi. Yeni sertifikat üçün mərkəzə müraciət edin və ya başqa imza ilə imzalayın", en: "Your signature's certificate has been revoked by its authority: the application was not sent. Ask the centre for a new certificate or sign with another signature", ru: "Сертификат вашей подписи отозван выдавшим его центром: заявление не отправлено. Обратитесь в центр за новым сертификатом или подпишите другой подписью" }
    ErrSigningPinWrong { az: "E-imzanın PIN kodu səhvdir", en: "The e-signature PIN is wrong", ru: "Неверный PIN-код электронной подписи" }
    ErrSigningPinLocked { az: "E-imzanın PIN kodu çox sayda səhv cəhddən sonra bloklanıb: imza mərkəzinə müraciət edin", en: "The e-signature PIN is locked after too many wrong attempts: contact the signature centre", ru: "PIN-код электронной подписи заблокирован после слишком многих неверных попыток: обратитесь в центр подписи" }
    ErrNoSigningCredential { az: "Sizin elektron imzanız portala qoşulmayıb: inzibatçıya müraciət edin", en: "Your electronic signature is not connected to the portal: ask your administrator", ru: "Ваша электронная подпись не подключена к порталу: обратитесь к администратору" }
    DecisionPin { az: "E-imzanın PIN kodu", en: "E-signature PIN", ru: "PIN-код электронной подписи" }
    DecisionPinHint { az: "Qərar sizin gücləndirilmiş elektron imzanızla imzalanır.", en: "The decision is signed with your enhanced electronic signature.", ru: "Решение подписывается вашей усиленной электронной подписью." }
    ResultSignedBy { az: "İmzalayıb", en: "Signed by", ru: "Подписал" }
    ResultUnsigned { az: "Qərar elektron imza ilə imzalanmayıb", en: "The decision is not signed with an electronic signature", ru: "Решение не подписано электронной подписью" }
    ErrLoginRefused { az: "Giriş telefonda rədd edildi. Yenidən cəhd etmək istəyirsinizsə, «Daxil ol» düyməsini basın.", en: "The login was refused on the phone. To try again, press “Log in”.", ru: "Вход отклонён на телефоне. Чтобы попробовать снова, нажмите «Войти»." }
    ErrLoginExpired { az: "Təsdiq üçün vaxt bitdi. Yenidən cəhd etmək üçün «Daxil ol» düyməsini basın.", en: "The time to confirm ran out. To try again, press “Log in”.", ru: "Время на подтверждение истекло. Чтобы попробовать снова, нажмите «Войти»." }
    ErrMeansNotConnected { az: "Bu giriş üsulu hələ qoşulmayıb: başqa üsul seçin", en: "This way to log in is not connected yet: choose another", ru: "Этот способ входа ещё не подключён: выберите другой" }
    ErrInvalidPaymentNumber { az: "Ödəniş nömrəsi 14 rəqəmdən ibarətdir: cərimə qəbzinə baxın", en: "A payment number has 14 digits: check the fine's notice", ru: "Номер платежа состоит из 14 цифр: сверьтесь с квитанцией штрафа" }
    ErrInvalidSecurityCode { az: "Təhlükəsizlik kodu 6 rəqəmdən ibarətdir", en: "A security code has 6 digits", ru: "Код безопасности состоит из 6 цифр" }
    ErrFineNotFound { az: "Bu ödəniş nömrəsi və təhlükəsizlik kodu ilə cərimə tapılmadı: hər ikisini qəbzdəki kimi yazın", en: "No fine was found with this payment number and security code: type both as on the notice", ru: "Штраф с таким номером платежа и кодом безопасности не найден: введите оба как в квитанции" }
    ErrPaymentInProgress { az: "Bu cərimə üçün ödəniş artıq gedir: bir neçə dəqiqədən sonra yoxlayın", en: "A payment for this fine is already under way: check again in a few minutes", ru: "Оплата этого штрафа уже выполняется: проверьте через несколько минут" }
    ErrInvalidCardNumber { az: "Kart nömrəsini kartdakı kimi yazın: 16 rəqəm", en: "Enter the card number as on the card: 16 digits", ru: "Введите номер карты как на карте: 16 цифр" }
    ErrInvalidCardExpiry { az: "Bitmə tarixini AA/İİ şəklində yazın, məsələn 07/29", en: "Enter the expiry date as MM/YY, like 07/29", ru: "Введите срок действия в виде ММ/ГГ, например 07/29" }
    ErrInvalidCvv { az: "CVV kartın arxasındakı 3 rəqəmdir", en: "The CVV is the 3 digits on the back of the card", ru: "CVV — 3 цифры на обороте карты" }
    ErrFineAlreadyPaid { az: "Bu cərimə artıq ödənilib", en: "This fine is already paid", ru: "Этот штраф уже оплачен" }
    ErrFeeNotPaid { az: "Müraciəti göndərmək üçün əvvəlcə rüsumu ödəyin", en: "Pay the fee first to send the application", ru: "Чтобы отправить заявление, сначала оплатите пошлину" }
    ErrThreeDsWrong { az: "Təsdiq kodu səhvdir", en: "The confirmation code is wrong", ru: "Неверный код подтверждения" }
    ErrMalformedQuery { az: "Ünvandakı parametrləri oxumaq mümkün olmadı: keçidi yoxlayın", en: "The address's parameters could not be read: check the link", ru: "Не удалось прочитать параметры адреса: проверьте ссылку" }
    ErrMalformedBody { az: "Sorğunu oxumaq mümkün olmadı: JSON formatını yoxlayın", en: "The request could not be read: check its JSON", ru: "Не удалось прочитать запрос: проверьте JSON" }
    ErrUnauthorized { az: "Bu əməliyyat üçün səlahiyyətiniz yoxdur", en: "You are not allowed to do this", ru: "У вас нет прав на это действие" }
    ErrLoginFailed { az: "E-poçt ünvanı və ya şifrə səhvdir", en: "The e-mail address or the password is wrong", ru: "Неверный адрес электронной почты или пароль" }
    ErrTooManyAttempts { az: "Çox sayda uğursuz cəhd oldu: ən çoxu 15 dəqiqədən sonra yenidən cəhd edin", en: "Too many failed attempts: try again in at most 15 minutes", ru: "Слишком много неудачных попыток: повторите не позже чем через 15 минут" }
    ErrHiddenCharacters { az: "Burada görünməyən və ya idarəedici simvollar var (məsələn, mətnin istiqamətini dəyişən işarələr): onları silin və ya mətni yenidən yazın", en: "This holds invisible or control characters (such as marks that reverse the text's direction): delete them or type the text again", ru: "Здесь есть невидимые или управляющие символы (например, знаки, меняющие направление текста): удалите их или введите текст заново" }
    ErrRegulationInDiscussion { az: "Layihə ictimai müzakirədədir və dəyişdirilə bilməz", en: "The draft is in public discussion and cannot be changed", ru: "Проект находится на общественном обсуждении и не может быть изменён" }
    ErrNotInDiscussion { az: "Reqlamentin ictimai müzakirədə olan layihəsi yoxdur", en: "There is no draft of the regulation in public discussion", ru: "Нет проекта регламента на общественном обсуждении" }
    ErrAgreementPending { az: "İştirak edən qurumların hamısı layihə ilə razılaşmayıb", en: "Not every participating agency has agreed to the draft", ru: "Не все участвующие ведомства согласовали проект" }
    ErrCommentsUnanswered { az: "Təsdiqdən əvvəl müzakirədəki hər rəyə cavab verin", en: "Answer every comment of the discussion before approving", ru: "Перед утверждением ответьте на каждый комментарий обсуждения" }
    ErrDiscussionClosed { az: "İctimai müzakirə başa çatıb: rəy qəbul edilmir", en: "The public discussion has ended: comments are closed", ru: "Общественное обсуждение завершено: комментарии не принимаются" }
    ErrLimitReached { az: "Bir saat üçün həddə çatdınız: ən çoxu bir saatdan sonra yenidən cəhd edin; yazdıqlarınız itməyib", en: "You have reached the limit for one hour: try again within the hour; nothing you typed is lost", ru: "Вы достигли предела на один час: повторите не позже чем через час; введённое вами сохранено" }
    ErrBusy { az: "Portal hazırda çox məşğuldur: bir neçə saniyədən sonra yenidən cəhd edin; yazdıqlarınız itməyib", en: "The portal is very busy right now: try again in a few seconds; nothing you typed is lost", ru: "Портал сейчас очень загружен: повторите через несколько секунд; введённое вами сохранено" }
    ErrCsrfMissing { az: "Səhifəni yeniləyin və yenidən cəhd edin", en: "Reload the page and try again", ru: "Обновите страницу и повторите попытку" }
    ErrNotFound { az: "Axtardığınız tapılmadı", en: "What you asked for was not found", ru: "Запрошенное не найдено" }
    ErrMethodNotAllowed { az: "Bu ünvan belə sorğu qəbul etmir", en: "This address does not accept this kind of request", ru: "Этот адрес не принимает такой запрос" }
    ErrPayloadTooLarge { az: "Sorğu çox böyükdür", en: "The request is too large", ru: "Запрос слишком большой" }
    ErrUnavailable { az: "Yoxlama indi mümkün deyil: bir neçə dəqiqədən sonra yenidən cəhd edin; yazdıqlarınız itməyib", en: "This cannot be checked right now: try again in a few minutes; nothing you typed is lost", ru: "Сейчас проверить это невозможно: повторите через несколько минут; введённое вами сохранено" }
    ErrInternal { az: "Serverdə xəta baş verdi; bir az sonra yenidən cəhd edin", en: "Something went wrong on our side; try again in a moment", ru: "На сервере произошла ошибка; повторите попытку позже" }

    ErrForbidden { az: "Bu səhifə agentliyin əməkdaşları üçündür: əməkdaş hesabı ilə daxil olun", en: "This page is for the agency's officers: log in with an officer account", ru: "Эта страница для сотрудников ведомства: войдите с учётной записью сотрудника" }
    ErrNotForYourRole { az: "Vəzifəniz bu işə icazə vermir", en: "Your role does not allow this", ru: "Ваша роль не позволяет это сделать" }
    ErrSecondFactorWrong { az: "Kod düz deyil və ya artıq istifadə olunub: tətbiqdəki yeni kodu yazın", en: "The code is wrong or already used: type the new code from the app", ru: "Код неверен или уже использован: введите новый код из приложения" }
    ErrInvalidRole { az: "Vəzifəni siyahıdan seçin", en: "Choose a role from the list", ru: "Выберите роль из списка" }
    ErrNotAnOfficerHere { az: "Bu əməkdaş sizin qurumda işləmir və ya fəal deyil", en: "This officer does not work at your agency or is not active", ru: "Этот сотрудник не работает в вашем ведомстве или не активен" }

    ErrVerifyCodeInvalid { az: "Kodu sənəddəki kimi yazın: 12 hərf və rəqəm, məsələn ABCD-EFGH-JKMN", en: "Type the code as printed: 12 letters and digits, such as ABCD-EFGH-JKMN", ru: "Введите код как в документе: 12 букв и цифр, например ABCD-EFGH-JKMN" }
    ErrNotYourSubscriber { az: "Bu abonent kodu sizin adınıza qeydə alınmayıb: siyahıdakı kodlardan birini seçin", en: "This subscriber code is not registered to you: choose one of the codes in the list", ru: "Этот код абонента не зарегистрирован на вас: выберите код из списка" }
    ErrPhoneNotConfirmed { az: "Mobil nömrənizi SMS ilə gələn kodla təsdiqləyin", en: "Confirm your mobile number with the code sent by SMS", ru: "Подтвердите мобильный номер кодом из SMS" }
    ErrFinNeeded { az: "Bu xidmət FİN kodu ilə tanınan şəxslər üçündür: Asan İmza, elektron imza və ya E-Gov ilə daxil olun", en: "This service is for people known by their FIN: log in with Asan İmza, the e-signature or E-Gov", ru: "Эта услуга для лиц, известных по ФИН: войдите через Asan İmza, электронную подпись или E-Gov" }
    CertificateNoDebt { az: "Borcun olmaması barədə arayış", en: "Certificate of no debt", ru: "Справка об отсутствии задолженности" }
    CertificateDebt { az: "Borcun olması barədə arayış", en: "Certificate of debt", ru: "Справка о наличии задолженности" }
    SubscriberUnknownToBilling { az: "Abonent kodu hesablaşma sistemində tapılmadı", en: "The subscriber code was not found in billing", ru: "Код абонента не найден в системе расчётов" }
    SubscriberCodeLabel { az: "Abonent kodu", en: "Subscriber code", ru: "Код абонента" }
    DebtAsOf { az: "Borc", en: "Debt", ru: "Задолженность" }
    DebtTitle { az: "Borcun araşdırılması və borcun olmaması (və ya olması) barədə sənədin verilməsi", en: "Debt check and a certificate of debt or no debt", ru: "Проверка задолженности и выдача справки об отсутствии (или наличии) задолженности" }
    DebtLogInFirst { az: "Bu xidmət üçün elektron imza, Asan İmza və ya portalın istifadəçi adı və şifrəsi ilə daxil olun: əsas məlumatlarınız avtomatik doldurulacaq.", en: "Log in with the e-signature, Asan İmza or the portal's user name and password: your basic data will be filled in for you.", ru: "Войдите с электронной подписью, Asan İmza или логином и паролем портала: основные данные заполнятся автоматически." }
    DebtApplicationData { az: "Müraciət məlumatları", en: "Application details", ru: "Данные заявления" }
    DebtContactData { az: "Əlaqə məlumatları", en: "Contact details", ru: "Контактные данные" }
    DebtNoSubscribers { az: "Sizin FİN kodunuza bağlı abonent kodu yoxdur. Abonent olduğunuz halda, Azərişıq-ın xidmət mərkəzinə müraciət edin.", en: "No subscriber code is registered to your FIN. If you are a subscriber, contact an Azərişıq service centre.", ru: "К вашему ФИН не привязан ни один код абонента. Если вы абонент, обратитесь в сервисный центр Azərişıq." }
    DebtSend { az: "Müraciəti göndər", en: "Send the application", ru: "Отправить заявление" }
    DebtChecking { az: "Borc hesablaşma sistemində yoxlanılır: nəticə bir neçə saniyəyə hazır olacaq. Hazır olanda SMS və e-poçtla xəbər veriləcək.", en: "The debt is being checked in billing: the result will be ready in a few seconds. You will be told by SMS and e-mail.", ru: "Задолженность проверяется в системе расчётов: результат будет готов через несколько секунд. Вам сообщат по SMS и электронной почте." }
    DebtSeeResult { az: "Müraciətə və nəticəyə bax", en: "See the application and its result", ru: "Посмотреть заявление и результат" }
    ErrComplaintOpen { az: "Bu qərardan şikayətiniz artıq baxılır: cavabı gözləyin", en: "Your complaint about this decision is being considered: wait for the answer", ru: "Ваша жалоба на это решение уже рассматривается: дождитесь ответа" }
    ComplaintFilesLabel { az: "Şikayətə əlavə ediləcək sənədlər", en: "Documents to attach to the complaint", ru: "Документы к жалобе" }
    ComplaintFilesAttached { az: "Əlavə edilmiş sənədlər", en: "Attached documents", ru: "Приложенные документы" }
    RegistryPrefilled { az: "Aşağıdakı sahələrdə xidmətin reyestrdəki hazırkı məlumatları var: dəyişən sahəni seçin və yalnız onu düzəldin.", en: "The fields below hold the service's record as it stands: choose what changes and edit only that.", ru: "В полях ниже — текущие сведения об услуге из реестра: выберите, что меняется, и исправьте только это." }
    RegistryPrefillFailed { az: "Xidmətin hazırkı məlumatlarını yükləmək olmadı: sahələri özünüz doldurun və ya xidməti yenidən seçin.", en: "The service's current record could not be loaded: fill in the fields yourself or choose the service again.", ru: "Не удалось загрузить текущие сведения об услуге: заполните поля сами или выберите услугу снова." }
    RegistryValueNow { az: "Hazırkı", en: "Now", ru: "Сейчас" }
    RegistryValueNew { az: "Yeni", en: "New", ru: "Новое" }
    ComplaintsTitle { az: "Şikayətlər", en: "Complaints", ru: "Жалобы" }
    ComplaintFile { az: "Qərardan şikayət et", en: "Complain about the decision", ru: "Обжаловать решение" }
    ComplaintText { az: "Şikayətin mətni", en: "Your complaint", ru: "Текст жалобы" }
    ComplaintTextHint { az: "Qərarla niyə razı olmadığınızı yazın.", en: "Say why you disagree with the decision.", ru: "Напишите, почему вы не согласны с решением." }
    ComplaintFiled { az: "Şikayət {date} tarixində verilib; cavab {due} tarixinədək veriləcək.", en: "Complaint filed on {date}; the answer is due by {due}.", ru: "Жалоба подана {date}; ответ будет дан до {due}." }
    ComplaintAnswer { az: "Agentliyin cavabı", en: "The agency's answer", ru: "Ответ ведомства" }
    ComplaintAnswerSend { az: "Cavabı göndər", en: "Send the answer", ru: "Отправить ответ" }
    ComplaintsNone { az: "Cavab gözləyən şikayət yoxdur.", en: "No complaint is waiting for an answer.", ru: "Нет жалоб, ожидающих ответа." }
    RoleOfficer { az: "Əməkdaş", en: "Officer", ru: "Сотрудник" }
    RoleSupervisor { az: "Rəhbər", en: "Supervisor", ru: "Руководитель" }
    RoleRegistryOperator { az: "Reyestr operatoru", en: "Registry operator", ru: "Оператор реестра" }
    RegistryApplicationsTitle { az: "Reyestr müraciətləri", en: "Registry applications", ru: "Заявки в реестр" }
    RegistryApplicationsLead { az: "Qurumunuzun elektron xidmətini reyestrdə qeydə aldırmaq, məlumatlarına düzəliş etdirmək və ya qeydiyyatını ləğv etdirmək üçün reyestr operatoruna müraciət edin (Qaydaların 10-cu bəndi).", en: "Apply to the registry operator to register one of your agency's e-services, amend its record or cancel its registration (rule 10).", ru: "Обратитесь к оператору реестра, чтобы зарегистрировать электронную услугу вашего ведомства, изменить сведения о ней или отменить её регистрацию (пункт 10 Правил)." }
    RegistryNew { az: "Yeni müraciət", en: "New application", ru: "Новая заявка" }
    RegistryNone { az: "Qurumunuzun hələ reyestr müraciəti yoxdur.", en: "Your agency has no registry applications yet.", ru: "У вашего ведомства пока нет заявок в реестр." }
    RegistryFormTitle { az: "Reyestrə müraciət", en: "Application to the registry", ru: "Заявка в реестр" }
    RegistryFormLead { az: "Bu, Qaydaların 2 nömrəli əlavəsindəki müraciət ərizəsidir. Reyestr operatoru qeydiyyata 3 iş günü, düzəlişə və ləğvə 1 iş günü ərzində baxır.", en: "This is the application form of appendix 2 to the rules. The registry operator acts on a registration within 3 working days, on an amendment or cancellation within 1.", ru: "Это форма заявки из приложения 2 к Правилам. Оператор реестра рассматривает регистрацию в течение 3 рабочих дней, изменение и отмену — в течение 1 рабочего дня." }
    RegistryAgencyLabel { az: "Elektron xidmət göstərən dövlət qurumu", en: "State body providing the e-service", ru: "Государственный орган, оказывающий электронную услугу" }
    RegistryActionLegend { az: "Nə xahiş edirsiniz?", en: "What are you asking for?", ru: "О чём вы просите?" }
    RegistryKindRegister { az: "Xidməti reyestrdə qeydə almaq", en: "Register the service", ru: "Зарегистрировать услугу" }
    RegistryKindAmend { az: "Xidmətin məlumatlarına düzəliş etmək", en: "Amend the service's record", ru: "Изменить сведения об услуге" }
    RegistryKindCancel { az: "Xidmətin qeydiyyatını ləğv etmək", en: "Cancel the service's registration", ru: "Отменить регистрацию услуги" }
    RegistryServiceLabel { az: "Hansı xidmət?", en: "Which service?", ru: "Какая услуга?" }
    RegistryChangesLegend { az: "Nə dəyişir?", en: "What changes?", ru: "Что меняется?" }
    RegistryChangesHint { az: "Yalnız seçdiyiniz sahələr dəyişəcək; qalanları reyestrdə olduğu kimi qalır.", en: "Only the fields you choose change; the others stay as the registry has them.", ru: "Изменятся только выбранные поля; остальные останутся такими, как в реестре." }
    RegistryTitleLabel { az: "Elektron xidmətin rəsmi adı", en: "Official name of the e-service", ru: "Официальное название электронной услуги" }
    RegistryTitleAz { az: "Azərbaycan dilində", en: "In Azerbaijani", ru: "На азербайджанском языке" }
    RegistryTitleEn { az: "İngilis dilində", en: "In English", ru: "На английском языке" }
    RegistryTitleRu { az: "Rus dilində", en: "In Russian", ru: "На русском языке" }
    RegistryParticipantsLabel { az: "Elektron xidmətin digər icraçıları", en: "Other participants in the e-service", ru: "Другие исполнители электронной услуги" }
    RegistryParticipantsHint { az: "Xidmətin göstərilməsində iştirak edən digər dövlət orqanları və qurumları, hər biri ayrı sətirdə. Yoxdursa, boş saxlayın.", en: "The other state bodies and organisations that take part in providing the service, one a line. Leave it empty if there are none.", ru: "Другие государственные органы и учреждения, участвующие в оказании услуги, каждый с новой строки. Если их нет, оставьте поле пустым." }
    RegistryContentLabel { az: "Elektron xidmətin məzmunu", en: "What the e-service does", ru: "Содержание электронной услуги" }
    RegistryContentHint { az: "Xidmət və onun tətbiq sahəsi haqqında qısa məlumat", en: "A short account of the service and where it applies", ru: "Краткие сведения об услуге и сфере её применения" }
    RegistryLegalBasisLabel { az: "Elektron xidmətin göstərilməsinin hüquqi əsası", en: "Legal basis for providing the e-service", ru: "Правовое основание оказания электронной услуги" }
    RegistryLegalBasisHint { az: "Xidmətin göstərilməsini tənzimləyən normativ hüquqi aktlar, konkret bəndləri göstərilməklə", en: "The normative legal acts that govern the service, with their articles", ru: "Нормативные правовые акты, регулирующие оказание услуги, с указанием конкретных пунктов" }
    RegistryPaymentLabel { az: "Elektron xidmət üzrə ödəniş", en: "Payment for the e-service", ru: "Оплата электронной услуги" }
    RegistryUsersLabel { az: "Elektron xidmətin istifadəçiləri", en: "Users of the e-service", ru: "Пользователи электронной услуги" }
    RegistryWhereLabel { az: "Elektron xidmətin təqdim olunma yeri", en: "Where the e-service is provided", ru: "Место предоставления электронной услуги" }
    RegistryWhereHint { az: "Xidmətin göstərildiyi internet səhifəsinin ünvanı, məsələn https://www.mincom.gov.az/xidmetler", en: "The address of the web page the service is provided on, for example https://www.mincom.gov.az/xidmetler", ru: "Адрес веб-страницы, на которой оказывается услуга, например https://www.mincom.gov.az/xidmetler" }
    RegistryReasonLabel { az: "Ləğvin səbəbi", en: "Why the registration is cancelled", ru: "Причина отмены регистрации" }
    RegistryConfirmLabel { az: "Təqdim olunan məlumatların həqiqiliyini təsdiq edirəm", en: "I confirm that the information given is true", ru: "Подтверждаю достоверность представленных сведений" }
    RegistryConfirmHint { az: "Müraciət sizin adınızla qeyd olunur: girişiniz imzanızı əvəz edir.", en: "The application is recorded in your name: your login stands for your signature.", ru: "Заявка записывается на ваше имя: ваш вход заменяет подпись." }
    RegistrySend { az: "Müraciəti göndər", en: "Send the application", ru: "Отправить заявку" }
    RegistrySentTitle { az: "Müraciət göndərildi", en: "Application sent", ru: "Заявка отправлена" }
    RegistrySentBody { az: "Reyestr operatoru müraciətə {date} tarixinədək baxacaq. Nəticə barədə sizə e-poçtla xəbər veriləcək; qeydə alınan xidmətə təkrarolunmaz reyestr nömrəsi verilir.", en: "The registry operator will act on it by {date}. You will be told the outcome by e-mail; a registered service gets its unique registry number.", ru: "Оператор реестра рассмотрит заявку до {date}. О результате вам сообщат по электронной почте; зарегистрированной услуге присваивается уникальный реестровый номер." }
    RegistryBackToList { az: "Reyestr müraciətlərinə qayıt", en: "Back to registry applications", ru: "Назад к заявкам в реестр" }
    RegistryApplicationTitle { az: "Reyestr müraciəti № {id}", en: "Registry application no. {id}", ru: "Заявка в реестр № {id}" }
    RegistryKindColumn { az: "Nə istənilir", en: "Asked for", ru: "Что запрошено" }
    RegistryFiledColumn { az: "Verilib", en: "Filed", ru: "Подана" }
    RegistryFiledBy { az: "Müraciət edən", en: "Filed by", ru: "Подал(а)" }
    RegistryDecidedBy { az: "Qərar verən", en: "Decided by", ru: "Решение принял(а)" }
    RegistryDecidedAt { az: "Qərarın vaxtı", en: "Decided at", ru: "Время решения" }
    RegistryRefusalLabel { az: "İmtinanın səbəbi", en: "Reason for refusal", ru: "Причина отказа" }
    RegistryDataTitle { az: "Ərizədəki məlumatlar", en: "What the application says", ru: "Сведения заявки" }
    RegistryNothing { az: "Yoxdur", en: "None", ru: "Нет" }
    RegistryStatusSubmitted { az: "Baxılmağı gözləyir", en: "Waiting", ru: "Ожидает рассмотрения" }
    RegistryStatusRegistered { az: "Qeydə alınıb", en: "Registered", ru: "Зарегистрирована" }
    RegistryStatusAmended { az: "Düzəliş edilib", en: "Amended", ru: "Изменения внесены" }
    RegistryStatusCancelled { az: "Qeydiyyatı ləğv edilib", en: "Registration cancelled", ru: "Регистрация отменена" }
    RegistryStatusRefused { az: "İmtina edilib", en: "Refused", ru: "Отказано" }
    RegistryQueueTitle { az: "Reyestr növbəsi", en: "Registry queue", ru: "Очередь реестра" }
    RegistryQueueEmpty { az: "Baxılmağı gözləyən müraciət yoxdur.", en: "No application is waiting.", ru: "Нет заявок, ожидающих рассмотрения." }
    RegistryBackToQueue { az: "Reyestr növbəsinə qayıt", en: "Back to the registry queue", ru: "Назад к очереди реестра" }
    RegistryApproveRegister { az: "Qeydə al və reyestr nömrəsi ver", en: "Register it and give it a registry number", ru: "Зарегистрировать и присвоить реестровый номер" }
    RegistryApproveAmend { az: "Düzəlişləri reyestrə daxil et", en: "Make the amendments in the registry", ru: "Внести изменения в реестр" }
    RegistryApproveCancel { az: "Qeydiyyatı ləğv et və xidməti reyestrdən çıxar", en: "Cancel the registration and take the service out of the registry", ru: "Отменить регистрацию и исключить услугу из реестра" }
    RegistryRefuse { az: "Müraciəti rədd et", en: "Refuse the application", ru: "Отклонить заявку" }
    RegistryRefusalHint { az: "Qurum bu mətni e-poçtla alacaq.", en: "The agency gets this text by e-mail.", ru: "Ведомство получит этот текст по электронной почте." }
    RegistryDecided { az: "Qərar qeydə alındı; müraciət edən rəhbərə e-poçtla xəbər getdi.", en: "The decision is recorded; the supervisor who applied has been told by e-mail.", ru: "Решение записано; руководителю, подавшему заявку, отправлено письмо." }
    RegistryRecordTitle { az: "Reyestr qeydinin tarixçəsi", en: "The record's history", ru: "История записи в реестре" }
    RegistryByToken { az: "Operatorun API-si ilə", en: "Through the operator's API", ru: "Через API оператора" }
    RegistryFromSeed { az: "İlkin siyahıdan", en: "From the initial list", ru: "Из исходного перечня" }
    RegistryAuditFiled { az: "Reyestr müraciəti verib", en: "Filed a registry application", ru: "Подал заявку в реестр" }
    RegistryAuditViewed { az: "Reyestr müraciətinə baxıb", en: "Opened a registry application", ru: "Открыл заявку в реестр" }
    RegistryAuditApproved { az: "Reyestr müraciətini təsdiqləyib", en: "Approved a registry application", ru: "Одобрил заявку в реестр" }
    RegistryAuditRefused { az: "Reyestr müraciətini rədd edib", en: "Refused a registry application", ru: "Отклонил заявку в реестр" }
    AuditSavedForm { az: "Müraciət formasının layihəsini saxlayıb", en: "Saved a form's draft", ru: "Сохранил черновик формы" }
    AuditPublishedForm { az: "Müraciət formasını dərc edib", en: "Published a form", ru: "Опубликовал форму" }
    AuditSavedRegulation { az: "Reqlamentin layihəsini saxlayıb", en: "Saved a regulation's draft", ru: "Сохранил проект регламента" }
    AuditAgreedRegulation { az: "Reqlamentin layihəsi ilə razılaşıb", en: "Agreed to a draft regulation", ru: "Согласовал проект регламента" }
    AuditObjectedRegulation { az: "Reqlamentin layihəsinə etiraz edib", en: "Objected to a draft regulation", ru: "Возразил против проекта регламента" }
    AuditRegulationToDiscussion { az: "Reqlamentin layihəsini ictimai müzakirəyə çıxarıb", en: "Put a draft regulation to public discussion", ru: "Вынес проект регламента на общественное обсуждение" }
    AuditAnsweredComment { az: "Müzakirədəki rəyə cavab verib", en: "Answered a comment of a discussion", ru: "Ответил на комментарий обсуждения" }
    AuditApprovedRegulation { az: "Reqlamenti təsdiq edib", en: "Approved a regulation", ru: "Утвердил регламент" }
    ErrUnknownService { az: "Qurumunuzun bu nömrəli qeydə alınmış xidməti yoxdur: siyahıdan seçin", en: "Your agency has no registered service with this number: choose one from the list", ru: "У вашего ведомства нет зарегистрированной услуги с таким номером: выберите из списка" }
    ErrInvalidWebAddress { az: "Ünvanı https:// ilə başlayan tam veb ünvan kimi yazın, məsələn https://www.mincom.gov.az", en: "Write the full web address starting with https://, for example https://www.mincom.gov.az", ru: "Введите полный веб-адрес, начинающийся с https://, например https://www.mincom.gov.az" }
    ErrConfirmationNeeded { az: "Məlumatların həqiqiliyini təsdiq etmək üçün qutunu seçin", en: "Tick the box to confirm that the information is true", ru: "Отметьте поле, чтобы подтвердить достоверность сведений" }
    ErrAlreadyDecided { az: "Bu müraciət üzrə qərar artıq verilib: səhifəni yeniləyin", en: "This application has already been decided: reload the page", ru: "По этой заявке решение уже принято: обновите страницу" }
    ErrAddressWithdrawn { az: "Qəbul edən bu ünvanı siyahısından çıxarıb: qərar lazım deyil", en: "The host has taken this address off their list: there is nothing to decide", ru: "Принимающая сторона убрала этот адрес из своего списка: решение не требуется" }
    RoleAdministrator { az: "İnzibatçı", en: "Administrator", ru: "Администратор" }
    SecondFactorTitle { az: "Təsdiq kodu", en: "Verification code", ru: "Код подтверждения" }
    SecondFactorLead { az: "Autentifikator tətbiqinizdəki 6 rəqəmli kodu yazın.", en: "Type the 6-digit code from your authenticator app.", ru: "Введите 6-значный код из приложения-аутентификатора." }
    SecondFactorEnrolLead { az: "İlk girişdir: bu açarı autentifikator tətbiqinə (Google Authenticator, Microsoft Authenticator, FreeOTP) QR kodu skan edərək və ya əl ilə əlavə edin, sonra tətbiqin göstərdiyi kodu yazın. Açar yalnız indi göstərilir.", en: "This is your first login: add this key to an authenticator app (Google Authenticator, Microsoft Authenticator, FreeOTP) by scanning the QR code or typing it, then type the code the app shows. The key is shown only now.", ru: "Это первый вход: добавьте этот ключ в приложение-аутентификатор (Google Authenticator, Microsoft Authenticator, FreeOTP), отсканировав QR-код или введя его вручную, затем введите код из приложения. Ключ показывается только сейчас." }
    SecondFactorKey { az: "Açar", en: "Key", ru: "Ключ" }
    SecondFactorQrAlt { az: "Autentifikator tətbiqi üçün QR kod", en: "QR code for the authenticator app", ru: "QR-код для приложения-аутентификатора" }
    SecondFactorCode { az: "Kod", en: "Code", ru: "Код" }
    NavOffice { az: "İş masası", en: "Back office", ru: "Рабочий стол" }
    OfficeTitle { az: "Müraciətlər növbəsi", en: "Application queue", ru: "Очередь заявлений" }
    OfficeLead { az: "{agency}: {role}", en: "{agency}: {role}", ru: "{agency}: {role}" }
    OfficeFilters { az: "Süzgəclər", en: "Filters", ru: "Фильтры" }
    OfficeSearch { az: "Müraciət nömrəsi və ya ərizəçi", en: "Application number or applicant", ru: "Номер заявления или заявитель" }
    OfficeMine { az: "Yalnız mənə təhvil verilənlər", en: "Assigned to me only", ru: "Только назначенные мне" }
    OfficeOverdue { az: "Yalnız vaxtı keçənlər", en: "Overdue only", ru: "Только просроченные" }
    OfficeAnyStatus { az: "Cavab gözləyənlər", en: "Waiting for an answer", ru: "Ожидающие ответа" }
    OfficeApply { az: "Göstər", en: "Show", ru: "Показать" }
    OfficeEmpty { az: "Bu süzgəclərə uyğun müraciət yoxdur.", en: "No applications match these filters.", ru: "Нет заявлений по этим фильтрам." }
    OfficeNextPage { az: "Növbəti səhifə", en: "Next page", ru: "Следующая страница" }
    OfficeFirstPage { az: "Birinci səhifə", en: "First page", ru: "Первая страница" }
    ColumnApplicant { az: "Ərizəçi", en: "Applicant", ru: "Заявитель" }
    ColumnDue { az: "Cavab müddəti", en: "Due", ru: "Срок ответа" }
    ColumnAssigned { az: "İcraçı", en: "Assigned to", ru: "Исполнитель" }
    ColumnService { az: "Xidmət", en: "Service", ru: "Услуга" }
    Overdue { az: "Vaxtı keçib", en: "Overdue", ru: "Просрочено" }
    DueToday { az: "Bu gün", en: "Today", ru: "Сегодня" }
    Unassigned { az: "Təhvil verilməyib", en: "Not assigned", ru: "Не назначено" }
    OfficeOpen { az: "Aç", en: "Open", ru: "Открыть" }
    OfficeApplicationTitle { az: "Müraciət {number}", en: "Application {number}", ru: "Заявление {number}" }
    OfficeBack { az: "Növbəyə qayıt", en: "Back to the queue", ru: "Назад к очереди" }
    OfficeScans { az: "Skan edilmiş sənədlər", en: "Scanned documents", ru: "Сканированные документы" }
    OfficeHistory { az: "Tarixçə", en: "History", ru: "История" }
    OfficeAudit { az: "Kim baxıb və nə edib", en: "Who looked and what they did", ru: "Кто просматривал и что делал" }
    OfficeTake { az: "İşə götür", en: "Take", ru: "Взять в работу" }
    OfficeDecisionLegend { az: "Qərar", en: "Decision", ru: "Решение" }
    OfficeDecisionChoice { az: "Nə qərar verirsiniz?", en: "What is your decision?", ru: "Какое решение вы принимаете?" }
    HandOverTo { az: "Həmkara təhvil ver", en: "Hand to a colleague", ru: "Передать коллеге" }
    HandOver { az: "Təhvil ver", en: "Hand over", ru: "Передать" }
    OfficeGround { az: "İmtina əsası", en: "Ground for refusal", ru: "Основание отказа" }
    OfficeNote { az: "Ərizəçiyə qeyd", en: "Note to the applicant", ru: "Комментарий заявителю" }
    OfficeSendDecision { az: "Qərarı göndər", en: "Send the decision", ru: "Отправить решение" }
    OfficeDecided { az: "Qərar göndərildi; ərizəçiyə bildiriş getdi.", en: "The decision was sent; the applicant has been notified.", ru: "Решение отправлено; заявитель уведомлён." }
    OfficeHostsTitle { az: "Ünvanı təsdiq gözləyən qəbul edənlər", en: "Hosts waiting for address verification", ru: "Принимающие стороны, ожидающие подтверждения адреса" }
    RegisteredAtColumn { az: "Qeydiyyat vaxtı", en: "Registered", ru: "Зарегистрирован" }
    OfficeNoHosts { az: "Təsdiq gözləyən yoxdur.", en: "No one is waiting.", ru: "Никто не ожидает." }
    OfficersTitle { az: "Əməkdaşlar", en: "Officers", ru: "Сотрудники" }
    OfficerFinHint { az: "Əməkdaşın elektron imza sertifikatındakı FİN: qurumun qərarlarını onunla imzalayır", en: "The FIN on the officer's e-signature certificate: they sign the agency's decisions with it", ru: "ФИН в сертификате электронной подписи сотрудника: им подписываются решения органа" }
    OfficersAdd { az: "Əməkdaş əlavə et", en: "Add an officer", ru: "Добавить сотрудника" }
    OfficersRole { az: "Vəzifə", en: "Role", ru: "Роль" }
    OfficersDeactivate { az: "Fəaliyyətini dayandır", en: "Deactivate", ru: "Деактивировать" }
    CalendarTitle { az: "Bayram və istirahət günləri", en: "Public holidays", ru: "Праздничные и нерабочие дни" }
    CalendarLead { az: "Müddətlər iş günləri ilə hesablanır: şənbə, bazar və bu siyahıdakı günlər iş günü deyil. Dəyişiklik bundan sonra hesablanan bütün müddətlərə dərhal təsir edir; artıq verilmiş müddətlər dəyişmir.", en: "Deadlines count working days: Saturdays, Sundays and the days listed here are not working days. A change applies at once to every deadline set after it; deadlines already set stay as they are.", ru: "Сроки считаются в рабочих днях: суббота, воскресенье и дни из этого списка — нерабочие. Изменение сразу действует для всех сроков, установленных после него; уже установленные сроки не меняются." }
    CalendarYear { az: "İl: {year}", en: "Year: {year}", ru: "Год: {year}" }
    CalendarPreviousYear { az: "Əvvəlki il: {year}", en: "Previous year: {year}", ru: "Предыдущий год: {year}" }
    CalendarNextYear { az: "Növbəti il: {year}", en: "Next year: {year}", ru: "Следующий год: {year}" }
    CalendarYears { az: "İllər", en: "Years", ru: "Годы" }
    CalendarEmpty { az: "Bu il üçün siyahıda gün yoxdur.", en: "No days are listed for this year.", ru: "На этот год в списке нет дней." }
    CalendarDayColumn { az: "Tarix", en: "Date", ru: "Дата" }
    CalendarNameColumn { az: "Adı", en: "Name", ru: "Название" }
    CalendarAddedBy { az: "Əlavə edib: {name}", en: "Added by {name}", ru: "Добавил(а): {name}" }
    CalendarFromConfiguration { az: "İlkin siyahıdan", en: "From the initial list", ru: "Из исходного списка" }
    CalendarRemove { az: "Sil", en: "Remove", ru: "Удалить" }
    CalendarRemoved { az: "{date} siyahıdan çıxarıldı.", en: "{date} was removed from the list.", ru: "{date} удалён из списка." }
    CalendarAdd { az: "Gün əlavə et", en: "Add a day", ru: "Добавить день" }
    CalendarAdded { az: "{date} siyahıya əlavə olundu; bundan sonra hesablanan müddətlər onu nəzərə alır.", en: "{date} was added; deadlines set from now on count it as a day off.", ru: "{date} добавлен; сроки, устанавливаемые с этого момента, учитывают его как нерабочий день." }
    CalendarDayLabel { az: "Tarix", en: "Date", ru: "Дата" }
    CalendarDayHint { az: "Həftə içi gün. Bayram şənbə və ya bazar gününə düşürsə, Nazirlər Kabinetinin qərarı ilə köçürülən iş gününü əlavə edin.", en: "A weekday. If a holiday falls on a Saturday or Sunday, add the working day the Cabinet of Ministers moves it to.", ru: "Будний день. Если праздник выпадает на субботу или воскресенье, добавьте рабочий день, на который его перенёс Кабинет министров." }
    CalendarNameAzLabel { az: "Adı (azərbaycanca)", en: "Name (in Azerbaijani)", ru: "Название (на азербайджанском)" }
    CalendarNameEnLabel { az: "Adı (ingiliscə)", en: "Name (in English)", ru: "Название (на английском)" }
    CalendarNameRuLabel { az: "Adı (rusca)", en: "Name (in Russian)", ru: "Название (на русском)" }
    CalendarAuditAdded { az: "Bayram günü əlavə etdi", en: "Added a holiday", ru: "Добавил праздничный день" }
    CalendarAuditRemoved { az: "Bayram günü sildi", en: "Removed a holiday", ru: "Удалил праздничный день" }
    ErrHolidayOnWeekend { az: "Bu gün şənbə və ya bazardır, onsuz da iş günü deyil: bayramın köçürüldüyü iş gününü yazın", en: "This day is a Saturday or Sunday, not a working day anyway: enter the working day the holiday moves to", ru: "Этот день — суббота или воскресенье, он и так нерабочий: укажите рабочий день, на который перенесён праздник" }
    ErrHolidayListed { az: "Bu gün artıq siyahıdadır", en: "This day is already listed", ru: "Этот день уже есть в списке" }
    OfficersActive { az: "Fəal", en: "Active", ru: "Активен" }
    OfficersInactive { az: "Dayandırılıb", en: "Deactivated", ru: "Деактивирован" }
    OfficersAdded { az: "Əməkdaş əlavə olundu; ona parol təyin etmək üçün keçid göndərildi.", en: "The officer was added and sent a link to set a password.", ru: "Сотрудник добавлен; ему отправлена ссылка для установки пароля." }
    DueBy { az: "Cavab {date} tarixinədək veriləcək", en: "Answer due by {date}", ru: "Ответ будет дан до {date}" }
    DuePassed { az: "Cavab müddəti ({date}) keçib; qurum bu barədə xəbərdardır.", en: "The answer was due by {date}; the agency has been told it is late.", ru: "Срок ответа ({date}) прошёл; ведомство об этом уведомлено." }
    ResultDownload { az: "Nəticəni PDF kimi yüklə", en: "Download the result as PDF", ru: "Скачать результат в PDF" }
    ResultCode { az: "Yoxlama kodu: {code}", en: "Verification code: {code}", ru: "Код проверки: {code}" }
    ViewersTitle { az: "Müraciətinizə kim baxıb", en: "Who looked at your application", ru: "Кто просматривал ваше заявление" }
    ViewersNone { az: "Hələ heç kim baxmayıb.", en: "No one has looked at it yet.", ru: "Пока никто не просматривал." }
    VerifyTitle { az: "Sənədin yoxlanılması", en: "Check a document", ru: "Проверка документа" }
    VerifyGenuine { az: "Bu sənəd həqiqidir: Qapı portalı tərəfindən verilib.", en: "This document is genuine: issued through the Qapı portal.", ru: "Этот документ подлинный: выдан через портал Qapı." }
    NameFromRegistry { az: "ad Əhali reyestrindən götürülüb", en: "name taken from the population registry", ru: "имя взято из реестра населения" }
    NameAsTyped { az: "adı ərizəçi özü yazıb, reyestrlə yoxlanılmayıb", en: "name as the applicant typed it, not checked against the registry", ru: "имя введено заявителем, с реестром не сверено" }
    VerifyUnknown { az: "Bu kodla sənəd tapılmadı. Kodu sənəddəki kimi yazdığınızı yoxlayın; tapılmırsa, sənəd həqiqi deyil.", en: "No document has this code. Check you typed it as printed; if it is still not found, the document is not genuine.", ru: "Документ с таким кодом не найден. Проверьте, что код введён как в документе; если не находится, документ не подлинный." }
    VerifyDocument { az: "Sənəd", en: "Document", ru: "Документ" }
    VerifyDecision { az: "Qərar", en: "Decision", ru: "Решение" }
    VerifyIssued { az: "Verilmə tarixi", en: "Issued", ru: "Дата выдачи" }
    VerifyAbout { az: "Nə barədə", en: "About", ru: "О чём" }
    MyApplicationsEmpty { az: "Hələ müraciətiniz yoxdur.", en: "You have no applications yet.", ru: "У вас пока нет заявлений." }
    ResultGuest { az: "Əcnəbi", en: "Foreigner", ru: "Иностранец" }
    ResultAcceptedTitle { az: "Müraciət üzrə müsbət qərar", en: "Decision: application accepted", ru: "Решение: заявление принято" }
    ResultRefusedTitle { az: "Müraciət üzrə imtina qərarı", en: "Decision: application refused", ru: "Решение: в заявлении отказано" }
    VerifyReason { az: "Əsas", en: "Reason", ru: "Основание" }
    VerifyCodeLabel { az: "Yoxlama kodu", en: "Verification code", ru: "Код проверки" }
    ResultCheckNote { az: "Sənədin həqiqiliyini QR kodu skan edərək və ya bu ünvanda yoxlayın:", en: "Check that this document is genuine by scanning the QR code or at:", ru: "Проверьте подлинность документа, отсканировав QR-код, или по адресу:" }
    VerifyCodeInput { az: "Sənəddəki yoxlama kodu", en: "The verification code on the document", ru: "Код проверки из документа" }
    VerifyCheck { az: "Yoxla", en: "Check", ru: "Проверить" }
    FieldsToFix { az: "Düzəldilməli sahələr", en: "Fields to fix", ru: "Поля для исправления" }
    AuditAction { az: "Nə edib", en: "Action", ru: "Действие" }
    AuditViewed { az: "Müraciətə baxıb", en: "Opened the application", ru: "Открыл заявление" }
    AuditViewedFile { az: "Skana baxıb", en: "Opened a scan", ru: "Открыл скан" }
    AuditAssigned { az: "Həmkara təhvil verib", en: "Handed to a colleague", ru: "Передал коллеге" }
    DevOfficersTitle { az: "Nümayiş əməkdaşları", en: "Demo officers", ru: "Демонстрационные сотрудники" }
    DevOfficersLead { az: "Yalnız inkişaf və nümayiş üçün: bu səhifə əməkdaşların autentifikator tətbiqini əvəz edir. Kodlar hər 30 saniyədən bir dəyişir.", en: "Development and demo only: this page stands in for the officers' authenticator app. Codes change every 30 seconds.", ru: "Только для разработки и демонстрации: эта страница заменяет приложение-аутентификатор сотрудников. Коды меняются каждые 30 секунд." }
    PasswordColumn { az: "Parol", en: "Password", ru: "Пароль" }

    CustomsTitle { az: "Rəsmiləşdirmə üçün tələb olunan sənədlərin surətləri", en: "Copies of documents required for clearance", ru: "Копии документов, необходимых для оформления" }
    CustomsCount { az: "Sayı: {count}", en: "Count: {count}", ru: "Количество: {count}" }
    CustomsLogInFirst { az: "Bu xidmət üçün portala elektron imza, E-Gov identity, Asan İmza və ya istifadəçi adı və şifrə ilə daxil olun.", en: "Log in to the portal for this service with the e-signature, E-Gov identity, Asan İmza or your user name and password.", ru: "Для этой услуги войдите на портал с электронной подписью, E-Gov identity, Asan İmza или логином и паролем." }
    CustomsObligationButton { az: "Öhdəlik forması", en: "Obligation form", ru: "Форма обязательства" }
    CustomsObligationText { az: "Mən, gömrük rəsmiləşdirilməsindən keçirilmiş mallara dair bu portal vasitəsilə surətlərini daxil etdiyim sənədlərin əsllərini Azərbaycan Respublikasının qanunvericiliyi ilə müəyyən edilmiş müddət ərzində saxlamağı, gömrük orqanının tələbi ilə onları təqdim etməyi və daxil etdiyim surətlərin əsllərinə uyğun olmasına cavabdeh olduğumu öhdəmə götürürəm.", en: "I undertake to keep the originals of the documents on goods that passed customs clearance, whose copies I enter through this portal, for the period set by the legislation of the Republic of Azerbaijan, to present them when the customs authority asks, and I am responsible for the copies I enter matching their originals.", ru: "Я обязуюсь хранить подлинники документов по товарам, прошедшим таможенное оформление, копии которых я вношу через этот портал, в течение срока, установленного законодательством Азербайджанской Республики, представлять их по требованию таможенного органа и отвечаю за соответствие внесённых копий подлинникам." }
    CustomsObligationAgree { az: "Öhdəliklə tanış oldum və onu qəbul edirəm", en: "I have read the obligation and accept it", ru: "Я ознакомился с обязательством и принимаю его" }
    CustomsObligationConfirm { az: "Təsdiqlə", en: "Confirm", ru: "Подтвердить" }
    CustomsObligationAccepted { az: "Öhdəliyi {when} qəbul etmisiniz.", en: "You accepted the obligation on {when}.", ru: "Вы приняли обязательство {when}." }
    CustomsObligationPdf { az: "Öhdəliyi PDF kimi yüklə", en: "Download the obligation as PDF", ru: "Скачать обязательство в PDF" }
    CustomsObligationFirst { az: "İlk sənədi daxil etməzdən əvvəl öhdəlik forması ilə tanış olub onu qəbul edin.", en: "Before your first document, read the obligation form and accept it.", ru: "Перед первым документом ознакомьтесь с формой обязательства и примите её." }
    CustomsObligationPdfTitle { az: "Gömrük rəsmiləşdirilməsindən keçirilmiş mallara dair sənədlərin saxlanması barədə öhdəlik", en: "Obligation to keep the documents on goods that passed customs clearance", ru: "Обязательство о хранении документов по товарам, прошедшим таможенное оформление" }
    CustomsAcceptedBy { az: "Qəbul edən", en: "Accepted by", ru: "Принял" }
    CustomsAcceptedAt { az: "Qəbul vaxtı", en: "Accepted at", ru: "Время принятия" }
    CustomsSearchTitle { az: "Daxil olunmuş sənədlər", en: "Documents entered", ru: "Внесённые документы" }
    CustomsSearchHint { az: "Sənədlərin daxil olunduğu dövrü yazın; hər iki gün daxildir.", en: "Give the period the documents were entered in; both days are included.", ru: "Укажите период внесения документов; оба дня включаются." }
    PeriodFromLabel { az: "Başlanğıc", en: "From", ru: "С" }
    PeriodToLabel { az: "Son", en: "To", ru: "По" }
    CustomsNoDocuments { az: "Bu dövrdə daxil olunmuş sənəd yoxdur.", en: "No documents were entered in this period.", ru: "За этот период документы не вносились." }
    CustomsNewDocument { az: "Yeni sənəd", en: "New document", ru: "Новый документ" }
    DeclarationNumberLabel { az: "Gömrük bəyannaməsinin nömrəsi", en: "Customs declaration number", ru: "Номер таможенной декларации" }
    DeclarationNumberHint { az: "Gömrük orqanının kodu, qeydiyyat günü və sıra nömrəsi, məsələn, 10002010/151126/0004512", en: "The customs office's code, the day of registration and the serial number, for example 10002010/151126/0004512", ru: "Код таможенного органа, день регистрации и порядковый номер, например 10002010/151126/0004512" }
    CustomsDocumentTypeLabel { az: "Sənədin növü", en: "Type of document", ru: "Вид документа" }
    CustomsDocumentDateLabel { az: "Sənədin tarixi", en: "Date of the document", ru: "Дата документа" }
    CustomsDescriptionLabel { az: "Təsviri", en: "Description", ru: "Описание" }
    CustomsScanLabel { az: "Sənədin surəti", en: "Copy of the document", ru: "Копия документа" }
    CustomsSend { az: "Sənədi göndər", en: "Send the document", ru: "Отправить документ" }
    CustomsSentBody { az: "Sənəd Dövlət Gömrük Komitəsinə göndərildi və qəbul olunduğunu təsdiq edən məktub e-poçtunuza göndərildi. Gömrük əməkdaşı surəti qəbul edəcək və ya daha aydın surət istəyəcək; sizə xəbər veriləcək.", en: "The document was sent to the State Customs Committee and an e-mail confirming receipt was sent to you. A customs officer will accept the copy or ask for a clearer one; you will be told.", ru: "Документ отправлен в Государственный таможенный комитет, вам отправлено письмо о получении. Сотрудник таможни примет копию или попросит более чёткую; вам сообщат." }
    CustomsBackToList { az: "Sənədlərin siyahısına qayıt", en: "Back to the list of documents", ru: "Вернуться к списку документов" }
    FiledOnColumn { az: "Daxil olunma tarixi", en: "Entered on", ru: "Дата внесения" }
    ResultDeclaration { az: "Bəyannamə", en: "Declaration", ru: "Декларация" }
    ErrInvalidDeclarationNumber { az: "Bəyannamənin nömrəsini bəyannamədə yazıldığı kimi yazın, məsələn, 10002010/151126/0004512", en: "Write the declaration number as it is on the declaration, for example 10002010/151126/0004512", ru: "Введите номер декларации так, как он указан в декларации, например 10002010/151126/0004512" }
    ErrDocumentAfterDeclaration { az: "Sənədin tarixi bəyannamənin qeydiyyat günündən sonra ola bilməz", en: "The document cannot be dated after the day the declaration was registered", ru: "Дата документа не может быть позже дня регистрации декларации" }
    ErrPeriodReversed { az: "Son gün başlanğıc günündən əvvəl ola bilməz", en: "The last day cannot be before the first", ru: "Последний день не может быть раньше первого" }
    ErrObligationNotAccepted { az: "Sənəd daxil etmək üçün əvvəlcə öhdəlik formasını qəbul edin", en: "Accept the obligation form before entering a document", ru: "Перед внесением документа примите форму обязательства" }
    StaffTitle { az: "Əməkdaşlar", en: "Staff", ru: "Сотрудники" }
    StaffLead { az: "Təşkilatınızın əməkdaşlarını dəvət edin: hər biri öz hesabı ilə daxil olur və təşkilat adından müraciət edir. Kimin nə göndərdiyini cədvəldə görürsünüz.", en: "Invite your organisation's staff: each logs in with an account of their own and files for the organisation. The table shows who filed what.", ru: "Пригласите сотрудников вашей организации: каждый входит со своей учётной записью и подаёт заявления от имени организации. В таблице видно, кто что отправил." }
    StaffNone { az: "Hələ əməkdaş dəvət etməmisiniz.", en: "You have not invited anyone yet.", ru: "Вы ещё никого не пригласили." }
    StaffInvite { az: "Əməkdaşı dəvət et", en: "Invite a colleague", ru: "Пригласить сотрудника" }
    StaffInvited { az: "Dəvət {email} ünvanına göndərildi. Əməkdaş keçidi açıb şifrə təyin etdikdən sonra daxil ola biləcək.", en: "The invitation was sent to {email}. Once they open the link and set a password, they can log in.", ru: "Приглашение отправлено на {email}. Открыв ссылку и задав пароль, сотрудник сможет войти." }
    StaffJoined { az: "Qoşulub", en: "Joined", ru: "Присоединился" }
    StaffPending { az: "Dəvət göndərilib", en: "Invited", ru: "Приглашён" }
    StaffRemove { az: "Çıxar", en: "Remove", ru: "Убрать" }
    StaffActingFor { az: "Siz {organisation} adından müraciət edirsiniz.", en: "You file for {organisation}.", ru: "Вы подаёте заявления от имени {organisation}." }
    FiledByColumn { az: "Göndərən", en: "Filed by", ru: "Отправил" }
    StayChangesTitle { az: "Qeydiyyatda dəyişiklik", en: "Changes to the registration", ru: "Изменения регистрации" }
    StayChangesLead { az: "Qonaq vaxtından əvvəl çıxıbsa, bildirin; qalma müddətini uzatmaq lazımdırsa, agentlikdən xahiş edin.", en: "Report a guest who left early, or ask the agency to extend the stay.", ru: "Сообщите, если гость уехал раньше, или попросите ведомство продлить срок пребывания." }
    ChangeKindLegend { az: "Nə dəyişir?", en: "What changes?", ru: "Что меняется?" }
    ChangeEarlyDeparture { az: "Erkən çıxış", en: "Early departure", ru: "Досрочный выезд" }
    ChangeExtension { az: "Müddətin uzadılması", en: "Extension of the stay", ru: "Продление срока" }
    DepartureDateLabel { az: "Çıxış tarixi", en: "Date of departure", ru: "Дата выезда" }
    NewStayDaysLabel { az: "Yeni qalma müddəti (gəliş günündən, günlə)", en: "New length of stay (days from the entry)", ru: "Новый срок пребывания (дней со дня въезда)" }
    ChangeReasonLabel { az: "Səbəb", en: "Reason", ru: "Причина" }
    ChangeSend { az: "Dəyişikliyi göndər", en: "Send the change", ru: "Отправить изменение" }
    ChangeReported { az: "Bildirilib", en: "Reported", ru: "Сообщено" }
    ChangeRequested { az: "Agentliyin cavabını gözləyir", en: "Waiting for the agency", ru: "Ожидает ответа ведомства" }
    ChangeDepartedOn { az: "Qonaq {date} tarixində çıxıb", en: "The guest left on {date}", ru: "Гость выехал {date}" }
    ChangeExtendTo { az: "Qalma müddətini {days} günə uzatmaq: {reason}", en: "Extend the stay to {days} days: {reason}", ru: "Продлить срок до {days} дней: {reason}" }
    ChangeAccept { az: "Uzadılmanı qəbul et", en: "Accept the extension", ru: "Принять продление" }
    ChangeRefuse { az: "İmtina et", en: "Refuse", ru: "Отказать" }
    ErrDepartureBeforeEntry { az: "Çıxış tarixi gəliş tarixindən əvvəl ola bilməz", en: "The departure cannot be before the entry", ru: "Дата выезда не может быть раньше въезда" }
    ErrNotEarly { az: "Bu, qeydiyyatın son günü və ya ondan sonradır: erkən çıxış deyil", en: "That is the registration's last day or later: not an early departure", ru: "Это последний день регистрации или позже: это не досрочный выезд" }
    ErrNotLonger { az: "Yeni müddət qeydə alınmış müddətdən uzun olmalıdır", en: "The new length must be longer than the registered one", ru: "Новый срок должен быть длиннее зарегистрированного" }
    ErrStayEnded { az: "Qeydiyyatın müddəti bitib: qonaq üçün yeni müraciət edin", en: "The registration has ended: make a new application for the guest", ru: "Срок регистрации истёк: подайте новое заявление на гостя" }
    ErrChangeOpen { az: "Əvvəlki uzadılma xahişinə hələ cavab verilməyib", en: "The earlier request to extend has not been answered yet", ru: "На предыдущую просьбу о продлении ещё не ответили" }
    ErrRegistrationClosed { az: "Qonağın çıxışı bildirilib: bu qeydiyyat artıq dəyişdirilmir", en: "The guest's departure was reported: this registration no longer changes", ru: "О выезде гостя сообщено: эта регистрация больше не меняется" }
    DebtTextTo { az: "SMS-lər bu nömrələrə göndəriləcək", en: "Texts go to these numbers", ru: "SMS придут на эти номера" }
    CustomsEmailHint { az: "Qəbul olunma təsdiqi və komitənin cavabı bu ünvana göndəriləcək.", en: "The receipt and the committee's answer go to this address.", ru: "Подтверждение получения и ответ комитета придут на этот адрес." }

    FormsTitle { az: "Müraciət formaları", en: "Application forms", ru: "Формы заявлений" }
    FormsLead { az: "Qurumunuzun interaktiv xidmətləri. Formasını qurmaq və ya dəyişmək üçün xidməti seçin.", en: "Your agency's interactive services. Choose a service to build or change its form.", ru: "Интерактивные услуги вашего ведомства. Выберите услугу, чтобы создать или изменить её форму." }
    FormsNone { az: "Qurumunuzun interaktiv xidməti yoxdur.", en: "Your agency has no interactive services.", ru: "У вашего ведомства нет интерактивных услуг." }
    FormsHandBuilt { az: "Proqram kodunda qurulub, burada redaktə edilmir", en: "Built in code, not edited here", ru: "Создана в коде, здесь не редактируется" }
    ColumnDraft { az: "Layihə", en: "Draft", ru: "Черновик" }
    ColumnPublishedVersion { az: "Dərc edilmiş versiya", en: "Published version", ru: "Опубликованная версия" }
    FormEditorTitle { az: "Forma: {title}", en: "Form: {title}", ru: "Форма: {title}" }
    FormsBack { az: "Bütün formalar", en: "All forms", ru: "Все формы" }
    FormDraftNote { az: "Layihə vətəndaşlara göstərilmir. Dərc etdikdə yeni versiya yaranır; artıq başlanmış müraciətlər öz versiyasında qalır.", en: "The draft is never shown to citizens. Publishing makes a new version; applications already started keep theirs.", ru: "Черновик не показывается гражданам. Публикация создаёт новую версию; уже начатые заявления остаются на своей." }
    FormDemo { az: "Nümunə məzmun (qurumun rəsmi mətni deyil)", en: "Demo content (not the agency's legal text)", ru: "Демонстрационное содержание (не официальный текст ведомства)" }
    MissingTitle { az: "Nə çatışmır", en: "What is missing", ru: "Чего не хватает" }
    MissingNone { az: "Heç nə: forma dərc edilə bilər.", en: "Nothing: the form can be published.", ru: "Ничего: форму можно опубликовать." }
    MissingCount { az: "Dərc etməzdən əvvəl düzəldilməli: {count}.", en: "To fix before publishing: {count}.", ru: "Исправить перед публикацией: {count}." }
    PageNumber { az: "Səhifə {n}", en: "Page {n}", ru: "Страница {n}" }
    FieldNumber { az: "Sahə {n}", en: "Field {n}", ru: "Поле {n}" }
    MemberNumber { az: "Qrupun sahəsi {n}", en: "Group field {n}", ru: "Поле группы {n}" }
    OptionNumber { az: "Variant {n}", en: "Option {n}", ru: "Вариант {n}" }
    FormWhole { az: "Forma", en: "The form", ru: "Форма" }
    AddPage { az: "+ Səhifə əlavə et", en: "+ Add a page", ru: "+ Добавить страницу" }
    RemoveFormPage { az: "Səhifəni sil", en: "Remove the page", ru: "Удалить страницу" }
    MoveUp { az: "Yuxarı", en: "Move up", ru: "Выше" }
    MoveDown { az: "Aşağı", en: "Move down", ru: "Ниже" }
    IdLabel { az: "İdentifikator", en: "Id", ru: "Идентификатор" }
    IdHint { az: "Kiçik latın hərfləri, rəqəmlər və _. Cavablar və şərtlər buna istinad edir: dərcdən sonra dəyişməyin.", en: "Small Latin letters, digits and _. Answers and conditions refer to it: do not change it after publishing.", ru: "Строчные латинские буквы, цифры и _. На него ссылаются ответы и условия: не меняйте его после публикации." }
    PageTitleLabel { az: "Səhifənin başlığı", en: "Page title", ru: "Заголовок страницы" }
    FieldLabelLabel { az: "Sualın mətni", en: "Question", ru: "Текст вопроса" }
    HintLabel { az: "İzah", en: "Hint", ru: "Подсказка" }
    AddHint { az: "İzah əlavə et", en: "Add a hint", ru: "Добавить подсказку" }
    RemoveHint { az: "İzahı sil", en: "Remove the hint", ru: "Удалить подсказку" }
    InAz { az: "Azərbaycanca", en: "Azerbaijani", ru: "По-азербайджански" }
    InEn { az: "İngiliscə", en: "English", ru: "По-английски" }
    InRu { az: "Rusca", en: "Russian", ru: "По-русски" }
    AnswerRequired { az: "Cavab mütləqdir", en: "An answer is required", ru: "Ответ обязателен" }
    NewFieldKind { az: "Yeni sahənin növü", en: "Kind of the new field", ru: "Тип нового поля" }
    AddField { az: "+ Sahə əlavə et", en: "+ Add a field", ru: "+ Добавить поле" }
    RemoveField { az: "Sahəni sil", en: "Remove the field", ru: "Удалить поле" }
    FieldKindLabel { az: "Sahənin növü", en: "Kind of field", ru: "Тип поля" }
    FieldKindHint { az: "Növü dəyişəndə onun parametrləri sıfırlanır.", en: "Changing the kind resets its settings.", ru: "При смене типа его настройки сбрасываются." }
    KindText { az: "Mətn", en: "Text", ru: "Текст" }
    KindLongText { az: "Uzun mətn", en: "Long text", ru: "Длинный текст" }
    KindNumber { az: "Tam ədəd", en: "Whole number", ru: "Целое число" }
    KindMoney { az: "Məbləğ", en: "Amount of money", ru: "Денежная сумма" }
    KindDate { az: "Tarix", en: "Date", ru: "Дата" }
    KindYesNo { az: "Bəli / xeyr", en: "Yes / no", ru: "Да / нет" }
    KindOneOf { az: "Siyahıdan biri", en: "One of a list", ru: "Один из списка" }
    KindManyOf { az: "Siyahıdan bir neçəsi", en: "Several of a list", ru: "Несколько из списка" }
    KindFin { az: "FİN", en: "FIN (personal code)", ru: "ФИН" }
    KindPhone { az: "Telefon nömrəsi", en: "Phone number", ru: "Номер телефона" }
    KindEmail { az: "E-poçt ünvanı", en: "E-mail address", ru: "Адрес электронной почты" }
    KindDocumentNumber { az: "Sənədin nömrəsi", en: "Document number", ru: "Номер документа" }
    KindAddress { az: "Ünvan", en: "Address", ru: "Адрес" }
    KindPerson { az: "Girişdən şəxsin məlumatları", en: "The person from the login", ru: "Данные лица из входа" }
    KindGroup { az: "Təkrarlanan qrup", en: "Repeatable group", ru: "Повторяемая группа" }
    KindDocuments { az: "Yüklənən sənədlər", en: "Documents to upload", ru: "Документы для загрузки" }
    KindNoSettings { az: "Bu növün parametrləri yoxdur.", en: "This kind has no settings.", ru: "У этого типа нет настроек." }
    LimitHint { az: "Boş qoyulsa, hədd yoxdur.", en: "Leave empty for no limit.", ru: "Оставьте пустым, если ограничения нет." }
    MaxLengthLabel { az: "Ən çox simvol", en: "Most characters", ru: "Не более символов" }
    MinLabel { az: "Ən az", en: "Least", ru: "Минимум" }
    MaxLabel { az: "Ən çox", en: "Most", ru: "Максимум" }
    MinQepikLabel { az: "Ən az (qəpiklə)", en: "Least (in qəpik)", ru: "Минимум (в гяпиках)" }
    MaxQepikLabel { az: "Ən çox (qəpiklə)", en: "Most (in qəpik)", ru: "Максимум (в гяпиках)" }
    MinChosenLabel { az: "Ən az seçim", en: "Fewest chosen", ru: "Минимум выбранных" }
    MaxChosenLabel { az: "Ən çox seçim", en: "Most chosen", ru: "Максимум выбранных" }
    NotFutureLabel { az: "Gələcək tarix ola bilməz", en: "Cannot be in the future", ru: "Не может быть в будущем" }
    NotPastLabel { az: "Keçmiş tarix ola bilməz", en: "Cannot be in the past", ru: "Не может быть в прошлом" }
    ChoicesLegend { az: "Variantlar haradan götürülür", en: "Where the options come from", ru: "Откуда берутся варианты" }
    ChoicesOwn { az: "Öz variantlarınız", en: "Your own options", ru: "Собственные варианты" }
    ChoicesReference { az: "Portalın siyahısı", en: "A list the portal keeps", ru: "Справочник портала" }
    ReferenceListLabel { az: "Siyahı", en: "List", ru: "Справочник" }
    ListCountries { az: "Ölkələr", en: "Countries", ru: "Страны" }
    ListHostDocumentTypes { az: "Qəbul edən tərəfin sənəd növləri", en: "Host's document types", ru: "Типы документов принимающей стороны" }
    ListForeignDocumentTypes { az: "Əcnəbinin sənəd növləri", en: "Foreigner's document types", ru: "Типы документов иностранца" }
    ListVisaTypes { az: "Viza növləri", en: "Visa types", ru: "Типы виз" }
    ListRegions { az: "Rayonlar və şəhərlər", en: "Districts and cities", ru: "Районы и города" }
    ListHostKinds { az: "Qəbul edən tərəfin növləri", en: "Kinds of host", ru: "Виды принимающей стороны" }
    ListVisitReasons { az: "Gəlişin məqsədləri", en: "Reasons for the visit", ru: "Цели визита" }
    ListRelationships { az: "Qohumluq əlaqələri", en: "Relationships", ru: "Родственные связи" }
    ListCustomsDocumentTypes { az: "Gömrük sənədlərinin növləri", en: "Customs document types", ru: "Типы таможенных документов" }
    OptionKeyLabel { az: "Açar", en: "Key", ru: "Ключ" }
    OptionKeyHint { az: "Cavablar və şərtlər açarı saxlayır; mətn sonra dəyişə bilər.", en: "Answers and conditions keep the key; the label may change later.", ru: "Ответы и условия хранят ключ; текст можно изменить позже." }
    OptionLabelLabel { az: "Variantın mətni", en: "Option's text", ru: "Текст варианта" }
    AddOption { az: "+ Variant əlavə et", en: "+ Add an option", ru: "+ Добавить вариант" }
    RemoveOption { az: "Variantı sil", en: "Remove the option", ru: "Удалить вариант" }
    GroupMinLabel { az: "Ən az element", en: "Fewest items", ru: "Минимум элементов" }
    GroupMaxLabel { az: "Ən çox element", en: "Most items", ru: "Максимум элементов" }
    GroupFieldsTitle { az: "Qrupun sahələri", en: "The group's fields", ru: "Поля группы" }
    MinPagesLabel { az: "Ən az səhifə", en: "Fewest pages", ru: "Минимум страниц" }
    MaxPagesLabel { az: "Ən çox səhifə", en: "Most pages", ru: "Максимум страниц" }
    ShowWhenLegend { az: "Yalnız bu halda göstər", en: "Show only when", ru: "Показывать только если" }
    ShowWhenField { az: "Əvvəlki sual", en: "Earlier question", ru: "Предыдущий вопрос" }
    ShowAlways { az: "Həmişə göstər", en: "Always show", ru: "Показывать всегда" }
    ShowWhenAnswer { az: "Cavab", en: "Answer", ru: "Ответ" }
    ShowWhenKeys { az: "Bu variantlardan biri seçiləndə", en: "When one of these is chosen", ru: "Если выбран один из этих вариантов" }
    ShowWhenNone { az: "Əvvəlki suallar arasında bəli/xeyr və ya öz variantları olan «siyahıdan biri» yoxdur.", en: "No earlier question is a yes/no or a one-of with its own options.", ru: "Среди предыдущих вопросов нет «да / нет» или «одного из списка» с собственными вариантами." }
    ConditionImported { az: "Bu şərt idxal edilib və burada dəyişdirilmir:", en: "This condition was imported and is not changed here:", ru: "Это условие импортировано и здесь не изменяется:" }
    ConditionRemove { az: "Şərti sil", en: "Remove the condition", ru: "Удалить условие" }
    SaveDraft { az: "Layihəni saxla", en: "Save the draft", ru: "Сохранить черновик" }
    FormDraftSaved { az: "Layihə yadda saxlanıldı.", en: "The draft was saved.", ru: "Черновик сохранён." }
    DraftUnsaved { az: "Saxlanmamış dəyişikliklər var.", en: "There are unsaved changes.", ru: "Есть несохранённые изменения." }
    PublishForm { az: "Dərc et", en: "Publish", ru: "Опубликовать" }
    PublishConfirm { az: "Versiya {version} dərc edilsin? Yeni müraciətlər bu formada doldurulacaq; dərc edilmiş versiya dəyişmir.", en: "Publish version {version}? New applications will be filled in on this form; a published version never changes.", ru: "Опубликовать версию {version}? Новые заявления будут заполняться по этой форме; опубликованная версия не меняется." }
    PublishYes { az: "Bəli, dərc et", en: "Yes, publish", ru: "Да, опубликовать" }
    FormPublished { az: "Versiya {version} dərc edildi.", en: "Version {version} was published.", ru: "Версия {version} опубликована." }
    PublishNeedsSave { az: "Dərc etməzdən əvvəl çatışmayanları düzəldin və layihəni saxlayın.", en: "Before publishing, fix what is missing and save the draft.", ru: "Перед публикацией исправьте недостающее и сохраните черновик." }
    ExportForm { az: "Layihəni JSON faylı kimi endir", en: "Download the draft as a JSON file", ru: "Скачать черновик как файл JSON" }
    ImportLabel { az: "JSON faylından idxal et", en: "Import from a JSON file", ru: "Импорт из файла JSON" }
    ImportHint { az: "Fayl layihəni əvəz edir və saxlanılır, çatışmayanları olsa da: onlar «Nə çatışmır» siyahısında göstərilir. Oxunmayan fayl saxlanılmır.", en: "The file replaces the draft and is saved, even with things missing: they are listed under “What is missing”. A file that cannot be read is not saved.", ru: "Файл заменяет черновик и сохраняется, даже если чего-то не хватает: недостающее показано в списке «Чего не хватает». Нечитаемый файл не сохраняется." }
    FormImported { az: "Fayl idxal edildi və saxlanıldı.", en: "The file was imported and saved.", ru: "Файл импортирован и сохранён." }
    ImportNotJson { az: "Fayl JSON deyil: formanın ixrac edilmiş faylını seçin", en: "The file is not JSON: choose a form's exported file", ru: "Файл не в формате JSON: выберите экспортированный файл формы" }
    VersionsTitle { az: "Dərc edilmiş versiyalar", en: "Published versions", ru: "Опубликованные версии" }
    VersionsNone { az: "Hələ heç bir versiya dərc edilməyib.", en: "No version has been published yet.", ru: "Ещё не опубликовано ни одной версии." }
    ColumnVersion { az: "Versiya", en: "Version", ru: "Версия" }
    ColumnPublishedBy { az: "Kim dərc edib", en: "Published by", ru: "Кто опубликовал" }
    ColumnPublishedAt { az: "Nə vaxt (Bakı vaxtı)", en: "When (Baku time)", ru: "Когда (бакинское время)" }
    MissingPages { az: "Ən azı bir səhifə əlavə edin", en: "Add at least one page", ru: "Добавьте хотя бы одну страницу" }
    MissingFields { az: "Ən azı bir sahə əlavə edin", en: "Add at least one field", ru: "Добавьте хотя бы одно поле" }
    MissingOptions { az: "Ən azı bir variant əlavə edin", en: "Add at least one option", ru: "Добавьте хотя бы один вариант" }
    OnePersonBlock { az: "Formada girişdən şəxs məlumatları yalnız bir dəfə ola bilər", en: "A form has the person from the login only once", ru: "Данные лица из входа могут быть в форме только один раз" }
    KindNotInGroup { az: "Qrupda başqa qrup və ya girişdən şəxs məlumatları ola bilməz", en: "A group cannot hold another group or the person from the login", ru: "Группа не может содержать другую группу или данные лица из входа" }
    UnknownSchema { az: "Bu faylın sxem versiyası portala məlum deyil: portalın ixrac etdiyi faylı idxal edin", en: "This file's schema version is not one the portal reads: import a file the portal exported", ru: "Версия схемы этого файла порталу неизвестна: импортируйте файл, экспортированный порталом" }
    DefinedFormDemo { az: "Nümayiş forması: portalı sınamaq üçündür, qurumun hüquqi mətni deyil. Göndərilən müraciət real işə baxılmır.", en: "Demo form: it is here to try the portal out and is not the agency's legal text. An application sent on it is not dealt with for real.", ru: "Демонстрационная форма: она нужна, чтобы опробовать портал, и не является юридическим текстом ведомства. Отправленное по ней заявление по-настоящему не рассматривается." }
    DefinedFormLead { az: "Müraciəti onlayn doldurun. Cavablarınız hər səhifədən sonra yadda saxlanılır: istədiyiniz vaxt qayıdıb davam edə bilərsiniz.", en: "Fill in the application online. Your answers are saved after each page, so you can come back and carry on at any time.", ru: "Заполните заявление онлайн. Ответы сохраняются после каждой страницы: можно вернуться и продолжить в любое время." }
    DefinedFormNeedTitle { az: "Sizə lazım olacaq", en: "What you will need", ru: "Что вам понадобится" }
    DefinedFormNeedScans { az: "Bu sənədlərin skan surəti və ya aydın şəkli:", en: "A scan or a clear photo of these documents:", ru: "Скан или чёткая фотография этих документов:" }
    DefinedFormNeedFee { az: "Bank kartı ilə {amount} rüsum: müraciəti göndərməzdən əvvəl ödəyəcəksiniz.", en: "A bank card to pay the fee of {amount} before you send the application.", ru: "Банковская карта, чтобы оплатить пошлину {amount} перед отправкой заявления." }
    DefinedFormNeedNothing { az: "Heç bir sənəd yükləmək lazım deyil.", en: "You do not need to upload any documents.", ru: "Загружать документы не нужно." }
    DefinedFormLogIn { az: "Müraciət etmək üçün portala daxil olun: əsas məlumatlarınız girişdən götürüləcək. Daxil olandan sonra bu səhifəyə qayıdacaqsınız.", en: "Log in to the portal to apply: your basic data will be taken from the login. After logging in you will come back to this page.", ru: "Чтобы подать заявление, войдите на портал: основные данные будут взяты из входа. После входа вы вернётесь на эту страницу." }
    DefinedFormStart { az: "Başla", en: "Start", ru: "Начать" }
    DefinedFormCheckTitle { az: "Cavablarınızı yoxlayın", en: "Check your answers", ru: "Проверьте ответы" }
    DefinedFormCheckLead { az: "Göndərməzdən əvvəl cavablarınızı yoxlayın. Dəyişmək üçün bölmənin yanındakı keçiddən istifadə edin.", en: "Check your answers before sending. To change one, use the link beside its section.", ru: "Проверьте ответы перед отправкой. Чтобы изменить ответ, воспользуйтесь ссылкой рядом с разделом." }
    DefinedFormSend { az: "Müraciəti göndər", en: "Send the application", ru: "Отправить заявление" }
    DefinedFormReloaded { az: "Müraciət başqa pəncərədə dəyişdirilib. Son yadda saxlanmış cavablar göstərilir: onları yoxlayıb davam edin.", en: "The application was changed in another window. The answers saved last are shown: check them and carry on.", ru: "Заявление изменено в другом окне. Показаны последние сохранённые ответы: проверьте их и продолжайте." }
    DefinedFormPersonHint { az: "Girişinizdən götürülüb: doldurmaq lazım deyil.", en: "Taken from your login: there is nothing to fill in.", ru: "Взято из данных входа: заполнять не нужно." }
    DefinedFormAnswers { az: "Cavablar", en: "Answers", ru: "Ответы" }
    DefinedFormAddItem { az: "+ Əlavə et", en: "+ Add another", ru: "+ Добавить ещё" }
    DefinedFormToFix { az: "Düzəldin", en: "To fix", ru: "Исправить" }
    FeeTitle { az: "Rüsum", en: "Fee", ru: "Пошлина" }
    FeeLead { az: "Bu xidmət ödənişlidir: müraciəti göndərməzdən əvvəl rüsumu kartla ödəyin. Bir müraciət üçün rüsum bir dəfə ödənilir.", en: "This service has a fee: pay it by card before sending the application. The fee is paid once per application.", ru: "Эта услуга платная: оплатите пошлину картой перед отправкой заявления. За одно заявление пошлина платится один раз." }
    FeeAmount { az: "Məbləğ", en: "Amount", ru: "Сумма" }
    FeeBasis { az: "Hüquqi əsas", en: "Legal basis", ru: "Правовое основание" }
    FeePay { az: "Rüsumu ödə", en: "Pay the fee", ru: "Оплатить пошлину" }
    FeePaid { az: "Rüsum ödənilib", en: "The fee is paid", ru: "Пошлина оплачена" }
    FeeUnderWay { az: "Ödəniş gedir: bank cavab verən kimi burada görünəcək.", en: "The payment is under way: it shows here as soon as the bank answers.", ru: "Оплата выполняется: результат появится здесь, как только ответит банк." }
    FeeFailed { az: "Ödəniş alınmadı. Yenidən cəhd edə bilərsiniz: pul çıxılmayıb.", en: "The payment did not go through. You can try again: no money was taken.", ru: "Оплата не прошла. Можно попробовать снова: деньги не списаны." }
    FeeReceipt { az: "Çıxarış (PDF)", en: "Receipt (PDF)", ru: "Квитанция (PDF)" }
    FeeBackToApplication { az: "Müraciətə qayıt", en: "Back to the application", ru: "Вернуться к заявлению" }
    FeeAsked { az: "Müraciət üçün rüsum ödənilir", en: "The application has a fee", ru: "За заявление взимается пошлина" }
    FeeAmountQepik { az: "Məbləğ, qəpiklə (200 = 2 manat)", en: "Amount in qəpik (200 = 2 manat)", ru: "Сумма в гяпиках (200 = 2 маната)" }
    PaidForFine { az: "Cərimə", en: "Fine", ru: "Штраф" }
    PaidForFee { az: "Müraciətin rüsumu", en: "Application fee", ru: "Пошлина за заявление" }
    PaidForLabel { az: "Nə üçün", en: "Paid for", ru: "За что" }
    DateDay { az: "Gün", en: "Day", ru: "День" }
    DateMonth { az: "Ay", en: "Month", ru: "Месяц" }
    DateYear { az: "İl", en: "Year", ru: "Год" }
    DateExample { az: "Məsələn, 27 03 1990", en: "For example, 27 03 1990", ru: "Например, 27 03 1990" }
    // The form editor's preview and role
    RoleFormEditor { az: "Xidmət redaktoru", en: "Service editor", ru: "Редактор услуг" }
    PreviewForm { az: "Önizləmə", en: "Preview", ru: "Предпросмотр" }
    PreviewHint { az: "Önizləmə əvvəlcə layihəni saxlayır, sonra onu vətəndaşın görəcəyi kimi açır.", en: "Preview saves the draft first, then opens it as the citizen will see it.", ru: "Предпросмотр сначала сохраняет черновик, затем открывает его так, как его увидит гражданин." }
    PreviewBanner { az: "Önizləmə — heç nə göndərilmir", en: "Preview — nothing is sent", ru: "Предпросмотр — ничего не отправляется" }
    PreviewLead { az: "Layihə vətəndaşın görəcəyi kimidir: səhifə-səhifə, yoxlamaları ilə, sonda cavabların yoxlanılması. Cavablar yadda saxlanılmır, fayllar yüklənmir.", en: "The draft as the citizen will see it: page by page, with its checks, and the answers to check at the end. The answers are not saved and files are not uploaded.", ru: "Черновик таким, каким его увидит гражданин: по страницам, с проверками и проверкой ответов в конце. Ответы не сохраняются, файлы не загружаются." }
    PreviewBack { az: "Redaktora qayıt", en: "Back to the editor", ru: "Вернуться в редактор" }
    PreviewHasProblems { az: "Layihədə dərc etməzdən əvvəl düzəldilməli {count} problem var; önizləmə onu olduğu kimi göstərir.", en: "The draft has {count} problems to fix before publishing; the preview shows it as it is.", ru: "В черновике {count} проблем, которые нужно исправить до публикации; предпросмотр показывает его как есть." }
    PreviewNoDraft { az: "Bu xidmətin hələ saxlanmış layihəsi yoxdur: formanı qurun və saxlayın.", en: "This service has no saved draft yet: build the form and save it.", ru: "У этой услуги ещё нет сохранённого черновика: постройте форму и сохраните её." }
    PreviewNotSent { az: "Önizləmədir: müraciət göndərilmədi.", en: "This is a preview: no application was sent.", ru: "Это предпросмотр: заявление не отправлено." }
    PreviewTitle { az: "Önizləmə: {title}", en: "Preview: {title}", ru: "Предпросмотр: {title}" }
    // The back office's regulations (rules 9.1–9.8): the desk, the editor, agreement, discussion
    RegDeskTitle { az: "Reqlamentlər", en: "Regulations", ru: "Регламенты" }
    RegDeskLead { az: "Qurumun xidmətlərinin inzibati reqlamentləri: layihəni yazın, iştirakçı qurumlarla razılaşdırın, ictimai müzakirəyə çıxarın və təsdiq edin.", en: "The administrative regulations of the agency's services: write the draft, agree it with the participating agencies, put it to public discussion and approve it.", ru: "Административные регламенты услуг ведомства: напишите проект, согласуйте его с участвующими ведомствами, вынесите на общественное обсуждение и утвердите." }
    RegDeskNone { az: "Qurumun xidməti yoxdur.", en: "The agency has no services.", ru: "У ведомства нет услуг." }
    RegColumnStage { az: "Layihə", en: "Draft", ru: "Проект" }
    RegColumnApproved { az: "Təsdiq edilmiş versiya", en: "Approved version", ru: "Утверждённая версия" }
    RegStageDraft { az: "Layihə yazılır", en: "Being written", ru: "Готовится" }
    RegStageDiscussion { az: "İctimai müzakirədə {date} tarixinədək", en: "In public discussion until {date}", ru: "На общественном обсуждении до {date}" }
    RegNotApproved { az: "Təsdiq edilməyib", en: "Not approved", ru: "Не утверждён" }
    RegNoDraftLead { az: "Saxlanmış layihə yoxdur: redaktor qüvvədə olan reqlamentdən başlayır.", en: "There is no saved draft: the editor starts from the regulation in force.", ru: "Сохранённого проекта нет: редактор начинает с действующего регламента." }
    RegToAgreeTitle { az: "Razılaşdırılması istənən layihələr", en: "Drafts you are asked to agree to", ru: "Проекты на согласовании" }
    RegToAgreeLead { az: "Bu layihələrdə qurumunuz xidmətin iştirakçısı kimi göstərilib (qayda 9.2): layihəni oxuyun, razılaşın və ya etirazınızı yazın.", en: "These drafts name your agency as taking part in the service (rule 9.2): read the draft, then agree or write your objection.", ru: "В этих проектах ваше ведомство указано участником услуги (правило 9.2): прочитайте проект и согласуйте его или напишите возражение." }
    RegToAgreeNone { az: "Razılaşdırılması istənən layihə yoxdur.", en: "No drafts are waiting for your agreement.", ru: "Проектов на согласовании нет." }
    RegShowDraft { az: "Layihəni oxuyun", en: "Read the draft", ru: "Прочитать проект" }
    RegYourDecision { az: "Cavabınız", en: "Your answer", ru: "Ваш ответ" }
    RegPending { az: "Gözlənilir", en: "Waiting", ru: "Ожидается" }
    RegAgreed { az: "Razılaşdı", en: "Agreed", ru: "Согласовано" }
    RegObjected { az: "Etiraz etdi", en: "Objected", ru: "Есть возражение" }
    RegDecisionLegend { az: "Layihə ilə razısınızmı?", en: "Do you agree to the draft?", ru: "Согласны ли вы с проектом?" }
    RegAgree { az: "Razıyam", en: "I agree", ru: "Согласен" }
    RegObject { az: "Etiraz edirəm", en: "I object", ru: "Возражаю" }
    RegAgreementComment { az: "Şərh", en: "Comment", ru: "Комментарий" }
    RegAgreementCommentHint { az: "Etiraz edirsinizsə, nəyin dəyişməli olduğunu yazın.", en: "If you object, say what should change.", ru: "Если вы возражаете, напишите, что нужно изменить." }
    RegSendDecision { az: "Cavabı göndər", en: "Send the answer", ru: "Отправить ответ" }
    RegDecisionSent { az: "Cavabınız göndərildi: layihəni hazırlayan qurum onu görür.", en: "Your answer is sent: the agency writing the draft sees it.", ru: "Ваш ответ отправлен: ведомство, готовящее проект, его видит." }
    RegEditorTitle { az: "Reqlament: {title}", en: "Regulation: {title}", ru: "Регламент: {title}" }
    RegBack { az: "Bütün reqlamentlər", en: "All regulations", ru: "Все регламенты" }
    RegEditorLead { az: "Layihəni istənilən vaxt, natamam olsa da, saxlaya bilərsiniz. İctimai müzakirəyə yalnız tam layihə çıxarılır: hər mətn üç dildə.", en: "You can save the draft at any time, even unfinished. Only a complete draft goes to public discussion: every text in all three languages.", ru: "Проект можно сохранить в любой момент, даже незаконченным. На общественное обсуждение выносится только полный проект: каждый текст на трёх языках." }
    RegMissingNone { az: "Heç nə: layihə ictimai müzakirəyə çıxarıla bilər.", en: "Nothing: the draft can go to public discussion.", ru: "Ничего: проект можно вынести на общественное обсуждение." }
    RegMissingCount { az: "Müzakirəyə çıxarmazdan əvvəl düzəldilməli: {count}.", en: "To fix before public discussion: {count}.", ru: "Исправить до общественного обсуждения: {count}." }
    RegSaved { az: "Layihə saxlanıldı.", en: "The draft is saved.", ru: "Проект сохранён." }
    RegListNone { az: "Yoxdur", en: "None", ru: "Нет" }
    RegListSome { az: "Var — siyahını yazın", en: "Yes — list them", ru: "Есть — перечислите" }
    RegItemNumber { az: "Bənd {n}", en: "Item {n}", ru: "Пункт {n}" }
    RegAdd { az: "+ Əlavə et", en: "+ Add", ru: "+ Добавить" }
    RegRemove { az: "Sil", en: "Remove", ru: "Удалить" }
    RegStepNumber { az: "Mərhələ {n}", en: "Step {n}", ru: "Этап {n}" }
    RegStepTitle { az: "Nə edilir", en: "What is done", ru: "Что делается" }
    RegAddStep { az: "+ Mərhələ əlavə et", en: "+ Add a step", ru: "+ Добавить этап" }
    RegAmountNumber { az: "Məbləğ {n}", en: "Amount {n}", ru: "Сумма {n}" }
    RegFeeAmounts { az: "Məbləğlər", en: "Amounts", ru: "Суммы" }
    RegFeePurpose { az: "Nə üçün ödənilir", en: "What it is for", ru: "За что взимается" }
    RegFeeMeans { az: "Ödəniş üsulları", en: "How it is paid", ru: "Способы оплаты" }
    RegAddAmount { az: "+ Məbləğ əlavə et", en: "+ Add an amount", ru: "+ Добавить сумму" }
    RegAmountInvalid { az: "Məbləği qəpiklə, 1-dən 1 000 000-dək tam ədəd kimi yazın (200 = 2 manat)", en: "Enter the amount in qəpik, a whole number from 1 to 1,000,000 (200 = 2 manat)", ru: "Введите сумму в гяпиках целым числом от 1 до 1 000 000 (200 = 2 маната)" }
    RegDaysHint { az: "Müraciət qəbul edildikdən sonra neçə iş günü; eyni gün üçün 0. Müraciətin son müddəti bununla hesablanır.", en: "How many working days after the application is received; 0 for the same day. The application's due date is counted from it.", ru: "Сколько рабочих дней после приёма заявления; 0 — в тот же день. По нему считается срок заявления." }
    RegWhereHint { az: "https:// ilə başlayan ünvan, məsələn https://www.e-gov.az", en: "An address starting with https://, such as https://www.e-gov.az", ru: "Адрес, начинающийся с https://, например https://www.e-gov.az" }
    RegUsersHint { az: "Uyğun olanların hamısını seçin.", en: "Select all that apply.", ru: "Выберите все подходящие." }
    RegAgencyNumber { az: "Qurumun nömrəsi", en: "Agency number", ru: "Номер ведомства" }
    RegAgencyHint { az: "2011-ci il siyahısındakı nömrəsi, məsələn 33. Hər iştirakçı qurum layihə ilə razılaşmalıdır (qayda 9.2).", en: "Its number in the 2011 list, such as 33. Each participating agency must agree to the draft (rule 9.2).", ru: "Его номер в перечне 2011 года, например 33. Каждое участвующее ведомство должно согласовать проект (правило 9.2)." }
    RegAddAgency { az: "Qurumu əlavə et", en: "Add the agency", ru: "Добавить ведомство" }
    RegAgencyUnknown { az: "Siyahıda bu nömrə ilə qurum yoxdur: nömrəni yoxlayın", en: "No agency in the list has this number: check the number", ru: "В перечне нет ведомства с таким номером: проверьте номер" }
    RegAgencyOwn { az: "Bu, xidməti göstərən qurumun özüdür", en: "This is the agency providing the service itself", ru: "Это само ведомство, оказывающее услугу" }
    RegAgencyTwice { az: "Bu qurum artıq əlavə edilib", en: "This agency is already added", ru: "Это ведомство уже добавлено" }
    RegAgenciesNone { az: "İştirakçı qurum yoxdur.", en: "No participating agencies.", ru: "Участвующих ведомств нет." }
    RegAgreementsTitle { az: "İştirakçı qurumların razılığı", en: "Agreement of the participating agencies", ru: "Согласование с участвующими ведомствами" }
    RegAgreementsHint { az: "Layihə hər dəfə saxlandıqda razılıq yenidən istənilir.", en: "Each time the draft is saved, agreement is asked for again.", ru: "При каждом сохранении проекта согласование запрашивается заново." }
    RegDiscussionTitle { az: "İctimai müzakirə", en: "Public discussion", ru: "Общественное обсуждение" }
    RegUntil { az: "Müzakirənin son günü", en: "Last day of the discussion", ru: "Последний день обсуждения" }
    RegUntilHint { az: "Ən çoxu 90 gün sonra.", en: "At most 90 days from today.", ru: "Не позже чем через 90 дней." }
    RegToDiscussion { az: "İctimai müzakirəyə çıxar", en: "Put to public discussion", ru: "Вынести на общественное обсуждение" }
    RegToDiscussionHint { az: "Layihə saxlanılır və portalda hamı üçün dərc olunur; daxil olmuş istifadəçilər rəy yaza bilər. Müzakirə müddətində layihə dəyişdirilmir.", en: "The draft is saved and published on the portal for everyone; logged-in users can comment. The draft does not change during the discussion.", ru: "Проект сохраняется и публикуется на портале для всех; вошедшие пользователи могут оставлять комментарии. Во время обсуждения проект не меняется." }
    RegPutToDiscussion { az: "Layihə ictimai müzakirəyə çıxarıldı.", en: "The draft is now in public discussion.", ru: "Проект вынесен на общественное обсуждение." }
    RegReadOnly { az: "Layihə ictimai müzakirədədir: reqlament təsdiq edilənə qədər dəyişdirilə bilməz.", en: "The draft is in public discussion: it cannot be changed until the regulation is approved.", ru: "Проект на общественном обсуждении: его нельзя изменить до утверждения регламента." }
    RegOpenedOn { az: "Müzakirəyə çıxarılıb: {date}", en: "Put to discussion on {date}", ru: "Вынесен на обсуждение: {date}" }
    RegSeeCard { az: "Xidmətin kartında baxın", en: "See it on the service's card", ru: "Посмотреть в карточке услуги" }
    RegCommentsTitle { az: "Rəylər", en: "Comments", ru: "Комментарии" }
    RegCommentsNone { az: "Hələ rəy yoxdur.", en: "No comments yet.", ru: "Комментариев пока нет." }
    RegAnswerLabel { az: "Qurumun cavabı", en: "The agency's answer", ru: "Ответ ведомства" }
    RegAnswerHint { az: "Cavab hamıya görünür. Ən çoxu 2000 simvol.", en: "The answer is public. At most 2000 characters.", ru: "Ответ виден всем. Не более 2000 символов." }
    RegAnswer { az: "Cavabla", en: "Answer", ru: "Ответить" }
    RegAnswered { az: "Cavab dərc edildi.", en: "The answer is published.", ru: "Ответ опубликован." }
    RegApprove { az: "Təsdiq et", en: "Approve", ru: "Утвердить" }
    RegApproveHint { az: "Təsdiqdən əvvəl hər rəyə cavab verin. Təsdiq edilmiş reqlament xidmətin kartında dərc olunur.", en: "Answer every comment before approving. The approved regulation is published on the service's card.", ru: "Перед утверждением ответьте на каждый комментарий. Утверждённый регламент публикуется в карточке услуги." }
    RegApproveConfirm { az: "Layihə {version} nömrəli versiya kimi təsdiq edilsin və dərc olunsun?", en: "Approve the draft and publish it as version {version}?", ru: "Утвердить проект и опубликовать его как версию {version}?" }
    RegApproveYes { az: "Bəli, təsdiq et", en: "Yes, approve", ru: "Да, утвердить" }
    RegApproved { az: "Təsdiq edildi: versiya {version}", en: "Approved: version {version}", ru: "Утверждено: версия {version}" }
    RegVersionsTitle { az: "Təsdiq edilmiş versiyalar", en: "Approved versions", ru: "Утверждённые версии" }
    RegVersionsNone { az: "Hələ heç bir versiya təsdiq edilməyib.", en: "No version has been approved yet.", ru: "Ещё ни одна версия не утверждена." }
    RegColumnApprovedOn { az: "Təsdiq tarixi", en: "Approved on", ru: "Дата утверждения" }
    RegNotGiven { az: "Göstərilməyib", en: "Not given", ru: "Не указано" }
    RegChooseDecision { az: "«Razıyam» və ya «Etiraz edirəm» seçin", en: "Choose “I agree” or “I object”", ru: "Выберите «Согласен» или «Возражаю»" }
    RegObjectionReason { az: "Etiraz edirsinizsə, səbəbini şərhdə yazın", en: "If you object, say why in the comment", ru: "Если вы возражаете, укажите причину в комментарии" }
}
