"""App-wide notice that annotations or the palette changed, so every view showing them repaints."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal


class AnnotationEvents(QObject):
    """Announces changes made anywhere (reader, compare pane, panel, dialogs).

    Each signal carries the library (store) it is about: views of another library (a test's
    earlier window not yet deleted, say) ignore it.

    Signals:
        report_changed(store, report_id): the annotations of this report changed.
        palette_changed(store): the palette's colours or meanings changed.
    """

    report_changed = Signal(object, int)
    palette_changed = Signal(object)


def annotation_events() -> AnnotationEvents:
    """The application's one ``AnnotationEvents`` (made on first use, owned by the app)."""
    app = QCoreApplication.instance()
    found = app.findChild(AnnotationEvents, "annotationEvents") if app is not None else None
    if found is None:
        found = AnnotationEvents(app)
        found.setObjectName("annotationEvents")
    return found
