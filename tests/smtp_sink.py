"""A tiny SMTP server for tests: accepts every message and keeps it, or refuses them all.

Python 3.11's ``smtpd`` is deprecated and ``aiosmtpd`` is one dependency more;
the few commands ``smtplib`` sends are easy to answer.
"""

from __future__ import annotations

import socketserver
import threading
from email import message_from_bytes, policy


class _Handler(socketserver.StreamRequestHandler):
    def reply(self, line: str) -> None:
        self.wfile.write(line.encode() + b"\r\n")

    def handle(self) -> None:
        sink: SmtpSink = self.server.sink
        self.reply("220 sink ready")
        for raw in self.rfile:
            command = raw.decode(errors="replace").strip().upper()
            if command.startswith(("EHLO", "HELO")):
                self.reply("250 sink")
            elif command.startswith("DATA"):
                if sink.refuse:
                    self.reply("451 try again later")
                    continue
                self.reply("354 go ahead")
                lines = []
                for data in self.rfile:
                    if data in (b".\r\n", b".\n"):
                        break
                    lines.append(data[1:] if data.startswith(b"..") else data)
                sink.messages.append(message_from_bytes(b"".join(lines), policy=policy.default))
                self.reply("250 stored")
            elif command.startswith("QUIT"):
                self.reply("221 bye")
                return
            else:  # MAIL, RCPT, RSET, NOOP
                self.reply("250 ok")


class SmtpSink:
    def __init__(self) -> None:
        self.messages = []
        self.refuse = False
        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        self._server.sink = self
        self.port = self._server.server_address[1]

    def __enter__(self) -> SmtpSink:
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
