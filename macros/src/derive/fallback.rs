//! What is emitted next to the errors when the input is refused: the impl
//! still exists, with bodies that are never run, so the user sees the
//! errors and not a cascade of "`HttpStatus` is not implemented".

use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

/// `krate` is the path of `statuscode`; `response` whether the type asked to
/// be a response (it is declared too, for the same reason).
pub fn expand(input: &DeriveInput, krate: &TokenStream, response: bool) -> TokenStream {
    let ident = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let response = response.then(|| {
        quote! {
            #krate::__private::impl_response! {
                [#impl_generics] [#ident #ty_generics] [#where_clause]
            }
        }
    });
    quote! {
        #[automatically_derived]
        impl #impl_generics #krate::HttpStatus for #ident #ty_generics #where_clause {
            fn status(&self) -> #krate::Status {
                ::core::unreachable!()
            }

            fn statuses() -> #krate::StatusSet {
                ::core::unreachable!()
            }
        }
        #response
    }
}
