//! Domain values that parse: built only through `parse`, used by the client's forms and by the server.

mod lang;
mod search;
mod service_number;
mod text;

pub use lang::Lang;
pub use search::{SearchQuery, fold};
pub use service_number::{AgencyNumber, ServiceNumber};
pub use text::Text;
