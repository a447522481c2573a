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
    """

    def __init__(self, callback: Callable[..., object]) -> None:
        super().__init__()
        self._callback = callback

    def receive(self, *args: Any) -> None:
        """The slot the signal is connected to."""
        self._callback(*args)


def on_gui_thread(signal: SignalInstance, callback: Callable[..., object]) -> GuiThreadReceiver:
    """Connect ``signal`` to ``callback`` so that it is always called on this (GUI) thread.

    Args:
        signal: a signal, perhaps emitted by an object of another thread.
        callback: a plain function or lambda.

    Returns:
        The receiver: keep it for as long as the connection should last, and disconnect
        with ``signal.disconnect(receiver.receive)``.
    """
    receiver = GuiThreadReceiver(callback)
    signal.connect(receiver.receive)
    return receiver
