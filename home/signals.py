"""Keep search in step with the partner organisations: the pages that list them (standard pages
with ``show_partners``) carry their names and descriptions in their search documents, so saving
or deleting a partner organisation reindexes those pages through the search app's usual queue."""

from django.db.models.signals import post_delete, post_save


def reindex_partner_pages(sender, instance, **kwargs):
    if kwargs.get("raw"):
        return
    from home.models import StandardPage
    from search.signals import enqueue

    enqueue(
        "publish",
        list(StandardPage.objects.filter(show_partners=True).values_list("pk", flat=True)),
    )


def connect():
    from home.models import PartnerOrganisation

    for signal, name in ((post_save, "saved"), (post_delete, "deleted")):
        signal.connect(
            reindex_partner_pages,
            sender=PartnerOrganisation,
            dispatch_uid=f"home_partner_organisation_{name}",
        )
