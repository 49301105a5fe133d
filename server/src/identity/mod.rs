//! Who people are: captchas, links sent by e-mail, and passwords.

pub mod captcha;
pub mod links;
pub mod password;
