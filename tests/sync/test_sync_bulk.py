"""The import's fast paths give exactly what the slow, obvious code gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from nbhr_desktop.storage.models import activity_search_text
from nbhr_desktop.sync.bulk import search_text

VIETNAMESE = "ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵĐĂÂÊÔƠƯ"
OTHER = "abc XYZ\t\n  0123-,.ΣσİßǅﬁÅ\u0483\u05b0\u0301\u0323–“”"


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from(VIETNAMESE + OTHER), max_size=80),
       st.one_of(st.none(), st.text(max_size=80)))
def test_search_text_matches_the_model_rule(title, description):
    assert search_text(title, description) == activity_search_text(title, description)


def test_search_text_on_decomposed_input():
    import unicodedata

    title = unicodedata.normalize("NFD", "Tập huấn Công ước CEDAW ở xã Kim Đông")
    assert search_text(title, None) == activity_search_text(title, None) == \
        " tap huan cong uoc cedaw o xa kim dong "


@settings(max_examples=100)
@given(st.lists(st.tuples(st.sampled_from(["", "Tập huấn", "ΑΣ đợt 2", "  ", "\u0301x"]),
                          st.one_of(st.none(), st.sampled_from(["", "Ở xã Kim Đông.", "abc",
                                                                 "\u0301 ǅ"]))),
                min_size=1, max_size=12))
def test_search_text_of_texts_seen_before_is_the_same(pairs):
    """A title or description met again (worked out once, then remembered) gives the key
    the model rule gives, in any pairing."""
    for title, description in pairs:
        assert search_text(title, description) == activity_search_text(title, description)
