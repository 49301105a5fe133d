//! What the portal tells Prometheus at `/metrics` (text format 0.0.4): requests by route and
//! status, their latency, the periodic jobs' runs, and the outbox's backlog (read from the
//! database at each scrape, so every server sharing it reports the same). Each `Application`
//! has its registry of its own rather than a process-wide one, so that tests running many
//! portals in one process each count their own.

use std::sync::Arc;
use std::time::Duration;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::encoding::prometheus_text;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::{Registry, Unit};

use crate::jobs::Job;
use crate::store::OutboxBacklog;

/// Latency buckets from 5 ms to the API's 30-second timeout.
const LATENCY_BUCKETS: [f64; 12] = [
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];

/// The route label of a request to the built client (pages and files): one label for all of
/// them, since their addresses are as many as people type.
pub const SITE_ROUTE: &str = "site";
/// The route label of an API address no route matches, for the same reason.
pub const UNMATCHED_ROUTE: &str = "unmatched";

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    method: &'static str,
    /// The matched route's template (`/api/applications/{id}`), never the address itself.
    route: String,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    method: &'static str,
    route: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct JobLabels {
    job: &'static str,
    outcome: &'static str,
}

/// The portal's metrics; clones share them.
#[derive(Clone)]
pub struct Metrics(Arc<Instruments>);

struct Instruments {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: Family<RouteLabels, Histogram, fn() -> Histogram>,
    job_runs: Family<JobLabels, Counter>,
    outbox_unsent: Gauge,
    outbox_oldest_age: Gauge,
}

fn latency_histogram() -> Histogram {
    Histogram::new(LATENCY_BUCKETS)
}

impl Default for Metrics {
    fn default() -> Self {
        let mut registry = Registry::with_prefix("qapi");
        let requests = Family::<RequestLabels, Counter>::default();
        registry.register(
            "http_requests",
            "Requests answered, by method, route template and status",
            requests.clone(),
        );
        let latency = Family::<RouteLabels, Histogram, fn() -> Histogram>::new_with_constructor(
            latency_histogram,
        );
        registry.register_with_unit(
            "http_request_duration",
            "Time to answer a request, by method and route template",
            Unit::Seconds,
            latency.clone(),
        );
        let job_runs = Family::<JobLabels, Counter>::default();
        registry.register(
            "job_runs",
            "Rounds of the periodic jobs, by job and outcome (ok, failed)",
            job_runs.clone(),
        );
        let outbox_unsent = Gauge::default();
        registry.register(
            "outbox_unsent_messages",
            "E-mails and texts queued and not yet sent, failed ones included",
            outbox_unsent.clone(),
        );
        let outbox_oldest_age = Gauge::default();
        registry.register_with_unit(
            "outbox_oldest_unsent_age",
            "How long the oldest unsent message has waited (0 when none waits)",
            Unit::Seconds,
            outbox_oldest_age.clone(),
        );
        Self(Arc::new(Instruments {
            registry,
            requests,
            latency,
            job_runs,
            outbox_unsent,
            outbox_oldest_age,
        }))
    }
}

impl Metrics {
    /// A request answered: `route` is its template or one of the two catch-all labels.
    pub fn request(&self, method: &axum::http::Method, route: &str, status: u16, took: Duration) {
        let method = method_label(method);
        self.0
            .requests
            .get_or_create(&RequestLabels {
                method,
                route: route.to_owned(),
                status,
            })
            .inc();
        self.0
            .latency
            .get_or_create(&RouteLabels {
                method,
                route: route.to_owned(),
            })
            .observe(took.as_secs_f64());
    }

    /// A round of a periodic job done, or failed.
    pub fn job_ran(&self, job: Job, succeeded: bool) {
        let outcome = if succeeded { "ok" } else { "failed" };
        self.0
            .job_runs
            .get_or_create(&JobLabels {
                job: job.name(),
                outcome,
            })
            .inc();
    }

    /// The text Prometheus scrapes, with the outbox as the database has it now.
    pub fn render(&self, outbox: OutboxBacklog) -> String {
        self.0.outbox_unsent.set(outbox.unsent);
        self.0.outbox_oldest_age.set(outbox.oldest_age_seconds);
        let mut text = String::new();
        prometheus_text::encode(&mut text, &self.0.registry)
            .expect("writing to a String does not fail");
        text
    }
}

/// The standard methods by name and any other as one label, so a client sending made-up
/// methods cannot add series.
fn method_label(method: &axum::http::Method) -> &'static str {
    use axum::http::Method;
    match *method {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::PATCH => "PATCH",
        Method::DELETE => "DELETE",
        Method::OPTIONS => "OPTIONS",
        _ => "other",
    }
}

#[cfg(test)]
mod tests {
    use axum::http::Method;

    use super::*;

    #[test]
    fn requests_are_counted_by_route_template_and_status_with_their_latency() {
        let metrics = Metrics::default();
        for _ in 0..2 {
            metrics.request(
                &Method::GET,
                "/api/applications/{id}",
                200,
                Duration::from_millis(20),
            );
        }
        metrics.request(
            &Method::from_bytes(b"BREW").unwrap(),
            UNMATCHED_ROUTE,
            405,
            Duration::from_millis(1),
        );
        metrics.job_ran(Job::DeadlineWatch, true);
        metrics.job_ran(Job::Outbox, false);
        let text = metrics.render(OutboxBacklog {
            unsent: 3,
            oldest_age_seconds: 75,
        });
        for line in [
            "qapi_http_requests_total{method=\"GET\",route=\"/api/applications/{id}\",status=\"200\"} 2",
            "qapi_http_requests_total{method=\"other\",route=\"unmatched\",status=\"405\"} 1",
            "qapi_http_request_duration_seconds_bucket{method=\"GET\",route=\"/api/applications/{id}\",le=\"0.025\"} 2",
            "qapi_http_request_duration_seconds_count{method=\"GET\",route=\"/api/applications/{id}\"} 2",
            "qapi_job_runs_total{job=\"deadline_watch\",outcome=\"ok\"} 1",
            "qapi_job_runs_total{job=\"outbox\",outcome=\"failed\"} 1",
            "qapi_outbox_unsent_messages 3",
            "qapi_outbox_oldest_unsent_age_seconds 75",
            "# TYPE qapi_http_requests_total counter",
            "# TYPE qapi_http_request_duration_seconds histogram",
        ] {
            assert!(text.lines().any(|l| l == line), "no {line:?} in\n{text}");
        }
    }
}
