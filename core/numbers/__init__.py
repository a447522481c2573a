"""Numbers that matter: targets, commitments and results of reports, and the scorecard."""
