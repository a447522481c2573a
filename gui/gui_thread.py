"""Receiving a signal of another thread on the GUI thread, whatever the receiver is.

Qt delivers a signal to a slot in the thread of the slot's object. A plain Python function
has no object, so Qt for Python calls it at once, in the thread that emitted the signal. A
function that then touches the GUI from there (``QApplication.quit`` waits for the GUI thread
to take the quit event) can deadlock with a GUI thread that needs the interpreter to run a
Python slot. ``on_gui_thread`` gives such a function an object on the GUI thread, so it is
called there, queued, like any slot of a window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, SignalInstance


class GuiThreadReceiver(QObject):
    """Calls ``callback`` with a signal's arguments, on the thread this object lives in.

    Args:
        callback: what the signal should call.
        parent: the owner (kept alive by it); None: keep the receiver yourself.
    """

    def __init__(self, callback: Callable[..., object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._callback = callback

    def receive(self, *args: Any) -> None:
        """The slot the signal is connected to."""
        self._callback(*args)


def on_gui_thread(
    signal: SignalInstance, callback: Callable[..., object], parent: QObject | None = None
) -> GuiThreadReceiver:
    """Connect ``signal`` to ``callback`` so that it is always called on this (GUI) thread.

    Args:
        signal: a signal, perhaps emitted by an object of another thread.
        callback: a plain function or lambda.
        parent: the receiver's owner; without one, keep the returned receiver for as long
            as the connection should last (disconnect with ``signal.disconnect(r.receive)``).
    """
    receiver = GuiThreadReceiver(callback, parent)
    signal.connect(receiver.receive)
    return receiver
