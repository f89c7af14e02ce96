"""HTML to plain text for checking, with each text character mapped back to its span in the HTML."""

from __future__ import annotations

from html import unescape
from html.parser import HTMLParser

from checker.mapped_text import MappedText

#: Elements whose start and end break the text into paragraphs.
BLOCK_ELEMENTS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hgroup", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
    "td", "tfoot", "th", "thead", "tr", "ul",
})
#: Elements whose content is not article text.
SKIPPED_ELEMENTS = frozenset({"head", "noscript", "script", "style", "template", "title"})
#: HTML's collapsible white space; a no-break space (&nbsp;) is text, as in "2&nbsp;500".
HTML_SPACE = " \t\n\r\f"

_SPACE, _LINE, _PARAGRAPH = 1, 2, 3
_BREAKS = {_SPACE: " ", _LINE: "\n", _PARAGRAPH: "\n\n"}


class _TextExtractor(HTMLParser):
    """Collects text characters and their HTML spans as the parser reports its events."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=False)
        self._html = html
        self._line_starts = [0]
        newline = html.find("\n")
        while newline != -1:
            self._line_starts.append(newline + 1)
            newline = html.find("\n", newline + 1)
        self.chars: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self._skipping: list[str] = []
        self._pre_depth = 0
        self._pending = 0  # the strongest break seen since the last character: 0, _SPACE, _LINE, _PARAGRAPH
        self._pending_at = 0  # where in the HTML that break comes from
        self._newlines = 0  # newlines in the white space since the last character

    def _position(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def _break(self, strength: int, at: int) -> None:
        if strength > self._pending:
            self._pending, self._pending_at = strength, at

    def _emit(self, char: str, start: int, end: int) -> None:
        if self._pending and self.chars:
            width = 1 if self._pending == _SPACE else 0
            for inserted in _BREAKS[self._pending]:
                self.chars.append(inserted)
                self.starts.append(self._pending_at)
                self.ends.append(self._pending_at + width)
        self._pending = self._newlines = 0
        self.chars.append(char)
        self.starts.append(start)
        self.ends.append(end)

    def _text(self, text: str, start: int, end: int | None = None) -> None:
        """Text found at ``start``; ``end`` given when all of it stands for one entity ending there."""
        if self._skipping:
            return
        for index, char in enumerate(text):
            char_start = start if end is not None else start + index
            char_end = end if end is not None else char_start + 1
            if char in HTML_SPACE and not self._pre_depth:
                self._newlines += char == "\n"
                self._break(_PARAGRAPH if self._newlines >= 2 else _SPACE, char_start)
            else:
                self._emit(char, char_start, char_end)

    def handle_starttag(self, tag, attrs):
        self._tag(tag, opening=True)

    def handle_endtag(self, tag):
        self._tag(tag, opening=False)

    def _tag(self, tag: str, opening: bool) -> None:
        at = self._position()
        if tag in SKIPPED_ELEMENTS:
            if opening:
                self._skipping.append(tag)
            elif tag in self._skipping:
                del self._skipping[len(self._skipping) - 1 - self._skipping[::-1].index(tag):]
            return
        if tag == "pre":
            self._pre_depth = max(0, self._pre_depth + (1 if opening else -1))
        if tag == "br" and opening:
            self._break(_LINE, at)
        elif tag in BLOCK_ELEMENTS:
            self._break(_PARAGRAPH, at)

    def handle_data(self, data):
        self._text(data, self._position())

    def handle_entityref(self, name):
        self._reference(len("&") + len(name))

    def handle_charref(self, name):
        self._reference(len("&#") + len(name))

    def _reference(self, length_without_semicolon: int) -> None:
        """An entity or character reference at the current position, decoded; its ';' is optional."""
        start = self._position()
        end = start + length_without_semicolon
        if self._html.startswith(";", end):
            end += 1
        self._text(unescape(self._html[start:end]), start, end)


def html_to_text(html: str) -> MappedText:
    """The text an editor reads in ``html``: block elements become blank-line paragraph breaks, ``<br>`` a
    line break, runs of white space one space (a blank line in the source, as WordPress's classic editor
    stores paragraphs, a paragraph break), entities decoded; scripts, styles and comments dropped."""
    extractor = _TextExtractor(html)
    extractor.feed(html)
    extractor.close()
    return MappedText("".join(extractor.chars), tuple(extractor.starts), tuple(extractor.ends))
