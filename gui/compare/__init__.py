"""The side-by-side compare view: two aligned panes drawing the compare engine's records."""
