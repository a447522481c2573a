"""Annotating in the app: highlights in the reader, the note editor, the annotations panel."""
