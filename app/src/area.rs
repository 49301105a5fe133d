//! The parts of the client, each downloaded on its own.

/// The parts of the client a visitor downloads separately: each is its own entry point (a wasm
/// module with its own page), and moving between two is a full page load. The server serves
/// each route the page of its area, so a deep link starts with the right code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Area {
    /// The catalogue, service cards, verification, statements, 404, and paying a migration
    /// fine with its payment's receipt (no login needed: one step from the card).
    Public,
    /// Logging in, and accounts made on the portal with the links their e-mails carry.
    Account,
    /// The personal cabinet, settings, notifications, "Müraciətlərim" and an application's page.
    Cabinet,
    /// Registration at the place of stay: the host and the start of an application.
    PlaceOfStay,
    /// Azərişıq's certificate of debt or no debt.
    DebtCertificate,
    /// The State Customs Committee's copies of documents.
    Customs,
    /// Official correspondence: the person's letters and the agency's correspondence queue.
    Letters,
    /// The back office, everything under `/office` but the form preview and the letters.
    Office,
    /// The back office's preview of a draft form (`/office/forms/{n}/preview`): the citizen's
    /// renderer in a module of its own, so that the office's module and the parts its pages
    /// share stay as they were (ADR 0010).
    FormPreview,
    /// The development and demo simulators under `/dev`; production builds leave it out.
    Dev,
}

impl Area {
    pub const ALL: [Area; 10] = [
        Area::Public,
        Area::Account,
        Area::Cabinet,
        Area::PlaceOfStay,
        Area::DebtCertificate,
        Area::Customs,
        Area::Letters,
        Area::Office,
        Area::FormPreview,
        Area::Dev,
    ];

    /// The name of the area's entry point and page in the built client (`<name>.html`).
    pub fn name(self) -> &'static str {
        match self {
            Area::Public => "public",
            Area::Account => "account",
            Area::Cabinet => "cabinet",
            Area::PlaceOfStay => "place_of_stay",
            Area::DebtCertificate => "debt_certificate",
            Area::Customs => "customs",
            Area::Letters => "letters",
            Area::Office => "office",
            Area::FormPreview => "form_preview",
            Area::Dev => "dev",
        }
    }
}
