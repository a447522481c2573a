"""Times the library keeps in UTC, shown on the user's clock."""

from __future__ import annotations

import pytest

from core.local_time import local_time


@pytest.mark.usefixtures("shanghai_clock")
def test_a_utc_time_reads_on_the_local_clock_to_the_minute() -> None:
    assert local_time("2026-11-24T23:05:34+00:00") == "2026-11-25 07:05"
    assert local_time("2026-11-24T15:05:00+08:00") == "2026-11-24 15:05"


def test_a_time_that_does_not_read_as_one_is_kept_as_written() -> None:
    assert local_time("") == ""
    assert local_time("yesterday") == "yesterday"
    assert local_time("2026-11-24T23:05:34") == "2026-11-24T23:05:34"  # no time zone: unknown
