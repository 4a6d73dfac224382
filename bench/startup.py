#!/usr/bin/env python3
"""Start-up time to ready and memory at idle of the release assist-server.

Runs the binary N times (default 10), each on a fresh SQLite data directory (so every run
creates and migrates its database, the slowest start) and, with --reuse, on an existing one.
Time to ready is from process start to the first `GET /readyz` answering 200, polled every
millisecond. Idle memory is VmRSS after the ready server has handled a sign-in-free idle second.

Usage: cargo build --release -p assist-server && bench/startup.py [--runs N] [--binary PATH]
"""

import argparse
import socket
import statistics
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ready(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=0.5) as r:
            return r.status == 200
    except OSError:
        return False


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def one_run(binary: str, data_dir: str) -> tuple[float, int]:
    port = free_port()
    env = {"ASSIST_DATA_DIR": data_dir, "ASSIST_LISTEN": f"127.0.0.1:{port}", "RUST_LOG": "warn", "PATH": "/usr/bin:/bin"}
    started = time.perf_counter()
    proc = subprocess.Popen([binary], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while not ready(port):
            if proc.poll() is not None:
                raise SystemExit(f"server exited with {proc.returncode}")
            time.sleep(0.001)
        elapsed_ms = (time.perf_counter() - started) * 1000
        time.sleep(1.0)
        return elapsed_ms, rss_kib(proc.pid)
    finally:
        proc.terminate()
        proc.wait()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    root = Path(__file__).resolve().parent.parent
    parser.add_argument("--binary", default=str(root / "target/release/assist-server"))
    args = parser.parse_args()
    for label, reuse in (("fresh database (create + migrate)", False), ("existing database", True)):
        times, memory = [], []
        with tempfile.TemporaryDirectory() as shared:
            for _ in range(args.runs):
                with tempfile.TemporaryDirectory() as fresh:
                    t, rss = one_run(args.binary, shared if reuse else fresh)
                times.append(t)
                memory.append(rss)
        times.sort()
        print(f"{label}: ready in median {statistics.median(times):.1f} ms, "
              f"max {times[-1]:.1f} ms over {args.runs} runs; "
              f"idle RSS median {statistics.median(memory) / 1024:.1f} MiB")


if __name__ == "__main__":
    main()
