"""Mapping never opens a socket: the whole pipeline, from importing argmap and loading the
spaCy pipeline to writing the maps, runs in a fresh process where every socket call fails.

Two nets: ``socket.socket`` and friends are replaced by ones that raise, and an audit hook
refuses every event that would reach the network (which also catches code that reaches
``_socket`` directly). The pipeline must succeed with every socket refused, and nothing may
even try to connect or resolve a name.

(spaCy imports ``requests``, whose ``urllib3`` creates a loopback socket at import to see
whether IPv6 works; refused here, it quietly assumes not, and nothing else asks for one.)
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from tests.conftest import CORPORA, REPO

_PIPELINE_WITHOUT_SOCKETS = textwrap.dedent(
    """
    import socket, sys

    attempts = []
    NETWORK_EVENTS = ("socket.connect", "socket.sendto", "socket.sendmsg", "socket.getaddrinfo",
                      "socket.gethostbyname", "socket.gethostbyaddr", "urllib.Request")

    def refused(name):
        def refuse(*args, **kwargs):
            attempts.append(f"socket.{name}{args!r}"[:200])
            raise OSError("network disabled for this test")
        return refuse

    class RefusedSocket(socket.socket):  # still a class: ssl subclasses it on import
        def __init__(self, *args, **kwargs):
            raise OSError("network disabled for this test")

    socket.socket = RefusedSocket
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "socketpair", "fromfd"):
        setattr(socket, name, refused(name))

    def audit(event, args):
        if event in NETWORK_EVENTS:
            attempts.append(f"{event} {args!r}"[:200])
            raise OSError(f"network disabled for this test ({event})")

    sys.addaudithook(audit)

    import argmap
    from argmap import api

    corpora, out = sys.argv[1], sys.argv[2]
    amap = argmap.map_files([corpora])
    written = api.write_maps(amap, out)
    print(len(amap.threads), len(amap.claims), len(written))
    print("attempts:", attempts)
    """
)


def test_the_whole_pipeline_runs_with_sockets_disabled(tmp_path):
    completed = subprocess.run(
        [sys.executable, "-c", _PIPELINE_WITHOUT_SOCKETS, str(CORPORA), str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
        timeout=300,
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    counts, attempts = completed.stdout.splitlines()[-2:]
    threads, claims, written = map(int, counts.split())
    assert threads == 2 and claims > 0 and written >= 5
    assert attempts == "attempts: []"
    assert (tmp_path / "index.html").exists()
