fn main() {
    #[cfg(target_arch = "wasm32")]
    app::shell::start(app::routes::Area::PlaceOfStay, app::place_of_stay::pages);
}
