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
