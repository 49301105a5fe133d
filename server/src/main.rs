use std::path::Path;

use app::api::OfficerRole;
use app::domain::{AgencyNumber, Email, Lang};
use secrecy::ExposeSecret;
use server::backup;
use server::config::Settings;
use server::identity::seal::Seal;
use server::identity::{links, totp};
use server::logs;
use server::seed::CatalogueSeed;
use server::startup::Application;
use server::store::{AccountRecord, Link, NewOfficer, Store};
use server::workflow::accounts;

const USAGE: &str = "usage: qapi [create-administrator <e-mail> <agency number> <surname> <name>]
       qapi backup <new folder>     (while the portal runs)
       qapi restore <backup folder> (into a new database and files folder, before it starts)";

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let settings = Settings::load()?;
    logs::init(&settings.log);
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [] => serve(settings).await,
        [command, email, agency, surname, name] if command == "create-administrator" => {
            create_administrator(settings, email, agency, surname, name).await
        }
        [command, into] if command == "backup" => {
            let store = connect(&settings).await?;
            let files = settings.local_files_dir();
            backup::back_up(
                &store,
                settings.database.url.expose_secret(),
                files.as_deref(),
                Path::new(into),
            )
            .await?;
            println!("Backed up into {into}.");
            if files.is_none() {
                println!("{}", backup::FILES_IN_BUCKET);
            }
            Ok(())
        }
        [command, from] if command == "restore" => {
            let files = settings.local_files_dir();
            backup::restore(
                Path::new(from),
                settings.database.url.expose_secret(),
                files.as_deref(),
            )
            .await?;
            println!("Restored from {from}; start the portal to serve it.");
            if files.is_none() {
                println!("{}", backup::FILES_IN_BUCKET);
            }
            Ok(())
        }
        _ => anyhow::bail!(USAGE),
    }
}

async fn connect(settings: &Settings) -> anyhow::Result<Store> {
    Store::connect(
        settings.database.url.expose_secret(),
        Seal::from_hex(settings.agency.secret_key.expose_secret())?,
    )
    .await
}

async fn serve(settings: Settings) -> anyhow::Result<()> {
    let environment = settings.environment.name();
    let app = Application::build(settings).await?;
    tracing::info!(port = app.port(), environment, "Qapı is listening");
    app.run_until_stopped().await?;
    Ok(())
}

/// The one-time setup of an agency's first administrator: no default password; the link it
/// prints (and e-mails) confirms the address, then a password is set and, at the first login,
/// the authenticator app is added. Later officers are added by an administrator.
async fn create_administrator(
    settings: Settings,
    email: &str,
    agency: &str,
    surname: &str,
    name: &str,
) -> anyhow::Result<()> {
    let email =
        Email::parse(email).ok_or_else(|| anyhow::anyhow!("{email} is not an e-mail address"))?;
    let agency = agency
        .parse()
        .ok()
        .and_then(AgencyNumber::new)
        .ok_or_else(|| anyhow::anyhow!("{agency} is not an agency number"))?;
    let store = connect(&settings).await?;
    store.seed_catalogue(&CatalogueSeed::load()?).await?;
    let (token, token_hash) = links::new_token();
    let url = format!(
        "{}/account/confirm?token={token}",
        settings.application.base_url.trim_end_matches('/')
    );
    let added = store
        .add_officer(
            &NewOfficer {
                account: AccountRecord {
                    email: &email,
                    surname,
                    name,
                    fin: None,
                    lang: Lang::Az,
                },
                // An administrator manages officers and the calendar, and decides nothing.
                signing_fin: None,
                role: OfficerRole::Administrator,
                agency,
                totp_secret: &totp::new_secret(),
            },
            &Link {
                token_hash,
                url: url.clone(),
            },
            &accounts::registration(),
            None,
        )
        .await?;
    anyhow::ensure!(added.is_some(), "{email} already has an account");
    println!("Administrator {email} of agency {agency} created.");
    println!("Open this link to confirm the address and set a password (also e-mailed):\n{url}");
    Ok(())
}
