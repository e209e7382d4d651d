//! The JSON types of a derived problem's extension members, for its OpenAPI
//! documentation (features `utoipa` and `aide`).
//!
//! The derive cannot see whether a field's type implements utoipa's
//! `PartialSchema` or schemars' `JsonSchema`, so for each member it asks a
//! [`Probe`] of the field's type, by method resolution (autoref
//! specialization): `(&&Probe::<T>::NEW).utoipa_schema()` finds the typed
//! method when `T` has a schema and the untyped one otherwise, which
//! documents the member as any JSON value. A member of a generic type is
//! documented untyped. A fixed member (`extension("name" = "text")`) is a
//! string.

use core::marker::PhantomData;

/// Stands for the type `T` of a member, for method resolution.
pub struct Probe<T: ?Sized>(PhantomData<T>);

impl<T: ?Sized> Probe<T> {
    /// The probe.
    pub const NEW: Self = Probe(PhantomData);
}

/// The schema of a member's type in utoipa, when it has one.
#[cfg(feature = "utoipa")]
pub type UtoipaSchema = Option<fn() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema>>;
/// Without the `utoipa` feature: nothing.
#[cfg(not(feature = "utoipa"))]
pub type UtoipaSchema = ();

/// The schema of a member's type in schemars (aide), when it has one.
#[cfg(feature = "aide")]
pub type SchemarsSchema = Option<fn() -> schemars::Schema>;
/// Without the `aide` feature: nothing.
#[cfg(not(feature = "aide"))]
pub type SchemarsSchema = ();

/// What the documentation says of one extension member: its name and the
/// schema of its type in each OpenAPI integration (none: any JSON value).
#[derive(Clone, Copy)]
pub struct MemberSchema {
    /// The member's name.
    pub name: &'static str,
    /// utoipa's schema of its type.
    pub utoipa: UtoipaSchema,
    /// schemars' schema of its type.
    pub schemars: SchemarsSchema,
}

impl MemberSchema {
    /// The member `name`, with the schemas the probes found.
    pub const fn new(name: &'static str, utoipa: UtoipaSchema, schemars: SchemarsSchema) -> Self {
        MemberSchema {
            name,
            utoipa,
            schemars,
        }
    }

    /// The member `name`, documented as any JSON value (its type is generic).
    pub fn untyped(name: &'static str) -> Self {
        MemberSchema {
            name,
            utoipa: UtoipaSchema::default(),
            schemars: SchemarsSchema::default(),
        }
    }
}

/// The typed probe for utoipa: `T` has a schema.
pub trait UtoipaTyped {
    /// `T`'s schema.
    fn utoipa_schema(&self) -> UtoipaSchema;
}

/// The untyped probe for utoipa: any JSON value.
pub trait UtoipaUntyped {
    /// None.
    #[allow(clippy::semicolon_if_nothing_returned)] // `()` without the feature
    fn utoipa_schema(&self) -> UtoipaSchema {
        UtoipaSchema::default()
    }
}

impl<T: ?Sized> UtoipaUntyped for Probe<T> {}

#[cfg(feature = "utoipa")]
impl<T: ?Sized + utoipa::PartialSchema> UtoipaTyped for &Probe<T> {
    fn utoipa_schema(&self) -> UtoipaSchema {
        Some(T::schema)
    }
}

/// The typed probe for schemars: `T` has a schema.
pub trait SchemarsTyped {
    /// `T`'s schema.
    fn schemars_schema(&self) -> SchemarsSchema;
}

/// The untyped probe for schemars: any JSON value.
pub trait SchemarsUntyped {
    /// None.
    #[allow(clippy::semicolon_if_nothing_returned)] // `()` without the feature
    fn schemars_schema(&self) -> SchemarsSchema {
        SchemarsSchema::default()
    }
}

impl<T: ?Sized> SchemarsUntyped for Probe<T> {}

#[cfg(feature = "aide")]
impl<T: ?Sized + schemars::JsonSchema> SchemarsTyped for &Probe<T> {
    fn schemars_schema(&self) -> SchemarsSchema {
        Some(schemars_inline::<T>)
    }
}

/// `T`'s schema with its subschemas inline (the problem schema is written
/// without the document's components).
#[cfg(feature = "aide")]
pub(crate) fn schemars_inline<T: ?Sized + schemars::JsonSchema>() -> schemars::Schema {
    let mut settings = schemars::generate::SchemaSettings::draft2020_12();
    settings.inline_subschemas = true;
    settings.into_generator().subschema_for::<T>()
}

#[cfg(all(test, feature = "utoipa", feature = "aide"))]
mod tests {
    use super::*;

    struct Opaque;

    // The borrows are the probe: the typed method is found through them.
    #[allow(clippy::needless_borrow)]
    #[test]
    fn probes_find_the_schema_when_there_is_one() {
        assert!((&&Probe::<u32>::NEW).utoipa_schema().is_some());
        assert!((&&Probe::<u32>::NEW).schemars_schema().is_some());
        assert!((&&Probe::<Opaque>::NEW).utoipa_schema().is_none());
        assert!((&&Probe::<Opaque>::NEW).schemars_schema().is_none());
    }
}

/// `{"name": string, "reason": string}`, both required.
#[cfg(feature = "utoipa")]
impl utoipa::__dev::ComposeSchema for crate::InvalidParam {
    fn compose(
        _: std::vec::Vec<utoipa::openapi::RefOr<utoipa::openapi::schema::Schema>>,
    ) -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::{ObjectBuilder, Type};
        ObjectBuilder::new()
            .property("name", ObjectBuilder::new().schema_type(Type::String))
            .property("reason", ObjectBuilder::new().schema_type(Type::String))
            .required("name")
            .required("reason")
            .into()
    }
}

/// `InvalidParam`: `{"name": string, "reason": string}`.
#[cfg(feature = "utoipa")]
impl utoipa::ToSchema for crate::InvalidParam {}

/// `{"name": string, "reason": string}`, both required.
#[cfg(feature = "aide")]
impl schemars::JsonSchema for crate::InvalidParam {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed("InvalidParam")
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "object",
            "properties": {
                "name": { "type": "string" },
                "reason": { "type": "string" },
            },
            "required": ["name", "reason"],
        })
    }
}
