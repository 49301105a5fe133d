/// A form's text fields as one signal each, read from and written back to the form's type that
/// the API and the rules share.
macro_rules! text_fields {
    ($vis:vis $name:ident for $form:ty { $($field:ident),* $(,)? }) => {
        #[derive(Clone, Copy)]
        $vis struct $name {
            $($field: RwSignal<String>,)*
        }

        impl $name {
            $vis fn new(form: &$form) -> Self {
                Self { $($field: RwSignal::new(form.$field.clone()),)* }
            }

            /// Writes what is typed now into `form`.
            $vis fn write(&self, form: &mut $form) {
                $(form.$field = self.$field.get_untracked();)*
            }
        }
    };
}

/// Pages that are parts of their area's module, each loaded when it is first opened:
/// `lazy_pages! { services() => view! { <Services/> }; }` makes `async fn services()`, whose
/// part wasm-split cuts out of the module under the page's name (`ClientRoute::page_name`, by
/// which the server preloads it). A part that does not load is an `Err`, which `lazy_page` shows.
macro_rules! lazy_pages {
    ($($page:ident($($arg:ident: $type:ty),*) => $view:expr;)*) => {
        $(
            #[leptos::wasm_split::wasm_split($page, wasm_split_path = ::leptos::wasm_split, fallible)]
            fn $page($($arg: $type),*) -> Result<AnyView, crate::shell::PartNotLoaded> {
                Ok($view.into_any())
            }
        )*
    };
}
