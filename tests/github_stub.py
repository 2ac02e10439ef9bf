"""A local HTTP server on 127.0.0.1 standing in for GitHub's avatar endpoint, answering as
GitHub does: ``GET /ID.png?size=200`` redirects (302) to the picture on another path, like
``https://avatars.githubusercontent.com/u/NUMBER?s=200&v=4``, which answers with the bytes;
an unknown id is a 404. ``gate``: while cleared, every picture waits for it (a slow network,
for progress and Cancel)."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from PIL import Image


def png(color: str, size: int = 200) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (size, size), color).save(out, "PNG")
    return out.getvalue()


class FakeGitHub:
    def __init__(self, avatars: dict[str, bytes]) -> None:
        self.avatars = dict(avatars)  # GitHub id -> the picture's bytes
        self.asked: list[str] = []  # every path asked for, redirects and pictures
        self.gate = threading.Event()
        self.gate.set()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                fake.asked.append(self.path)
                path = self.path.split("?")[0]
                if path.endswith(".png") and path.count("/") == 1:
                    github_id = path[1:].removesuffix(".png")
                    if github_id in fake.avatars:
                        self.send_response(302)
                        self.send_header("Location", f"/u/{github_id}?s=200&v=4")
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        return
                elif path.startswith("/u/") and path[3:] in fake.avatars:
                    fake.gate.wait(30)
                    body = fake.avatars[path[3:]]
                    self.send_response(200)
                    self.send_header("Content-Type", "image/png")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                    return
                self.send_response(404)
                self.send_header("Content-Length", "9")
                self.end_headers()
                self.wfile.write(b"not found")

            def log_message(self, *_: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def pictures_asked(self) -> list[str]:
        """The ids whose picture was asked for (after the redirect), in order."""
        return [path.split("?")[0][3:] for path in self.asked if path.startswith("/u/")]


@contextmanager
def fake_github(avatars: dict[str, bytes]) -> Iterator[FakeGitHub]:
    fake = FakeGitHub(avatars)
    thread = threading.Thread(target=fake.server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        fake.gate.set()
        fake.server.shutdown()
        fake.server.server_close()
        thread.join(5)
