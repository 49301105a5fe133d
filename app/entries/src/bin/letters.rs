fn main() {
    #[cfg(target_arch = "wasm32")]
    app::shell::start(app::area::Area::Letters, app::letters::pages);
}
