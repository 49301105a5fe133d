//! Domain values that parse: built only through `parse`, used by the client's forms and by the server.

mod email;
mod fin;
mod lang;
mod phone;
mod search;
mod service_number;
mod text;

pub use email::Email;
pub use fin::Fin;
pub use lang::Lang;
pub use phone::Phone;
pub use search::{SearchQuery, fold};
pub use service_number::{AgencyNumber, ServiceNumber};
pub use text::Text;
