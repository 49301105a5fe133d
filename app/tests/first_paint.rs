//! The first paint (`app/index.html` and `app/shell/*.html`, static HTML shown before the
//! app runs) says what the app then draws: the header, the home page, a service's way up and
//! the guest's choice name the catalogue's messages, which the server fills in the visitor's
//! language (`server/src/http/site.rs`), so taking over shifts nothing in any language.

use app::i18n::Msg;

/// Each message is in the catalogue and the template names it (`{{t:Key}}`).
fn names_each(template: &str, what: &str, keys: &[&str]) {
    for key in keys {
        assert!(Msg::named(key).is_some(), "{key}");
        assert!(
            template.contains(&format!("{{{{t:{key}}}}}")),
            "the {what} does not say {key}"
        );
    }
}

#[test]
fn the_static_home_page_matches_the_catalogue() {
    names_each(
        include_str!("../shell/home.html"),
        "home page",
        &[
            "HomeTitle",
            "HomeLead",
            "SearchLabel",
            "SearchHint",
            "SearchButton",
        ],
    );
}

#[test]
fn the_static_header_matches_the_catalogue() {
    names_each(
        include_str!("../index.html"),
        "header",
        &[
            "SkipToContent",
            "SiteTagline",
            "LanguageSwitch",
            "MainNavigation",
            "NavHome",
            "NavAllServices",
            "NavAgencies",
            "NavCabinet",
        ],
    );
}

#[test]
fn the_static_load_failure_says_the_catalogues_words() {
    names_each(
        include_str!("../index.html"),
        "page",
        &[
            "ErrorPageTitle",
            "PageLoadFailedBody",
            "TryAgain",
            "BrowserUnsupportedTitle",
            "BrowserUnsupportedBody",
        ],
    );
}

#[test]
fn a_services_static_way_up_and_the_guests_choice_match_the_catalogue() {
    names_each(
        include_str!("../shell/service_crumbs.html"),
        "way up",
        &["Breadcrumbs", "NavHome", "NavAgencies"],
    );
    names_each(
        include_str!("../shell/guest_choice.html"),
        "guest's choice",
        &["StayTitle", "StayLead"],
    );
}
