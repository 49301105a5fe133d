fn main() {
    #[cfg(target_arch = "wasm32")]
    app::shell::start(app::area::Area::PlaceOfStay, app::place_of_stay::pages);
}
