//! Reusable pieces of pages; each has its CSS in `style/components/<name>.css`.

pub mod attached_files;
pub mod breadcrumbs;
pub mod captcha;
pub mod confirmation;
pub mod data_table;
pub mod date_input;
pub mod error_summary;
pub mod footer;
pub mod header;
pub mod load_state;
pub mod log_in_link;
pub mod not_found;
pub mod phone_confirmation;
pub mod regulation_comments;
pub mod scan_upload;
pub mod search_box;
pub mod select_input;
pub mod service_flow;
pub mod service_list;
pub mod session_timeout;
pub mod stepper;
pub mod summary_list;
pub mod text_area;
pub mod text_input;
pub mod timeline;
