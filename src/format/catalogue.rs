//! Reading one method catalogue file (`public/methods/<phase>.json`). The files ship with the app and are checked
//! by `tests/model_methods.rs`; at run time a broken file must still give a clear error, never a panic.

use crate::model::PhaseFile;

#[derive(Debug, thiserror::Error)]
pub enum CatalogueError {
    /// Not JSON at all, or cut off. `line` and `column` are 1-based as reported by serde_json.
    #[error("method file is not valid JSON (line {line}, column {column}): {source}")]
    Syntax {
        line: usize,
        column: usize,
        #[source]
        source: serde_json::Error,
    },
    /// JSON of the wrong shape at `path` (e.g. `methods[3].steps[0].minutes`); `.` is the whole file.
    #[error("invalid method data at {path}: {source}")]
    Invalid {
        path: String,
        #[source]
        source: serde_json::Error,
    },
}

impl CatalogueError {
    /// Where the problem is: a data path, or `line:column` for syntax errors.
    pub fn location(&self) -> String {
        match self {
            CatalogueError::Syntax { line, column, .. } => format!("{line}:{column}"),
            CatalogueError::Invalid { path, .. } => path.clone(),
        }
    }
}

/// Parses one phase file, naming the place of a problem. Does not run the catalogue checks
/// (`model::method::validate`): call those on all files together, since `next` may point into another phase.
pub fn parse_phase_file(text: &str) -> Result<PhaseFile, CatalogueError> {
    serde_json::from_str(text).map_err(|e| classify(text, e))
}

fn classify(text: &str, source: serde_json::Error) -> CatalogueError {
    if source.is_data() {
        let path = super::place::path_at(text, source.line(), source.column());
        CatalogueError::Invalid { path, source }
    } else {
        CatalogueError::Syntax {
            line: source.line(),
            column: source.column(),
            source,
        }
    }
}
