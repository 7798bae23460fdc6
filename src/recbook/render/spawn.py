"""Start a render worker as multiprocessing's "spawn" does, but without its resource tracker.

On POSIX, multiprocessing starts a resource tracker with the first process it spawns: one more
Python interpreter, which lives as long as the build, to unlink the named semaphores and shared
memory a process might leave behind. A render worker makes neither: it talks to the build over a
Pipe (a socket pair, which the tracker does not track) and renders into memory. So the tracker
only cost a first build an interpreter's start and its imports (bench/pdf_instructions.py,
docs/benchmarks.md, session 21). Workers are spawned as before — a fresh interpreter, the same
preparation data and command line — only with no tracker's descriptor passed. A worker that did
make a semaphore would start a tracker of its own, as any process without one does. The one
change to the command line: a build's own startup cache (recbook.startup_cache) is installed first.

Windows starts no tracker for spawned processes: there the ordinary spawn context is used.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import sys

_SPAWN = multiprocessing.get_context("spawn")

if sys.platform == "win32":
    WorkerProcess = _SPAWN.Process
else:
    from multiprocessing import popen_spawn_posix, spawn, util
    from multiprocessing.context import reduction, set_spawning_popen

    from .. import startup_cache

    class _Popen(popen_spawn_posix.Popen):
        """popen_spawn_posix.Popen (Python 3.11–3.13) with no resource tracker started or passed."""

        def _launch(self, process_obj) -> None:
            prep_data = spawn.get_preparation_data(process_obj._name)
            fp = io.BytesIO()
            set_spawning_popen(self)
            try:
                reduction.dump(prep_data, fp)
                reduction.dump(process_obj, fp)
            finally:
                set_spawning_popen(None)
            parent_r = child_w = child_r = parent_w = None
            try:
                parent_r, child_w = os.pipe()
                child_r, parent_w = os.pipe()
                cmd = startup_cache.worker_command(spawn.get_command_line(pipe_handle=child_r))
                self._fds.extend([child_r, child_w])
                self.pid = util.spawnv_passfds(spawn.get_executable(), cmd, self._fds)
                self.sentinel = parent_r
                with open(parent_w, "wb", closefd=False) as f:
                    f.write(fp.getbuffer())
            finally:
                fds_to_close = [fd for fd in (parent_r, parent_w) if fd is not None]
                self.finalizer = util.Finalize(self, util.close_fds, fds_to_close)
                for fd in (child_r, child_w):
                    if fd is not None:
                        os.close(fd)

    class WorkerProcess(_SPAWN.Process):
        """A spawned process (multiprocessing.context.SpawnProcess) started without a resource tracker."""

        @staticmethod
        def _Popen(process_obj):
            return _Popen(process_obj)
