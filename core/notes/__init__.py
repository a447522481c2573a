"""Annotations: highlights with notes and tags, their anchors, re-anchoring, carrying and export."""
