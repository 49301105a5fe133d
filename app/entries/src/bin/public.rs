fn main() {
    #[cfg(target_arch = "wasm32")]
    app::shell::start(app::area::Area::Public, app::public::pages);
}
