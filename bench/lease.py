"""Lease benchmark: the review desk's lease (and lease + verdict) against a bare SKIP LOCKED loop.

    .venv/bin/python bench/lease.py [--claims 1000000] [--workers 4] [--threads 1] [--seconds 15]
        [--admin-url postgresql://postgres@127.0.0.1:5432/postgres] [--keep | --reuse DBNAME]
        [--order lease+verdict,lease,baseline]

``--workers`` processes each run ``--threads`` checkers (one connection each): durable verdict
commits share WAL flushes (group commit) only with enough checkers in flight, e.g. 2 x 16.
``--keep`` leaves the loaded database behind and ``--reuse`` runs on it again (the load of 1M
claims takes minutes). ``VACUUM ANALYZE claims`` runs before every phase, so no phase walks the
dead queue-index entries of the leases before it.

Creates a fresh database, migrates it, bulk-loads N queued claims (generate_series; one
lookup-provided evidence row per claim, as the lookup adapters would add), then runs in the same
process tree and on the same table:

1. baseline: ``SELECT id … ORDER BY priority … LIMIT 1 FOR UPDATE SKIP LOCKED`` then ``UPDATE`` the
   row to leased, one transaction per lease (no audit event, no article update, no ETag);
2. lease: ``services.review.leases.lease_next`` (one statement: pick, update, article, audit);
3. lease + verdict: a lease, then ``services.review.verdicts.submit_verdict`` citing the evidence.

Phases 2 and 3 run on autocommit connections, as the API's routes do (``AppState.autocommit``):
each write is one statement, so it needs no ``BEGIN``/``COMMIT`` round trips.

It prints p50/p99 latencies, operations/s, the ratios against the baseline, and per phase the WAL
bytes per operation and the checkpoints the server ran (a write to a page for the first time after
a checkpoint logs the whole 8 KB page, so these explain run-to-run swings), and the CPU one operation
costs the checker processes and their server processes (read from /proc when the server runs on this
host): their sum over the host's cores is a ceiling on operations/s that no concurrency lifts. Never a
timed test.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
import uuid
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo
from psycopg.rows import dict_row

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from schemas.keys import Principal, Role
from schemas.review import VerdictIn, VerdictLabel
from services.auth.service import create_key
from services.db.migrate import migrate
from services.review import leases, verdicts
from services.review.policy import ReviewPolicy

CLAIMS_PER_ARTICLE = 100
REUSE_MIN_QUEUED = 200_000  # below this a reused database no longer measures a large queue

LOAD_ARTICLES = """
INSERT INTO articles (id, title, body, source_kind, content_hash, status, priority, created_at)
SELECT md5('bench-article-' || a)::uuid, 'Bench article ' || a, 'Body of article ' || a, 'text',
       decode(md5('bench-article-' || a), 'hex'), 'extracted', 0, now() - make_interval(secs => a)
FROM generate_series(1, %(articles)s) AS a
"""
LOAD_CLAIMS = """
INSERT INTO claims (id, article_id, ordinal, span_start, span_end, sentence_start, sentence_end, text,
                    source_text, type, checkworthiness, facets, claim_key, status, priority, engine_version,
                    created_at)
SELECT md5('bench-claim-' || c)::uuid, md5('bench-article-' || (c / %(per)s + 1))::uuid, c %% %(per)s,
       0, 40, 0, 40, 'Claim ' || c || ' says unemployment fell to ' || (c %% 97) || ' percent.',
       'Claim ' || c, 'quantity', cw, '{}'::jsonb, 'bench-' || c, 'queued', cw, 'bench',
       now() - make_interval(secs => c)
FROM (SELECT c, round((0.5 + random() / 2)::numeric, 3)::real AS cw
      FROM generate_series(0, %(claims)s - 1) AS c) AS g
"""
LOAD_EVIDENCE = """
INSERT INTO evidence (id, claim_id, url, title, publisher, stance)
SELECT id, id, 'https://stats.example.org/' || id, 'Official statistics', 'Stats Office', 'supports'
FROM claims
"""
BASELINE_PICK = """
SELECT id FROM claims WHERE status = 'queued' AND assignee_id IS NULL
ORDER BY priority DESC, created_at DESC, id LIMIT 1 FOR UPDATE SKIP LOCKED
"""
BASELINE_TAKE = """
UPDATE claims SET status = 'leased', lease_token = gen_random_uuid(), leased_by = %(me)s,
       lease_expires_at = now() + interval '30 minutes'
WHERE id = %(id)s
"""


def with_dbname(url: str, name: str) -> str:
    params = conninfo_to_dict(url)
    params["dbname"] = name
    return make_conninfo("", **params)


def prepare(admin_url: str, claims: int) -> str:
    name = f"claimdesk_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    url = with_dbname(admin_url, name)
    migrate(url)
    started = time.perf_counter()
    articles = max(1, -(-claims // CLAIMS_PER_ARTICLE))
    with psycopg.connect(url) as conn:
        conn.execute(LOAD_ARTICLES, {"articles": articles})
        conn.execute(LOAD_CLAIMS, {"claims": claims, "per": CLAIMS_PER_ARTICLE})
        conn.execute(LOAD_EVIDENCE)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE articles")
        conn.execute("VACUUM ANALYZE claims")
        conn.execute("VACUUM ANALYZE evidence")
    print(
        f"loaded {claims:,} queued claims in {articles:,} articles into {name} "
        f"in {time.perf_counter() - started:.1f} s"
    )
    return url


def drop(admin_url: str, url: str) -> None:
    name = conninfo_to_dict(url)["dbname"]
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(str(name))))


def make_principal(url: str, index: int) -> Principal:
    with psycopg.connect(url, row_factory=dict_row) as conn:
        key = create_key(conn, name=f"bench checker {index}", role=Role.CHECKER)
    return Principal(key_id=key.id, name=key.name, role=Role.CHECKER)


Result = tuple[list[float], list[float], int, float, float]


def run_worker(mode: str, url: str, index: int, seconds: float, threads: int = 1) -> Result:
    """(lease latencies, operation latencies, operations, client CPU s, server CPU s) of one process's
    ``threads`` checkers (the client CPU is the whole process's, its threads together)."""
    started = time.process_time()
    if threads == 1:
        lease_times, op_times, ops, _, server = run_checker(mode, url, index, seconds)
        return lease_times, op_times, ops, time.process_time() - started, server
    with ThreadPoolExecutor(max_workers=threads) as pool:
        futures = [pool.submit(run_checker, mode, url, index * threads + i, seconds) for i in range(threads)]
        results = [f.result() for f in futures]
    return (
        [t for r in results for t in r[0]],
        [t for r in results for t in r[1]],
        sum(r[2] for r in results),
        time.process_time() - started,
        sum(r[4] for r in results),
    )


def backend_cpu(conn: psycopg.Connection[Any]) -> float:
    """CPU seconds the connection's server process has used (NaN when the server is not on this host)."""
    try:
        fields = Path(f"/proc/{conn.info.backend_pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return float("nan")


def run_checker(mode: str, url: str, index: int, seconds: float) -> Result:
    """(lease latencies, operation latencies, operations, 0, server CPU s) of one checker connection for
    ``seconds``."""
    me = make_principal(url, index)
    policy = ReviewPolicy()
    lease_times: list[float] = []
    op_times: list[float] = []
    # The API's lease and verdict routes use an autocommit connection (AppState.autocommit): their
    # writes are single statements. The baseline needs a transaction around its SELECT and UPDATE.
    with psycopg.connect(url, row_factory=dict_row, autocommit=mode != "baseline") as conn:
        server_before = backend_cpu(conn)
        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline:
            start = time.perf_counter()
            if mode == "baseline":
                with conn.transaction():
                    row = conn.execute(BASELINE_PICK).fetchone()
                    if row is not None:
                        conn.execute(BASELINE_TAKE, {"me": me.key_id, "id": row["id"]})
                leased = time.perf_counter()
                if row is None:
                    break
            else:
                lease = leases.lease_next(conn, policy, me)
                leased = time.perf_counter()
                if lease is None:
                    break
                if mode == "lease+verdict":
                    body = VerdictIn(
                        label=VerdictLabel.SUPPORTED,
                        rating="Mostly true",
                        conclusion="The figure matches the official statistics.",
                        explanation="The statistics office published the same figure.",
                        citations=[lease.claim.id],  # the bench's evidence row shares the claim's id
                    )
                    verdicts.submit_verdict(
                        conn,
                        policy,
                        me,
                        lease.claim.id,
                        body,
                        lease_token=str(lease.lease_token),
                        if_match=lease.etag,
                    )
            done = time.perf_counter()
            lease_times.append(leased - start)
            op_times.append(done - start)
        server = backend_cpu(conn) - server_before
    return lease_times, op_times, len(op_times), 0.0, server


def server_counters(conn: psycopg.Connection[Any], since: Any = None) -> tuple[Any, int]:
    """(WAL position, or bytes since ``since``; checkpoints so far): what the server did in a phase.
    Writes to random pages right after a checkpoint carry a full 8 KB page image in the WAL."""
    if since is None:
        wal = conn.execute("SELECT pg_current_wal_lsn()").fetchone()
    else:
        wal = conn.execute("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), %s)", (since,)).fetchone()
    done = conn.execute("SELECT checkpoints_timed + checkpoints_req FROM pg_stat_bgwriter").fetchone()
    assert wal is not None
    assert done is not None
    return wal[0], int(done[0])


def phase(mode: str, url: str, workers: int, seconds: float, threads: int = 1) -> dict[str, float]:
    with ProcessPoolExecutor(max_workers=workers) as pool:
        started = time.perf_counter()
        futures = [pool.submit(run_worker, mode, url, i, seconds, threads) for i in range(workers)]
        results = [f.result() for f in futures]
        elapsed = time.perf_counter() - started
    lease_times = sorted(t for r in results for t in r[0])
    op_times = sorted(t for r in results for t in r[1])
    ops = sum(r[2] for r in results)
    measured = max(seconds, 1e-9) if ops else elapsed

    def pct(values: list[float], q: float) -> float:
        return values[min(len(values) - 1, int(q * len(values)))] * 1000 if values else float("nan")

    return {
        "lease_p50_ms": pct(lease_times, 0.50),
        "lease_p99_ms": pct(lease_times, 0.99),
        "op_p50_ms": pct(op_times, 0.50),
        "op_p99_ms": pct(op_times, 0.99),
        "ops_per_s": ops / measured,
        "ops": ops,
        "mean_ms": statistics.fmean(op_times) * 1000 if op_times else float("nan"),
        # what one operation costs the two sides: their sum against the host's cores bounds operations/s
        "client_cpu_ms": sum(r[3] for r in results) * 1000 / max(1, ops),
        "server_cpu_ms": sum(r[4] for r in results) * 1000 / max(1, ops),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--workers", type=int, default=4, help="checker processes")
    parser.add_argument("--threads", type=int, default=1, help="checkers (connections, threads) per process")
    parser.add_argument("--seconds", type=float, default=15.0, help="length of each phase")
    parser.add_argument(
        "--admin-url",
        default=os.environ.get("CLAIMDESK_BENCH_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres"),
    )
    parser.add_argument(
        "--order",
        default="baseline,lease,lease+verdict",
        help="the three phases in the order to run them (the host may slow down under sustained load)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the bench database")
    parser.add_argument(
        "--reuse", metavar="DBNAME", help="run on a database kept by an earlier --keep run (no load, kept)"
    )
    args = parser.parse_args()
    if sorted(args.order.split(",")) != sorted(["baseline", "lease", "lease+verdict"]):
        parser.error("--order names each of baseline, lease and lease+verdict once")

    if args.reuse:
        url = with_dbname(args.admin_url, args.reuse)
        migrate(url)
        args.keep = True
        with psycopg.connect(url) as conn:
            row = conn.execute("SELECT count(*) FROM claims WHERE status = 'queued'").fetchone()
        queued = int(row[0]) if row else 0
        if queued < REUSE_MIN_QUEUED:
            # every run leases claims for good: a nearly drained queue walks a long tail of leased
            # rows and is no measure of a 1M-claim queue (lease+verdict fell to ~300/s)
            parser.error(f"{args.reuse} has {queued:,} queued claims left; load a fresh database")
        print(f"reusing {args.reuse}: {queued:,} claims still queued")
    else:
        url = prepare(args.admin_url, args.claims)
    try:
        print(f"load average before the run: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
        print(
            f"{args.workers * args.threads} concurrent checkers ({args.workers} processes x "
            f"{args.threads} threads), {args.seconds:.0f} s per phase, os.cpu_count()={os.cpu_count()}"
        )
        results = {}
        for mode in args.order.split(","):
            # Each phase starts from the same kind of table: without this, the leases of the earlier
            # phases leave dead entries at the head of the queue index (and stale statistics) that
            # every later phase's SKIP LOCKED scan has to walk over.
            with psycopg.connect(url, autocommit=True) as conn:
                conn.execute("VACUUM ANALYZE claims")
                before = server_counters(conn)
            results[mode] = phase(mode, url, args.workers, args.seconds, args.threads)
            with psycopg.connect(url, autocommit=True) as conn:
                after = server_counters(conn, before[0])
            results[mode]["wal_per_op"] = after[0] / max(1, results[mode]["ops"])
            results[mode]["checkpoints"] = after[1] - before[1]
    finally:
        if not args.keep:
            drop(args.admin_url, url)
    base = results["baseline"]
    print(
        f"\n{'phase':<15}{'p50 ms':>9}{'p99 ms':>9}{'ops/s':>10}{'ops':>9}   (p50/p99 of the whole operation)"
    )
    for mode in ("baseline", "lease", "lease+verdict"):
        r = results[mode]
        print(
            f"{mode:<15}{r['op_p50_ms']:>9.2f}{r['op_p99_ms']:>9.2f}{r['ops_per_s']:>10.0f}{r['ops']:>9.0f}"
            f"   WAL {r['wal_per_op'] / 1024:.1f} KiB/op, {r['checkpoints']} checkpoint(s), CPU/op "
            f"{r['client_cpu_ms']:.2f} ms client + {r['server_cpu_ms']:.2f} ms server"
        )
    cores = os.cpu_count() or 1
    cpu_ms = both["client_cpu_ms"] + both["server_cpu_ms"] if (both := results["lease+verdict"]) else 0
    if cpu_ms == cpu_ms and cpu_ms > 0:  # (NaN when the server runs elsewhere)
        print(
            f"lease+verdict costs {cpu_ms:.2f} ms of CPU per operation on this host: at most "
            f"{cores * 1000 / cpu_ms:,.0f} operations/s on its {cores} core(s), whatever the concurrency"
        )
    lease, both = results["lease"], results["lease+verdict"]
    print(
        f"\nlease p50 {lease['lease_p50_ms']:.2f} ms, p99 {lease['lease_p99_ms']:.2f} ms "
        f"(x{lease['lease_p50_ms'] / base['lease_p50_ms']:.2f} / "
        f"x{lease['lease_p99_ms'] / base['lease_p99_ms']:.2f} "
        "of the bare SKIP LOCKED loop)"
    )
    print(
        f"lease p50/p99 under lease+verdict load: {both['lease_p50_ms']:.2f} / {both['lease_p99_ms']:.2f} ms"
    )
    print(
        f"lease+verdict: {both['ops_per_s']:.0f} operations/s "
        f"(x{both['ops_per_s'] / base['ops_per_s']:.2f} of the baseline's {base['ops_per_s']:.0f} leases/s)"
    )
    print("targets: lease p99 <= 10 ms, >= 1,500 lease+verdict operations/s")
    print(f"load average after the run: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
