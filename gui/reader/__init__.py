"""Reading a report: the styled text, its section tree, number highlights and legend."""
