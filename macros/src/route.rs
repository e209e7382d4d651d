//! `#[status_code(CREATED)]` on a handler function.
//!
//! The function is split by scanning its tokens (no syn): attributes,
//! qualifiers up to `fn`, name, generics, parameters, `-> Type`, where
//! clause, body. Only the return type and the body are rewritten; the body's
//! tokens are moved, never parsed:
//!
//! ```text
//! fn f(..) -> T { body }
//!   => fn f(..) -> ::statuscode::WithStatus<T> {
//!          __private::with_status(S, __private::call(move || -> T { body }))
//!      }
//! async fn f(..) -> T { body }
//!   => async fn f(..) -> ::statuscode::WithStatus<T> {
//!          __private::with_status(S, __private::expect_future::<T, _>(async move { body }).await)
//!      }
//! ```
//!
//! `Result<T, E>` becomes `Result<WithStatus<T>, E>` (`ok_with_status`), and
//! `()` becomes `WithStatus<NoBody>` (`no_body`), since actix-web has no
//! `Responder` for `()`.

use proc_macro2::{Delimiter, Group, Literal, Spacing, Span, TokenStream, TokenTree};
use quote::quote;

use crate::error::Error;
use crate::parse::describe;
use crate::status::{self, Site, StatusArg};

const ATTRIBUTE: &str = "status_code";

/// The whole attribute. On a bad argument or item, the item is emitted
/// unchanged next to the error, so the rest of the program still checks.
pub fn expand(args: TokenStream, item: TokenStream) -> TokenStream {
    let tokens: Vec<TokenTree> = item.clone().into_iter().collect();
    let result = fastapi_keyword(&args)
        .and_then(|()| split_crate_option(args))
        .and_then(|(args, krate)| {
            let arg = status::parse(args, Site::Attribute(ATTRIBUTE), Span::call_site())?;
            Ok((arg, krate))
        })
        .and_then(|(arg, krate)| Ok((arg, krate, Function::split(&tokens)?)));
    match result {
        Ok((arg, krate, function)) => function.rewrite(&arg, &krate),
        Err(e) => {
            let mut out = e.to_compile_error();
            out.extend(item);
            out
        }
    }
}

/// `CODE, crate = path` (either order) split into `CODE` and the path of
/// `statuscode` (`::statuscode` without the option), for a renamed
/// dependency.
fn split_crate_option(args: TokenStream) -> Result<(TokenStream, TokenStream), Error> {
    let tokens: Vec<TokenTree> = args.into_iter().collect();
    let mut code = None;
    let mut krate = None;
    for part in tokens.split(|tt| matches!(tt, TokenTree::Punct(p) if p.as_char() == ',')) {
        match part {
            [TokenTree::Ident(key), TokenTree::Punct(eq), path @ ..]
                if key == "crate" && eq.as_char() == '=' =>
            {
                if path.is_empty() {
                    return Err(Error::new(
                        eq.span(),
                        format!(
                            "expected a path after `crate =`, as in `#[{ATTRIBUTE}(CREATED, crate = ::statuscode)]`"
                        ),
                    ));
                }
                if krate.is_some() {
                    return Err(Error::new(key.span(), "`crate` is given twice: remove one"));
                }
                krate = Some(path.iter().cloned().collect());
            }
            // `CREATED,` and `, CREATED`: empty parts are ignored.
            [] => {}
            part if code.is_none() => code = Some(part.iter().cloned().collect()),
            [first, ..] => {
                return Err(Error::spanning(
                    first.span(),
                    part.last().map_or(first.span(), TokenTree::span),
                    format!(
                        "`#[{ATTRIBUTE}]` takes one code, and optionally `crate = path` where `statuscode` is renamed, as in `#[{ATTRIBUTE}(CREATED, crate = ::sc)]`"
                    ),
                ));
            }
        }
    }
    Ok((
        code.unwrap_or_default(),
        krate.unwrap_or_else(status::default_crate),
    ))
}

/// `#[status_code(status_code = 201)]`, as FastAPI's keyword argument is
/// written: say to write the code alone.
fn fastapi_keyword(args: &TokenStream) -> Result<(), Error> {
    let mut iter = args.clone().into_iter();
    match (iter.next(), iter.next(), iter.next()) {
        (Some(TokenTree::Ident(key)), Some(TokenTree::Punct(eq)), value)
            if eq.as_char() == '=' && key != "crate" =>
        {
            let shown = value.map_or_else(|| "201".to_owned(), |v| v.to_string());
            Err(Error::spanning(
                key.span(),
                eq.span(),
                format!(
                    "`#[{ATTRIBUTE}]` takes the code alone, not `{key} = …`: write `#[{ATTRIBUTE}({shown})]`"
                ),
            ))
        }
        _ => Ok(()),
    }
}

/// A function, split into the parts the rewrite needs.
struct Function<'a> {
    /// Outer attributes (`#` and `[…]` pairs).
    attrs: &'a [TokenTree],
    /// Visibility and qualifiers, `fn`, name, generics and parameters.
    head: &'a [TokenTree],
    is_async: bool,
    /// The declared return type, without `->`; empty for `()`.
    ret: &'a [TokenTree],
    /// `where …`, possibly empty.
    where_clause: &'a [TokenTree],
    body: &'a Group,
}

impl<'a> Function<'a> {
    fn split(tokens: &'a [TokenTree]) -> Result<Self, Error> {
        let mut i = 0;
        while let (Some(TokenTree::Punct(hash)), Some(TokenTree::Group(g))) =
            (tokens.get(i), tokens.get(i + 1))
        {
            if hash.as_char() != '#' || g.delimiter() != Delimiter::Bracket {
                break;
            }
            i += 2;
        }
        let attrs = &tokens[..i];
        // Qualifiers up to `fn`: `pub`, `pub(crate)`, `async`, `unsafe`,
        // `extern "C"`, `const`.
        let mut is_async = false;
        let fn_at = loop {
            let previous = i.checked_sub(1).and_then(|j| tokens.get(j));
            match tokens.get(i) {
                Some(TokenTree::Ident(id)) if id == "fn" => break i,
                Some(TokenTree::Ident(id)) if id == "async" => is_async = true,
                Some(TokenTree::Ident(id))
                    if ["pub", "unsafe", "extern", "const", "default"]
                        .iter()
                        .any(|q| id == q) => {}
                // The ABI of `extern "C"`.
                Some(TokenTree::Literal(_)) if matches!(previous, Some(TokenTree::Ident(e)) if e == "extern") =>
                    {}
                Some(TokenTree::Group(g))
                    if g.delimiter() == Delimiter::Parenthesis
                        && matches!(previous, Some(TokenTree::Ident(p)) if p == "pub") => {}
                // `const NAME: T = …;`: blame the `const`, not the name.
                Some(TokenTree::Ident(_)) if matches!(previous, Some(TokenTree::Ident(q)) if q == "const") =>
                {
                    return Err(not_a_function(&tokens[i - 1]));
                }
                Some(other) => return Err(not_a_function(other)),
                None => {
                    return Err(Error::new(
                        Span::call_site(),
                        format!("`#[{ATTRIBUTE}]` goes on a handler function"),
                    ));
                }
            }
            i += 1;
        };
        let Some(TokenTree::Ident(_name)) = tokens.get(fn_at + 1) else {
            return Err(Error::new(
                tokens[fn_at].span(),
                "expected the function's name after `fn`",
            ));
        };
        // Generics, up to the parameter list at angle depth 0.
        let mut i = fn_at + 2;
        let mut depth = 0usize;
        let params_at = loop {
            match tokens.get(i) {
                Some(TokenTree::Group(g))
                    if depth == 0 && g.delimiter() == Delimiter::Parenthesis =>
                {
                    break i;
                }
                Some(tt) => depth = angle_depth(depth, tokens, i, tt),
                None => {
                    return Err(Error::new(
                        tokens[fn_at + 1].span(),
                        "expected the function's parameters in parentheses",
                    ));
                }
            }
            i += 1;
        };
        let head = &tokens[attrs.len()..=params_at];
        let Some(TokenTree::Group(body)) = tokens.last() else {
            return Err(Error::new(
                tokens.last().map_or_else(Span::call_site, TokenTree::span),
                format!("`#[{ATTRIBUTE}]` needs a function with a body"),
            ));
        };
        if body.delimiter() != Delimiter::Brace || tokens.len() - 1 <= params_at {
            return Err(Error::new(
                body.span(),
                format!("`#[{ATTRIBUTE}]` needs a function with a body"),
            ));
        }
        let (ret, where_clause) = split_return(tokens, params_at)?;
        Ok(Function {
            attrs,
            head,
            is_async,
            ret,
            where_clause,
            body,
        })
    }

    fn rewrite(&self, arg: &StatusArg, krate: &TokenStream) -> TokenStream {
        let status = arg.to_tokens(krate);
        let Function {
            attrs,
            head,
            is_async,
            ret,
            where_clause,
            body,
        } = self;
        let attrs: TokenStream = attrs.iter().cloned().collect();
        let head: TokenStream = head.iter().cloned().collect();
        let where_clause: TokenStream = where_clause.iter().cloned().collect();
        let declared: TokenStream = if ret.is_empty() {
            quote!(())
        } else {
            ret.iter().cloned().collect()
        };

        let (new_ret, wrap) = match split_result(ret) {
            Some((prefix, ok, rest)) => {
                let prefix: TokenStream = prefix.iter().cloned().collect();
                let rest: TokenStream = rest.iter().cloned().collect();
                if is_unit(ok) {
                    (
                        quote!(#prefix < #krate::WithStatus<#krate::NoBody> #rest >),
                        quote!(ok_no_body),
                    )
                } else {
                    let ok: TokenStream = ok.iter().cloned().collect();
                    (
                        quote!(#prefix < #krate::WithStatus<#ok> #rest >),
                        quote!(ok_with_status),
                    )
                }
            }
            None if is_unit(ret) => (quote!(#krate::WithStatus<#krate::NoBody>), quote!(no_body)),
            None => (quote!(#krate::WithStatus<#declared>), quote!(with_status)),
        };

        // `impl Trait` cannot be named in a closure's return type or a
        // turbofish; such bodies are left to inference.
        let nameable = !mentions_impl(ret.iter());
        let inner = if *is_async {
            let block = quote!(async move #body);
            if nameable {
                quote!(#krate::__private::expect_future::<#declared, _>(#block).await)
            } else {
                quote!(#block.await)
            }
        } else if nameable {
            quote!(#krate::__private::call(move || -> #declared #body))
        } else {
            quote!(#krate::__private::call(move || #body))
        };

        let doc = format!(" Responds with `{}`.", arg.status);
        let doc = Literal::string(&doc);
        let has_docs = self.attrs.chunks(2).any(|pair| match pair {
            [_, TokenTree::Group(g)] => {
                matches!(g.stream().into_iter().next(), Some(TokenTree::Ident(d)) if d == "doc")
            }
            _ => false,
        });
        let separator = if has_docs {
            quote!(#[doc = ""])
        } else {
            quote!()
        };

        quote! {
            #attrs
            #separator
            #[doc = #doc]
            #head -> #new_ret #where_clause {
                #krate::__private::#wrap(#status, #inner)
            }
        }
    }
}

/// The tokens between the parameters (at `params_at`) and the body, split
/// into the return type (without `->`) and the where clause.
fn split_return(
    tokens: &[TokenTree],
    params_at: usize,
) -> Result<(&[TokenTree], &[TokenTree]), Error> {
    let between = &tokens[params_at + 1..tokens.len() - 1];
    let (ret, where_clause) = match between {
        [TokenTree::Punct(minus), TokenTree::Punct(gt), after @ ..]
            if minus.as_char() == '-'
                && minus.spacing() == Spacing::Joint
                && gt.as_char() == '>' =>
        {
            let offset = params_at + 3;
            let mut depth = 0usize;
            let end = after
                .iter()
                .enumerate()
                .position(|(k, tt)| {
                    let is_where = depth == 0 && matches!(tt, TokenTree::Ident(w) if w == "where");
                    depth = angle_depth(depth, tokens, offset + k, tt);
                    is_where
                })
                .unwrap_or(after.len());
            after.split_at(end)
        }
        _ => between.split_at(0),
    };
    match where_clause.first() {
        Some(TokenTree::Ident(w)) if w == "where" => {}
        None => {}
        Some(other) => {
            return Err(Error::new(
                other.span(),
                "expected `->`, `where` or the body",
            ));
        }
    }
    Ok((ret, where_clause))
}

/// The error for an item that is not a function, on its first keyword.
fn not_a_function(tt: &TokenTree) -> Error {
    let what = match tt {
        TokenTree::Ident(id) => format!("`{id}`"),
        other => describe(other).to_owned(),
    };
    Error::new(
        tt.span(),
        format!(
            "`#[{ATTRIBUTE}]` goes on a handler function, not on {what}: it sets the status of the function's response"
        ),
    )
}

/// The angle-bracket depth after `tt` (at `tokens[i]`); the `>` of `->` does
/// not close anything.
fn angle_depth(depth: usize, tokens: &[TokenTree], i: usize, tt: &TokenTree) -> usize {
    let TokenTree::Punct(p) = tt else {
        return depth;
    };
    let after_minus = i > 0
        && matches!(&tokens[i - 1], TokenTree::Punct(m) if m.as_char() == '-' && m.spacing() == Spacing::Joint);
    match p.as_char() {
        '<' => depth + 1,
        '>' if !after_minus => depth.saturating_sub(1),
        _ => depth,
    }
}

/// `path::Result<Ok, Rest…>` split into (`path::Result`, `Ok`, `, Rest…`).
fn split_result(ret: &[TokenTree]) -> Option<(&[TokenTree], &[TokenTree], &[TokenTree])> {
    let lt = ret
        .iter()
        .position(|tt| matches!(tt, TokenTree::Punct(p) if p.as_char() == '<'))?;
    if lt == 0 || !matches!(&ret[lt - 1], TokenTree::Ident(r) if r == "Result") {
        return None;
    }
    // Everything before `Result` must be a path: `::`, identifiers.
    if !ret[..lt - 1].iter().all(|tt| {
        matches!(tt, TokenTree::Ident(_)) || matches!(tt, TokenTree::Punct(p) if p.as_char() == ':')
    }) {
        return None;
    }
    let (last, _) = ret.split_last()?;
    if !matches!(last, TokenTree::Punct(p) if p.as_char() == '>') {
        return None;
    }
    let args = &ret[lt + 1..ret.len() - 1];
    let mut depth = 0usize;
    let mut comma = args.len();
    for (k, tt) in args.iter().enumerate() {
        if depth == 0 && matches!(tt, TokenTree::Punct(p) if p.as_char() == ',') {
            comma = k;
            break;
        }
        // The `>` before the end must not close `Result<` early.
        let after_minus = k > 0
            && matches!(&args[k - 1], TokenTree::Punct(m) if m.as_char() == '-' && m.spacing() == Spacing::Joint);
        match tt {
            TokenTree::Punct(p) if p.as_char() == '<' => depth += 1,
            TokenTree::Punct(p) if p.as_char() == '>' && !after_minus => {
                if depth == 0 {
                    return None;
                }
                depth -= 1;
            }
            _ => {}
        }
    }
    if depth != 0 || comma == 0 {
        return None;
    }
    Some((&ret[..lt], &args[..comma], &args[comma..]))
}

/// `()` or nothing.
fn is_unit(ty: &[TokenTree]) -> bool {
    match ty {
        [] => true,
        [TokenTree::Group(g)] => g.delimiter() == Delimiter::Parenthesis && g.stream().is_empty(),
        _ => false,
    }
}

/// Whether `impl` appears anywhere in the type.
fn mentions_impl<'t>(tokens: impl Iterator<Item = &'t TokenTree>) -> bool {
    tokens.into_iter().any(|tt| match tt {
        TokenTree::Ident(id) => id == "impl",
        TokenTree::Group(g) => mentions_impl(g.stream().into_iter().collect::<Vec<_>>().iter()),
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use proc_macro2::TokenStream;

    use super::expand;

    fn expand_str(args: &str, item: &str) -> String {
        let args: TokenStream = args.parse().unwrap();
        let item: TokenStream = item.parse().unwrap();
        expand(args, item).to_string()
    }

    /// Odd items are errors, never panics, and the item is kept.
    #[test]
    fn odd_items_are_refused_without_panicking() {
        for item in [
            "",
            "struct S;",
            "(x)",
            "\"C\" fn f() {}",
            "const X: u8 = 1;",
            "fn",
            "fn f",
            "fn f<T>",
            "fn f() -> u8;",
            "fn f() -> u8 ()",
            "fn f() u8 {}",
            "extern \"C\" { fn g(); }",
            "#[inline]",
        ] {
            let out = expand_str("CREATED", item);
            assert!(out.contains("compile_error"), "{item:?} gave {out}");
            let kept: TokenStream = item.parse().unwrap();
            assert!(out.ends_with(&kept.to_string()), "{item:?} gave {out}");
        }
    }

    #[test]
    fn functions_are_rewritten() {
        for item in [
            "fn f() {}",
            "pub(crate) async fn f() -> u8 { 1 }",
            "pub extern \"C\" fn f() -> Result<u8, ()> { Ok(1) }",
            "fn f<T: Fn() -> u8>(t: T) -> io::Result<T> where T: Clone { Ok(t) }",
        ] {
            let out = expand_str("CREATED", item);
            assert!(!out.contains("compile_error"), "{item:?} gave {out}");
            assert!(out.contains("WithStatus"), "{item:?} gave {out}");
        }
    }
}
