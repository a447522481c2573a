"""Figures of part of the city (a development zone, the counties), which are not the city's own.

A figure of part of the city (``开发区规上工业增加值``, ``工业类开发区…``, ``县域…``) keeps its
words but is not filed under the indicator, so no scorecard reads it. Under a lead sentence
about part of the city (``提升开发区发展能级。…规上工业增加值增长15%以上``) an indicator is that
part's, unless its words name the whole (``全市``).
"""

from __future__ import annotations

import re

from core.numbers.report_reading import ReportReading

PART_OF_THE_CITY = re.compile(r"开发区|园区|高新区|经开区|示范区|产业园|县域|各县|乡镇")
THE_WHOLE = re.compile(r"全市|全省|全县|全区|全国")


def under_part_of_the_city(reading: ReportReading, at: int) -> bool:
    """Whether the scan-text offset ``at`` lies under a lead sentence about part of the
    city (``提升开发区发展能级。``, ``促进县域城乡融合发展。``)."""
    path = reading.outline.path_at(reading.scan.to_original(at))
    lead = path[-1] if path else None
    return lead is not None and lead.style == "lead" and bool(PART_OF_THE_CITY.search(lead.title))
