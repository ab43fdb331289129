"""The token view the dictionary matchers run over: hashtags are seen as their words, offsets exact."""

from __future__ import annotations

import pytest
import spacy

from rasd.actors.matching import hashtag_parts, token_view
from rasd.text.tokenize import ArabicTokenizer


@pytest.mark.parametrize("token, parts", [
    ("حماس", ["حماس"]),
    ("#حماس", ["#", "حماس"]),
    ("#الجيش_الإسرائيلي", ["#", "الجيش", "_", "الإسرائيلي"]),
    ("#حرب_غزة_2024", ["#", "حرب", "_", "غزة", "_", "2024"]),
    ("#غزة_", ["#", "غزة", "_"]),
    ("#", ["#"]),
    ("@UNICEF", ["@UNICEF"]),  # handles stay whole
])
def test_hashtag_parts(token, parts):
    assert [token[a:b] for a, b in hashtag_parts(token)] == parts


def test_view_of_a_hashtag_keeps_offsets_into_the_text():
    nlp = spacy.blank("ar")
    nlp.tokenizer = ArabicTokenizer(nlp.vocab)
    text = "غارات على #قطاع_غزة الليلة"
    view = token_view(nlp(text))
    assert [text[a:b] for a, b in zip(view.starts, view.ends)] == view.texts
    assert view.texts == ["غارات", "على", "#", "قطاع", "_", "غزة", "الليلة"]
    assert view.words == [True, True, False, True, False, True, True]
    i = view.texts.index("قطاع")
    assert view.next_word(i) == i + 2  # «_» joins the hashtag's words
    assert view.prev_word(i) == 1  # «#» too is crossed (حركة #طالبان), but a name entering a tag takes all of it
    assert view.inside_hashtag(i) and not view.inside_hashtag(i + 2)
