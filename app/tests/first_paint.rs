//! The first paint (`app/index.html` and `app/shell/home.html`, static HTML shown before the
//! app runs) says what the app then draws: the header and the home page name the catalogue's
//! messages, which the server fills in the visitor's language (`server/src/http/site.rs`), so
//! taking over shifts nothing in any language.

use app::i18n::Msg;

#[test]
fn the_static_home_page_matches_the_catalogue() {
    let home = include_str!("../shell/home.html");
    for key in [
        "HomeTitle",
        "HomeLead",
        "SearchLabel",
        "SearchHint",
        "SearchButton",
    ] {
        assert!(Msg::named(key).is_some(), "{key}");
        assert!(
            home.contains(&format!("{{{{t:{key}}}}}")),
            "the home page does not say {key}"
        );
    }
}

#[test]
fn the_static_header_matches_the_catalogue() {
    let page = include_str!("../index.html");
    for key in [
        "SkipToContent",
        "SiteTagline",
        "LanguageSwitch",
        "MainNavigation",
        "NavHome",
        "NavAllServices",
        "NavAgencies",
        "NavCabinet",
    ] {
        assert!(Msg::named(key).is_some(), "{key}");
        assert!(
            page.contains(&format!("{{{{t:{key}}}}}")),
            "the header does not say {key}"
        );
    }
}

#[test]
fn the_static_load_failure_says_the_catalogues_words() {
    let page = include_str!("../index.html");
    for key in [
        "ErrorPageTitle",
        "PageLoadFailedBody",
        "TryAgain",
        "BrowserUnsupportedTitle",
        "BrowserUnsupportedBody",
    ] {
        assert!(Msg::named(key).is_some(), "{key}");
        assert!(
            page.contains(&format!("{{{{t:{key}}}}}")),
            "the page does not say {key}"
        );
    }
}
