"""Helpers for tests that run ClaimDesk's real processes (API, worker, relay)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

import httpx

from services.embedded import free_port
from services.settings import Settings

REPO = Path(__file__).resolve().parents[1]


def env_for(settings: Settings, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMDESK_")}
    for name, value in settings.model_dump().items():
        if value is not None:
            env[f"CLAIMDESK_{name.upper()}"] = str(value)
    env.update(extra)
    env["PYTHONUNBUFFERED"] = "1"
    return env


def wait_until(
    predicate: Callable[[], bool], timeout: float, interval: float = 0.1, what: str = "condition"
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


class LiveStack:
    """Starts and stops ClaimDesk processes against the given settings; logs go to tmp files."""

    def __init__(self, settings: Settings, log_dir: Path) -> None:
        self.settings = settings
        self.log_dir = log_dir
        self.processes: dict[str, subprocess.Popen[bytes]] = {}
        self._logs: dict[str, IO[bytes]] = {}
        self.port = 0

    def _start(self, name: str, args: list[str], **env: str) -> subprocess.Popen[bytes]:
        log = (self.log_dir / f"{name}.log").open("ab")
        self._logs[name] = log
        process = subprocess.Popen(
            [sys.executable, "-m", "services.cli", *args],
            cwd=REPO,
            env=env_for(self.settings, **env),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.processes[name] = process
        return process

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start_api(self) -> str:
        self.port = free_port()
        self._start("api", ["api", "--port", str(self.port)])
        wait_until(self._healthy, 30, what="the API to answer /healthz")
        return self.base_url

    def _healthy(self) -> bool:
        try:
            return httpx.get(f"{self.base_url}/healthz", timeout=1).status_code == 200
        except httpx.HTTPError:
            return False

    def start_worker(self, name: str = "worker", concurrency: int = 1) -> subprocess.Popen[bytes]:
        return self._start(
            name, ["worker", "--concurrency", str(concurrency), "-n", f"{name}-{os.getpid()}@%h"]
        )

    def start_relay(self) -> subprocess.Popen[bytes]:
        return self._start("relay", ["relay"])

    def kill(self, name: str, sig: int = signal.SIGKILL) -> None:
        process = self.processes.pop(name)
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            pass
        process.wait(30)

    def log(self, name: str) -> str:
        path = self.log_dir / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def stop_all(self) -> None:
        for name in list(self.processes):
            self.kill(name, signal.SIGTERM)
        for log in self._logs.values():
            log.close()
