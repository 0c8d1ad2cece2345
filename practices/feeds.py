"""Atom feed of a practices index: the 20 newest practices, honouring the listing's filters."""

import datetime

from django.contrib.syndication.views import Feed
from django.http import HttpResponseBadRequest
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from practices.filters import PracticeFilterForm
from practices.listing import filter_practices, practice_cards, vocabulary_choices

FEED_SIZE = 20


def _as_datetime(day):
    if day is None:
        return None
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


class PracticesFeed(Feed):
    feed_type = Atom1Feed

    def __call__(self, request, *args, **kwargs):
        self.request = request
        self.choices = vocabulary_choices()
        self.form = PracticeFilterForm(request.GET or None, choices=self.choices)
        if self.form.is_bound and not self.form.is_valid():
            message = "\n".join(self.form.error_messages())
            return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, index_page):
        self.language = index_page.locale.language_code
        return index_page

    def title(self, index_page):
        return f"{index_page.title} · CLOTH Hub"

    def link(self, index_page):
        return index_page.get_url(self.request)

    def feed_url(self, index_page):
        return self.request.get_full_path()

    def subtitle(self, index_page):
        return index_page.introduction or _(
            "Case studies and guides on circular and digital fashion."
        )

    def items(self, index_page):
        params = self.form.valid_params() if self.form.is_bound else {}
        params = {**params, "sort": "newest"}
        listing = filter_practices(
            index_page, params, locale=index_page.locale, choices=self.choices, with_counts=False
        )
        return practice_cards(listing.results[:FEED_SIZE], self.choices)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_guid(self, item):
        return f"{item.get_full_url(self.request)}#{item.translation_key}"

    def item_guid_is_permalink(self, item):
        return False

    def item_pubdate(self, item):
        return item.first_published_at or _as_datetime(item.publication_date)

    def item_updateddate(self, item):
        return (
            item.last_published_at
            or item.first_published_at
            or _as_datetime(item.publication_date)
            or timezone.now()
        )

    def item_author_name(self, item):
        return item.author or None

    def item_categories(self, item):
        return item.card_topics
