//! Every page's address, in one place: the client renders by it and the server answers a real
//! 404 for any path that is not one of these.

use crate::api::{AGENCIES_PATH, CATALOGUE_PATH, LoginMeans, agency_path, service_path};
use crate::area::Area;
use crate::domain::{
    AgencyNumber, ApplicationNumber, LetterNumber, PaymentId, ResultCode, ServiceNumber,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClientRoute {
    Home,
    /// All services grouped by agency, or search results when the address has `?q=`.
    Services,
    Agencies,
    Agency(AgencyNumber),
    Service(ServiceNumber),
    Apply(ServiceNumber),
    /// The draft of a service's regulation in public discussion, with its comments (rule 9.7).
    ServiceDiscussion(ServiceNumber),
    /// The approved versions of a service's regulation, compared, with their discussions.
    RegulationHistory(ServiceNumber),
    /// Every draft regulation in public discussion now.
    Discussions,
    Privacy,
    Accessibility,
    Register,
    /// Where the confirmation link of the first e-mail leads (`?token=`).
    ConfirmAccount,
    /// Where the link of the second e-mail leads (`?token=`).
    SetPassword,
    ForgotPassword,
    /// Where the link confirming a new e-mail address leads (`?token=`).
    ConfirmEmail,
    Login,
    /// "Necə əldə etməli?": how to get a means of logging in.
    LoginHow(LoginMeans),
    /// Where an identity system sends the browser back (`?attempt=`).
    LoginReturn,
    Cabinet,
    Settings,
    /// A payment: where the gateway sends the browser back, and the receipt.
    Payment(PaymentId),
    /// The host's registration form of the place-of-stay service.
    HostRegistration,
    /// An application: its form while it is a draft or returned, else its progress.
    Application(ApplicationNumber),
    /// "Müraciətlərim": the person's applications of every service.
    MyApplications,
    /// "Yazışmalarım": the person's official letters to agencies (rules 11.6–11.7).
    Letters,
    /// A new letter (`?agency=` chooses the agency, as an E-müraciət service's card does).
    NewLetter,
    /// A letter and its thread.
    Letter(LetterNumber),
    /// The public check of a result document: a form for the code, or the result of one.
    Verify,
    VerifyCode(ResultCode),
    /// The back office: the agency's queue (`?status=&mine=&overdue=&q=&after=`).
    Office,
    OfficeApplication(ApplicationNumber),
    /// Hosts waiting for their address to be verified (the migration service).
    OfficeHosts,
    /// A host's address, with what it is checked against.
    OfficeHostPlace(i64),
    OfficeOfficers,
    OfficeAudit,
    /// The administrator's public-holiday calendar (`?year=`).
    OfficeCalendar,
    /// The supervisor's complaints waiting for an answer.
    OfficeComplaints,
    /// The agency's correspondence queue, beside the applications' queue.
    OfficeLetters,
    OfficeLetter(LetterNumber),
    /// "Reyestr müraciətləri": the supervisor's agency's registry applications.
    OfficeRegistry,
    /// The registry application form (appendix 2 of the 2011 rules).
    OfficeRegistryNew,
    /// The registry operator's queue of registry applications by due date.
    OfficeRegistryQueue,
    /// One registry application, by its id.
    OfficeRegistryApplication(i64),
    /// The supervisor's interactive services, each with its form's draft and versions.
    OfficeForms,
    /// The editor of one service's form.
    OfficeForm(ServiceNumber),
    /// The saved draft of a service's form as the citizen will fill it in, nothing sent: an area
    /// of its own (`Area::FormPreview`).
    OfficeFormPreview(ServiceNumber),
    /// "Reqlamentlər": the supervisor's services with their regulations' stage, and the other
    /// agencies' drafts to agree to (rule 9.2).
    OfficeRegulations,
    /// The editor of one service's regulation, its agreement, discussion and versions.
    OfficeRegulation(ServiceNumber),
    /// Development and demo only: the demo officers' authenticator codes.
    DevOfficers,
    /// Development only: the e-mails the portal sent.
    DevMailbox,
    /// Development only: the simulated Asan İmza phone.
    DevAsanImza,
    /// Development only: the simulated e-signature and E-Gov pages (`?means=&request=`).
    DevIdentity,
    /// Development only: the simulated payment gateway's card page (`?order=`).
    DevGateway,
}

impl ClientRoute {
    /// The route for a path (without query or fragment); `None` for anything else.
    pub fn parse(path: &str) -> Option<Self> {
        if path.contains("//") {
            return None;
        }
        let path = path
            .strip_suffix('/')
            .filter(|p| !p.is_empty())
            .unwrap_or(path);
        let segments: Vec<&str> = path.strip_prefix('/')?.split('/').collect();
        Some(match segments.as_slice() {
            [""] => Self::Home,
            ["services"] => Self::Services,
            ["agencies"] => Self::Agencies,
            ["agencies", n] => Self::Agency(AgencyNumber::parse(n)?),
            ["services", n] => Self::Service(ServiceNumber::parse(n)?),
            ["services", n, "apply"] => Self::Apply(ServiceNumber::parse(n)?),
            ["services", n, "discussion"] => Self::ServiceDiscussion(ServiceNumber::parse(n)?),
            ["services", n, "regulation"] => Self::RegulationHistory(ServiceNumber::parse(n)?),
            ["regulations"] => Self::Discussions,
            ["privacy"] => Self::Privacy,
            ["accessibility"] => Self::Accessibility,
            ["account", "register"] => Self::Register,
            ["account", "confirm"] => Self::ConfirmAccount,
            ["account", "password"] => Self::SetPassword,
            ["account", "forgot"] => Self::ForgotPassword,
            ["account", "email"] => Self::ConfirmEmail,
            ["login"] => Self::Login,
            ["login", "how", means] => Self::LoginHow(LoginMeans::from_slug(means)?),
            ["login", "return"] => Self::LoginReturn,
            ["cabinet"] => Self::Cabinet,
            ["cabinet", "settings"] => Self::Settings,
            ["payments", id] => Self::Payment(PaymentId::parse(id)?),
            ["place-of-stay", "host"] => Self::HostRegistration,
            ["applications", n] => Self::Application(ApplicationNumber::parse(n)?),
            ["applications"] => Self::MyApplications,
            ["letters"] => Self::Letters,
            ["letters", "new"] => Self::NewLetter,
            ["letters", n] => Self::Letter(LetterNumber::parse(n)?),
            ["verify"] => Self::Verify,
            ["verify", code] => Self::VerifyCode(ResultCode::parse(code)?),
            ["office"] => Self::Office,
            ["office", "applications", n] => Self::OfficeApplication(ApplicationNumber::parse(n)?),
            ["office", "hosts"] => Self::OfficeHosts,
            ["office", "hosts", id] => Self::OfficeHostPlace(record_id(id)?),
            ["office", "officers"] => Self::OfficeOfficers,
            ["office", "audit"] => Self::OfficeAudit,
            ["office", "calendar"] => Self::OfficeCalendar,
            ["office", "complaints"] => Self::OfficeComplaints,
            ["office", "letters"] => Self::OfficeLetters,
            ["office", "letters", n] => Self::OfficeLetter(LetterNumber::parse(n)?),
            ["office", "registry"] => Self::OfficeRegistry,
            ["office", "registry", "new"] => Self::OfficeRegistryNew,
            ["office", "registry", "queue"] => Self::OfficeRegistryQueue,
            ["office", "registry", id] => Self::OfficeRegistryApplication(record_id(id)?),
            ["office", "forms"] => Self::OfficeForms,
            ["office", "forms", n] => Self::OfficeForm(ServiceNumber::parse(n)?),
            ["office", "forms", n, "preview"] => Self::OfficeFormPreview(ServiceNumber::parse(n)?),
            ["office", "regulations"] => Self::OfficeRegulations,
            ["office", "regulations", n] => Self::OfficeRegulation(ServiceNumber::parse(n)?),
            ["dev", "officers"] => Self::DevOfficers,
            ["dev", "mailbox"] => Self::DevMailbox,
            ["dev", "asan-imza"] => Self::DevAsanImza,
            ["dev", "identity"] => Self::DevIdentity,
            ["dev", "gateway"] => Self::DevGateway,
            _ => return None,
        })
    }

    pub fn href(self) -> String {
        match self {
            Self::Home => "/".into(),
            Self::Services => "/services".into(),
            Self::Agencies => "/agencies".into(),
            Self::Agency(n) => format!("/agencies/{n}"),
            Self::Service(n) => format!("/services/{n}"),
            Self::Apply(n) => format!("/services/{n}/apply"),
            Self::ServiceDiscussion(n) => format!("/services/{n}/discussion"),
            Self::RegulationHistory(n) => format!("/services/{n}/regulation"),
            Self::Discussions => "/regulations".into(),
            Self::Privacy => "/privacy".into(),
            Self::Accessibility => "/accessibility".into(),
            Self::Register => "/account/register".into(),
            Self::ConfirmAccount => "/account/confirm".into(),
            Self::SetPassword => "/account/password".into(),
            Self::ForgotPassword => "/account/forgot".into(),
            Self::ConfirmEmail => "/account/email".into(),
            Self::Login => "/login".into(),
            Self::LoginHow(means) => format!("/login/how/{}", means.slug()),
            Self::LoginReturn => "/login/return".into(),
            Self::Cabinet => "/cabinet".into(),
            Self::Settings => "/cabinet/settings".into(),
            Self::Payment(id) => format!("/payments/{id}"),
            Self::HostRegistration => "/place-of-stay/host".into(),
            Self::Application(n) => format!("/applications/{n}"),
            Self::MyApplications => "/applications".into(),
            Self::Letters => "/letters".into(),
            Self::NewLetter => "/letters/new".into(),
            Self::Letter(n) => format!("/letters/{n}"),
            Self::Verify => "/verify".into(),
            Self::VerifyCode(code) => format!("/verify/{code}"),
            Self::Office => "/office".into(),
            Self::OfficeApplication(n) => format!("/office/applications/{n}"),
            Self::OfficeHosts => "/office/hosts".into(),
            Self::OfficeHostPlace(id) => format!("/office/hosts/{id}"),
            Self::OfficeOfficers => "/office/officers".into(),
            Self::OfficeAudit => "/office/audit".into(),
            Self::OfficeCalendar => "/office/calendar".into(),
            Self::OfficeComplaints => "/office/complaints".into(),
            Self::OfficeLetters => "/office/letters".into(),
            Self::OfficeLetter(n) => format!("/office/letters/{n}"),
            Self::OfficeRegistry => "/office/registry".into(),
            Self::OfficeRegistryNew => "/office/registry/new".into(),
            Self::OfficeRegistryQueue => "/office/registry/queue".into(),
            Self::OfficeRegistryApplication(id) => format!("/office/registry/{id}"),
            Self::OfficeForms => "/office/forms".into(),
            Self::OfficeForm(n) => format!("/office/forms/{n}"),
            Self::OfficeRegulations => "/office/regulations".into(),
            Self::OfficeRegulation(n) => format!("/office/regulations/{n}"),
            Self::OfficeFormPreview(n) => format!("/office/forms/{n}/preview"),
            Self::DevOfficers => "/dev/officers".into(),
            Self::DevMailbox => "/dev/mailbox".into(),
            Self::DevAsanImza => "/dev/asan-imza".into(),
            Self::DevIdentity => "/dev/identity".into(),
            Self::DevGateway => "/dev/gateway".into(),
        }
    }
}

impl ClientRoute {
    /// The page's name: a page loaded apart from its area's module is the lazy function of this
    /// name (`lazy_pages! { services() => … }`), and the server reads the built client's list of
    /// those to preload, for a deep link, the parts its page needs.
    pub fn page_name(self) -> &'static str {
        match self {
            Self::Home => "home",
            Self::Services => "services",
            Self::Agencies => "agencies",
            Self::Agency(_) => "agency",
            Self::Service(_) => "service",
            Self::ServiceDiscussion(_) => "service_discussion",
            Self::RegulationHistory(_) => "regulation_history",
            Self::Apply(number) => crate::services::page_of(number),
            Self::Discussions => "discussions",
            Self::Privacy => "privacy",
            Self::Accessibility => "accessibility",
            Self::Register => "register",
            Self::ConfirmAccount => "confirm_account",
            Self::SetPassword => "set_password",
            Self::ForgotPassword => "forgot_password",
            Self::ConfirmEmail => "confirm_email",
            Self::Login => "login",
            Self::LoginHow(_) => "login_how",
            Self::LoginReturn => "login_return",
            Self::Cabinet => "cabinet",
            Self::Settings => "settings",
            Self::Payment(_) => "payment",
            Self::HostRegistration => "host_registration",
            Self::Application(_) => "application",
            Self::MyApplications => "my_applications",
            Self::Letters => "letters",
            Self::NewLetter => "new_letter",
            Self::Letter(_) => "letter",
            Self::Verify => "verify",
            Self::VerifyCode(_) => "verify_code",
            Self::Office => "office",
            Self::OfficeApplication(_) => "office_application",
            Self::OfficeHosts | Self::OfficeHostPlace(_) => "office_registry_application",
            Self::OfficeOfficers => "office_officers",
            Self::OfficeAudit => "office_audit",
            Self::OfficeCalendar => "office_calendar",
            Self::OfficeComplaints => "office_complaints",
            Self::OfficeLetters => "office_letters",
            Self::OfficeLetter(_) => "office_letter",
            Self::OfficeRegistry => "office_registry",
            Self::OfficeRegistryNew => "office_registry_new",
            Self::OfficeRegistryQueue => "office_registry_queue",
            Self::OfficeRegistryApplication(_) => "office_registry_application",
            Self::OfficeForms => "office_forms",
            Self::OfficeForm(_) => "office_form",
            Self::OfficeFormPreview(_) => "office_form_preview",
            Self::OfficeRegulations | Self::OfficeRegulation(_) => "office_regulations",
            Self::DevOfficers => "dev_officers",
            Self::DevMailbox => "dev_mailbox",
            Self::DevAsanImza => "dev_asan_imza",
            Self::DevIdentity => "dev_identity",
            Self::DevGateway => "dev_gateway",
        }
    }

    /// The lazy page a visitor with a session opens at this address, where it is not a guest's:
    /// the place of stay's page is the host's desk for a host and a choice for a guest.
    pub fn page_name_signed_in(self) -> &'static str {
        match self {
            Self::Apply(_) if self.area() == Area::PlaceOfStay => "host_desk",
            _ => self.page_name(),
        }
    }

    /// The public data the page reads first from the API, if any: the server preloads it with
    /// the page, so on a deep link it arrives with the module rather than after it has started.
    pub fn first_read(self) -> Option<String> {
        match self {
            Self::Home => Some(AGENCIES_PATH.into()),
            Self::Services => Some(CATALOGUE_PATH.into()),
            Self::Agency(number) => Some(agency_path(number)),
            Self::Service(number) | Self::Apply(number) => Some(service_path(number)),
            _ => None,
        }
    }
}

impl ClientRoute {
    pub fn area(self) -> Area {
        match self {
            Self::Home
            | Self::Services
            | Self::Agencies
            | Self::Agency(_)
            | Self::Service(_)
            | Self::ServiceDiscussion(_)
            | Self::RegulationHistory(_)
            | Self::Discussions
            | Self::Privacy
            | Self::Accessibility
            | Self::Verify
            | Self::VerifyCode(_) => Area::Public,
            Self::Register
            | Self::ConfirmAccount
            | Self::SetPassword
            | Self::ForgotPassword
            | Self::ConfirmEmail
            | Self::Login
            | Self::LoginHow(_)
            | Self::LoginReturn => Area::Account,
            Self::Apply(number) => crate::services::area_of(number),
            Self::Cabinet | Self::Settings | Self::MyApplications | Self::Application(_) => {
                Area::Cabinet
            }
            Self::Letters
            | Self::NewLetter
            | Self::Letter(_)
            | Self::OfficeLetters
            | Self::OfficeLetter(_) => Area::Letters,
            Self::HostRegistration => Area::PlaceOfStay,
            Self::Payment(_) => Area::Public,
            Self::Office
            | Self::OfficeApplication(_)
            | Self::OfficeHosts
            | Self::OfficeHostPlace(_)
            | Self::OfficeOfficers
            | Self::OfficeAudit
            | Self::OfficeCalendar
            | Self::OfficeComplaints
            | Self::OfficeRegistry
            | Self::OfficeRegistryNew
            | Self::OfficeRegistryQueue
            | Self::OfficeRegistryApplication(_)
            | Self::OfficeForms
            | Self::OfficeForm(_)
            | Self::OfficeRegulations
            | Self::OfficeRegulation(_) => Area::Office,
            Self::OfficeFormPreview(_) => Area::FormPreview,
            Self::DevOfficers
            | Self::DevMailbox
            | Self::DevAsanImza
            | Self::DevIdentity
            | Self::DevGateway => Area::Dev,
        }
    }
}

/// A row's id as an address carries it: digits without a leading zero.
fn record_id(raw: &str) -> Option<i64> {
    let digits = !raw.is_empty() && raw.len() <= 12 && raw.bytes().all(|b| b.is_ascii_digit());
    (digits && !raw.starts_with('0')).then(|| raw.parse().ok())?
}

/// Whether `path` is a page of this site to send a person to after logging in: a path from the
/// root, never another site's address. Browsers read `\` as `/` and drop tabs and line breaks
/// in an address, so `/\evil.example` or `/<tab>/evil.example` would lead away too.
pub fn same_site_path(path: &str) -> bool {
    path.starts_with('/')
        && !path.starts_with("//")
        && !path.contains('\\')
        && !path.chars().any(char::is_control)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_parses_back_from_its_href() {
        let n = ServiceNumber::parse("33.10").unwrap();
        let routes = [
            ClientRoute::Home,
            ClientRoute::Services,
            ClientRoute::Agencies,
            ClientRoute::Agency(n.agency()),
            ClientRoute::Service(n),
            ClientRoute::Apply(n),
            ClientRoute::ServiceDiscussion(n),
            ClientRoute::RegulationHistory(n),
            ClientRoute::Discussions,
            ClientRoute::Privacy,
            ClientRoute::Accessibility,
            ClientRoute::Register,
            ClientRoute::ConfirmAccount,
            ClientRoute::SetPassword,
            ClientRoute::ForgotPassword,
            ClientRoute::ConfirmEmail,
            ClientRoute::Login,
            ClientRoute::LoginHow(LoginMeans::AsanImza),
            ClientRoute::LoginReturn,
            ClientRoute::Cabinet,
            ClientRoute::Settings,
            ClientRoute::DevMailbox,
            ClientRoute::DevAsanImza,
            ClientRoute::DevIdentity,
            ClientRoute::DevGateway,
            ClientRoute::Payment(PaymentId::parse(&"ab".repeat(32)).unwrap()),
            ClientRoute::HostRegistration,
            ClientRoute::Application(ApplicationNumber::parse("2026-000001").unwrap()),
            ClientRoute::MyApplications,
            ClientRoute::Letters,
            ClientRoute::NewLetter,
            ClientRoute::Letter(LetterNumber::parse("M-2026-000001").unwrap()),
            ClientRoute::OfficeLetters,
            ClientRoute::OfficeLetter(LetterNumber::parse("M-2026-000001").unwrap()),
            ClientRoute::Verify,
            ClientRoute::VerifyCode(ResultCode::parse("ABCD-EFGH-JKMN").unwrap()),
            ClientRoute::Office,
            ClientRoute::OfficeApplication(ApplicationNumber::parse("2026-000001").unwrap()),
            ClientRoute::OfficeHosts,
            ClientRoute::OfficeHostPlace(7),
            ClientRoute::OfficeOfficers,
            ClientRoute::OfficeAudit,
            ClientRoute::OfficeCalendar,
            ClientRoute::OfficeComplaints,
            ClientRoute::OfficeRegistry,
            ClientRoute::OfficeRegistryNew,
            ClientRoute::OfficeRegistryQueue,
            ClientRoute::OfficeRegistryApplication(12),
            ClientRoute::OfficeForms,
            ClientRoute::OfficeForm(ServiceNumber::parse("33.2").unwrap()),
            ClientRoute::OfficeFormPreview(ServiceNumber::parse("33.2").unwrap()),
            ClientRoute::OfficeRegulations,
            ClientRoute::OfficeRegulation(ServiceNumber::parse("33.2").unwrap()),
            ClientRoute::DevOfficers,
        ];
        for route in routes {
            assert_eq!(ClientRoute::parse(&route.href()), Some(route));
        }
    }

    #[test]
    fn a_service_flow_has_its_own_area_and_other_services_stay_public() {
        let area = |path: &str| ClientRoute::parse(path).map(ClientRoute::area);
        assert_eq!(area("/services/33.11/apply"), Some(Area::PlaceOfStay));
        // Paying a fine needs no login: its flow is a part of the public module, one step from
        // the card (ADR 0010).
        assert_eq!(area("/services/33.10/apply"), Some(Area::Public));
        assert_eq!(
            area(&format!("/payments/{}", "0f".repeat(32))),
            Some(Area::Public)
        );
        assert_eq!(area("/services/42.1/apply"), Some(Area::DebtCertificate));
        assert_eq!(area("/services/7.8/apply"), Some(Area::Customs));
        assert_eq!(area("/services/1.1/apply"), Some(Area::Public));
        assert_eq!(area("/services/33.11"), Some(Area::Public));
        assert_eq!(area("/office/registry/12"), Some(Area::Office));
        assert_eq!(area("/office/forms"), Some(Area::Office));
        assert_eq!(area("/office/forms/33.2"), Some(Area::Office));
        assert_eq!(area("/office/forms/33.2/preview"), Some(Area::FormPreview));
        assert_eq!(area("/office/regulations/33.2"), Some(Area::Office));
        assert_eq!(area("/letters/M-2026-000001"), Some(Area::Letters));
        assert_eq!(area("/office/letters"), Some(Area::Letters));
        assert_eq!(area("/cabinet"), Some(Area::Cabinet));
        assert_eq!(area("/login"), Some(Area::Account));
        assert_eq!(area("/dev/mailbox"), Some(Area::Dev));
    }

    #[test]
    fn unknown_paths_are_not_routes() {
        for path in [
            "",
            "/nope",
            "/services/abc",
            "/agencies/33/x",
            "/login/how/sms",
            "/payments",
            "/payments/xyz",
            "/applications/1",
            "/verify/ABCD-EFGH-JKM0",
            "/office/applications/x",
            "/office/registry/012",
            "/office/registry/x1",
            "/office/registry/1/2",
            "/office/calendar/2026",
            "/office/forms/x",
            "/office/forms/33.2/edit",
            "/office/forms/33.2/preview/1",
            "/office/forms/x/preview",
            "/office/regulations/x",
            "/office/regulations/33.2/edit",
            "/api/health",
            "/pkg/app.js",
            "//",
        ] {
            assert_eq!(ClientRoute::parse(path), None, "{path}");
        }
        assert_eq!(
            ClientRoute::parse("/services/"),
            Some(ClientRoute::Services)
        );
    }

    #[test]
    fn only_a_path_of_this_site_is_a_way_back() {
        for ours in ["/services/42.1/apply", "/cabinet?page=2", "/"] {
            assert!(same_site_path(ours), "{ours}");
        }
        for theirs in [
            "//evil.example",
            "/\\evil.example",
            "/\t/evil.example",
            "https://evil.example",
            "javascript:alert(1)",
            "",
        ] {
            assert!(!same_site_path(theirs), "{theirs}");
        }
    }
}
