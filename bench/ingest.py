"""Ingest benchmark: POST /v1/articles with 4 KB articles at concurrency 32.

Baseline, in the same run and on the same server process: /bench/bare, which reads the body and
does one INSERT. Prints req/s, p50, p99 and errors of each, and the ratio.
Targets: >= 500 req/s, p99 <= 50 ms, >= 0.7 of the bare endpoint.

    .venv/bin/python -m bench.ingest [--seconds 30] [--concurrency 32] [--database-url URL]

Without --database-url it uses $CLAIMDESK_TEST_DATABASE_URL or the embedded Postgres, creates a
fresh database, migrates it, and drops it afterwards. The load generator is a minimal keep-alive
HTTP/1.1 client on asyncio streams (httpx would spend more CPU than the server on 2 cores).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo
from psycopg.rows import dict_row

from schemas.keys import Role
from services.auth.service import create_key
from services.db.migrate import migrate
from services.embedded import EmbeddedPostgres, free_port, wait_for_port

WORDS = (
    "council budget minister percent troops ceasefire report million said officials approved "
    "election inflation rose fell according spokesman agreement region talks sanctions"
).split()


def article_body(rng: random.Random, size: int = 4096) -> str:
    words: list[str] = []
    length = 0
    while length < size:
        word = rng.choice(WORDS)
        words.append(word)
        length += len(word) + 1
    return " ".join(words)[:size]


async def worker(
    port: int,
    path: str,
    token: str,
    deadline: float,
    latencies: list[float],
    errors: list[int],
    templates: list[str],
    seed: int,
) -> None:
    rng = random.Random(seed)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        while time.perf_counter() < deadline:
            body = (rng.choice(templates) % uuid.uuid4()).encode()
            head = (
                f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\n"
                f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
            ).encode()
            started = time.perf_counter()
            writer.write(head + body)
            await writer.drain()
            status_line = await reader.readline()
            length = 0
            while True:
                line = await reader.readline()
                if line in (b"\r\n", b""):
                    break
                name, _, value = line.decode().partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            await reader.readexactly(length)
            latencies.append(time.perf_counter() - started)
            status = int(status_line.split()[1]) if status_line else 0
            if status != 202:
                errors.append(status)
    finally:
        writer.close()


async def run_load(port: int, path: str, token: str, seconds: float, concurrency: int) -> dict[str, float]:
    latencies: list[float] = []
    errors: list[int] = []
    # bodies are made before the clock starts, so the client spends its CPU on requests
    rng = random.Random(0)
    templates = [json.dumps({"body": "%s " + article_body(rng), "title": "Bench"}) for _ in range(200)]
    deadline = time.perf_counter() + seconds
    started = time.perf_counter()
    await asyncio.gather(
        *(worker(port, path, token, deadline, latencies, errors, templates, i) for i in range(concurrency))
    )
    elapsed = time.perf_counter() - started
    latencies.sort()
    quantiles = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
    return {
        "requests": len(latencies),
        "req_per_s": len(latencies) / elapsed,
        "p50_ms": quantiles[49] * 1000,
        "p99_ms": quantiles[98] * 1000,
        "errors": len(errors),
    }


WRK_SCRIPT = """
local token, path, filler = "%s", "%s", "%s"
local id, n = 0, 0
function setup(thread) id = id + 1; thread:set("id", id) end
function init(args) math.randomseed(id * 7919) end
function request()
  n = n + 1
  local tag = id .. "-" .. n .. "-" .. math.random(1e9)
  local body = '{"title":"Bench","body":"' .. tag .. " " .. filler .. '"}'
  return wrk.format("POST", path, {["Authorization"] = "Bearer " .. token,
                                   ["Content-Type"] = "application/json"}, body)
end
"""


def run_wrk(
    port: int, path: str, token: str, seconds: float, concurrency: int, tmp: Path
) -> dict[str, float]:
    """The same load from wrk (C, event loop), which leaves the server more of the 2 cores."""
    script = tmp / "ingest.lua"
    script.write_text(WRK_SCRIPT % (token, path, article_body(random.Random(0))))
    threads = str(min(2, concurrency))
    out = subprocess.run(
        ["wrk", "-t", threads, "-c", str(concurrency), "-d", f"{seconds:.0f}s", "--latency",
         "-s", str(script), f"http://127.0.0.1:{port}{path}"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    unit = {"us": 0.001, "ms": 1.0, "s": 1000.0}

    def latency(label: str) -> float:
        match = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)$", out, re.MULTILINE)
        return float(match.group(1)) * unit[match.group(2)] if match else float("nan")

    requests = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    return {
        "requests": requests,
        "req_per_s": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),  # type: ignore[union-attr]
        "p50_ms": latency("50"),
        "p99_ms": latency("99"),
        "errors": (int(errors.group(1)) if errors else 0)
        + (sum(int(g) for g in socket_errors.groups()) if socket_errors else 0),
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--database-url", default=os.environ.get("CLAIMDESK_TEST_DATABASE_URL"))
    parser.add_argument("--warmup", type=float, default=3)
    parser.add_argument(
        "--client",
        choices=("auto", "wrk", "python"),
        default="auto",
        help="load generator (auto: wrk if installed)",
    )
    parser.add_argument("--api-workers", type=int, default=1, help="uvicorn worker processes")
    args = parser.parse_args()

    embedded = None
    admin_url = args.database_url
    if not admin_url:
        embedded = EmbeddedPostgres(Path(tempfile.mkdtemp(prefix="claimdesk-bench-")))
        admin_url = embedded.start()
    name = f"claimdesk_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    url = make_conninfo("", **{**conninfo_to_dict(admin_url), "dbname": name})
    server = None
    try:
        migrate(url)
        with psycopg.connect(url, row_factory=dict_row) as conn:
            conn.execute("CREATE TABLE bench_bare (id bigserial PRIMARY KEY, body text NOT NULL)")
            token = create_key(conn, name="bench", role=Role.SUBMITTER).token
        port = free_port()
        env = {**os.environ, "CLAIMDESK_DATABASE_URL": url, "CLAIMDESK_REDIS_URL": "redis://127.0.0.1:1/0"}
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "bench.ingest_app:create_bench_app",
                "--factory",
                "--port",
                str(port),
                "--log-level",
                "warning",
                "--no-access-log",
                "--workers",
                str(args.api_workers),
            ],
            env=env,
            cwd=Path(__file__).resolve().parents[1],
        )
        wait_for_port(port, 30)
        use_wrk = args.client == "wrk" or (args.client == "auto" and shutil.which("wrk"))
        tmp = Path(tempfile.mkdtemp(prefix="claimdesk-bench-"))

        def load(path: str, seconds: float) -> dict[str, float]:
            if use_wrk:
                return run_wrk(port, path, token, seconds, args.concurrency, tmp)
            return asyncio.run(run_load(port, path, token, seconds, args.concurrency))

        results = {}
        for label, path in (("bare INSERT", "/bench/bare"), ("POST /v1/articles", "/v1/articles")):
            load(path, args.warmup)
            results[label] = load(path, args.seconds)
        client = "wrk" if use_wrk else "python asyncio"
        print(
            f"ingest benchmark: {args.concurrency} connections ({client}), {args.seconds:.0f} s each, "
            f"4 KB articles, {args.api_workers} API process(es)"
        )
        for label, r in results.items():
            print(
                f"  {label:<18} {r['req_per_s']:8.1f} req/s  p50 {r['p50_ms']:6.1f} ms  "
                f"p99 {r['p99_ms']:6.1f} ms  errors {r['errors']:.0f}  ({r['requests']:.0f} requests)"
            )
        bare, real = results["bare INSERT"], results["POST /v1/articles"]
        print(f"  ratio articles/bare: {real['req_per_s'] / bare['req_per_s']:.2f}  (target >= 0.70)")
        print(f"  targets: >= 500 req/s -> {real['req_per_s']:.0f}; p99 <= 50 ms -> {real['p99_ms']:.1f}")
    finally:
        if server:
            server.terminate()
            server.wait(10)
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        if embedded:
            embedded.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
