"""HTML to text: paragraphs, entities, skipped elements, and every character mapped back into the HTML."""

from __future__ import annotations

import html

from hypothesis import given
from hypothesis import strategies as st

from checker.html_text import html_to_text

WORDPRESS_POST = """<!-- wp:heading -->
<h2 class="wp-block-heading">Shells for Moscow</h2>
<!-- /wp:heading -->

<!-- wp:paragraph -->
<p>North Korea has sent <strong>more than 1&nbsp;million</strong> artillery shells to Russia,
South Korea&rsquo;s defence ministry said on Friday.</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
<p>Unemployment rose to 7,5&#8239;% in the fourth quarter &ndash; up from 7.1&#37;.<br>Source: INSEE</p>
<!-- /wp:paragraph -->
<script>document.write("<p>99 red balloons</p>")</script>"""


def _html_of(mapped, source: str, fragment: str) -> str:
    start = mapped.text.index(fragment)
    html_start, html_end = mapped.source_span(start, start + len(fragment))
    return source[html_start:html_end]


def test_blocks_become_paragraphs_and_entities_are_decoded():
    mapped = html_to_text(WORDPRESS_POST)
    assert mapped.text == (
        "Shells for Moscow\n\n"
        "North Korea has sent more than 1\u00a0million artillery shells to Russia, "
        "South Korea\u2019s defence ministry said on Friday.\n\n"
        "Unemployment rose to 7,5\u202f% in the fourth quarter \u2013 up from 7.1%.\nSource: INSEE"
    )


def test_figures_map_back_to_their_html_with_tags_and_entities():
    mapped = html_to_text(WORDPRESS_POST)
    assert _html_of(mapped, WORDPRESS_POST, "more than 1\u00a0million") == "more than 1&nbsp;million"
    assert _html_of(mapped, WORDPRESS_POST, "7,5\u202f%") == "7,5&#8239;%"
    assert _html_of(mapped, WORDPRESS_POST, "7.1%") == "7.1&#37;"
    assert _html_of(mapped, WORDPRESS_POST, "1\u00a0million artillery") == "1&nbsp;million</strong> artillery"


def test_scripts_styles_and_comments_are_not_text():
    source = "<style>p::before{content:'12 km'}</style><p>Kyiv <!-- 40 drones --> said</p><noscript>3</noscript>"
    assert html_to_text(source).text == "Kyiv said"


def test_classic_editor_blank_lines_are_paragraphs_and_other_white_space_collapses():
    source = "Russia launched   about 50 missiles\novernight.\n\nAir defences shot down 38 of them."
    assert html_to_text(source).text == (
        "Russia launched about 50 missiles overnight.\n\nAir defences shot down 38 of them."
    )


def test_preformatted_text_keeps_its_white_space():
    source = "<p>Table:</p><pre>2023   1,200\n2024   1,450</pre>"
    assert html_to_text(source).text == "Table:\n\n2023   1,200\n2024   1,450"


def test_astral_characters_and_unterminated_references():
    source = "<p>\U0001F4C8 GDP grew 2&#x25 in 2023 &amp 4 &copy 2024</p>"
    mapped = html_to_text(source)
    assert mapped.text == "\U0001F4C8 GDP grew 2% in 2023 & 4 \u00a9 2024"
    assert _html_of(mapped, source, "2%") == "2&#x25"


def test_broken_html_still_gives_text():
    source = "<p>About <b>300 <i>drones</b> were launched</i><div>on 24 February 2022"
    assert html_to_text(source).text == "About 300 drones were launched\n\non 24 February 2022"
    assert html_to_text("").text == ""


_WORDS = st.text(alphabet=st.sampled_from("aé 5,.%<>&\"'\u00a0\U0001F600"), min_size=1, max_size=30)


def _collapsed(paragraph: str) -> str:
    return " ".join(part for part in paragraph.split(" ") if part)


@given(st.lists(_WORDS, min_size=1, max_size=5))
def test_every_character_maps_back_to_what_it_was_in_the_html(paragraphs):
    source = "\n".join(f"<p>{html.escape(paragraph)}</p>" for paragraph in paragraphs)
    mapped = html_to_text(source)
    assert mapped.text == "\n\n".join(_collapsed(p) for p in paragraphs if _collapsed(p))
    for index, char in enumerate(mapped.text):
        start, end = mapped.starts[index], mapped.ends[index]
        if char == "\n":
            assert start == end
        elif char == " ":
            assert source[start:end] == " "
        else:
            assert html.unescape(source[start:end]) == char
