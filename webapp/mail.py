"""Sending e-mail: composed in the request, delivered by a background job.

Without ``MAIL_SERVER`` messages are logged and kept in memory (demo, tests).
A mail server that is down never breaks the page that sent the mail: the
failure is logged, and with the RQ runner the job is retried.
"""

from __future__ import annotations

import smtplib
from email import message_from_bytes, policy
from email.message import EmailMessage

from flask import current_app
from rq import Retry, get_current_job

from . import jobs

#: Seconds between the tries of a queued mail: a mail server restart, then a real outage.
RETRY_INTERVALS = [30, 300, 1800]
#: A mail that failed every try is kept this long for a look, then dropped: it may hold a reset link.
FAILED_MAIL_TTL = 24 * 3600


def outbox() -> list[EmailMessage]:
    return current_app.extensions.setdefault("meedoen_outbox", [])


def compose(to: str, subject: str, body: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = current_app.config["MAIL_DEFAULT_SENDER"]
    message["To"] = to
    message["Subject"] = subject
    message.set_content(body)
    return message


def send(to: str, subject: str, body: str) -> None:
    """Send now, through the job runner (see `webapp.jobs`)."""
    message = compose(to, subject, body)
    if not current_app.config.get("MAIL_SERVER"):
        # The demo has no mail server: show the whole mail where the person running it looks
        # (the terminal of `make demo`), so a reset or confirmation link can be followed.
        shown = body if current_app.config.get("ENV_NAME") != "production" else "(not shown in production)"
        current_app.logger.warning("Mail not sent (no MAIL_SERVER) to %s: %s\n\n%s", to, subject, shown)
        outbox().append(message)
        return
    jobs.enqueue(
        "webapp.mail.deliver_job",
        message.as_bytes(),
        failure_ttl=FAILED_MAIL_TTL,
        retry=Retry(max=len(RETRY_INTERVALS), interval=RETRY_INTERVALS),
    )


def deliver(message: EmailMessage) -> None:
    """Hand one message to the SMTP server; raises when that fails."""
    config = current_app.config
    with smtplib.SMTP(config["MAIL_SERVER"], config["MAIL_PORT"], timeout=10) as smtp:
        if config.get("MAIL_USE_TLS"):
            smtp.starttls()
        if config.get("MAIL_USERNAME"):
            smtp.login(config["MAIL_USERNAME"], config["MAIL_PASSWORD"])
        smtp.send_message(message)


def deliver_job(raw: bytes) -> None:
    """The job: in RQ, raising makes it retry later (`RETRY_INTERVALS`); inline, a failure is logged."""
    message = message_from_bytes(raw, policy=policy.default)
    if get_current_job() is not None:
        deliver(message)
        return
    try:
        deliver(message)
    except (OSError, smtplib.SMTPException):
        current_app.logger.exception("Could not send mail %r", str(message["Subject"]))
