"""How the app holds its database connections: the pool's size and PostgreSQL's planner costs."""

from __future__ import annotations

from sqlalchemy import event


def engine_options(config) -> dict:
    """The connection pool's settings: one kept connection per thread that can ask for one.

    SQLAlchemy keeps 5 connections by default and opens up to 10 more when more are asked for
    at once, closing each of those again as soon as it is handed back. A threaded worker
    (16 threads) under load kept opening new ones, each a new PostgreSQL server process: 33 in
    an 8-second search run, where a pool of 16 opens each connection once. SQLite keeps its
    own pool (one file, or one shared connection in memory) and takes no size; neither does a
    pool class given in the config (``NullPool`` behind a pooler such as PgBouncer).
    """
    options = dict(config["SQLALCHEMY_ENGINE_OPTIONS"])
    if not str(config["SQLALCHEMY_DATABASE_URI"]).startswith("sqlite") and "poolclass" not in options:
        options.setdefault("pool_size", max(5, int(config["WORKER_THREADS"])))
    return options


def init_app(app) -> None:
    """Tell PostgreSQL, on each new connection, what a random read costs (``PG_RANDOM_PAGE_COST``).

    The server's default, 4 against 1 for the next page, assumes spinning disks; a region's
    offers, words and concepts fit in memory, where PostgreSQL's manual advises a value near 1.
    With 4, a search for "voetbal" joined its 71 hits to the offers by reading the index entry
    of every one of the 10,000 published offers (2.8 ms); with 1.1 it looks the 71 up by key
    (0.5 ms). A ``SET`` on the new connection, committed at once so that a later rollback keeps
    it, rather than a start-up option: that would replace the ``options`` a ``DATABASE_URL`` or
    ``PGOPTIONS`` already passes, and PgBouncer refuses start-up options it does not know.
    Where the value belongs to the database (``ALTER DATABASE ... SET random_page_cost``, or
    behind a pooler in transaction mode, where one client's setting does not follow it), leave
    ``PG_RANDOM_PAGE_COST`` empty.
    """
    if not app.config["PG_RANDOM_PAGE_COST"]:
        return
    cost = str(float(app.config["PG_RANDOM_PAGE_COST"]))  # checked by `config.check`
    from .extensions import db

    with app.app_context():
        engine = db.engine
    if engine.dialect.name != "postgresql":
        return

    def set_cost(dbapi_connection, _record) -> None:
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SELECT set_config('random_page_cost', %s, false)", (cost,))
        dbapi_connection.commit()

    event.listen(engine, "connect", set_cost)
