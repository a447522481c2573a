"""The scorecard view: a region's targets against results over the years."""
