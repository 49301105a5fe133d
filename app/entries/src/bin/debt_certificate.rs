fn main() {
    #[cfg(target_arch = "wasm32")]
    app::shell::start(
        app::routes::Area::DebtCertificate,
        app::debt_certificate::pages,
    );
}
