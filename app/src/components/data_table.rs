use leptos::prelude::*;

/// A table of data that scrolls sideways inside its own box on narrow screens, which keyboard
/// users can reach and scroll (axe's scrollable-region-focusable).
#[component]
pub fn DataTable(
    /// The id of the heading that names the table.
    labelled_by: &'static str,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="q-table-container" role="region" aria-labelledby=labelled_by tabindex="0">
            <table class="q-table" aria-labelledby=labelled_by>{children()}</table>
        </div>
    }
}
