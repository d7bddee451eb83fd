"""Benchmarks that print figures (run each file as a script; see README.md here)."""
