fn main() {
    #[cfg(target_arch = "wasm32")]
    app::shell::start(app::routes::Area::Customs, app::customs::pages);
}
