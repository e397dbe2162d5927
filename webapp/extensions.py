"""Unbound Flask extensions, created once here so modules can import them without cycles."""

from flask_babel import Babel
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from flask_wtf import CSRFProtect
from sqlalchemy import MetaData, text
from sqlalchemy.orm import DeclarativeBase

#: Stable constraint names, so Alembic migrations can drop and alter them on every database.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


db = SQLAlchemy(model_class=Base)
migrate = Migrate()
login_manager = LoginManager()
csrf = CSRFProtect()
babel = Babel()
#: Brakes on guessing: log in, invitation codes, password reset (see ``accounts.views``).
limiter = Limiter(get_remote_address)


def delete_all_rows(executor) -> None:
    """Empty every table, children first; ``executor`` is a session or a connection.

    Used by ``flask demo --reset`` (inside its loading transaction) and by the tests. Tables no
    model describes (the search's word list) are emptied by the statements their owners listed
    in ``db.metadata.info["also_empty"]``, per dialect.
    """
    for table in reversed(db.metadata.sorted_tables):
        executor.execute(table.delete())
    bind = executor.get_bind() if hasattr(executor, "get_bind") else executor
    for statement in db.metadata.info.get("also_empty", {}).get(bind.dialect.name, ()):
        executor.execute(text(statement))
