//! Registration at the place of stay (seed 002): the host's registration, and the host's
//! application for a foreigner's stay. The rules here are the ones both the client's steps and
//! the server's submit apply.

use serde::{Deserialize, Serialize};

use super::form::FormCheck;
use super::{ErrorCode, FieldProblem, FileRef, ReferenceData, ReferenceList};
use crate::domain::{CalendarDate, DocumentNumber, Email, Lang, PassportNumber, Phone, Voen};
use crate::i18n::Msg;

/// "Olduğu yer üzrə qeydiyyata alınma": the service whose applications only verified hosts make.
pub const PLACE_OF_STAY: &str = "33.11";

pub const NAME_MAX: usize = 100;
pub const TEXT_MAX: usize = 200;
pub const COMMENT_MAX: usize = 1000;
/// The addresses a host keeps that were not refused: a hotel chain's fit, and more is for the
/// agency to register by other means.
pub const MAX_HOST_PLACES: usize = 20;
pub const MAX_STAY_DAYS: u32 = 365;
pub const MAX_COMPANIONS: usize = 20;
pub const MAX_PAGES: usize = 10;
/// The citizenship choice of a stateless person, beside the countries.
pub const STATELESS: &str = "stateless";
/// Azerbaijan's code: its citizens are not registered as foreigners.
pub const AZERBAIJAN: &str = "AZ";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Gender {
    Male,
    Female,
    Unknown,
}

impl Gender {
    pub const ALL: [Self; 3] = [Self::Male, Self::Female, Self::Unknown];

    pub fn code(self) -> &'static str {
        match self {
            Self::Male => "male",
            Self::Female => "female",
            Self::Unknown => "unknown",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|g| g.code() == raw)
    }

    /// "Kişi", "Qadın" or "Naməlum".
    pub fn msg(self) -> Msg {
        match self {
            Self::Male => Msg::GenderMale,
            Self::Female => Msg::GenderFemale,
            Self::Unknown => Msg::GenderUnknown,
        }
    }
}

/// "Fiziki şəxs" or "Hüquqi şəxs".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum HostKind {
    #[default]
    Natural,
    Legal,
}

/// The host's registration form (Şəkil 2–6), as typed; the legal person's form shares the
/// person and address groups, whose person is then the responsible one.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(default)]
pub struct HostForm {
    pub kind: HostKind,
    pub document_type: String,
    pub document_number: String,
    pub document_issued: String,
    pub document_expires: String,
    pub document_authority: String,
    pub scan: Vec<FileRef>,
    pub organisation: String,
    pub voen: String,
    pub organisation_kind: String,
    pub surname: String,
    pub name: String,
    pub patronymic: String,
    pub gender: String,
    pub citizenship: String,
    pub birth_date: String,
    pub birth_country: String,
    pub birth_place: String,
    pub home_phone: String,
    pub mobile_phone: String,
    pub email: String,
    #[serde(flatten)]
    pub address: HostAddressForm,
}

/// "Ünvan məlumatları" as typed: the address a host registers with, or one they add later.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(default)]
pub struct HostAddressForm {
    pub region: String,
    pub district: String,
    pub settlement: String,
    pub street: String,
    pub building: String,
    pub entrance: String,
    pub block: String,
    pub floor: String,
    pub flat: String,
}

impl HostAddressForm {
    /// The address if it holds its rules, else every problem.
    pub fn parse(&self, reference: &ReferenceData) -> Result<HostAddress, Vec<FieldProblem>> {
        let mut check = FormCheck::new(reference);
        let address = self.read(&mut check);
        check.finish(|| Some(address))
    }

    fn read(&self, check: &mut FormCheck) -> HostAddress {
        HostAddress {
            region: check
                .choice("region", &self.region, ReferenceList::Regions)
                .unwrap_or_default(),
            district: check.optional_text("district", &self.district, TEXT_MAX),
            settlement: check.optional_text("settlement", &self.settlement, TEXT_MAX),
            street: check.optional_text("street", &self.street, TEXT_MAX),
            building: check.optional_text("building", &self.building, 20),
            entrance: check.optional_text("entrance", &self.entrance, 20),
            block: check.optional_text("block", &self.block, 20),
            floor: check.optional_text("floor", &self.floor, 20),
            flat: check.optional_text("flat", &self.flat, 20),
        }
    }
}

/// The host's registration as sent: the form, and the captcha for someone without an account.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct HostRegistrationForm {
    #[serde(flatten)]
    pub host: HostForm,
    pub captcha_id: Option<String>,
    pub captcha_answer: Option<String>,
    /// Instead of the answer: the browser's proof of work for the captcha.
    pub captcha_work: Option<u64>,
}

/// A host as their cabinet shows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct HostView {
    pub kind: HostKind,
    pub name: String,
    /// A legal person's name (a hotel's).
    pub organisation: Option<String>,
    /// Every address the host gave, the first registered first.
    pub addresses: Vec<HostPlace>,
    /// This account is a colleague filing for the organisation, not its first account.
    pub staff: bool,
}

impl HostView {
    /// The addresses the agency confirmed: the places an application may choose from.
    pub fn verified(&self) -> impl Iterator<Item = &HostPlace> {
        self.addresses
            .iter()
            .filter(|place| place.status == HostPlaceStatus::Verified)
    }
}

/// One of the host's addresses ("Seçilmiş ünvan" of each application is one of the verified).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct HostPlace {
    pub id: i64,
    /// One line, in Azerbaijani.
    pub address: String,
    pub status: HostPlaceStatus,
    /// Why the agency refused it, as the officer wrote.
    pub refusal: Option<String>,
}

/// Where an address a host gave stands with the agency.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum HostPlaceStatus {
    Waiting,
    Verified,
    Refused,
}

impl HostPlaceStatus {
    pub fn msg(self) -> Msg {
        match self {
            Self::Waiting => Msg::AddressWaiting,
            Self::Verified => Msg::AddressVerified,
            Self::Refused => Msg::AddressRefused,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Self::Waiting => "waiting",
            Self::Verified => "verified",
            Self::Refused => "refused",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        [Self::Waiting, Self::Verified, Self::Refused]
            .into_iter()
            .find(|status| status.code() == code)
    }
}

/// A colleague of a legal person host, as the host's first account sees them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct HostColleague {
    pub id: i64,
    pub surname: String,
    pub name: String,
    pub email: String,
    /// The colleague confirmed the address and can log in.
    pub joined: bool,
    pub invited_at: String,
}

/// "Əməkdaşı dəvət et" as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(default)]
pub struct ColleagueForm {
    pub surname: String,
    pub name: String,
    pub email: String,
}

/// A colleague to invite, read from the form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewColleague {
    pub surname: String,
    pub name: String,
    pub email: Email,
}

impl ColleagueForm {
    pub fn parse(&self) -> Result<NewColleague, Vec<FieldProblem>> {
        let reference = ReferenceData::default();
        let mut check = FormCheck::new(&reference);
        let surname = check.text("surname", &self.surname, NAME_MAX);
        let name = check.text("name", &self.name, NAME_MAX);
        let email = check.required("email", &self.email, ErrorCode::InvalidEmail, Email::parse);
        check.finish(|| {
            Some(NewColleague {
                surname: surname?,
                name: name?,
                email: email?,
            })
        })
    }
}

/// One of the host's applications, and who of the organisation filed it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct HostApplication {
    pub application: super::ApplicationSummary,
    pub filed_by: String,
    /// Filed by this account: it can open, change and copy it.
    pub mine: bool,
}

/// The address a host receives guests at ("Ünvan məlumatları").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct HostAddress {
    pub region: String,
    pub district: Option<String>,
    pub settlement: Option<String>,
    pub street: Option<String>,
    pub building: Option<String>,
    pub entrance: Option<String>,
    pub block: Option<String>,
    pub floor: Option<String>,
    pub flat: Option<String>,
}

/// A host's registration whose every field holds its rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostRegistration {
    pub kind: HostKind,
    pub surname: String,
    pub name: String,
    pub email: Email,
    pub mobile_phone: Phone,
    pub scan: Vec<FileRef>,
    pub address: HostAddress,
}

impl HostForm {
    pub fn parse(
        &self,
        reference: &ReferenceData,
        today: CalendarDate,
    ) -> Result<HostRegistration, Vec<FieldProblem>> {
        let mut check = FormCheck::new(reference);
        let natural = self.kind == HostKind::Natural;
        if natural {
            check.choice(
                "document_type",
                &self.document_type,
                ReferenceList::HostDocumentTypes,
            );
            check.required(
                "document_number",
                &self.document_number,
                ErrorCode::InvalidDocumentNumber,
                DocumentNumber::parse,
            );
            validity(
                &mut check,
                ("document_issued", &self.document_issued),
                ("document_expires", &self.document_expires),
                today,
            );
            check.optional_text("document_authority", &self.document_authority, TEXT_MAX);
            check.pages("scan", &self.scan, MAX_PAGES);
        } else {
            check.text("organisation", &self.organisation, TEXT_MAX);
            check.required("voen", &self.voen, ErrorCode::InvalidVoen, Voen::parse);
            check.choice(
                "organisation_kind",
                &self.organisation_kind,
                ReferenceList::HostKinds,
            );
        }
        let surname = check.text("surname", &self.surname, NAME_MAX);
        let name = check.text("name", &self.name, NAME_MAX);
        if natural {
            check.optional_text("patronymic", &self.patronymic, NAME_MAX);
            check.required(
                "gender",
                &self.gender,
                ErrorCode::UnknownChoice,
                Gender::parse,
            );
            citizenship(&mut check, "citizenship", &self.citizenship, true);
            check.past_date("birth_date", &self.birth_date, today);
            check.choice(
                "birth_country",
                &self.birth_country,
                ReferenceList::Countries,
            );
            check.optional_text("birth_place", &self.birth_place, TEXT_MAX);
            check.optional(
                "home_phone",
                &self.home_phone,
                ErrorCode::InvalidPhone,
                Phone::parse,
            );
        }
        let mobile_phone = check.required(
            "mobile_phone",
            &self.mobile_phone,
            ErrorCode::InvalidPhone,
            Phone::parse,
        );
        let email = check.required("email", &self.email, ErrorCode::InvalidEmail, Email::parse);
        let address = self.address.read(&mut check);
        check.finish(|| {
            Some(HostRegistration {
                kind: self.kind,
                surname: surname?,
                name: name?,
                email: email?,
                mobile_phone: mobile_phone?,
                scan: self.scan.clone(),
                address,
            })
        })
    }
}

/// The host's application for a foreigner's stay (Şəkil 8), as typed and as kept in the draft.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(default)]
pub struct StayForm {
    pub document_type: String,
    pub passport_number: String,
    pub issuing_country: String,
    pub issue_date: String,
    pub expiry_date: String,
    pub issuing_authority: String,
    pub scan: Vec<FileRef>,
    pub has_visa: bool,
    pub visa_number: String,
    pub visa_type: String,
    pub visa_from: String,
    pub visa_until: String,
    pub surname: String,
    pub name: String,
    pub citizenship: String,
    pub birth_country: String,
    pub birth_date: String,
    pub gender: String,
    pub residence_country: String,
    pub arrived_from: String,
    pub reason: String,
    pub entry_date: String,
    pub stay_days: String,
    pub comment: String,
    pub companions: Vec<CompanionForm>,
    /// "Seçilmiş ünvan": the id of one of the host's verified addresses; none needed while
    /// the host has only one.
    pub host_address: String,
}

/// "Yanımda gələn şəxslər": one person who came with the foreigner.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(default)]
pub struct CompanionForm {
    pub surname: String,
    pub name: String,
    pub birth_date: String,
    pub relationship: String,
    pub gender: String,
}

/// The steps of the application form, in order; the last one is the review before "Təsdiqlə".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum StayStep {
    Document,
    Person,
    Visit,
    Companions,
    Review,
}

impl StayStep {
    pub const ALL: [Self; 5] = [
        Self::Document,
        Self::Person,
        Self::Visit,
        Self::Companions,
        Self::Review,
    ];

    /// The step that asks for a field (`companions.2.name` belongs to the companions).
    pub fn of_field(field: &str) -> Self {
        if field.starts_with("companions") {
            return Self::Companions;
        }
        STAY_FIELDS
            .iter()
            .find(|(name, _, _)| *name == field)
            .map_or(Self::Visit, |(_, _, step)| *step)
    }
}

/// A visa entered with the passport ("Viza daxil edilir").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct StayVisa {
    pub number: String,
    /// A code of `ReferenceList::VisaTypes`.
    pub visa_type: String,
    pub from: CalendarDate,
    pub until: CalendarDate,
}

/// One of "Yanımda gələn şəxslər" as the rules read them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct Companion {
    pub surname: String,
    pub name: String,
    pub birth_date: CalendarDate,
    /// A code of `ReferenceList::Relationships`.
    pub relationship: Option<String>,
    pub gender: Gender,
}

/// A sent application for a foreigner's stay, as its rules read it: every answer the host
/// gave, kept at submit. The host's table, the officer's page and the result document read it;
/// reference codes stay codes here and become names in the reader's language in `rows`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct StaySummary {
    /// A code of `ReferenceList::ForeignDocumentTypes`.
    pub document_type: String,
    pub passport_number: String,
    pub issuing_country: String,
    pub issue_date: CalendarDate,
    pub expiry_date: Option<CalendarDate>,
    pub issuing_authority: Option<String>,
    pub visa: Option<StayVisa>,
    pub surname: String,
    pub name: String,
    /// A country's code, or `STATELESS`.
    pub citizenship: String,
    pub birth_country: String,
    pub birth_date: CalendarDate,
    pub gender: Gender,
    pub residence_country: Option<String>,
    pub arrived_from: String,
    /// A code of `ReferenceList::VisitReasons`.
    pub reason: Option<String>,
    pub entry_date: CalendarDate,
    pub stay_days: u32,
    pub comment: Option<String>,
    pub companions: Vec<Companion>,
    /// The place of stay: the host's verified address the application chose, as one line.
    #[serde(default)]
    pub address: Option<String>,
}

/// The part of a registration its changes are read against: when the stay starts and how long
/// it is, as registered or as last extended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct RegisteredStay {
    pub entry_date: CalendarDate,
    pub stay_days: u32,
}

impl RegisteredStay {
    pub fn last_day(self) -> CalendarDate {
        self.entry_date.plus_days(i64::from(self.stay_days) - 1)
    }
}

impl StaySummary {
    pub fn registered(&self) -> RegisteredStay {
        RegisteredStay {
            entry_date: self.entry_date,
            stay_days: self.stay_days,
        }
    }
}

/// A country by its name in `lang`, or a stateless person's citizenship said so.
pub fn country_name(reference: &ReferenceData, code: &str, lang: Lang) -> String {
    if code == STATELESS {
        return Msg::Stateless.text(lang).to_owned();
    }
    reference
        .name(ReferenceList::Countries, code, lang)
        .unwrap_or(code)
        .to_owned()
}

/// One answer as people read it: the step of the form that asks for it, its label as on the
/// form (an accompanying person's with the person's number), and the value in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StayRow {
    pub step: StayStep,
    pub label: String,
    pub value: String,
}

impl StaySummary {
    /// Every answer, labelled as on the form and in its order, in `lang`: countries and other
    /// codes by their names, dates as dd.mm.yyyy. The check-your-answers step, the officer's
    /// page and the result document all read these rows, so that none of them leaves out what
    /// another shows.
    pub fn rows(&self, reference: &ReferenceData, lang: Lang) -> Vec<StayRow> {
        let name = |list: ReferenceList, code: &str| -> String {
            if list == ReferenceList::Countries {
                return country_name(reference, code, lang);
            }
            reference.name(list, code, lang).unwrap_or(code).to_owned()
        };
        let mut rows = Vec::new();
        let mut row = |step: StayStep, label: Msg, value: Option<String>| {
            if let Some(value) = value {
                rows.push(StayRow {
                    step,
                    label: label.text(lang).to_owned(),
                    value,
                });
            }
        };
        use StayStep::{Document, Person, Visit};
        row(
            Document,
            Msg::DocumentTypeLabel,
            Some(name(
                ReferenceList::ForeignDocumentTypes,
                &self.document_type,
            )),
        );
        row(
            Document,
            Msg::PassportNumberLabel,
            Some(self.passport_number.clone()),
        );
        row(
            Document,
            Msg::IssuingCountryLabel,
            Some(name(ReferenceList::Countries, &self.issuing_country)),
        );
        row(
            Document,
            Msg::IssueDateLabel,
            Some(self.issue_date.to_string()),
        );
        row(
            Document,
            Msg::ExpiryDateLabel,
            self.expiry_date.map(|d| d.to_string()),
        );
        row(
            Document,
            Msg::AuthorityLabel,
            self.issuing_authority.clone(),
        );
        if let Some(visa) = &self.visa {
            row(Document, Msg::VisaNumberLabel, Some(visa.number.clone()));
            row(
                Document,
                Msg::VisaTypeLabel,
                Some(name(ReferenceList::VisaTypes, &visa.visa_type)),
            );
            row(Document, Msg::VisaFromLabel, Some(visa.from.to_string()));
            row(Document, Msg::VisaUntilLabel, Some(visa.until.to_string()));
        }
        row(Person, Msg::SurnameLabel, Some(self.surname.clone()));
        row(Person, Msg::NameLabel, Some(self.name.clone()));
        row(
            Person,
            Msg::CitizenshipLabel,
            Some(name(ReferenceList::Countries, &self.citizenship)),
        );
        row(
            Person,
            Msg::BirthCountryLabel,
            Some(name(ReferenceList::Countries, &self.birth_country)),
        );
        row(
            Person,
            Msg::BirthDateLabel,
            Some(self.birth_date.to_string()),
        );
        row(
            Person,
            Msg::GenderLabel,
            Some(self.gender.msg().text(lang).to_owned()),
        );
        row(
            Visit,
            Msg::ResidenceCountryLabel,
            self.residence_country
                .as_deref()
                .map(|code| name(ReferenceList::Countries, code)),
        );
        row(
            Visit,
            Msg::ArrivedFromLabel,
            Some(name(ReferenceList::Countries, &self.arrived_from)),
        );
        row(
            Visit,
            Msg::VisitReasonLabel,
            self.reason
                .as_deref()
                .map(|code| name(ReferenceList::VisitReasons, code)),
        );
        row(
            Visit,
            Msg::EntryDateLabel,
            Some(self.entry_date.to_string()),
        );
        row(Visit, Msg::StayDaysLabel, Some(self.stay_days.to_string()));
        row(
            Visit,
            Msg::LastDayOfStayLabel,
            Some(self.registered().last_day().to_string()),
        );
        row(Visit, Msg::PlaceOfStayLabel, self.address.clone());
        row(Visit, Msg::CommentLabel, self.comment.clone());
        for (i, person) in self.companions.iter().enumerate() {
            let person_label = format!("{} {}", Msg::CompanionLabel.text(lang), i + 1);
            let mut member = |label: Msg, value: Option<String>| {
                if let Some(value) = value {
                    rows.push(StayRow {
                        step: StayStep::Companions,
                        label: format!("{person_label} — {}", label.text(lang)),
                        value,
                    });
                }
            };
            member(Msg::SurnameLabel, Some(person.surname.clone()));
            member(Msg::NameLabel, Some(person.name.clone()));
            member(Msg::BirthDateLabel, Some(person.birth_date.to_string()));
            member(
                Msg::RelationshipLabel,
                person
                    .relationship
                    .as_deref()
                    .map(|code| name(ReferenceList::Relationships, code)),
            );
            member(
                Msg::GenderLabel,
                Some(person.gender.msg().text(lang).to_owned()),
            );
        }
        rows
    }
}

impl StayForm {
    /// The application if it holds every rule on `today` (Baku) at one of `places`, the host's
    /// addresses, else every problem.
    pub fn parse(
        &self,
        reference: &ReferenceData,
        today: CalendarDate,
        places: &[HostPlace],
    ) -> Result<StaySummary, Vec<FieldProblem>> {
        let mut check = FormCheck::new(reference);
        let document_type = check.choice(
            "document_type",
            &self.document_type,
            ReferenceList::ForeignDocumentTypes,
        );
        let passport_number = check.required(
            "passport_number",
            &self.passport_number,
            ErrorCode::InvalidPassportNumber,
            PassportNumber::parse,
        );
        let issuing_country = check.choice(
            "issuing_country",
            &self.issuing_country,
            ReferenceList::Countries,
        );
        let (issued, expires) = validity(
            &mut check,
            ("issue_date", &self.issue_date),
            ("expiry_date", &self.expiry_date),
            today,
        );
        let issuing_authority =
            check.optional_text("issuing_authority", &self.issuing_authority, TEXT_MAX);
        if self.scan.is_empty() {
            check.problem(ErrorCode::Required, "scan");
        }
        check.pages("scan", &self.scan, MAX_PAGES);
        // The visa's days are checked against the stay even when its number is wrong.
        let (visa, visa_days) = if self.has_visa {
            let number = check.required(
                "visa_number",
                &self.visa_number,
                ErrorCode::InvalidDocumentNumber,
                DocumentNumber::parse,
            );
            let visa_type = check.choice("visa_type", &self.visa_type, ReferenceList::VisaTypes);
            let from = check.date("visa_from", &self.visa_from);
            let until = check.date("visa_until", &self.visa_until);
            let days = match (from, until) {
                (Some(from), Some(until)) if until < from => {
                    check.problem(ErrorCode::ExpiryBeforeIssue, "visa_until");
                    None
                }
                (Some(from), Some(until)) => Some((from, until)),
                _ => None,
            };
            let visa = match (number, visa_type, days) {
                (Some(number), Some(visa_type), Some((from, until))) => Some(StayVisa {
                    number: number.as_str().to_owned(),
                    visa_type,
                    from,
                    until,
                }),
                _ => None,
            };
            (visa, days)
        } else {
            (None, None)
        };

        let surname = check.text("surname", &self.surname, NAME_MAX);
        let name = check.text("name", &self.name, NAME_MAX);
        let citizenship = citizenship(&mut check, "citizenship", &self.citizenship, false);
        let birth_country = check.choice(
            "birth_country",
            &self.birth_country,
            ReferenceList::Countries,
        );
        let born = check.past_date("birth_date", &self.birth_date, today);
        in_order(
            &mut check,
            born,
            issued,
            false,
            ErrorCode::IssuedBeforeBirth,
            "issue_date",
        );
        let gender = check.required(
            "gender",
            &self.gender,
            ErrorCode::UnknownChoice,
            Gender::parse,
        );

        let residence_country = check.optional_choice(
            "residence_country",
            &self.residence_country,
            ReferenceList::Countries,
        );
        let arrived_from =
            check.choice("arrived_from", &self.arrived_from, ReferenceList::Countries);
        let reason = check.optional_choice("reason", &self.reason, ReferenceList::VisitReasons);
        let entry = check.date("entry_date", &self.entry_date);
        // A guest who crosses the border late in the evening may be registered by a host whose
        // clock already shows the next day.
        let entry = entry.filter(|entry| {
            let ok = *entry <= today.plus_days(1);
            if !ok {
                check.problem(ErrorCode::EntryInFuture, "entry_date");
            }
            ok
        });
        let stay_days = check.required(
            "stay_days",
            &self.stay_days,
            ErrorCode::InvalidStayDays,
            days_of_stay,
        );
        in_order(
            &mut check,
            born,
            entry,
            false,
            ErrorCode::InvalidDate,
            "entry_date",
        );
        in_order(
            &mut check,
            entry,
            expires,
            false,
            ErrorCode::DocumentExpired,
            "expiry_date",
        );
        if let (Some(entry), Some(days), Some((from, until))) = (entry, stay_days, visa_days) {
            let last_day = entry.plus_days(i64::from(days) - 1);
            if entry < from || last_day > until {
                check.problem(ErrorCode::StayOutsideVisa, "stay_days");
            }
        }
        let comment = check.optional_text("comment", &self.comment, COMMENT_MAX);
        let address = chosen_place(&mut check, &self.host_address, places);

        if self.companions.len() > MAX_COMPANIONS {
            check.problem(ErrorCode::TooMany, "companions");
        }
        let companions: Vec<Option<Companion>> = self
            .companions
            .iter()
            .enumerate()
            .map(|(i, companion)| {
                let field = |name: &str| format!("companions.{i}.{name}");
                let surname = check.text(&field("surname"), &companion.surname, NAME_MAX);
                let name = check.text(&field("name"), &companion.name, NAME_MAX);
                let birth_date =
                    check.past_date(&field("birth_date"), &companion.birth_date, today);
                let relationship = check.optional_choice(
                    &field("relationship"),
                    &companion.relationship,
                    ReferenceList::Relationships,
                );
                let gender = check.required(
                    &field("gender"),
                    &companion.gender,
                    ErrorCode::UnknownChoice,
                    Gender::parse,
                );
                Some(Companion {
                    surname: surname?,
                    name: name?,
                    birth_date: birth_date?,
                    relationship,
                    gender: gender?,
                })
            })
            .collect();
        check.finish(|| {
            Some(StaySummary {
                document_type: document_type?,
                passport_number: passport_number?.as_str().to_owned(),
                issuing_country: issuing_country?,
                issue_date: issued?,
                expiry_date: expires,
                issuing_authority,
                visa,
                surname: surname?,
                name: name?,
                citizenship: citizenship?,
                birth_country: birth_country?,
                birth_date: born?,
                gender: gender?,
                residence_country,
                arrived_from: arrived_from?,
                reason,
                entry_date: entry?,
                stay_days: stay_days?,
                comment,
                companions: companions.into_iter().collect::<Option<_>>()?,
                address: Some(address?),
            })
        })
    }
}

/// "Seçilmiş ünvan": one of the host's verified addresses as one line; a host with one need
/// not choose it.
fn chosen_place(check: &mut FormCheck, chosen: &str, places: &[HostPlace]) -> Option<String> {
    let mut verified = places
        .iter()
        .filter(|place| place.status == HostPlaceStatus::Verified);
    let place = match chosen.trim() {
        "" => match (verified.next(), verified.next()) {
            (Some(only), None) => Some(only),
            _ => {
                check.problem(ErrorCode::Required, "host_address");
                None
            }
        },
        id => {
            let place = verified.find(|place| place.id.to_string() == id);
            if place.is_none() {
                check.problem(ErrorCode::UnknownChoice, "host_address");
            }
            place
        }
    };
    place.map(|place| place.address.clone())
}

/// A document's dates: issued on a day that has come, and expiring (if it says) after it.
fn validity(
    check: &mut FormCheck,
    (issued_field, issued): (&str, &str),
    (expires_field, expires): (&str, &str),
    today: CalendarDate,
) -> (Option<CalendarDate>, Option<CalendarDate>) {
    let issued = check.past_date(issued_field, issued, today);
    let expires = check.optional_date(expires_field, expires);
    in_order(
        check,
        issued,
        expires,
        true,
        ErrorCode::ExpiryBeforeIssue,
        expires_field,
    );
    (issued, expires)
}

/// Notes `code` on `field` when both dates are known and `later` comes before `earlier` (or on
/// the same day, when `strictly`).
fn in_order(
    check: &mut FormCheck,
    earlier: Option<CalendarDate>,
    later: Option<CalendarDate>,
    strictly: bool,
    code: ErrorCode,
    field: &str,
) {
    if let (Some(earlier), Some(later)) = (earlier, later)
        && (later < earlier || (strictly && later == earlier))
    {
        check.problem(code, field);
    }
}

impl StayForm {
    /// A new application for a guest who stayed before: the person and their document as
    /// given then, the visit left to fill in. A passport that has expired since needs a new
    /// number, dates and scan, so those are left empty too.
    pub fn for_returning_guest(&self, today: CalendarDate) -> Self {
        let expired = CalendarDate::parse(&self.expiry_date).is_some_and(|expiry| expiry < today);
        let document = if expired {
            Self {
                document_type: self.document_type.clone(),
                issuing_country: self.issuing_country.clone(),
                ..Self::default()
            }
        } else {
            Self {
                document_type: self.document_type.clone(),
                passport_number: self.passport_number.clone(),
                issuing_country: self.issuing_country.clone(),
                issue_date: self.issue_date.clone(),
                expiry_date: self.expiry_date.clone(),
                issuing_authority: self.issuing_authority.clone(),
                scan: self.scan.clone(),
                ..Self::default()
            }
        };
        Self {
            surname: self.surname.clone(),
            name: self.name.clone(),
            citizenship: self.citizenship.clone(),
            birth_country: self.birth_country.clone(),
            birth_date: self.birth_date.clone(),
            gender: self.gender.clone(),
            residence_country: self.residence_country.clone(),
            ..document
        }
    }
}

/// A country of citizenship, or statelessness; a foreigner's may not be Azerbaijan.
fn citizenship(
    check: &mut FormCheck,
    field: &str,
    raw: &str,
    azerbaijani_allowed: bool,
) -> Option<String> {
    if raw.trim() == STATELESS {
        return Some(STATELESS.to_owned());
    }
    let code = check.choice(field, raw, ReferenceList::Countries)?;
    if code == AZERBAIJAN && !azerbaijani_allowed {
        check.problem(ErrorCode::CitizenOfAzerbaijan, field);
        return None;
    }
    Some(code)
}

/// A stay's length in days as typed: 1 to `MAX_STAY_DAYS`.
fn days_of_stay(raw: &str) -> Option<u32> {
    raw.parse::<u32>()
        .ok()
        .filter(|d| (1..=MAX_STAY_DAYS).contains(d))
}

/// A change to an accepted registration: the guest left early, or the host asks to extend it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum StayChangeKind {
    EarlyDeparture,
    Extension,
}

/// An early departure is reported and stands; an extension waits for the agency's answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum StayChangeStatus {
    Reported,
    Requested,
    Accepted,
    Refused,
}

impl StayChangeStatus {
    pub fn code(self) -> &'static str {
        match self {
            Self::Reported => "reported",
            Self::Requested => "requested",
            Self::Accepted => "accepted",
            Self::Refused => "refused",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        [
            Self::Reported,
            Self::Requested,
            Self::Accepted,
            Self::Refused,
        ]
        .into_iter()
        .find(|s| s.code() == raw)
    }

    pub fn msg(self) -> Msg {
        match self {
            Self::Reported => Msg::ChangeReported,
            Self::Requested => Msg::ChangeRequested,
            Self::Accepted => Msg::StatusAccepted,
            Self::Refused => Msg::StatusRefused,
        }
    }
}

/// "Erkən çıxış" or "Müddətin uzadılması" as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(default)]
pub struct StayChangeForm {
    pub kind: Option<StayChangeKind>,
    pub departure_date: String,
    pub stay_days: String,
    pub reason: String,
}

/// A change that holds the rules against the registration it changes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum StayChange {
    EarlyDeparture {
        on: CalendarDate,
    },
    /// The whole stay, counted from the entry, as it would be.
    Extension {
        stay_days: u32,
        reason: String,
    },
}

impl StayChangeForm {
    /// The change if it fits the registered stay (`entry`, `stay_days`, the visa's last day if
    /// one was entered) on `today` (Baku), else every problem.
    pub fn parse(
        &self,
        stay: RegisteredStay,
        visa_until: Option<CalendarDate>,
        today: CalendarDate,
    ) -> Result<StayChange, Vec<FieldProblem>> {
        let reference = ReferenceData::default();
        let mut check = FormCheck::new(&reference);
        let last_day = stay.last_day();
        let change = match self.kind {
            None => {
                check.problem(ErrorCode::Required, "kind");
                None
            }
            Some(StayChangeKind::EarlyDeparture) => {
                let on = check.past_date("departure_date", &self.departure_date, today);
                match on {
                    Some(on) if on < stay.entry_date => {
                        check.problem(ErrorCode::DepartureBeforeEntry, "departure_date");
                        None
                    }
                    Some(on) if on >= last_day => {
                        check.problem(ErrorCode::NotEarly, "departure_date");
                        None
                    }
                    on => on.map(|on| StayChange::EarlyDeparture { on }),
                }
            }
            Some(StayChangeKind::Extension) => {
                if last_day < today {
                    check.problem(ErrorCode::StayEnded, "stay_days");
                }
                let days = check.required(
                    "stay_days",
                    &self.stay_days,
                    ErrorCode::InvalidStayDays,
                    days_of_stay,
                );
                let days = days.filter(|days| {
                    let longer = *days > stay.stay_days;
                    if !longer {
                        check.problem(ErrorCode::NotLonger, "stay_days");
                    }
                    longer
                });
                if let (Some(days), Some(until)) = (days, visa_until)
                    && stay.entry_date.plus_days(i64::from(days) - 1) > until
                {
                    check.problem(ErrorCode::StayOutsideVisa, "stay_days");
                }
                let reason = check.text("reason", &self.reason, COMMENT_MAX);
                days.zip(reason)
                    .map(|(stay_days, reason)| StayChange::Extension { stay_days, reason })
            }
        };
        check.finish(|| change)
    }
}

/// A change of a registration, as the host and the agency read it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct StayChangeView {
    pub id: i64,
    pub change: StayChange,
    pub status: StayChangeStatus,
    pub requested_at: String,
    /// The agency's words on an extension it answered.
    pub note: Option<String>,
}

/// The agency's answer to an extension.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct StayChangeDecision {
    pub accept: bool,
    pub note: Option<String>,
}

/// The application's fields as an officer names them when returning it for correction: the
/// field, its label, and the step of the form that asks for it.
pub const STAY_FIELDS: [(&str, Msg, StayStep); 24] = [
    ("document_type", Msg::DocumentTypeLabel, StayStep::Document),
    (
        "passport_number",
        Msg::PassportNumberLabel,
        StayStep::Document,
    ),
    (
        "issuing_country",
        Msg::IssuingCountryLabel,
        StayStep::Document,
    ),
    ("issue_date", Msg::IssueDateLabel, StayStep::Document),
    ("expiry_date", Msg::ExpiryDateLabel, StayStep::Document),
    ("issuing_authority", Msg::AuthorityLabel, StayStep::Document),
    ("scan", Msg::PassportScanLabel, StayStep::Document),
    ("visa_number", Msg::VisaNumberLabel, StayStep::Document),
    ("visa_type", Msg::VisaTypeLabel, StayStep::Document),
    ("visa_from", Msg::VisaFromLabel, StayStep::Document),
    ("visa_until", Msg::VisaUntilLabel, StayStep::Document),
    ("surname", Msg::SurnameLabel, StayStep::Person),
    ("name", Msg::NameLabel, StayStep::Person),
    ("citizenship", Msg::CitizenshipLabel, StayStep::Person),
    ("birth_country", Msg::BirthCountryLabel, StayStep::Person),
    ("birth_date", Msg::BirthDateLabel, StayStep::Person),
    ("gender", Msg::GenderLabel, StayStep::Person),
    (
        "residence_country",
        Msg::ResidenceCountryLabel,
        StayStep::Visit,
    ),
    ("arrived_from", Msg::ArrivedFromLabel, StayStep::Visit),
    ("reason", Msg::VisitReasonLabel, StayStep::Visit),
    ("entry_date", Msg::EntryDateLabel, StayStep::Visit),
    ("stay_days", Msg::StayDaysLabel, StayStep::Visit),
    ("host_address", Msg::PlaceOfStayLabel, StayStep::Visit),
    ("companions", Msg::StepCompanions, StayStep::Companions),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::ReferenceItem;
    use crate::domain::Text;

    fn reference() -> ReferenceData {
        let item = |code: &str| ReferenceItem {
            code: code.into(),
            name: Text {
                az: code.into(),
                en: code.into(),
                ru: code.into(),
            },
        };
        let mut data = ReferenceData::default();
        for (list, codes) in [
            (ReferenceList::Countries, vec!["AZ", "DE", "TR"]),
            (ReferenceList::ForeignDocumentTypes, vec!["passport"]),
            (ReferenceList::VisaTypes, vec!["tourist"]),
            (ReferenceList::VisitReasons, vec!["tourism"]),
            (ReferenceList::Relationships, vec!["child"]),
        ] {
            data.lists
                .insert(list, codes.into_iter().map(item).collect());
        }
        data
    }

    /// A host with one confirmed address, one refused and one still being checked.
    fn places() -> Vec<HostPlace> {
        let place = |id, address: &str, status| HostPlace {
            id,
            address: address.into(),
            status,
            refusal: (status == HostPlaceStatus::Refused).then(|| "Sənəd uyğun deyil".into()),
        };
        vec![
            place(
                3,
                "Bakı, Nəsimi, Füzuli küçəsi, 12, mənzil 5",
                HostPlaceStatus::Verified,
            ),
            place(
                4,
                "Bakı, Səbail, Neftçilər prospekti, 45",
                HostPlaceStatus::Refused,
            ),
            place(5, "Gəncə, Atatürk prospekti, 8", HostPlaceStatus::Waiting),
        ]
    }

    #[test]
    fn the_place_of_stay_is_one_of_the_hosts_confirmed_addresses() {
        let reference = reference();
        let mut form = form();
        let at = |form: &StayForm, places: &[HostPlace]| {
            form.parse(&reference, today(), places)
                .map(|stay| stay.address.unwrap_or_default())
        };
        // One confirmed address needs no choosing; one refused or waiting cannot be chosen.
        assert_eq!(
            at(&form, &places()),
            Ok("Bakı, Nəsimi, Füzuli küçəsi, 12, mənzil 5".into())
        );
        for not_confirmed in ["4", "5", "99"] {
            form.host_address = not_confirmed.into();
            assert_eq!(
                at(&form, &places()),
                Err(vec![(ErrorCode::UnknownChoice, "host_address".into())])
            );
        }
        // Two confirmed: the application says which.
        let mut two = places();
        two[2].status = HostPlaceStatus::Verified;
        form.host_address = String::new();
        assert_eq!(
            at(&form, &two),
            Err(vec![(ErrorCode::Required, "host_address".into())])
        );
        form.host_address = " 5 ".into();
        assert_eq!(at(&form, &two), Ok("Gəncə, Atatürk prospekti, 8".into()));
    }

    fn today() -> CalendarDate {
        CalendarDate::parse("2026-11-23").unwrap()
    }

    fn form() -> StayForm {
        StayForm {
            document_type: "passport".into(),
            passport_number: "U1234567".into(),
            issuing_country: "DE".into(),
            issue_date: "2019-01-10".into(),
            expiry_date: "2029-01-09".into(),
            scan: vec![FileRef {
                id: "f".repeat(64),
                name: "pasport.pdf".into(),
                media_type: "application/pdf".into(),
                size: 100,
                claim: None,
            }],
            has_visa: true,
            visa_number: "AZ0012345".into(),
            visa_type: "tourist".into(),
            visa_from: "2026-11-01".into(),
            visa_until: "2026-12-31".into(),
            surname: "Müller".into(),
            name: "Anna".into(),
            citizenship: "DE".into(),
            birth_country: "DE".into(),
            birth_date: "1990-07-15".into(),
            gender: "female".into(),
            arrived_from: "TR".into(),
            entry_date: "2026-11-20".into(),
            stay_days: "10".into(),
            ..StayForm::default()
        }
    }

    fn problems(form: &StayForm) -> Vec<FieldProblem> {
        form.parse(&reference(), today(), &places())
            .err()
            .unwrap_or_default()
    }

    fn has(form: &StayForm, code: ErrorCode, field: &str) -> bool {
        problems(form).contains(&(code, field.to_owned()))
    }

    #[test]
    fn a_complete_application_holds_every_rule() {
        let summary = form().parse(&reference(), today(), &places()).unwrap();
        assert_eq!(summary.stay_days, 10);
        assert_eq!(summary.entry_date.iso(), "2026-11-20");
    }

    /// Every answer of `full_form`, as a reader sees it in `rows`.
    const EVERY_ANSWER: [(&str, &str); 31] = [
        ("Sənədin növü", "Pasport"),
        ("Pasportun nömrəsi", "U1234567"),
        ("Sənədi verən ölkə", "Almaniya"),
        ("Verilmə tarixi", "10.01.2019"),
        ("Etibarlılıq müddəti", "09.01.2029"),
        ("Sənədi verən orqan", "Stadt Köln"),
        ("Vizanın nömrəsi", "AZ0012345"),
        ("Vizanın növü", "Turist vizası"),
        ("Vizanın başlanğıc tarixi", "01.11.2026"),
        ("Vizanın son günü", "31.12.2026"),
        ("Soyad", "Müller"),
        ("Ad", "Anna"),
        ("Vətəndaşlığı", "Almaniya"),
        ("Doğulduğu ölkə", "Avstriya"),
        ("Doğum tarixi", "15.07.1990"),
        ("Cinsi", "Qadın"),
        ("Daimi yaşadığı ölkə", "İsveçrə"),
        ("Gəldiyi ölkə", "Türkiyə"),
        ("Gəlişin məqsədi", "Turizm"),
        ("Ölkəyə giriş tarixi", "20.11.2026"),
        ("Qalma müddəti (gün)", "10"),
        ("Qalmanın son günü", "29.11.2026"),
        (
            "Olduğu yerin ünvanı",
            "Bakı, Nəsimi, Füzuli küçəsi, 12, mənzil 5",
        ),
        ("Qeyd", "Gecə gəlir"),
        ("Yanında gələn şəxs 1 — Soyad", "Müller"),
        ("Yanında gələn şəxs 1 — Ad", "Jonas"),
        ("Yanında gələn şəxs 1 — Doğum tarixi", "01.02.2015"),
        ("Yanında gələn şəxs 1 — Qohumluq əlaqəsi", "Övladı"),
        ("Yanında gələn şəxs 1 — Cinsi", "Kişi"),
        ("Yanında gələn şəxs 2 — Ad", "Paul"),
        ("Yanında gələn şəxs 2 — Cinsi", "Naməlum"),
    ];

    /// `form` with every field filled in, the optional ones too, and two companions.
    fn full_form() -> StayForm {
        let person = |name: &str, born: &str, relationship: &str, gender: &str| CompanionForm {
            surname: "Müller".into(),
            name: name.into(),
            birth_date: born.into(),
            relationship: relationship.into(),
            gender: gender.into(),
        };
        StayForm {
            issuing_authority: "Stadt Köln".into(),
            birth_country: "AT".into(),
            residence_country: "CH".into(),
            reason: "tourism".into(),
            comment: "Gecə gəlir".into(),
            companions: vec![
                person("Jonas", "01.02.2015", "child", "male"),
                person("Paul", "1988-04-30", "spouse", "unknown"),
            ],
            ..form()
        }
    }

    /// The reference lists with their Azerbaijani names, as the seeded ones.
    fn named_reference() -> ReferenceData {
        let item = |code: &str, az: &str| ReferenceItem {
            code: code.into(),
            name: Text {
                az: az.into(),
                en: code.into(),
                ru: code.into(),
            },
        };
        let mut data = ReferenceData::default();
        for (list, items) in [
            (
                ReferenceList::Countries,
                vec![
                    ("AT", "Avstriya"),
                    ("CH", "İsveçrə"),
                    ("DE", "Almaniya"),
                    ("TR", "Türkiyə"),
                ],
            ),
            (
                ReferenceList::ForeignDocumentTypes,
                vec![("passport", "Pasport")],
            ),
            (ReferenceList::VisaTypes, vec![("tourist", "Turist vizası")]),
            (ReferenceList::VisitReasons, vec![("tourism", "Turizm")]),
            (
                ReferenceList::Relationships,
                vec![("child", "Övladı"), ("spouse", "Həyat yoldaşı")],
            ),
        ] {
            data.lists.insert(
                list,
                items.into_iter().map(|(code, az)| item(code, az)).collect(),
            );
        }
        data
    }

    #[test]
    fn every_answer_is_a_labelled_row_in_the_readers_words() {
        let reference = named_reference();
        let stay = full_form().parse(&reference, today(), &places()).unwrap();
        let rows = stay.rows(&reference, Lang::Az);
        for (label, value) in EVERY_ANSWER {
            assert!(
                rows.iter()
                    .any(|row| row.label == label && row.value == value),
                "{label}: {value} is missing from {rows:#?}"
            );
        }
        assert_eq!(rows.len(), 24 + 2 * 5, "one row per answer, none twice");
        let step_of = |label: &str| rows.iter().find(|row| row.label == label).unwrap().step;
        assert_eq!(step_of("Sənədi verən orqan"), StayStep::Document);
        assert_eq!(step_of("Doğulduğu ölkə"), StayStep::Person);
        assert_eq!(step_of("Gəlişin məqsədi"), StayStep::Visit);
        assert_eq!(
            step_of("Yanında gələn şəxs 2 — Qohumluq əlaqəsi"),
            StayStep::Companions
        );
        let english = stay.rows(&reference, Lang::En);
        assert!(english.iter().any(|row| row.label == "Country of birth"));

        // What was not given is left out, not shown empty; a stateless person is said so.
        let mut short = form();
        short.citizenship = STATELESS.into();
        short.has_visa = false;
        let rows = short
            .parse(&reference, today(), &places())
            .unwrap()
            .rows(&reference, Lang::Az);
        assert!(rows.iter().all(|row| !row.value.is_empty()));
        assert!(!rows.iter().any(|row| row.label.starts_with("Viza")));
        assert!(
            rows.iter()
                .any(|row| row.label == "Vətəndaşlığı" && row.value == "Vətəndaşlığı olmayan şəxs")
        );
    }

    #[test]
    fn a_summary_sent_before_it_kept_every_answer_reads_once_migration_0035_completed_it() {
        // As the migration writes an application sent with a visa and one companion.
        let completed = serde_json::json!({
            "surname": "Müller", "name": "Anna", "citizenship": "DE", "stay_days": 10,
            "entry_date": "2026-11-20", "address": "Bakı, Füzuli",
            "companions": [{ "surname": "Müller", "name": "Jonas", "birth_date": "2015-02-01",
                "relationship": null, "gender": "male" }],
            "document_type": "passport", "passport_number": "U1234567", "issuing_country": "DE",
            "issue_date": "2019-01-10", "expiry_date": null, "issuing_authority": null,
            "visa": { "number": "AZ0012345", "visa_type": "tourist", "from": "2026-11-01",
                "until": "2026-12-31" },
            "birth_country": "DE", "birth_date": "1990-07-15", "gender": "female",
            "residence_country": null, "arrived_from": "TR", "reason": "tourism", "comment": null,
        });
        let stay: StaySummary = serde_json::from_value(completed).unwrap();
        assert_eq!(stay.companions[0].gender, Gender::Male);
        assert_eq!(
            stay.visa.unwrap().until,
            CalendarDate::new(2026, 12, 31).unwrap()
        );
    }

    #[test]
    fn a_date_is_named_as_precisely_as_it_was_typed_wrong() {
        let reference = reference();
        for (typed, code) in [
            ("5..1990", ErrorCode::DateIncomplete),
            ("..1990", ErrorCode::DateIncomplete),
            ("31.02.1990", ErrorCode::DateNotReal),
            ("15.07.90", ErrorCode::DateNotReal),
            ("15 July", ErrorCode::InvalidDate),
            ("", ErrorCode::Required),
        ] {
            let mut wrong = form();
            wrong.birth_date = typed.into();
            assert!(
                has(&wrong, code, "birth_date"),
                "{typed}: {:?}",
                problems(&wrong)
            );
        }
        let mut typed = form();
        typed.birth_date = "15.07.1990".into();
        assert_eq!(
            typed
                .parse(&reference, today(), &places())
                .unwrap()
                .birth_date,
            CalendarDate::new(1990, 7, 15).unwrap()
        );
    }

    #[test]
    fn a_returning_guest_brings_the_person_and_a_valid_passport_but_no_visit() {
        let again = form().for_returning_guest(today());
        assert_eq!(again.surname, "Müller");
        assert_eq!(again.passport_number, "U1234567");
        assert_eq!(again.scan.len(), 1);
        assert!(again.entry_date.is_empty() && !again.has_visa && again.companions.is_empty());
        let later = form().for_returning_guest(CalendarDate::parse("2029-06-01").unwrap());
        assert_eq!(later.name, "Anna");
        assert!(
            later.passport_number.is_empty() && later.scan.is_empty(),
            "an expired passport is asked again"
        );
    }

    #[test]
    fn dates_must_come_in_order() {
        let mut wrong = form();
        wrong.expiry_date = "2019-01-10".into();
        assert!(has(&wrong, ErrorCode::ExpiryBeforeIssue, "expiry_date"));
        let mut wrong = form();
        wrong.issue_date = "1989-01-01".into();
        assert!(has(&wrong, ErrorCode::IssuedBeforeBirth, "issue_date"));
        let mut wrong = form();
        wrong.birth_date = "2026-11-24".into();
        assert!(has(&wrong, ErrorCode::DateInFuture, "birth_date"));
        let mut wrong = form();
        wrong.expiry_date = "2026-11-19".into();
        assert!(has(&wrong, ErrorCode::DocumentExpired, "expiry_date"));
    }

    #[test]
    fn entry_may_be_tomorrow_but_no_later() {
        let mut tomorrow = form();
        tomorrow.entry_date = "2026-11-24".into();
        assert!(problems(&tomorrow).is_empty());
        let mut later = form();
        later.entry_date = "2026-11-25".into();
        assert!(has(&later, ErrorCode::EntryInFuture, "entry_date"));
    }

    #[test]
    fn the_stay_must_fit_the_visa_when_one_is_entered() {
        let mut long = form();
        long.stay_days = "43".into();
        assert!(has(&long, ErrorCode::StayOutsideVisa, "stay_days"));
        // 42 days from 20 November end on 31 December, the visa's last day: still inside it.
        long.stay_days = "42".into();
        assert!(problems(&long).is_empty(), "{:?}", problems(&long));
        let mut no_visa = form();
        no_visa.has_visa = false;
        no_visa.stay_days = "90".into();
        assert!(problems(&no_visa).is_empty());
        let mut zero = form();
        zero.stay_days = "0".into();
        assert!(has(&zero, ErrorCode::InvalidStayDays, "stay_days"));
    }

    #[test]
    fn a_foreigner_is_not_a_citizen_of_azerbaijan_but_may_be_stateless() {
        let mut citizen = form();
        citizen.citizenship = "AZ".into();
        assert!(has(&citizen, ErrorCode::CitizenOfAzerbaijan, "citizenship"));
        let mut stateless = form();
        stateless.citizenship = STATELESS.into();
        assert!(problems(&stateless).is_empty());
        let mut unknown = form();
        unknown.citizenship = "XX".into();
        assert!(has(&unknown, ErrorCode::UnknownChoice, "citizenship"));
    }

    #[test]
    fn the_scan_is_required_and_each_companion_is_checked() {
        let mut no_scan = form();
        no_scan.scan.clear();
        assert!(has(&no_scan, ErrorCode::Required, "scan"));
        let mut companions = form();
        companions.companions = vec![
            CompanionForm {
                surname: "Müller".into(),
                name: "Jonas".into(),
                birth_date: "2015-02-01".into(),
                relationship: "child".into(),
                gender: "male".into(),
            },
            CompanionForm::default(),
        ];
        let found = problems(&companions);
        assert!(found.contains(&(ErrorCode::Required, "companions.1.name".into())));
        assert!(!found.iter().any(|(_, f)| f.starts_with("companions.0")));
        assert_eq!(
            StayStep::of_field("companions.1.name"),
            StayStep::Companions
        );
        assert_eq!(StayStep::of_field("visa_until"), StayStep::Document);
        assert_eq!(StayStep::of_field("stay_days"), StayStep::Visit);
    }

    #[test]
    fn a_colleague_needs_a_name_and_an_address() {
        let colleague = ColleagueForm {
            surname: " Həsənli ".into(),
            name: "Günay".into(),
            email: "gunay@hotel.az".into(),
        }
        .parse()
        .unwrap();
        assert_eq!(colleague.surname, "Həsənli");
        assert_eq!(
            ColleagueForm {
                email: "not an address".into(),
                ..ColleagueForm::default()
            }
            .parse(),
            Err(vec![
                (ErrorCode::Required, "surname".into()),
                (ErrorCode::Required, "name".into()),
                (ErrorCode::InvalidEmail, "email".into()),
            ])
        );
    }

    fn accepted_stay() -> RegisteredStay {
        RegisteredStay {
            entry_date: CalendarDate::new(2026, 11, 20).unwrap(),
            stay_days: 10,
        }
    }

    fn change(kind: StayChangeKind, departure: &str, days: &str) -> StayChangeForm {
        StayChangeForm {
            kind: Some(kind),
            departure_date: departure.into(),
            stay_days: days.into(),
            reason: "Müalicə uzanır".into(),
        }
    }

    #[test]
    fn an_early_departure_falls_between_the_entry_and_the_planned_last_day() {
        let stay = accepted_stay();
        let today = CalendarDate::new(2026, 11, 25).unwrap();
        let early =
            |on: &str| change(StayChangeKind::EarlyDeparture, on, "").parse(stay, None, today);
        assert_eq!(
            early("2026-11-24"),
            Ok(StayChange::EarlyDeparture {
                on: CalendarDate::new(2026, 11, 24).unwrap()
            })
        );
        assert_eq!(
            early("2026-11-19"),
            Err(vec![(
                ErrorCode::DepartureBeforeEntry,
                "departure_date".into()
            )])
        );
        assert_eq!(
            early("2026-11-26"),
            Err(vec![(ErrorCode::DateInFuture, "departure_date".into())])
        );
        let later = CalendarDate::new(2026, 12, 10).unwrap();
        assert_eq!(
            change(StayChangeKind::EarlyDeparture, "2026-11-29", "").parse(stay, None, later),
            Err(vec![(ErrorCode::NotEarly, "departure_date".into())]),
            "the planned last day is not early"
        );
        assert_eq!(
            StayChangeForm::default().parse(stay, None, today),
            Err(vec![(ErrorCode::Required, "kind".into())])
        );
    }

    #[test]
    fn an_extension_is_longer_inside_the_visa_and_of_a_stay_not_over() {
        let stay = accepted_stay();
        let today = CalendarDate::new(2026, 11, 25).unwrap();
        let visa = CalendarDate::new(2026, 12, 9);
        let extend =
            |days: &str| change(StayChangeKind::Extension, "", days).parse(stay, visa, today);
        assert_eq!(
            extend("20"),
            Ok(StayChange::Extension {
                stay_days: 20,
                reason: "Müalicə uzanır".into()
            })
        );
        assert_eq!(
            extend("10"),
            Err(vec![(ErrorCode::NotLonger, "stay_days".into())])
        );
        assert_eq!(
            extend("21"),
            Err(vec![(ErrorCode::StayOutsideVisa, "stay_days".into())])
        );
        assert_eq!(
            extend("400"),
            Err(vec![(ErrorCode::InvalidStayDays, "stay_days".into())])
        );
        let over = CalendarDate::new(2026, 12, 1).unwrap();
        assert_eq!(
            change(StayChangeKind::Extension, "", "20").parse(stay, visa, over),
            Err(vec![(ErrorCode::StayEnded, "stay_days".into())])
        );
    }
}
