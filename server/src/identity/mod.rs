//! Who people are: captchas, links sent by e-mail, passwords, and the state's identity systems.

pub mod captcha;
pub mod links;
pub mod password;
pub mod providers;
pub mod seal;
pub mod totp;
