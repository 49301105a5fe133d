/// A form's text fields as one signal each, read from and written back to the form's type that
/// the API and the rules share.
macro_rules! text_fields {
    ($name:ident for $form:ty { $($field:ident),* $(,)? }) => {
        #[derive(Clone, Copy)]
        struct $name {
            $($field: RwSignal<String>,)*
        }

        impl $name {
            fn new(form: &$form) -> Self {
                Self { $($field: RwSignal::new(form.$field.clone()),)* }
            }

            /// Writes what is typed now into `form`.
            fn write(&self, form: &mut $form) {
                $(form.$field = self.$field.get_untracked();)*
            }
        }
    };
}
