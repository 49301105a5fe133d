//! A portal for a benchmark: in this process, on a database and site folder of its own.

use app::area::Area;
use server::config::Settings;
use server::startup::Application;
use tempfile::TempDir;

/// A running portal: its base address and database URL, and its folder, gone when dropped.
// Each benchmark compiles this module on its own and reads only what it needs of it: one only
// sends requests, another only writes rows.
#[allow(dead_code)]
pub struct BenchPortal {
    pub base: String,
    pub database_url: String,
    _dir: TempDir,
}

/// Starts a development portal; `configure` changes its settings last.
pub async fn portal(configure: impl FnOnce(&mut Settings)) -> anyhow::Result<BenchPortal> {
    let dir = tempfile::tempdir()?;
    let site = dir.path().join("site");
    std::fs::create_dir_all(&site)?;
    // The server wants a built client's pages; the benchmarks' requests read none of them.
    let pages = std::iter::once("index").chain(Area::ALL.into_iter().map(Area::name));
    for page in pages {
        std::fs::write(
            site.join(format!("{page}.html")),
            "<!doctype html><title>Qapı</title></head>",
        )?;
    }
    std::fs::write(site.join("parts.txt"), "")?;
    // SAFETY: set before the settings are read, on this one thread.
    unsafe { std::env::set_var("QAPI_ENVIRONMENT", "development") };
    let mut settings = Settings::load()?;
    settings.application.host = "127.0.0.1".into();
    settings.application.port = 0;
    let database_url = format!("sqlite://{}?mode=rwc", dir.path().join("qapi.db").display());
    settings.database.url = database_url.clone().into();
    settings.data_dir = dir.path().join("data");
    settings.site_dir = site;
    configure(&mut settings);
    let app = Application::build(settings).await?;
    let base = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until_stopped());
    Ok(BenchPortal {
        base,
        database_url,
        _dir: dir,
    })
}
