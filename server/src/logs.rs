//! The server's logs on standard output: lines for people to read by default, or one JSON
//! object a line (`log.format: json`) for a log collector to index without parsing text.
//! `RUST_LOG` chooses what is logged either way.

use serde::Deserialize;
use tracing::Subscriber;
use tracing_subscriber::EnvFilter;
use tracing_subscriber::fmt::MakeWriter;

/// What is logged when `RUST_LOG` is unset.
const DEFAULT_FILTER: &str = "info,sqlx=warn,tower_http=info";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LogFormat {
    /// Human-readable lines.
    Text,
    /// One JSON object a line: the time, level, target, message and the event's fields at the
    /// top level, and the request's span (method, address) under `span`.
    Json,
}

#[derive(Clone, Debug, Deserialize)]
pub struct LogSettings {
    pub format: LogFormat,
}

/// Starts logging to standard output for the whole process.
pub fn init(settings: &LogSettings) {
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(DEFAULT_FILTER));
    tracing::subscriber::set_global_default(subscriber(settings.format, filter, std::io::stdout))
        .expect("logging is started once");
}

fn subscriber<W>(
    format: LogFormat,
    filter: EnvFilter,
    writer: W,
) -> Box<dyn Subscriber + Send + Sync>
where
    W: for<'w> MakeWriter<'w> + Send + Sync + 'static,
{
    let lines = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(writer);
    match format {
        LogFormat::Text => Box::new(lines.finish()),
        LogFormat::Json => Box::new(
            lines
                .json()
                .with_ansi(false)
                .flatten_event(true)
                .with_current_span(true)
                .with_span_list(false)
                .finish(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;
    use std::sync::{Arc, Mutex};

    use super::*;

    /// What a subscriber wrote, shared with the test.
    #[derive(Clone, Default)]
    struct Written(Arc<Mutex<Vec<u8>>>);

    impl Write for Written {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(bytes);
            Ok(bytes.len())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    fn logged(format: LogFormat) -> String {
        let written = Written::default();
        let sink = written.clone();
        let subscriber = subscriber(format, EnvFilter::new("info"), move || sink.clone());
        tracing::subscriber::with_default(subscriber, || {
            let request = tracing::info_span!("request", method = "GET", uri = "/api/health");
            let _entered = request.enter();
            tracing::info!(port = 3000, "Qapı is listening");
            tracing::debug!("below the filter");
        });
        String::from_utf8(written.0.lock().unwrap().clone()).unwrap()
    }

    #[test]
    fn json_logs_are_one_object_a_line_with_the_fields_at_the_top() {
        let logged = logged(LogFormat::Json);
        let lines: Vec<&str> = logged.lines().collect();
        assert_eq!(lines.len(), 1, "{logged}");
        let line: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
        assert_eq!(line["level"], "INFO");
        assert_eq!(line["message"], "Qapı is listening");
        assert_eq!(line["port"], 3000);
        assert_eq!(line["span"]["uri"], "/api/health");
        assert!(line["timestamp"].is_string(), "{line}");
    }

    #[test]
    fn text_logs_stay_lines_for_people() {
        let logged = logged(LogFormat::Text);
        assert!(
            logged.contains("Qapı is listening") && logged.contains("3000"),
            "{logged}"
        );
        assert!(serde_json::from_str::<serde_json::Value>(logged.trim()).is_err());
    }
}
