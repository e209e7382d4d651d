//! What is emitted next to the errors when the input is refused: the impl
//! still exists, with bodies that are never run, so the user sees the
//! errors and not a cascade of "`HttpStatus` is not implemented".

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::DeriveInput;

use super::expand;

/// `krate` is the path of `statuscode`; `response` whether the type asked to
/// be a response (it is declared too, for the same reason).
pub fn expand(input: &DeriveInput, krate: &TokenStream, response: Option<Span>) -> TokenStream {
    let unreachable = quote!(::core::unreachable!());
    expand::impls(
        krate,
        &input.ident,
        &input.generics,
        &expand::predicates(&input.generics),
        [
            &unreachable,
            &unreachable,
            &TokenStream::new(),
            &TokenStream::new(),
            &TokenStream::new(),
        ],
        response,
    )
}
