"""Countries as ISO 3166-1 alpha-2 codes (upper case) with names in the reader's language.

Every EU and EEA country is listed, plus the European neighbours whose companies take part in
cluster projects. Other apps import ``COUNTRY_CHOICES`` / ``country_name`` from here so that a
country reads the same everywhere.
"""

from django.utils.translation import gettext_lazy as _

COUNTRY_CHOICES = [
    # European Union
    ("AT", _("Austria")),
    ("BE", _("Belgium")),
    ("BG", _("Bulgaria")),
    ("HR", _("Croatia")),
    ("CY", _("Cyprus")),
    ("CZ", _("Czechia")),
    ("DK", _("Denmark")),
    ("EE", _("Estonia")),
    ("FI", _("Finland")),
    ("FR", _("France")),
    ("DE", _("Germany")),
    ("GR", _("Greece")),
    ("HU", _("Hungary")),
    ("IE", _("Ireland")),
    ("IT", _("Italy")),
    ("LV", _("Latvia")),
    ("LT", _("Lithuania")),
    ("LU", _("Luxembourg")),
    ("MT", _("Malta")),
    ("NL", _("Netherlands")),
    ("PL", _("Poland")),
    ("PT", _("Portugal")),
    ("RO", _("Romania")),
    ("SK", _("Slovakia")),
    ("SI", _("Slovenia")),
    ("ES", _("Spain")),
    ("SE", _("Sweden")),
    # European Economic Area and neighbours
    ("IS", _("Iceland")),
    ("LI", _("Liechtenstein")),
    ("NO", _("Norway")),
    ("CH", _("Switzerland")),
    ("GB", _("United Kingdom")),
    ("AL", _("Albania")),
    ("BA", _("Bosnia and Herzegovina")),
    ("MD", _("Moldova")),
    ("ME", _("Montenegro")),
    ("MK", _("North Macedonia")),
    ("RS", _("Serbia")),
    ("TR", _("Türkiye")),
    ("UA", _("Ukraine")),
]

COUNTRY_CODES = frozenset(code for code, _name in COUNTRY_CHOICES)
_NAMES = dict(COUNTRY_CHOICES)


def country_name(code):
    """The country's name in the active language; an unknown code is returned unchanged."""
    return str(_NAMES.get(code, code))


def sorted_country_choices(codes=None):
    """Choices sorted by their name in the active language (optionally only ``codes``)."""
    items = [(code, str(name)) for code, name in COUNTRY_CHOICES if codes is None or code in codes]
    return sorted(items, key=lambda item: item[1])
