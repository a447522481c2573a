"""The library panel: reports grouped by region and year, with their actions."""
