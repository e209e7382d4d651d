//! What the four OpenAPI examples (utoipa, aide, poem-openapi, salvo-oapi)
//! share: the items, the errors of creating and finding one, the in-memory
//! store, and whether to serve or run the self-demo. The types differ only
//! in their schema derive, one `cfg_attr` per integration; the error enums are the same for all four:
//! `#[status(response)]` documents them through whichever of statuscode's
//! features is on, with each variant's doc comment as its description.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use statuscode::HttpStatus;

#[derive(Clone, Serialize)]
#[cfg_attr(feature = "utoipa", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "aide", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "poem-openapi", derive(poem_openapi::Object))]
#[cfg_attr(feature = "salvo-oapi", derive(salvo::oapi::ToSchema))]
pub struct Item {
    pub id: u32,
    pub name: String,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "utoipa", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "aide", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "poem-openapi", derive(poem_openapi::Object))]
#[cfg_attr(feature = "salvo-oapi", derive(salvo::oapi::ToSchema))]
pub struct NewItem {
    pub name: String,
}

/// Why an item cannot be created.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(response)]
pub enum CreateError {
    /// An item with this name exists already.
    #[error("an item named {0:?} exists already")]
    #[status(CONFLICT)]
    Exists(String),
    /// The name is blank.
    #[error("the name is blank")]
    #[status(UNPROCESSABLE_CONTENT)]
    Blank,
}

/// Why an item cannot be found.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(response)]
pub enum LookupError {
    /// No item has this id.
    #[error("no item has the id {0}")]
    #[status(NOT_FOUND)]
    NotFound(u32),
}

/// The items, by id.
pub struct Items {
    items: BTreeMap<u32, Item>,
    next_id: u32,
}

impl Default for Items {
    fn default() -> Self {
        Items::new()
    }
}

impl Items {
    /// No items (`const`: salvo's example keeps them in a `static`).
    pub const fn new() -> Self {
        Items {
            items: BTreeMap::new(),
            next_id: 0,
        }
    }

    /// The first `limit` items.
    pub fn list(&self, limit: usize) -> Vec<Item> {
        self.items.values().take(limit).cloned().collect()
    }

    /// `new`'s name, trimmed, unless it is blank or another item than
    /// `id` has it.
    pub fn name(&self, new: &NewItem, id: Option<u32>) -> Result<String, CreateError> {
        let name = new.name.trim();
        if name.is_empty() {
            return Err(CreateError::Blank);
        }
        if self
            .items
            .values()
            .any(|item| item.name == name && Some(item.id) != id)
        {
            return Err(CreateError::Exists(name.to_owned()));
        }
        Ok(name.to_owned())
    }

    /// Stores a new item.
    pub fn create(&mut self, new: &NewItem) -> Result<Item, CreateError> {
        let name = self.name(new, None)?;
        self.next_id += 1;
        let item = Item {
            id: self.next_id,
            name,
        };
        self.items.insert(item.id, item.clone());
        Ok(item)
    }

    pub fn get(&self, id: u32) -> Result<Item, LookupError> {
        self.items
            .get(&id)
            .cloned()
            .ok_or(LookupError::NotFound(id))
    }

    /// Gives item `id` the name `name` (checked by `name`).
    // (The poem-openapi and salvo-oapi examples rename nothing.)
    #[allow(dead_code)]
    pub fn rename(&mut self, id: u32, name: String) -> Result<Item, LookupError> {
        let item = self.items.get_mut(&id).ok_or(LookupError::NotFound(id))?;
        item.name = name;
        Ok(item.clone())
    }

    pub fn remove(&mut self, id: u32) -> Result<(), LookupError> {
        self.items
            .remove(&id)
            .map(drop)
            .ok_or(LookupError::NotFound(id))
    }
}

/// `Some(port)` when asked to serve (`SERVE=1` or `--serve`; `PORT`,
/// default 8000) instead of running the self-demo.
pub fn serve_port() -> Option<String> {
    let serve = std::env::var_os("SERVE").is_some_and(|v| v != "0")
        || std::env::args().any(|a| a == "--serve");
    serve.then(|| std::env::var("PORT").unwrap_or_else(|_| "8000".to_owned()))
}
