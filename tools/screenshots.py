"""Open the report pages and the notebooks in JupyterLab in headless Chromium; fail on errors.

Usage::

    python tools/screenshots.py --report build/report --lab notebooks --out build/screenshots

For every ``*.html`` page under ``--report`` and every ``NN-*.ipynb`` under ``--lab`` (opened
in a JupyterLab server started here, on a free local port, with no token), Chromium writes a
screenshot (``NAME.png``) and the rendered DOM (``NAME.dom.html``) into ``--out``. A page
whose DOM shows a Python traceback or an error output is a failure: the script names each
one and exits 1. Chromium comes from the distribution (Debian's ``chromium``); nothing is
downloaded.

Why a browser and not only nbval: nbval compares stored outputs, but a reader sees the page
as rendered. A figure that does not embed, an error output stored in a notebook, or a page
that renders empty only shows up when the page is opened.
"""

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ERROR_MARKERS = (
    "Traceback (most recent call last)",
    "application/vnd.jupyter.error",
    "output_error",
)
WINDOW = "1400,1000"
RENDER_BUDGET_MS = "20000"  # virtual time for JupyterLab to load and render a notebook


def chromium() -> str:
    """The Chromium binary on PATH (CHROMIUM overrides), or exit with what to install."""
    for name in (os.environ.get("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if name and shutil.which(name):
            return shutil.which(name)
    sys.exit("no Chromium found: install the distribution's package (apt-get install chromium)")


def run_browser(browser: str, url: str, action: list[str], profile: Path) -> str:
    """Run headless Chromium once on `url` with `action` (--screenshot=... or --dump-dom)."""
    command = [
        browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
        "--no-first-run", "--disable-quic", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
        f"--user-data-dir={profile}", f"--window-size={WINDOW}",
        f"--virtual-time-budget={RENDER_BUDGET_MS}", *action, url,
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{url}: chromium exited {done.returncode}: {done.stderr[-500:]}")
    return done.stdout


def errors_in(dom: str) -> list[str]:
    """The error markers present in a rendered page."""
    return [marker for marker in ERROR_MARKERS if marker in dom]


def capture(browser: str, name: str, url: str, out: Path, profile: Path) -> list[str]:
    """Screenshot and DOM of one page; the problems found (empty when the page is clean)."""
    dom = run_browser(browser, url, ["--dump-dom"], profile)
    (out / f"{name}.dom.html").write_text(dom, encoding="utf-8")
    run_browser(browser, url, [f"--screenshot={out / f'{name}.png'}"], profile)
    problems = [f"{name}: the page shows {marker!r}" for marker in errors_in(dom)]
    if not (out / f"{name}.png").stat().st_size:
        problems.append(f"{name}: empty screenshot")
    if len(dom) < 200:
        problems.append(f"{name}: the page rendered nothing")
    return problems


def free_port() -> int:
    """A local TCP port nobody listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_lab(notebooks: Path, settings: Path) -> tuple[subprocess.Popen, str]:
    """A JupyterLab server on `notebooks` with no token and no news pop-up; its base URL."""
    port = free_port()
    news = settings / "@jupyterlab" / "apputils-extension" / "notification.jupyterlab-settings"
    news.parent.mkdir(parents=True)
    news.write_text(json.dumps({"fetchNews": "false", "checkForUpdates": False}), encoding="utf-8")
    jupyter = Path(sys.executable).with_name("jupyter")
    command = [
        str(jupyter), "lab", f"--notebook-dir={notebooks}", "--no-browser", f"--port={port}",
        "--ServerApp.token=", "--ServerApp.password=", "--ServerApp.ip=127.0.0.1",
        f"--LabApp.user_settings_dir={settings}", "--allow-root",
    ]  # fmt: skip
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(120):
        try:
            with urllib.request.urlopen(f"{base}/api/status", timeout=2):
                return server, base
        except OSError:
            time.sleep(0.5)
    server.terminate()
    raise RuntimeError("JupyterLab did not start within 60 s")


def main(argv: list[str] | None = None) -> int:
    """Capture every page asked for; 1 when any shows an error, else 0."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--report", type=Path, help="a folder of report pages (*.html)")
    parser.add_argument("--lab", type=Path, help="a folder of notebooks to open in JupyterLab")
    parser.add_argument("--out", type=Path, default=Path("build/screenshots"))
    args = parser.parse_args(argv)
    browser = chromium()
    args.out.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        profile = Path(scratch) / "profile"
        if args.report:
            for page in sorted(args.report.glob("*.html")):
                url = page.resolve().as_uri()
                problems += capture(browser, f"report-{page.stem}", url, args.out, profile)
        if args.lab:
            server, base = start_lab(args.lab.resolve(), Path(scratch) / "settings")
            try:
                for notebook in sorted(args.lab.glob("[0-9][0-9]-*.ipynb")):
                    url = f"{base}/lab/tree/{notebook.name}"
                    problems += capture(browser, f"lab-{notebook.stem}", url, args.out, profile)
            finally:
                server.terminate()
                server.wait(timeout=30)
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"screenshots in {args.out.resolve()}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
