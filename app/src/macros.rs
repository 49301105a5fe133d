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

/// A service's pages for its applicant (`service_pages::ApplicantPages`) as a part of the
/// cabinet's module, `$part`: the application's page with `$editor` drawing the form and `$sent`
/// the answers as sent. Only the cabinet shows an applicant's page; in the other areas' modules
/// it is never reached, and a lazy function there would be exported and kept (ADR 0010), so the
/// part is the cabinet's alone.
///
/// The part is named once more where the server learns it (`services::application_part`): a
/// hand-built service's `HandBuilt::application_part` (`$part of SERVICE`), or the renderer's
/// constant (`$part = NAME`). A name that differs from it does not compile.
macro_rules! applicant_part {
    (@pages $part:ident: $editor:path, $sent:path) => {
        pub static APPLICANT: crate::service_pages::ApplicantPages =
            crate::service_pages::ApplicantPages {
                part: stringify!($part),
                page: applicant,
            };

        #[cfg(feature = "cabinet")]
        lazy_pages! {
            $part(opened: crate::service_pages::Opened, changed: Callback<()>) =>
                crate::cabinet::application_page(
                    opened,
                    changed,
                    Some(crate::service_pages::ServiceViews { editor: $editor, sent: $sent }),
                );
        }

        #[cfg(feature = "cabinet")]
        fn applicant(opened: crate::service_pages::Opened, changed: Callback<()>) -> AnyView {
            crate::shell::lazy_page(move || $part(opened.clone(), changed))
        }

        #[cfg(not(feature = "cabinet"))]
        fn applicant(_: crate::service_pages::Opened, _: Callback<()>) -> AnyView {
            view! { <crate::components::not_found::NotFound/> }.into_any()
        }
    };
    ($part:ident of $service:path: $editor:path, $sent:path) => {
        const _: () = assert!(
            $service.is_drawn_by(APPLICANT.part),
            "the service's application_part is not the name of its applicant_part!"
        );
        applicant_part!(@pages $part: $editor, $sent);
    };
    ($part:ident = $name:path: $editor:path, $sent:path) => {
        const _: () = assert!(
            crate::services::same_part($name, APPLICANT.part),
            "the part's constant is not the name of its applicant_part!"
        );
        applicant_part!(@pages $part: $editor, $sent);
    };
}
