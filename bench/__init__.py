"""The benchmarks and drills (bench/README.md). Run each from the project folder: `.venv/bin/python -m bench.<name>`."""
