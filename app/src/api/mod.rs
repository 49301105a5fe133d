//! What crosses the wire between the client and `/api/`: one set of types for both sides.

mod account;
mod applications;
mod calendar;
mod captcha;
mod catalogue;
mod customs;
mod debt;
mod error;
mod form;
mod forms;
mod identity;
mod login;
mod office;
mod payments;
mod reference;
mod registry;
mod regulations;
mod stay;

pub use account::*;
pub use applications::*;
pub use calendar::*;
pub use captcha::*;
pub use catalogue::*;
pub use customs::*;
pub use debt::*;
pub use error::{ErrorBody, ErrorCode, Problem};
pub use form::FormCheck;
pub use forms::*;
pub use identity::*;
pub use login::*;
pub use office::*;
pub use payments::*;
pub use reference::*;
pub use registry::*;
pub use regulations::*;
pub use stay::*;
