//! The simulators keep their state in tables of their own, created only where one is on.

use server::config::{ExternalSystem, PaymentGatewayKind};

use crate::helpers::{ClientBuild, TestApp, spawn_app, spawn_app_configured};

async fn simulator_tables(app: &TestApp) -> Vec<String> {
    let tables = if app.on_postgres() {
        "SELECT CAST(table_name AS TEXT) FROM information_schema.tables \
         WHERE table_schema = current_schema() AND table_name LIKE 'simulated%' ORDER BY 1"
    } else {
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'simulated%' \
         ORDER BY name"
    };
    sqlx::query_scalar(tables)
        .fetch_all(&app.database().await)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_portal_connected_to_real_systems_holds_no_simulator_tables() {
    let app = spawn_app_configured(ClientBuild::Development, |settings| {
        settings.identity.asan_imza = ExternalSystem::Off;
        settings.identity.e_signature = ExternalSystem::Off;
        settings.identity.egov = ExternalSystem::Off;
        settings.registries.fines = ExternalSystem::Off;
        settings.payments.gateway = PaymentGatewayKind::Off;
    })
    .await;
    assert_eq!(simulator_tables(&app).await, Vec::<String>::new());
    assert_eq!(app.get("/api/dev/gateway/orders/x").await.status(), 404);
    assert_eq!(app.get("/api/dev/identity/asan-imza").await.status(), 404);
}

#[tokio::test]
async fn a_development_portal_gets_its_simulators_tables() {
    let app = spawn_app().await;
    assert_eq!(
        simulator_tables(&app).await,
        [
            "simulated_card_signings",
            "simulated_fines",
            "simulated_gateway_orders",
            "simulated_identity_requests",
            "simulated_signing_requests"
        ]
    );
    let waiting = app.get_json("/api/dev/identity/asan-imza").await;
    assert_eq!(waiting, serde_json::json!([]));
}
