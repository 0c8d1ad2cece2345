"""Signs of a script on public forms, with no outside service: a signed token carrying the time a
form was shown. A form sent sooner than a person could fill it in is "too fast" (suspicious); a
token that is too old or not ours means the form must be sent again."""

import time

from django.core import signing

TOO_FAST = "too-fast"
EXPIRED = "expired"
INVALID = "invalid"


def issue_token(salt):
    """A signed token carrying the time the form was shown."""
    return signing.TimestampSigner(salt=salt).sign(str(int(time.time())))


def check_token(token, salt, min_seconds, max_age):
    """None when the token is fine, else TOO_FAST, EXPIRED or INVALID."""
    signer = signing.TimestampSigner(salt=salt)
    try:
        shown_at = int(signer.unsign(token or "", max_age=max_age))
    except signing.SignatureExpired:
        return EXPIRED
    except (signing.BadSignature, ValueError):
        return INVALID
    if time.time() - shown_at < min_seconds:
        return TOO_FAST
    return None
