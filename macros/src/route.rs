//! `#[status_code(CREATED)]` on a handler function.
//!
//! The function is split by scanning its tokens (no syn): attributes,
//! qualifiers up to `fn`, name, generics, parameters, `-> Type`, where
//! clause, body. Only the return type and the body are rewritten; the body's
//! tokens are moved, never parsed, except for its leading inner attributes
//! (`#![allow(…)]`), which become outer attributes of the function:
//!
//! ```text
//! fn f(..) -> T { body }
//!   => fn f(..) -> ::statuscode::WithStatus<T, 201> {
//!          __private::with_status(S, __private::call(move || -> T { body }))
//!      }
//! async fn f(..) -> T { body }
//!   => async fn f(..) -> ::statuscode::WithStatus<T, 201> {
//!          __private::with_status(S, async move {
//!              if let Some(r) = __private::declared::<T>() { return r; }
//!              body
//!          }.await)
//!      }
//! ```
//!
//! The return type is always wrapped whole, whatever it is (`Result`, an
//! alias of it, `impl IntoResponse`): the framework impls of `WithStatus`
//! put the status on the inner response only when that response has the
//! default `200 OK`, so an error keeps its own status without the macro
//! having to recognise a `Result`.
//!
//! The body keeps the declared type `T`: a sync body is a closure annotated
//! `-> T`; an `async` block cannot be annotated, so its first statement is a
//! `return` of type `T` that is never taken, which fixes the block's output
//! type before the body is checked and lets `return`, `?` and the tail
//! coerce to it (`&[u8; 5]` to `&[u8]`, `Box<E>` to `Box<dyn Error>`). An
//! async closure `async move || -> T { body }` does not do this: its
//! annotation is checked, not used to coerce. `impl Trait` cannot be named
//! there, so it is written `_` (`Result<impl Display, E>` is checked as
//! `Result<_, E>`).
//!
//! `()` becomes `WithStatus<NoBody>` (`no_body`) and a `Result<(), E>`
//! written out becomes `WithStatus<Result<NoBody, E>>` (`ok_no_body`),
//! since actix-web and warp have no response for `()`. An alias whose name
//! ends in `Result` (`ApiResult<()>`) and `Option<()>` become
//! `WithStatus<<T as UnitBody>::Out>` (`unit_body`): the trait maps
//! `Result<(), E>` and `Option<()>`, whatever the alias stands for. Those
//! are the only shapes read from the tokens, and a wrong reading can only
//! fail to compile, not send a wrong status.

use proc_macro2::{Delimiter, Group, Ident, Literal, Spacing, Span, TokenStream, TokenTree};
use quote::{quote, quote_spanned};

use crate::error::Error;
use crate::ide::{self, Names};
use crate::parse::describe;
use crate::rules;
use crate::status::{self, Site, StatusArg};

const ATTRIBUTE: &str = "status_code";

/// The whole attribute. On a bad argument or item, the item is emitted
/// unchanged next to the error, so the rest of the program still checks.
pub fn expand(args: TokenStream, item: TokenStream) -> TokenStream {
    // Kept for the error path (for rust-analyzer, see below).
    let written = args.clone();
    let tokens: Vec<TokenTree> = item.clone().into_iter().collect();
    match rewrite(args, &tokens) {
        Ok(out) => out,
        Err(e) => {
            // The function as written, its body led by the status name as
            // a path rust-analyzer can complete and explain (see `ide.rs`),
            // through `crate = …` if given (a renamed `statuscode`), then
            // the error.
            // Every argument is a status name, or `crate` being written.
            let mut names = Vec::new();
            for (name, _) in ide::attr_names(&written) {
                names.push((name, Names::Http));
            }
            let krate = split_crate_option(written)
                .map_or_else(|_| status::default_crate(), |(_, krate, _)| krate);
            let trigger = ide::statement_trigger(&names, &krate);
            let mut out = with_body_prefix(item, trigger);
            out.extend(e.to_compile_error());
            out
        }
    }
}

/// The rewritten function, or the first error.
fn rewrite(args: TokenStream, tokens: &[TokenTree]) -> Result<TokenStream, Error> {
    fastapi_keyword(&args)?;
    let (code, krate, empty) = split_crate_option(args)?;
    let arg = status::parse(code, Site::Attribute(ATTRIBUTE), empty)?;
    let function = Function::split(tokens)?;
    rules::check_route(&arg, function.ret)?;
    function.rewrite(&arg, &krate)
}

/// `item` with `prefix` put first in its body: the last top-level brace
/// group, when the item is a function that ends in one; else `item`
/// unchanged (an `impl` block's braces are not a body).
fn with_body_prefix(item: TokenStream, prefix: TokenStream) -> TokenStream {
    let mut tokens: Vec<TokenTree> = item.into_iter().collect();
    let mut is_fn = false;
    for tt in &tokens {
        is_fn |= matches!(tt, TokenTree::Ident(i) if i == "fn");
    }
    if is_fn
        && let Some(last) = tokens.last_mut()
        && let TokenTree::Group(body) = last
        && body.delimiter() == Delimiter::Brace
        && !prefix.is_empty()
    {
        let mut stream = prefix;
        stream.extend(body.stream());
        let mut group = Group::new(Delimiter::Brace, stream);
        group.set_span(body.span());
        *last = TokenTree::Group(group);
    }
    tokens.into_iter().collect()
}
/// `CODE, crate = path` (either order) split into `CODE` and the path of
/// `statuscode` (`::statuscode` without the option), for a renamed
/// dependency; and the span to blame when there is no code: the first
/// argument (`crate`, a stray comma), or the whole attribute if there are
/// none.
fn split_crate_option(args: TokenStream) -> Result<(TokenStream, TokenStream, Span), Error> {
    let tokens: Vec<TokenTree> = args.into_iter().collect();
    let empty = tokens.first().map_or_else(Span::call_site, TokenTree::span);
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
        empty,
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
    /// The function's name.
    name: &'a Ident,
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
        let mut is_const = None;
        let fn_at = loop {
            let previous = i.checked_sub(1).and_then(|j| tokens.get(j));
            match tokens.get(i) {
                Some(TokenTree::Ident(id)) if id == "fn" => break i,
                Some(TokenTree::Ident(id)) if id == "async" => is_async = true,
                Some(TokenTree::Ident(id))
                    if id == "const"
                        && matches!(tokens.get(i + 1), Some(TokenTree::Ident(next)) if ["fn", "async", "unsafe", "extern"].iter().any(|q| next == q)) =>
                {
                    is_const = Some(id.span());
                }
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
                // Only attributes and qualifiers: blame the last of them.
                None => {
                    return Err(Error::new(
                        tokens.last().map_or_else(Span::call_site, TokenTree::span),
                        format!("`#[{ATTRIBUTE}]` goes on a handler function"),
                    ));
                }
            }
            i += 1;
        };
        if let Some(span) = is_const {
            return Err(const_fn(span));
        }
        let Some(TokenTree::Ident(name)) = tokens.get(fn_at + 1) else {
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
        let body = match tokens.last() {
            Some(TokenTree::Group(body))
                if body.delimiter() == Delimiter::Brace && tokens.len() - 1 > params_at =>
            {
                body
            }
            last => {
                return Err(Error::new(
                    last.map_or_else(Span::call_site, TokenTree::span),
                    format!("`#[{ATTRIBUTE}]` needs a function with a body"),
                ));
            }
        };
        let (ret, where_clause) = split_return(tokens, params_at)?;
        Ok(Function {
            attrs,
            head,
            name,
            is_async,
            ret,
            where_clause,
            body,
        })
    }

    fn rewrite(&self, arg: &StatusArg, krate: &TokenStream) -> Result<TokenStream, Error> {
        let status = arg.to_tokens(krate);
        // The code in the type too (`WithStatus<T, 201>`), for the OpenAPI
        // integrations that read a handler's return type.
        let code = Literal::u16_unsuffixed(arg.status.get());
        let (declared_type, body) = (self.ret, self.body);
        let (inner_attrs, statements) = split_inner_attributes(body);
        let below_utoipa = has_utoipa_path(self.attrs);
        let (attrs, body_alias) = document(self.attrs, arg, self.ret, self.name, krate)?;
        let head: TokenStream = self.head.iter().cloned().collect();
        let where_clause: TokenStream = self.where_clause.iter().cloned().collect();
        let declared: TokenStream = if declared_type.is_empty() {
            quote!(())
        } else {
            declared_type.iter().cloned().collect()
        };
        // The declared type as the body is checked against it, `impl Trait`
        // written `_`.
        let checked = if declared_type.is_empty() {
            quote!(())
        } else {
            infer_impl(declared_type)
        };

        let (new_ret, wrap) = match split_result(declared_type) {
            None if is_unit(declared_type) => (
                quote!(#krate::WithStatus<#krate::NoBody, #code>),
                quote!(no_body),
            ),
            // An alias (`ApiResult<()>`) or `Option<()>`: what it stands for
            // is not in the tokens, so a trait maps it (`Result<(), E>` and
            // `Option<()>` to the same with `NoBody`; anything else is a
            // compile error that says so).
            Some((prefix, ok, _))
                if is_unit(ok)
                    && !matches!(prefix.last(), Some(TokenTree::Ident(r)) if r == "Result") =>
            {
                // On the return type: a type the trait does not map is
                // reported there.
                let span = declared_type
                    .first()
                    .map_or_else(Span::call_site, TokenTree::span);
                (
                    quote_spanned!(span=> #krate::WithStatus<<#declared as #krate::__private::UnitBody>::Out, #code>),
                    quote!(unit_body),
                )
            }
            Some((prefix, ok, rest)) if is_unit(ok) => {
                let prefix: TokenStream = prefix.iter().cloned().collect();
                let rest: TokenStream = rest.iter().cloned().collect();
                (
                    quote!(#krate::WithStatus<#prefix < #krate::NoBody #rest >, #code>),
                    quote!(ok_no_body),
                )
            }
            _ => (
                quote!(#krate::WithStatus<#declared, #code>),
                quote!(with_status),
            ),
        };

        let inner = if self.is_async {
            let declared_value = Ident::new("__statuscode_declared", Span::mixed_site());
            let mut block = Group::new(
                Delimiter::Brace,
                quote! {
                    if let #krate::__private::Some(#declared_value) =
                        #krate::__private::declared::<#checked>()
                    {
                        return #declared_value;
                    }
                    #statements
                },
            );
            block.set_span(body.span());
            quote!(async move #block .await)
        } else {
            let mut block = Group::new(Delimiter::Brace, statements);
            block.set_span(body.span());
            quote!(#krate::__private::call(move || -> #checked #block))
        };

        let doc = self.doc_line(&inner_attrs, arg, below_utoipa);
        // `#![allow(…)]` at the top of the body, as `#[allow(…)]` on the
        // function: a closure's body cannot hold it (E0658), and an `async`
        // body starts with the `declared` statement, which it must precede.
        let hoisted = outer_attributes(&inner_attrs);

        let body_assertion = rules::body_assertion(arg, self.ret, krate);
        let probe = if below_utoipa {
            TokenStream::new()
        } else {
            // At the `fn` keyword, not at the status: every token with the
            // status's span is what an editor shows on hover and offers as a
            // definition there.
            let mut at = self.name.span();
            for tt in self.head {
                if let TokenTree::Ident(i) = tt
                    && i == "fn"
                {
                    at = i.span();
                    break;
                }
            }
            utoipa_probe(self.name, at, krate)
        };

        Ok(quote! {
            #body_alias
            #attrs
            #hoisted
            #doc
            #head -> #new_ret #where_clause {
                #probe
                #body_assertion
                #krate::__private::#wrap(#status, #inner)
            }
        })
    }

    /// `#[doc = " Responds with `201 Created`."]` after the function's docs:
    /// only added to docs that are there (an undocumented `pub fn` must stay
    /// visible to `missing_docs`), and not under `#[utoipa::path]`, which
    /// would make it part of the operation's description.
    fn doc_line(
        &self,
        inner_attrs: &[TokenTree],
        arg: &StatusArg,
        below_utoipa: bool,
    ) -> TokenStream {
        let mut has_docs = false;
        for pair in self.attrs.chunks(2) {
            has_docs |= is_doc(pair);
        }
        for triple in inner_attrs.chunks(3) {
            has_docs |= is_doc(&triple[1..]);
        }
        if has_docs && !below_utoipa {
            let line = Literal::string(&format!(" Responds with `{}`.", arg.status));
            quote!(#[doc = ""] #[doc = #line])
        } else {
            quote!()
        }
    }
}

/// Whether `attrs` (`#` and `[…]` pairs) has a `#[utoipa::path(…)]`.
fn has_utoipa_path(attrs: &[TokenTree]) -> bool {
    for pair in attrs.chunks(2) {
        if let [_, TokenTree::Group(g)] = pair
            && utoipa_path(g).is_some()
        {
            return true;
        }
    }
    false
}

/// Inner attributes (`#`, `!`, `[…]` triples) as outer ones.
fn outer_attributes(inner: &[TokenTree]) -> TokenStream {
    let mut out = TokenStream::new();
    for triple in inner.chunks(3) {
        out.extend([triple[0].clone(), triple[2].clone()]);
    }
    out
}

/// Whether `pair` (`#` and a bracket group) is a `#[doc …]` attribute.
fn is_doc(pair: &[TokenTree]) -> bool {
    match pair {
        [_, TokenTree::Group(g)] => {
            matches!(g.stream().into_iter().next(), Some(TokenTree::Ident(d)) if d == "doc")
        }
        _ => false,
    }
}

/// A statement that fails to compile when `#[utoipa::path]` is written
/// above `#[status_code]`: utoipa's attribute has then run first, with the
/// function's return type still unwrapped and no success status (its
/// document says `"responses": {}`, which is invalid), and defined the unit
/// struct `__path_<name>`. With that struct in scope, the `let` pattern
/// below is that struct, not a new binding, and does not match the marker's
/// type: "expected `PutStatusCodeAboveUtoipaPath`, found `__path_<name>`".
/// Without it (no utoipa, or `#[utoipa::path]` below, which this attribute
/// rewrote and then leaves out of this check), it binds an unused ZST.
fn utoipa_probe(name: &Ident, span: Span, krate: &TokenStream) -> TokenStream {
    let raw = name.to_string();
    let raw = raw.strip_prefix("r#").unwrap_or(&raw);
    let path = Ident::new(&format!("__path_{raw}"), span);
    quote_spanned! {span=>
        #[allow(non_snake_case, clippy::no_effect_underscore_binding)]
        let #path = #krate::__private::PutStatusCodeAboveUtoipaPath;
    }
}

/// The body's leading inner attributes (`#`, `!`, `[…]` triples) and the
/// rest of its tokens.
fn split_inner_attributes(body: &Group) -> (Vec<TokenTree>, TokenStream) {
    let tokens: Vec<TokenTree> = body.stream().into_iter().collect();
    let mut end = 0;
    while let [
        TokenTree::Punct(hash),
        TokenTree::Punct(bang),
        TokenTree::Group(g),
        ..,
    ] = &tokens[end..]
    {
        if hash.as_char() != '#' || bang.as_char() != '!' || g.delimiter() != Delimiter::Bracket {
            break;
        }
        end += 3;
    }
    let rest = tokens[end..].iter().cloned().collect();
    (tokens[..end].to_vec(), rest)
}

/// The type with every `impl Bounds` replaced by `_`, for a closure's
/// return type or a turbofish, where `impl Trait` cannot be written.
fn infer_impl(ty: &[TokenTree]) -> TokenStream {
    let mut out = TokenStream::new();
    let mut i = 0;
    while let Some(tt) = ty.get(i) {
        match tt {
            TokenTree::Ident(id) if id == "impl" => {
                out.extend([TokenTree::Ident(Ident::new("_", id.span()))]);
                // The bounds end at a `,`, `;` or unmatched `>` at depth 0,
                // or with the enclosing group.
                let mut depth = 0usize;
                i += 1;
                while let Some(tt) = ty.get(i) {
                    if let TokenTree::Punct(p) = tt {
                        let closes = p.as_char() == '>'
                            && !matches!(&ty[i - 1], TokenTree::Punct(m) if m.as_char() == '-' && m.spacing() == Spacing::Joint);
                        if depth == 0 && (closes || p.as_char() == ',' || p.as_char() == ';') {
                            break;
                        }
                    }
                    depth = angle_depth(depth, ty, i, tt);
                    i += 1;
                }
                continue;
            }
            TokenTree::Group(g) => {
                let inner: Vec<TokenTree> = g.stream().into_iter().collect();
                let mut group = Group::new(g.delimiter(), infer_impl(&inner));
                group.set_span(g.span());
                out.extend([TokenTree::Group(group)]);
            }
            other => out.extend([other.clone()]),
        }
        i += 1;
    }
    out
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
            let mut end = after.len();
            for (k, tt) in after.iter().enumerate() {
                if depth == 0 && matches!(tt, TokenTree::Ident(w) if w == "where") {
                    end = k;
                    break;
                }
                depth = angle_depth(depth, tokens, offset + k, tt);
            }
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

/// The error for a `const fn`, on its `const`.
fn const_fn(span: Span) -> Error {
    Error::new(
        span,
        format!(
            "`#[{ATTRIBUTE}]` cannot go on a `const fn`: the status is attached to the response when the handler runs, and a handler is not called in const context; remove `const`"
        ),
    )
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

/// `path::Result<Ok, Rest…>` split into (`path::Result`, `Ok`, `, Rest…`);
/// also an alias whose name ends in `Result` (`ApiResult<T>`) and
/// `Option<T>`.
fn split_result(ret: &[TokenTree]) -> Option<(&[TokenTree], &[TokenTree], &[TokenTree])> {
    let lt = position_of(ret, '<')?;
    if lt == 0
        || !matches!(&ret[lt - 1], TokenTree::Ident(r) if r.to_string().ends_with("Result") || r == "Option")
    {
        return None;
    }
    // Everything before `Result` must be a path: `::`, identifiers.
    for tt in &ret[..lt - 1] {
        match tt {
            TokenTree::Ident(_) => {}
            TokenTree::Punct(p) if p.as_char() == ':' => {}
            _ => return None,
        }
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

/// Where the first punctuation `ch` at the top level of `tokens` is.
fn position_of(tokens: &[TokenTree], ch: char) -> Option<usize> {
    for (i, tt) in tokens.iter().enumerate() {
        if let TokenTree::Punct(p) = tt
            && p.as_char() == ch
        {
            return Some(i);
        }
    }
    None
}

/// `()` or nothing.
fn is_unit(ty: &[TokenTree]) -> bool {
    match ty {
        [] => true,
        [TokenTree::Group(g)] => g.delimiter() == Delimiter::Parenthesis && g.stream().is_empty(),
        _ => false,
    }
}

/// The function's outer attributes, with the status added to the
/// `responses(…)` of a `#[utoipa::path(…)]` among them (written below
/// `#[status_code]`, so it is still in the item): `(status = 201,
/// description = "Created")`, with the body the handler sends on success
/// (see `success_body`); and, when that body is found through a trait, the
/// type alias the entry names, to go before the function. It goes first,
/// so an entry for the same status written by the user wins; and when the
/// user wrote one, nothing is added.
fn document(
    attrs: &[TokenTree],
    arg: &StatusArg,
    ret: &[TokenTree],
    name: &Ident,
    krate: &TokenStream,
) -> Result<(TokenStream, TokenStream), Error> {
    let mut alias = TokenStream::new();
    let mut out = TokenStream::new();
    for pair in attrs.chunks(2) {
        match pair {
            [hash, TokenTree::Group(g)] if g.delimiter() == Delimiter::Bracket => {
                let inner = match utoipa_path(g) {
                    Some(args) if !lists_status(&args, arg) => {
                        let (response, body_alias) = success_response(arg, ret, name, krate)?;
                        alias.extend(body_alias);
                        let mut group =
                            Group::new(Delimiter::Bracket, add_response(g, &args, &response));
                        group.set_span(g.span());
                        TokenTree::Group(group)
                    }
                    _ => TokenTree::Group(g.clone()),
                };
                out.extend([hash.clone(), inner]);
            }
            other => out.extend(other.iter().cloned()),
        }
    }
    Ok((out, alias))
}

/// The argument group of `utoipa::path(…)` or `::utoipa::path(…)`.
fn utoipa_path(attr: &Group) -> Option<Group> {
    let tokens: Vec<TokenTree> = attr.stream().into_iter().collect();
    let mut path = String::new();
    let mut rest: &[TokenTree] = &[];
    for (i, tt) in tokens.iter().enumerate() {
        if let TokenTree::Group(_) = tt {
            rest = &tokens[i..];
            break;
        }
        path.push_str(&tt.to_string());
    }
    match rest {
        [TokenTree::Group(args)]
            if args.delimiter() == Delimiter::Parenthesis
                && (path == "utoipa::path" || path == "::utoipa::path") =>
        {
            Some(args.clone())
        }
        _ => None,
    }
}

/// Whether `responses(…)` in `utoipa::path`'s arguments has an entry for
/// the status: `status = 201`, `status = "201"` or `status =
/// StatusCode::CREATED` (a path ending in the status's name).
fn lists_status(args: &Group, arg: &StatusArg) -> bool {
    let tokens: Vec<TokenTree> = args.stream().into_iter().collect();
    let Some(TokenTree::Group(entries)) =
        keyed_group(&tokens, "responses").map(|at| &tokens[at + 1])
    else {
        return false;
    };
    let number = arg.status.get().to_string();
    for entry in entries.stream() {
        let TokenTree::Group(entry) = entry else {
            continue;
        };
        let parts: Vec<TokenTree> = entry.stream().into_iter().collect();
        let mut start = None;
        for (k, pair) in parts.windows(2).enumerate() {
            if let [TokenTree::Ident(key), TokenTree::Punct(eq)] = pair
                && key == "status"
                && eq.as_char() == '='
            {
                start = Some(k + 2);
                break;
            }
        }
        let Some(start) = start else {
            continue;
        };
        // The value, up to the next `,`.
        let value = &parts[start..];
        let value = &value[..position_of(value, ',').unwrap_or(value.len())];
        let listed = match value {
            [TokenTree::Literal(lit)] => lit.to_string().trim_matches('"') == number,
            [.., TokenTree::Ident(last)] => {
                last == arg.status.name() || arg.written.as_deref().is_some_and(|w| last == w)
            }
            _ => false,
        };
        if listed {
            return true;
        }
    }
    false
}

/// Where `key` is, followed by a parenthesized group, in `tokens`.
fn keyed_group(tokens: &[TokenTree], key: &str) -> Option<usize> {
    for (i, pair) in tokens.windows(2).enumerate() {
        if let [TokenTree::Ident(k), TokenTree::Group(g)] = pair
            && k == key
            && g.delimiter() == Delimiter::Parenthesis
        {
            return Some(i);
        }
    }
    None
}

/// `(status = 201, description = "Created"[, body = …, content_type =
/// "application/json"])` and the type alias a body found through a trait
/// needs (empty otherwise). `Json` sends JSON, even for a `u64` that utoipa
/// would otherwise document as `text/plain`; 204, 205 and 304 have no
/// content.
fn success_response(
    arg: &StatusArg,
    ret: &[TokenTree],
    name: &Ident,
    krate: &TokenStream,
) -> Result<(TokenStream, TokenStream), Error> {
    let code = Literal::u16_unsuffixed(arg.status.get());
    let reason = match arg.status.reason() {
        "" => arg.status.get().to_string(),
        reason => reason.to_owned(),
    };
    let description = Literal::string(&reason);
    let body = if matches!(arg.status.get(), 204 | 205 | 304) {
        Body::Empty
    } else {
        success_body(ret, arg)?
    };
    let (body, alias) = match body {
        Body::Empty => (TokenStream::new(), TokenStream::new()),
        Body::Tokens(body) => {
            let body: TokenStream = body.iter().cloned().collect();
            (
                quote!(, body = #body, content_type = "application/json"),
                TokenStream::new(),
            )
        }
        Body::Trait => {
            let raw = name.to_string();
            let raw = raw.strip_prefix("r#").unwrap_or(&raw);
            // On the return type, where a body the trait does not know is
            // reported.
            let span = ret.first().map_or_else(Span::call_site, TokenTree::span);
            let alias = Ident::new(&format!("__statuscode_{raw}_body"), span);
            let declared: TokenStream = ret.iter().cloned().collect();
            let item = quote_spanned! {span=>
                #[doc(hidden)]
                #[allow(non_camel_case_types)]
                type #alias = <#declared as #krate::__private::utoipa::SuccessBody>::Json;
            };
            (
                quote!(, body = inline(#alias), content_type = "application/json"),
                item,
            )
        }
    };
    Ok((
        quote!((status = #code, description = #description #body)),
        alias,
    ))
}

/// What the success response carries, as far as the tokens tell.
enum Body<'a> {
    /// No content: `()`, `Result<(), E>`, `Option<()>`, `ApiResult<()>`.
    Empty,
    /// `X` of a `Json<X>` written out (alone, in `Result<…, E>` or
    /// `Option<…>`, or last in a tuple).
    Tokens(&'a [TokenTree]),
    /// Anything else (an alias, another wrapper): `<Ret as
    /// SuccessBody>::Json`, which the compiler resolves.
    Trait,
}

/// The success body of the return type `ret`; an `impl Trait` in it is an
/// error (it cannot be named outside the function, and its body cannot be
/// known), unless the user documents the status (then this is not asked).
fn success_body<'a>(ret: &'a [TokenTree], arg: &StatusArg) -> Result<Body<'a>, Error> {
    if let Some(span) = rules::find_impl(ret) {
        return Err(Error::new(
            span,
            format!(
                "`#[status_code]` cannot tell which body this `impl …` sends, so `#[utoipa::path]` would document {code} without content: write it in `#[utoipa::path]`'s `responses(…)`, e.g. `(status = {code}, description = \"{reason}\", body = Item)`, and `#[status_code]` leaves {code} alone",
                code = arg.status.get(),
                reason = arg.status.reason(),
            ),
        ));
    }
    if is_unit(ret) {
        return Ok(Body::Empty);
    }
    let ok = match split_result(ret) {
        Some((_, ok, _)) if is_unit(ok) => return Ok(Body::Empty),
        // `Result<T, E>` and `Option<T>` as written; an alias
        // (`AppResult<T>`) may put anything around `T`.
        Some((prefix, ok, _)) if matches!(prefix.last(), Some(TokenTree::Ident(r)) if r == "Result" || r == "Option") => {
            ok
        }
        Some(_) => return Ok(Body::Trait),
        None => ret,
    };
    // A tuple (`(headers, Json<X>)`) is read through the trait too.
    Ok(json_body(ok).map_or(Body::Trait, Body::Tokens))
}

/// `X` of `Json<X>` (any path ending in `Json`).
fn json_body(ty: &[TokenTree]) -> Option<&[TokenTree]> {
    let lt = position_of(ty, '<')?;
    let is_json = lt > 0 && matches!(&ty[lt - 1], TokenTree::Ident(j) if j == "Json");
    let closes = matches!(ty.last(), Some(TokenTree::Punct(p)) if p.as_char() == '>');
    (is_json && closes && ty.len() > lt + 2).then(|| &ty[lt + 1..ty.len() - 1])
}

/// `path`'s arguments (`attr` is `utoipa::path(args)`) with `response`
/// first in `responses(…)`, which is added if missing.
fn add_response(attr: &Group, args: &Group, response: &TokenStream) -> TokenStream {
    let mut tokens: Vec<TokenTree> = args.stream().into_iter().collect();
    if let Some(at) = keyed_group(&tokens, "responses") {
        let TokenTree::Group(list) = &tokens[at + 1] else {
            unreachable!("matched as a group above")
        };
        let user = list.stream();
        let mut group = Group::new(Delimiter::Parenthesis, quote!(#response, #user));
        group.set_span(list.span());
        tokens[at + 1] = TokenTree::Group(group);
    } else {
        let comma = match tokens.last() {
            None => None,
            Some(TokenTree::Punct(p)) if p.as_char() == ',' => None,
            Some(_) => Some(quote!(,)),
        };
        tokens.extend(quote!(#comma responses(#response)));
    }
    let mut new_args = Group::new(Delimiter::Parenthesis, tokens.into_iter().collect());
    new_args.set_span(args.span());
    let mut path = TokenStream::new();
    for tt in attr.stream() {
        if let TokenTree::Group(_) = tt {
            break;
        }
        path.extend([tt]);
    }
    quote!(#path #new_args)
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

    /// The attribute of `#[utoipa::path(…)]` (or none) below
    /// `#[status_code(code)]` on `fn f() -> ret`, after the rewrite.
    fn path_attribute(code: &str, attr: &str, ret: &str) -> String {
        let out = expand_str(code, &format!("{attr} fn f() {ret} {{}}"));
        let start = out.find('#').unwrap();
        let end = out.find(" fn f").unwrap();
        out[start..end].to_owned()
    }

    fn tokens(text: &str) -> String {
        text.parse::<TokenStream>().unwrap().to_string()
    }

    /// The status goes first into `utoipa::path`'s `responses(…)`, which is
    /// added when missing; other attributes are left alone.
    #[test]
    fn status_is_added_to_utoipa_path() {
        for (code, attr, ret, expected) in [
            (
                "CREATED",
                "#[utoipa::path(post, path = \"/a\", responses(E))]",
                "-> Json<Item>",
                "#[utoipa::path(post, path = \"/a\", responses((status = 201, description = \"Created\", body = Item, content_type = \"application/json\"), E))]",
            ),
            (
                "ACCEPTED",
                "#[::utoipa::path(get, path = \"/a\",)]",
                "-> Result<axum::Json<Vec<u8>>, E>",
                "#[::utoipa::path(get, path = \"/a\", responses((status = 202, description = \"Accepted\", body = Vec<u8>, content_type = \"application/json\")))]",
            ),
            (
                "NO_CONTENT",
                "#[utoipa::path(delete, path = \"/a\")]",
                "",
                "#[utoipa::path(delete, path = \"/a\", responses((status = 204, description = \"No Content\")))]",
            ),
            (
                "NO_CONTENT",
                "#[utoipa::path(delete, path = \"/a\")]",
                "-> Json<u8>",
                "#[utoipa::path(delete, path = \"/a\", responses((status = 204, description = \"No Content\")))]",
            ),
            (
                "OK",
                "#[utoipa::path(get, path = \"/a\")]",
                "-> AppResult<Json<Item>>",
                "#[doc(hidden)] #[allow(non_camel_case_types)] type __statuscode_f_body = <AppResult<Json<Item>> as ::statuscode::__private::utoipa::SuccessBody> ::Json; #[utoipa::path(get, path = \"/a\", responses((status = 200, description = \"OK\", body = inline(__statuscode_f_body), content_type = \"application/json\")))]",
            ),
            (
                "CREATED",
                "#[utoipa::path(post, path = \"/a\", responses(E))]",
                "-> ApiResult<()>",
                "#[utoipa::path(post, path = \"/a\", responses((status = 201, description = \"Created\"), E))]",
            ),
            // The user's entry for the status: nothing is added.
            (
                "CREATED",
                "#[utoipa::path(post, path = \"/a\", responses((status = 201, body = X), E))]",
                "-> impl IntoResponse",
                "#[utoipa::path(post, path = \"/a\", responses((status = 201, body = X), E))]",
            ),
            (
                "CREATED",
                "#[utoipa::path(post, path = \"/a\", responses((status = StatusCode::CREATED), E))]",
                "-> String",
                "#[utoipa::path(post, path = \"/a\", responses((status = StatusCode::CREATED), E))]",
            ),
            (
                "CREATED",
                "#[other::path(get, responses(E))]",
                "-> Json<u8>",
                "#[other::path(get, responses(E))]",
            ),
        ] {
            assert_eq!(
                path_attribute(code, attr, ret),
                tokens(expected),
                "{code} {attr} {ret}"
            );
        }
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
            "const fn f() -> u8 { 1 }",
            "pub const unsafe fn f() {}",
        ] {
            let out = expand_str("CREATED", item);
            assert!(out.contains("compile_error"), "{item:?} gave {out}");
            // The item comes first, as written up to its body (a body is
            // led by the name for rust-analyzer, see `ide.rs`).
            let kept: TokenStream = item.parse().unwrap();
            let kept = kept.to_string();
            let head = kept.split('{').next().unwrap_or_default().trim_end();
            assert!(out.starts_with(head), "{item:?} gave {out}");
        }
    }

    /// `impl Bounds` becomes `_` wherever it stands, and ends where the
    /// bounds do.
    #[test]
    fn impl_trait_is_left_to_inference() {
        for (ty, checked) in [
            ("impl Display", "_"),
            (
                "Result<impl Display + Send, Box<dyn Error>>",
                "Result<_, Box<dyn Error>>",
            ),
            (
                "Box<dyn Iterator<Item = impl Display>>",
                "Box<dyn Iterator<Item = _>>",
            ),
            ("(impl Fn() -> u8, &'a impl A)", "(_, &'a _)"),
            ("Vec<impl Iterator<Item = u8> + 'static>", "Vec<_>"),
            ("[impl A; 2]", "[_; 2]"),
        ] {
            let ty: Vec<_> = ty.parse::<TokenStream>().unwrap().into_iter().collect();
            let checked: TokenStream = checked.parse().unwrap();
            assert_eq!(super::infer_impl(&ty).to_string(), checked.to_string());
        }
    }

    #[test]
    fn functions_are_rewritten() {
        for item in [
            "fn f() {}",
            "pub(crate) async fn f() -> u8 { 1 }",
            "pub extern \"C\" fn f() -> Result<u8, ()> { Ok(1) }",
            "fn f<T: Fn() -> u8>(t: T) -> io::Result<T> where T: Clone { Ok(t) }",
            "fn f() -> AppResult<u8> { #![allow(unused)] #![doc = \"x\"] Ok(1) }",
            "async fn f() -> impl IntoResponse { #! }",
        ] {
            let out = expand_str("CREATED", item);
            assert!(!out.contains("compile_error"), "{item:?} gave {out}");
            assert!(out.contains("WithStatus"), "{item:?} gave {out}");
        }
    }
}
