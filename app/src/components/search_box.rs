use leptos::prelude::*;

use crate::client::t;
use crate::i18n::Msg;

/// A labelled search field. With `instant`, every keystroke is a search; otherwise the search
/// runs when the form is sent (Enter or the button).
#[component]
pub fn SearchBox(
    #[prop(into)] id: String,
    #[prop(into)] value: Signal<String>,
    on_search: Callback<String>,
    #[prop(optional)] instant: bool,
    /// A bigger field, for the home page.
    #[prop(optional)]
    large: bool,
) -> impl IntoView {
    let typed = RwSignal::new(value.get_untracked());
    let hint_id = format!("{id}-hint");
    view! {
        <form
            class="q-search"
            class:q-search--large=large
            role="search"
            on:submit=move |ev| {
                ev.prevent_default();
                on_search.run(typed.get_untracked());
            }
        >
            <label class="q-label" for=id.clone()>{t(Msg::SearchLabel)}</label>
            <div class="q-hint" id=hint_id.clone()>{t(Msg::SearchHint)}</div>
            <div class="q-search__row">
                <input
                    class="q-search__input"
                    type="search"
                    id=id
                    name="q"
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby=hint_id
                    prop:value=move || value.get()
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        typed.set(text.clone());
                        if instant {
                            on_search.run(text);
                        }
                    }
                />
                <button class="q-button q-search__button" type="submit">
                    {t(Msg::SearchButton)}
                </button>
            </div>
        </form>
    }
}
