"""Work a build runs beside its pages: the store loaded in a thread, the serialisations asked for
(``--formats``) in a process of their own.

Nothing waits on them until the build's folder is otherwise complete: ``wait()`` then joins them
and raises the first error they met (an interruption included), so a build fails exactly as it
would have with the work done inline; ``stop()`` (the build failed elsewhere) ends the process and
joins the thread, so that nothing writes into a temporary folder once it is being removed.

A thread is enough for the store: Oxigraph's bulk loader releases the GIL, so it runs on another
core while the pages are rendered. The serialisations are mostly Python (the sort of graph.nt, the
JSON-LD writer), so they get a process (``spawn``: no copy of the build's memory, no fork of a
process holding threads).
"""
from __future__ import annotations

import multiprocessing
import threading


def _child(conn, fn, args) -> None:
    try:
        fn(*args)
        conn.send(None)
    except BaseException as exc:  # noqa: BLE001 - carried to the build, which raises it
        try:
            conn.send(exc)
        except Exception:  # noqa: BLE001 - an error that does not pickle: its words
            conn.send(RuntimeError(f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


class Background:
    """Threads and processes started by one build; ``wait`` joins them all, raising the first error."""

    def __init__(self) -> None:
        self._threads: list[tuple[threading.Thread, list]] = []
        self._procs: list[tuple[object, object]] = []

    def thread(self, fn, *args) -> None:
        """Run ``fn(*args)`` in a thread."""
        box: list = []

        def run() -> None:
            try:
                fn(*args)
            except BaseException as exc:  # noqa: BLE001 - raised again by wait()
                box.append(exc)

        t = threading.Thread(target=run, name=f"policykg-{getattr(fn, '__name__', 'work')}", daemon=True)
        t.start()
        self._threads.append((t, box))

    def process(self, fn, *args) -> None:
        """Run ``fn(*args)`` (a module-level function, picklable arguments) in a spawned process."""
        ctx = multiprocessing.get_context("spawn")
        recv, send = ctx.Pipe(duplex=False)
        p = ctx.Process(target=_child, args=(send, fn, args), name=f"policykg-{fn.__name__}", daemon=True)
        p.start()
        send.close()
        self._procs.append((p, recv))

    def wait(self) -> None:
        """Join everything; raise the first error met (threads first, then processes)."""
        errors: list[BaseException] = []
        try:
            for t, box in self._threads:
                t.join()
                errors += box
            for p, conn in self._procs:
                try:
                    reply = conn.recv()
                except EOFError:
                    p.join()
                    reply = RuntimeError(f"the process writing the serialisations ended with code {p.exitcode}")
                p.join()
                if reply is not None:
                    errors.append(reply)
        finally:
            self.stop()
        if errors:
            raise errors[0]

    def stop(self) -> None:
        """End the processes, wait for the threads (a bulk load cannot be stopped half way)."""
        for p, conn in self._procs:
            if p.is_alive():
                p.terminate()
            p.join()
            conn.close()
        for t, _ in self._threads:
            t.join()
        self._procs, self._threads = [], []
