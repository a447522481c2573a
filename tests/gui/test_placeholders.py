"""Filling a message's numbered placeholders in one pass."""

from __future__ import annotations

from gui.placeholders import fill_placeholders


def test_each_placeholder_of_the_message_is_filled_once() -> None:
    message = "%1 reads as a report of %2, not as an edition of “%3” (%4)."
    filled = fill_placeholders(message, "报告%2.txt", "晋城市, 2024", "长治%1", "长治市, 2024")
    assert filled == (
        "报告%2.txt reads as a report of 晋城市, 2024, "
        "not as an edition of “长治%1” (长治市, 2024)."
    )


def test_placeholders_fill_in_any_order_and_more_than_once() -> None:
    assert fill_placeholders("%2 / %1 / %2", 3, "第") == "第 / 3 / 第"


def test_a_placeholder_without_a_value_and_a_plain_percent_stay_as_written() -> None:
    assert fill_placeholders("%1 of %3 at 5% (%)", "a", "b") == "a of %3 at 5% (%)"
