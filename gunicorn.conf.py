"""gunicorn settings for production (`make serve`).

Threaded workers: a client that sends its request slowly (or never finishes it)
holds one thread while it is being read, not a whole worker, so a few slow
phones on a bad connection, or someone doing it on purpose, do not stop the
site. With 2 workers × 16 threads it takes 32 slow connections to fill every
thread; for more, run it behind a buffering proxy that reads the whole request
first (nginx: see the README), which is the recommended production set-up.
"""

import os

bind = os.environ.get("BIND", "127.0.0.1:5000")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "16"))
#: A worker that does not answer its heartbeat for this long is restarted.
timeout = 30
graceful_timeout = 30
#: Seconds an idle keep-alive connection may wait for its next request.
keepalive = 5
#: Requests larger than this are refused before the app sees them (the app caps bodies at 1 MB).
limit_request_line = 4094
limit_request_fields = 100
limit_request_field_size = 8190
#: The app logs to stderr; gunicorn adds its own access log there.
accesslog = "-"
errorlog = "-"


def post_worker_init(worker):
    """Each worker, once its app is loaded: build what is built on first use, freeze the heap."""
    from webapp.workers import settle

    settle()
