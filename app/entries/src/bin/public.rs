fn main() {
    #[cfg(target_arch = "wasm32")]
    app::shell::start(app::routes::Area::Public, app::public::pages);
}
