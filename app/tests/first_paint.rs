//! The home page's first paint (`app/shell/home.html`, static HTML shown before the app runs)
//! says what the app then draws, in the default language, so taking over shifts nothing.

use app::domain::Lang;
use app::i18n::Msg;

#[test]
fn the_static_home_page_matches_the_catalogue() {
    let home = include_str!("../shell/home.html");
    for msg in [
        Msg::HomeTitle,
        Msg::HomeLead,
        Msg::SearchLabel,
        Msg::SearchHint,
        Msg::SearchButton,
    ] {
        assert!(
            home.contains(msg.text(Lang::Az)),
            "{msg:?} differs from the app's text"
        );
    }
}

#[test]
fn the_static_header_matches_the_catalogue() {
    let page = include_str!("../index.html");
    for msg in [
        Msg::SkipToContent,
        Msg::SiteTagline,
        Msg::NavHome,
        Msg::NavAllServices,
        Msg::NavAgencies,
    ] {
        assert!(
            page.contains(msg.text(Lang::Az)),
            "{msg:?} differs from the app's text"
        );
    }
}

#[test]
fn the_static_load_failure_matches_the_catalogue() {
    let page = include_str!("../index.html");
    for msg in [Msg::ErrorPageTitle, Msg::TryAgain] {
        assert!(
            page.contains(msg.text(Lang::Az)),
            "{msg:?} differs from the app's text"
        );
    }
    for lang in Lang::ALL {
        assert!(
            page.contains(Msg::PageLoadFailedBody.text(lang)),
            "the load failure differs from the app's text in {lang:?}"
        );
    }
}
