"""jieba with the domain dictionary: terms stay whole, neighbours intact, text preserved."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.tokens import ensure_loaded, is_loaded, jieba_tokenize, tokenize


@pytest.mark.parametrize(
    ("sentence", "term", "neighbour"),
    [
        ("大力发展新质生产力，培育未来产业", "新质生产力", "大力发展"),
        ("坚定不移推动高质量发展", "高质量发展", "推动"),
        ("培育专精特新企业50家", "专精特新", "企业"),
        ("持续优化营商环境", "营商环境", "优化"),
        ("一般公共预算收入增长3%", "一般公共预算收入", "增长"),
    ],
)
def test_domain_terms_are_whole_and_neighbours_survive(
    sentence: str, term: str, neighbour: str
) -> None:
    tokens = tokenize(sentence)
    assert term in tokens
    assert neighbour in tokens


def test_tokens_join_back_to_the_samples(sample_texts: dict[str, str]) -> None:
    for text in sample_texts.values():
        paragraph = text[:3000]
        assert "".join(tokenize(paragraph)) == paragraph


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("发展经济 ，。、\n\t12%ＧＤＰ𠮷abc（）——"), max_size=60))
def test_tokens_join_back_to_any_text(text: str) -> None:
    assert "".join(tokenize(text)) == text


def test_loading_is_idempotent() -> None:
    ensure_loaded()
    ensure_loaded()
    assert is_loaded()


def test_tokens_are_jiebas_on_every_paragraph_of_the_samples(
    sample_texts: dict[str, str],
) -> None:
    for text in sample_texts.values():
        for paragraph in text.split("\n"):
            assert tokenize(paragraph) == jieba_tokenize(paragraph)


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            "发展经济质量高新技术产业园区稳就业促消费 ，。、\n\t12.%ＧＤＰ𠮷abc-+（）——"
        ),
        max_size=80,
    )
)
def test_tokens_are_jiebas_on_any_text(text: str) -> None:
    assert tokenize(text) == jieba_tokenize(text)
