"""Import every model module once, so SQLAlchemy and Alembic know all tables."""

from .accounts.models import RoleGrant, User  # noqa: F401
from .audit.models import AuditEvent  # noqa: F401
from .gemeente_dashboard.models import IndicatorTarget  # noqa: F401
from .gemeenten.models import Gemeente, Kern  # noqa: F401
from .matches.models import FollowUp, Match, MatchEvent, ModelVersion, Suggestion, SuggestionRun  # noqa: F401
from .newcomers.models import Consent, Newcomer  # noqa: F401
from .notifications.models import Notification  # noqa: F401
from .offers.models import Offer, OfferTranslation  # noqa: F401
from .organisations.models import Organisation  # noqa: F401
from .privacy.models import ErasureRequest  # noqa: F401
