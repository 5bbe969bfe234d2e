"""The fact-checkers' desk: queue and leases, evidence, verdicts, editorial approval, history."""
