//! The alliance data: types, partial dates, loading and checking, and the figures
//! read from it (shares that add up, the membership table as CSV).
//!
//! Nothing here knows about the screen; a web or command-line front end can reuse it.

pub mod csv;
pub mod date;
pub mod era;
pub mod import;
pub mod label;
pub mod linked;
pub mod load;
pub mod locate;
pub mod moment;
pub mod position;
pub mod problem;
pub mod provenance;
pub mod save;
pub mod shares;
pub mod sources;
pub mod synthetic;
pub mod timelinejs;
pub mod tokens;
pub mod types;
pub mod url;
pub mod validate;

pub use date::{PartialDate, Precision};
pub use era::Era;
pub use load::{
    DEFAULT_RON, MAX_FILE_BYTES, load_bytes, load_default, load_path, load_path_keeping_text,
    load_str, load_unchecked, read_data_file, summary,
};
pub use position::{LineIndex, Position, Snippet};
pub use problem::{LoadError, MAX_PROBLEMS, Problem};
pub use provenance::Provenance;
pub use types::*;
pub use url::{HostFault, UrlError, check_url};
pub use validate::validate;
