//! The public catalogue, held in memory: the list, the home page's agencies and the search are
//! the portal's most read answers, and the catalogue changes rarely. Each server holds one
//! edition (the catalogue as of one `catalogue_version`, its services' names folded for search,
//! its answers serialised and compressed) and swaps in a new one when the version moves: at once
//! after a change it made itself and, for a change another server sharing the database made,
//! when a read finds the version it checked over a second ago has moved. A service's page
//! (its card with the regulation, which the list leaves out, and the documents its published
//! form asks for) is kept in the edition from its first read.

use std::collections::HashMap;
use std::io::Write;
use std::sync::{Arc, Mutex, PoisonError, RwLock};
use std::time::{Duration, Instant};

use app::api::{Agency, AgencySummary, Catalogue, SearchHit, SearchableCatalogue, ServiceCard};
use app::domain::{AgencyNumber, SearchQuery, ServiceNumber};
use app::forms::FormDefinition;
use axum::body::Bytes;
use axum::http::HeaderValue;
use flate2::Compression;
use flate2::write::GzEncoder;
use sha2::{Digest, Sha256};

use crate::store::Store;

/// How often a read may ask the database whether the catalogue changed: how long another
/// server's change can take to show here. The check reads one row.
const CHECK_EVERY: Duration = Duration::from_secs(1);

/// An answer serialised and compressed once for every request that reads it, with its entity
/// tag. Compressing the list per request cost more than everything else its request does.
pub struct Serialised {
    pub json: Bytes,
    pub brotli: Bytes,
    pub gzip: Bytes,
    /// Weak: the same for the answer in every encoding.
    pub etag: HeaderValue,
}

impl Serialised {
    fn new(value: &impl serde::Serialize) -> anyhow::Result<Self> {
        let json = serde_json::to_vec(value)?;
        let digest = hex::encode(&Sha256::digest(&json)[..16]);
        // Done once an edition, so harder than on the fly (tower-http's brotli 4): brotli 9
        // makes the list about a tenth smaller than 4 in a few times the time (some 20 ms);
        // 11 saves a tenth more for seven times that again, at every start (and in every test).
        let mut brotli = brotli::CompressorWriter::new(Vec::new(), 4096, 9, 22);
        brotli.write_all(&json)?;
        let mut gzip = GzEncoder::new(Vec::new(), Compression::best());
        gzip.write_all(&json)?;
        Ok(Self {
            brotli: brotli.into_inner().into(),
            gzip: gzip.finish()?.into(),
            json: json.into(),
            etag: HeaderValue::from_str(&format!("W/\"{digest}\""))?,
        })
    }
}

/// The catalogue as of one version, and what its reads answer.
pub struct Edition {
    version: i64,
    catalogue: SearchableCatalogue,
    /// `GET /api/catalogue`.
    pub listing: Serialised,
    /// `GET /api/agencies`: every agency with the number of its services.
    pub agencies: Serialised,
    /// `GET /api/services/{number}`, each read from the database at its first request in this
    /// edition: with their regulations the pages weigh several times the list, and most are
    /// rarely asked for, so they are not all read at every change. A page read after the
    /// edition's version was read is as new or newer, never older.
    pages: Mutex<HashMap<ServiceNumber, Arc<Serialised>>>,
}

impl Edition {
    /// The catalogue as the database holds it now, made ready to answer from. Folding,
    /// serialising and compressing take some tens of milliseconds of a core: not on the
    /// workers that answer requests.
    async fn read(store: &Store) -> anyhow::Result<Arc<Self>> {
        let (version, catalogue) = store.versioned_catalogue().await?;
        let edition = tokio::task::spawn_blocking(move || Self::new(version, catalogue)).await??;
        Ok(Arc::new(edition))
    }

    fn new(version: i64, catalogue: Catalogue) -> anyhow::Result<Self> {
        let summaries: Vec<AgencySummary> = catalogue
            .agencies
            .iter()
            .map(|agency| AgencySummary {
                number: agency.number,
                name: agency.name.clone(),
                service_count: agency.services.len(),
            })
            .collect();
        Ok(Self {
            version,
            listing: Serialised::new(&catalogue)?,
            agencies: Serialised::new(&summaries)?,
            catalogue: SearchableCatalogue::new(catalogue),
            pages: Mutex::default(),
        })
    }

    pub fn catalogue(&self) -> &Catalogue {
        self.catalogue.catalogue()
    }

    pub fn agency(&self, number: AgencyNumber) -> Option<&Agency> {
        self.catalogue()
            .agencies
            .iter()
            .find(|agency| agency.number == number)
    }

    /// The service of this number with its agency, or `None` for a number the catalogue does
    /// not hold.
    pub fn service(&self, number: ServiceNumber) -> Option<(&Agency, &ServiceCard)> {
        let agency = self.agency(number.agency())?;
        let card = agency.services.iter().find(|s| s.number == number)?;
        Some((agency, card))
    }

    fn kept_page(&self, number: ServiceNumber) -> Option<Arc<Serialised>> {
        self.pages
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&number)
            .cloned()
    }

    fn keep_page(&self, number: ServiceNumber, page: Arc<Serialised>) {
        self.pages
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(number, page);
    }

    /// The same answer as `Catalogue::search`, from the names folded once.
    pub fn search(&self, query: &SearchQuery) -> Vec<SearchHit> {
        self.catalogue.search(query)
    }
}

/// The edition this server answers from. Cloning shares it.
#[derive(Clone)]
pub struct PublishedCatalogue {
    inner: Arc<Inner>,
}

struct Inner {
    store: Store,
    edition: RwLock<Arc<Edition>>,
    /// When a read last asked the database for the version; `None` to ask at the next read.
    checked: Mutex<Option<Instant>>,
    /// One reload at a time, each reading the database after the one before: an edition
    /// installed is never older than the one it replaces.
    reloading: tokio::sync::Mutex<()>,
}

impl PublishedCatalogue {
    /// Reads the catalogue as the database holds it now.
    pub async fn load(store: Store) -> anyhow::Result<Self> {
        let edition = Edition::read(&store).await?;
        Ok(Self {
            inner: Arc::new(Inner {
                edition: RwLock::new(edition),
                store,
                checked: Mutex::new(Some(Instant::now())),
                reloading: tokio::sync::Mutex::new(()),
            }),
        })
    }

    /// The edition to answer a read from. The first read a second after the last check asks
    /// the database whether another server changed the catalogue, and catches up if so; the
    /// reads meanwhile answer from the edition held.
    pub async fn current(&self) -> Arc<Edition> {
        if self.check_due()
            && let Err(error) = self.catch_up().await
        {
            // The catalogue is public and changes rarely: an edition a moment old is a better
            // answer than an error. The next check tries again.
            tracing::warn!(%error, "could not check the catalogue's version");
        }
        self.held()
    }

    /// A service's page in the catalogue, serialised and compressed, or `None` for a number
    /// the catalogue does not hold (not kept: any number can be asked for).
    pub async fn service_page(
        &self,
        number: ServiceNumber,
    ) -> anyhow::Result<Option<Arc<Serialised>>> {
        let edition = self.current().await;
        if let Some(page) = edition.kept_page(number) {
            return Ok(Some(page));
        }
        let Some(mut page) = self.inner.store.service_page(number).await? else {
            return Ok(None);
        };
        page.status = self.inner.store.regulation_status(number).await?;
        // The documents to upload are the ones the published form asks for, whatever the
        // regulation's text says (issue 17): the card cannot promise another list.
        if let Some((_, json)) = self.inner.store.published_form(number, None).await? {
            let form = FormDefinition::parse(&json)
                .map_err(|problems| anyhow::anyhow!("published form {number}: {problems:?}"))?;
            page.regulation.documents_to_upload = Some(form.documents_to_upload());
        }
        let page = Arc::new(tokio::task::spawn_blocking(move || Serialised::new(&page)).await??);
        edition.keep_page(number, Arc::clone(&page));
        Ok(Some(page))
    }

    /// After this server changed the catalogue (and committed): the next read shows it.
    pub async fn changed(&self) {
        if let Err(error) = self.catch_up().await {
            // The change itself is committed; the next read checks again rather than waiting
            // a second.
            tracing::error!(%error, "could not reload the catalogue after a change");
            *self.checked() = None;
        }
    }

    fn held(&self) -> Arc<Edition> {
        self.inner
            .edition
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    fn checked(&self) -> std::sync::MutexGuard<'_, Option<Instant>> {
        self.inner
            .checked
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// Whether this read is the one to check; it then counts as checked.
    fn check_due(&self) -> bool {
        let mut checked = self.checked();
        if checked.is_some_and(|at| at.elapsed() < CHECK_EVERY) {
            return false;
        }
        *checked = Some(Instant::now());
        true
    }

    async fn catch_up(&self) -> anyhow::Result<()> {
        let _one_at_a_time = self.inner.reloading.lock().await;
        let store = &self.inner.store;
        if store.catalogue_version().await? == self.held().version {
            return Ok(());
        }
        let edition = Edition::read(store).await?;
        *self
            .inner
            .edition
            .write()
            .unwrap_or_else(PoisonError::into_inner) = edition;
        Ok(())
    }
}
