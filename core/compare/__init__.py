"""The compare engine: pair two reports' sections, diff them word by word, find moves, count."""
