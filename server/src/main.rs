use server::config::Settings;
use server::startup::Application;
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_http=info")),
        )
        .init();
    let settings = Settings::load()?;
    let environment = settings.environment.name();
    let app = Application::build(settings).await?;
    tracing::info!(port = app.port(), environment, "Qapı is listening");
    app.run_until_stopped().await?;
    Ok(())
}
