fn main() {
    #[cfg(target_arch = "wasm32")]
    app::shell::start(
        app::area::Area::DebtCertificate,
        app::debt_certificate::pages,
    );
}
