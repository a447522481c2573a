"""The self-test's check of annotating: a highlight with a note and a tag, saved, read, exported."""

from __future__ import annotations

from gui.self_test.state import SelfTestState


def check_annotation(state: SelfTestState) -> str:
    """A highlight with a note and a tag on the first target, saved, read back, and exported
    as File → Export annotations… exports it: in the app's language."""
    from core.library import open_library
    from core.notes.anchors import make_anchor
    from core.notes.export_words import export_words
    from core.store.annotations import annotations_of
    from gui.core_messages import app_speaks_chinese
    from gui.notes.annotations_export import export_annotations

    if not state.targets:
        raise AssertionError("needs a target to annotate")
    first, target = state.loaded[0], state.targets[0]
    anchor = make_anchor(first.text, target.start, target.end, first.outline)
    with open_library(str(state.folder / "library.sqlite3")) as store:
        notes = annotations_of(store)
        colour = notes.palette()[0]
        added = notes.add(first.report_id, anchor, colour.key, "自检批注", ("自检",))
    saved = annotations_of(state.store).for_report(first.report_id)
    if [a.id for a in saved] != [added.id] or saved[0].anchor.quote != target.text:
        raise AssertionError(f"{len(saved)} annotations read back, not the one saved")
    exported = state.folder / "annotations.md"
    if export_annotations(state.window, exported) != 1:
        raise AssertionError(f"{exported.name} was not written with the one annotation")
    written = exported.read_text(encoding="utf-8")
    if target.text not in written or "自检批注" not in written or "#自检" not in written:
        raise AssertionError("the export lacks the passage, the note or the tag")
    chinese = app_speaks_chinese()
    heading = f"# {export_words(chinese).title}\n"
    if not written.startswith(heading):
        raise AssertionError(f"the export does not begin with {heading.strip()!r}")
    language = "Chinese" if chinese else "English"
    return (
        f"'{anchor.quote}' marked {colour.meaning}, saved and exported in {language} "
        f"({len(written)} chars)"
    )
