"""Where in the page tree a user may work, from Wagtail's page permissions (cached per request).

Wagtail has no "locale" permission: a language is a tree (its home page and everything below),
so a translator's rights on one language are page permissions on that language's home page, and a
partner editor's are page permissions on the partner's section in each language.
"""

from wagtail.permission_policies.pages import PagePermissionPolicy

WORK_ACTIONS = ("add", "change", "publish")


def page_policy():
    return PagePermissionPolicy()


def work_paths(user, actions=WORK_ACTIONS):
    """Tree paths below which ``user`` holds one of ``actions``; None means everywhere
    (superusers). An empty list: nowhere."""
    if not user.is_active or user.is_anonymous:
        return []
    if user.is_superuser:
        return None
    codenames = {f"{action}_page" for action in actions}
    paths = sorted(
        {
            perm.page.path
            for perm in page_policy().get_cached_permissions_for_user(user)
            if perm.permission.codename in codenames
        }
    )
    # Drop paths below another path of the list: the shorter one covers them.
    kept = []
    for path in paths:
        if not any(path.startswith(other) for other in kept):
            kept.append(path)
    return kept


def covers(paths, page):
    """Whether the page lies below one of ``paths`` (None: everywhere)."""
    return paths is None or any(page.path.startswith(path) for path in paths)


def path_q(paths, field="path"):
    """A Q object matching pages (or rows with a path field) below ``paths``."""
    from django.db.models import Q

    if paths is None:
        return Q()
    q = Q(pk__in=[])
    for path in paths:
        q |= Q(**{f"{field}__startswith": path})
    return q
