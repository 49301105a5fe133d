//! "Bayram və istirahət günləri": the administrator's holiday calendar, a year at a time, with
//! a button to remove each day and a form to add one. Deadlines set after a change count it.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::api::{Holiday, HolidayForm, OfficerRole, Problem};
use crate::client::today;
use crate::client::{
    Method, csrf_header, form_title, get_json, problems_in, send_json, sent, t, use_i18n,
};
use crate::components::data_table::DataTable;
use crate::components::error_summary::ErrorSummary;
use crate::components::load_state::{LoadFailed, Loading};
use crate::components::office_nav::AtDesk;
use crate::components::text_input::TextInput;
use crate::domain::CalendarDate;
use crate::i18n::Msg;
use crate::routes::ClientRoute;

text_fields!(HolidayFields for HolidayForm { day, name_az, name_en, name_ru });

#[component]
pub fn OfficeCalendar() -> impl IntoView {
    view! {
        <AtDesk page=|info, role| {
            if role.role == OfficerRole::Administrator {
                view! { <Calendar csrf=info.csrf_token/> }.into_any()
            } else {
                view! {
                    <h1 class="q-heading-xl">{t(Msg::CalendarTitle)}</h1>
                    <p class="q-body">{t(Msg::ErrForbidden)}</p>
                }
                .into_any()
            }
        }/>
    }
}

/// The year the address asks for (`?year=2027`), else this one.
fn year_of(search: &str) -> i32 {
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("year="))
        .and_then(|year| year.parse().ok())
        .filter(|year| (1900..=2200).contains(year))
        .unwrap_or_else(|| year_of_day(today()))
}

fn year_of_day(day: CalendarDate) -> i32 {
    day.iso()[..4].parse().unwrap_or(2026)
}

fn year_href(year: i32) -> String {
    format!("{}?year={year}", ClientRoute::OfficeCalendar.href())
}

/// What the last change did, for the status line.
#[derive(Clone, Copy, PartialEq)]
enum Done {
    Added(CalendarDate),
    Removed(CalendarDate),
}

#[component]
fn Calendar(csrf: String) -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let year = Memo::new(move |_| year_of(&location.search.get()));
    let problems = RwSignal::new(Vec::<Problem>::new());
    form_title(Msg::CalendarTitle, problems);
    let done = RwSignal::new(None::<Done>);
    let days = LocalResource::new(move || {
        let year = year.get();
        async move { get_json::<Vec<Holiday>>(&format!("/api/office/calendar?year={year}")).await }
    });
    let csrf = StoredValue::new(csrf);
    let remove = move |day: CalendarDate| {
        let csrf = csrf.get_value();
        spawn_local(async move {
            let path = format!("/api/office/calendar/{}", day.iso());
            let outcome =
                send_json::<serde::de::IgnoredAny>(&path, &(), &csrf_header(&csrf), Method::Delete)
                    .await;
            if sent(outcome, problems, i18n.lang()).is_some() {
                done.try_set(Some(Done::Removed(day)));
                days.refetch();
            }
        });
    };
    let status = move || {
        done.get().map(|done| {
            let (msg, day) = match done {
                Done::Added(day) => (Msg::CalendarAdded, day),
                Done::Removed(day) => (Msg::CalendarRemoved, day),
            };
            i18n.fill(msg, &[("date", &day.to_string())])
        })
    };
    view! {
        <h1 class="q-heading-xl">{t(Msg::CalendarTitle)}</h1>
        <p class="q-body">{t(Msg::CalendarLead)}</p>
        <nav class="q-pagination" aria-label=move || i18n.t(Msg::CalendarYears)>
            <A href=move || year_href(year.get() - 1)>{move || i18n.fill(Msg::CalendarPreviousYear, &[("year", &(year.get() - 1).to_string())])}</A>
            <A href=move || year_href(year.get() + 1)>{move || i18n.fill(Msg::CalendarNextYear, &[("year", &(year.get() + 1).to_string())])}</A>
        </nav>
        <h2 class="q-heading-l" id="calendar-year">{move || i18n.fill(Msg::CalendarYear, &[("year", &year.get().to_string())])}</h2>
        <div role="status">
            {move || status().map(|text| view! { <p class="q-inset">{text}</p> })}
        </div>
        {move || match days.get() {
            None => view! { <Loading/> }.into_any(),
            Some(Err(error)) => view! { <LoadFailed error retry=Callback::new(move |()| days.refetch())/> }.into_any(),
            Some(Ok(list)) if list.is_empty() => view! { <p class="q-body">{t(Msg::CalendarEmpty)}</p> }.into_any(),
            Some(Ok(list)) => view! {
                <DataTable labelled_by="calendar-year">
                    <thead>
                        <tr>
                            <th scope="col">{t(Msg::CalendarDayColumn)}</th>
                            <th scope="col">{t(Msg::CalendarNameColumn)}</th>
                            <th scope="col"><span class="q-visually-hidden">{t(Msg::CalendarRemove)}</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        {list.into_iter().map(|holiday| {
                            let day = holiday.day;
                            let name = holiday.name.clone();
                            let label = {
                                let name = name.clone();
                                move || format!("{}: {day} {}", i18n.t(Msg::CalendarRemove), name.get(i18n.lang()))
                            };
                            let added_by = holiday.added_by.clone();
                            view! {
                                <tr>
                                    <td class="q-calendar__day">{day.to_string()}</td>
                                    <td>
                                        {move || name.get(i18n.lang()).to_owned()}
                                        <span class="q-calendar__by">{move || match &added_by {
                                            Some(by) => i18n.fill(Msg::CalendarAddedBy, &[("name", by)]),
                                            None => i18n.t(Msg::CalendarFromConfiguration).to_owned(),
                                        }}</span>
                                    </td>
                                    <td>
                                        <button type="button" class="q-button q-button--secondary q-calendar__remove" aria-label=label on:click=move |_| remove(day)>{t(Msg::CalendarRemove)}</button>
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </DataTable>
            }.into_any(),
        }}
        <AddHoliday csrf=csrf.get_value() problems added=Callback::new(move |day| {
            done.set(Some(Done::Added(day)));
            days.refetch();
        })/>
    }
}

#[component]
fn AddHoliday(
    csrf: String,
    problems: RwSignal<Vec<Problem>>,
    added: Callback<CalendarDate>,
) -> impl IntoView {
    let i18n = use_i18n();
    let fields = HolidayFields::new(&HolidayForm::default());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut form = HolidayForm::default();
        fields.write(&mut form);
        // The same rules as the server's, at once; the server still says if the day is listed.
        if let Err(found) = form.parse() {
            problems.set(problems_in(i18n.lang(), found));
            return;
        }
        let csrf = csrf.clone();
        spawn_local(async move {
            let outcome = send_json::<Holiday>(
                "/api/office/calendar",
                &form,
                &csrf_header(&csrf),
                Method::Post,
            )
            .await;
            if let Some(holiday) = sent(outcome, problems, i18n.lang()) {
                fields.write_back_empty();
                added.run(holiday.day);
            }
        });
    };
    view! {
        <h2 class="q-heading-l">{t(Msg::CalendarAdd)}</h2>
        <ErrorSummary problems/>
        <form class="q-form" novalidate on:submit=submit>
            <TextInput field="day" label=Msg::CalendarDayLabel hint=Msg::CalendarDayHint value=fields.day problems kind="date"/>
            <TextInput field="name_az" label=Msg::CalendarNameAzLabel value=fields.name_az problems autocomplete="off"/>
            <TextInput field="name_en" label=Msg::CalendarNameEnLabel value=fields.name_en problems optional=true autocomplete="off"/>
            <TextInput field="name_ru" label=Msg::CalendarNameRuLabel value=fields.name_ru problems optional=true autocomplete="off"/>
            <button type="submit" class="q-button">{t(Msg::CalendarAdd)}</button>
        </form>
    }
}

impl HolidayFields {
    /// Empties the form after a day was added.
    fn write_back_empty(&self) {
        for field in [self.day, self.name_az, self.name_en, self.name_ru] {
            field.try_set(String::new());
        }
    }
}
