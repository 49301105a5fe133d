//! What crosses the wire between the client and `/api/`: one set of types for both sides.

mod account;
mod captcha;
mod catalogue;
mod error;
mod identity;
mod login;
mod payments;
mod registry;

pub use account::*;
pub use captcha::*;
pub use catalogue::*;
pub use error::{ErrorBody, ErrorCode, Problem};
pub use identity::*;
pub use login::*;
pub use payments::*;
pub use registry::*;
