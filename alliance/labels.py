"""Names of controlled vocabulary entries in the reader's language, in the editors' order."""

from django.conf import settings

from alliance.i18n import reader_language


def vocabulary_labels(model, language_code=None):
    """``{slug: name}`` for a translatable vocabulary (practices.Topic, alliance.Capability, …),
    in ``sort_order``; an entry not translated yet keeps its default-language name. One query."""
    code = language_code or reader_language()
    rows = model.objects.order_by("sort_order", "name", "pk").values_list(
        "slug", "name", "locale__language_code"
    )
    labels, ranks = {}, {}
    for slug, name, row_code in rows:
        rank = 0 if row_code == code else 1 if row_code == settings.LANGUAGE_CODE else 2
        if slug not in ranks or rank < ranks[slug]:
            ranks[slug] = rank
            labels[slug] = name
    # Dict order follows the first row of each slug, i.e. the editors' order.
    return labels
