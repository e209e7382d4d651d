//! Compile errors that point at the user's tokens.

use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};

/// One or more spanned messages; all of them are reported.
#[derive(Debug)]
pub struct Error {
    messages: Vec<Message>,
}

#[derive(Debug)]
struct Message {
    start: Span,
    end: Span,
    text: String,
}

impl Error {
    /// An error on one token.
    pub fn new(span: Span, text: impl Into<String>) -> Self {
        Error::spanning(span, span, text)
    }

    /// An error covering the tokens from `start` to `end`.
    pub fn spanning(start: Span, end: Span, text: impl Into<String>) -> Self {
        Error {
            messages: vec![Message {
                start,
                end,
                text: text.into(),
            }],
        }
    }

    /// The texts of the messages, for tests.
    #[cfg(test)]
    pub fn messages(&self) -> impl Iterator<Item = &str> {
        self.messages.iter().map(|m| m.text.as_str())
    }

    /// `::core::compile_error!{"…"}` per message. The path carries the start
    /// span and the braces the end span, so rustc underlines the whole range,
    /// as syn does.
    pub fn to_compile_error(&self) -> TokenStream {
        let mut out = TokenStream::new();
        for m in &self.messages {
            let colons = |span| {
                let mut first = Punct::new(':', Spacing::Joint);
                first.set_span(span);
                let mut second = Punct::new(':', Spacing::Alone);
                second.set_span(span);
                [TokenTree::Punct(first), TokenTree::Punct(second)]
            };
            let mut bang = Punct::new('!', Spacing::Alone);
            bang.set_span(m.start);
            let mut text = Literal::string(&m.text);
            text.set_span(m.end);
            let mut body = Group::new(Delimiter::Brace, TokenTree::Literal(text).into());
            body.set_span(m.end);
            out.extend(colons(m.start));
            out.extend([TokenTree::Ident(Ident::new("core", m.start))]);
            out.extend(colons(m.start));
            out.extend([
                TokenTree::Ident(Ident::new("compile_error", m.start)),
                TokenTree::Punct(bang),
                TokenTree::Group(body),
            ]);
        }
        out
    }
}

impl Error {
    /// Adds the messages of `other` to `self`.
    pub fn combine(&mut self, other: Error) {
        self.messages.extend(other.messages);
    }
}

impl From<syn::Error> for Error {
    fn from(e: syn::Error) -> Self {
        let mut messages = Vec::new();
        for e in e {
            let span = e.span();
            messages.push(Message {
                start: span,
                end: span,
                text: e.to_string(),
            });
        }
        Error { messages }
    }
}

/// Collects every error of one macro call, in the manner of serde_derive's
/// `Ctxt`: parsing reports and carries on, so one build shows every mistake.
/// It must be consumed with [`Errors::check`]; dropping it unchecked is a bug
/// in the macro and panics (only in the macro's own code paths, never because
/// of user input).
pub struct Errors {
    /// Each error with the position it was reported at.
    errors: std::cell::RefCell<Option<Vec<(usize, Error)>>>,
    position: std::cell::Cell<usize>,
}

impl Errors {
    pub fn new() -> Self {
        Errors {
            errors: std::cell::RefCell::new(Some(Vec::new())),
            position: std::cell::Cell::new(0),
        }
    }

    /// Errors pushed from now on are about the item at `position` (0 for
    /// the type, then one per variant). [`Errors::check`] orders errors by
    /// position, keeping the order within one, so they come out in source
    /// order although the stages run one after the other.
    pub fn at(&self, position: usize) {
        self.position.set(position);
    }

    /// Records `error`.
    pub fn push(&self, error: Error) {
        if let Some(errors) = self.errors.borrow_mut().as_mut() {
            errors.push((self.position.get(), error));
        }
    }

    /// Records the error of `result`, if any, and returns its value.
    pub fn ok<T>(&self, result: Result<T, Error>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(e) => {
                self.push(e);
                None
            }
        }
    }

    /// Every recorded error as one, or `Ok` if there was none.
    pub fn check(self) -> Result<(), Error> {
        let mut errors = self.errors.borrow_mut().take().unwrap_or_default();
        // An insertion sort by position, stable: the lists are short, and
        // the standard library's sort would be instantiated into the proc
        // macro for this one call (see the crate's docs).
        for i in 1..errors.len() {
            let mut j = i;
            while j > 0 && errors[j - 1].0 > errors[j].0 {
                errors.swap(j - 1, j);
                j -= 1;
            }
        }
        let mut combined: Option<Error> = None;
        for (_, e) in errors {
            match &mut combined {
                None => combined = Some(e),
                Some(first) => first.combine(e),
            }
        }
        combined.map_or(Ok(()), Err)
    }
}

impl Drop for Errors {
    fn drop(&mut self) {
        assert!(
            std::thread::panicking() || self.errors.borrow().is_none(),
            "statuscode-macros bug: Errors dropped without `check`"
        );
    }
}
