"""A signal of another thread reaches a plain function on the GUI thread through on_gui_thread."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from gui.gui_thread import on_gui_thread


class _Sender(QObject):
    sent = Signal(object)


def test_a_plain_function_is_called_on_the_gui_thread(qtbot: Any) -> None:
    thread = QThread()
    sender = _Sender()
    sender.moveToThread(thread)
    thread.start()
    calls: list[tuple[object, bool]] = []
    direct: list[bool] = []
    receiver = on_gui_thread(
        sender.sent,
        lambda value: calls.append((value, threading.current_thread() is threading.main_thread())),
    )
    # Without it, the same function runs on the sender's thread.
    sender.sent.connect(
        lambda _value: direct.append(threading.current_thread() is threading.main_thread())
    )
    try:
        worker_side = threading.Thread(target=lambda: sender.sent.emit("done"))
        worker_side.start()
        worker_side.join()
        qtbot.waitUntil(lambda: bool(calls) and bool(direct), timeout=5000)
    finally:
        thread.quit()
        thread.wait()
    assert calls == [("done", True)]
    assert direct == [False]
    sender.sent.disconnect(receiver.receive)
