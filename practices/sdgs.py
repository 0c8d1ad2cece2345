"""The 17 Sustainable Development Goals of the United Nations, as numbered choices."""

from django.utils.translation import gettext_lazy as _

SDG_CHOICES = [
    (1, _("No poverty")),
    (2, _("Zero hunger")),
    (3, _("Good health and well-being")),
    (4, _("Quality education")),
    (5, _("Gender equality")),
    (6, _("Clean water and sanitation")),
    (7, _("Affordable and clean energy")),
    (8, _("Decent work and economic growth")),
    (9, _("Industry, innovation and infrastructure")),
    (10, _("Reduced inequalities")),
    (11, _("Sustainable cities and communities")),
    (12, _("Responsible consumption and production")),
    (13, _("Climate action")),
    (14, _("Life below water")),
    (15, _("Life on land")),
    (16, _("Peace, justice and strong institutions")),
    (17, _("Partnerships for the goals")),
]

SDG_NUMBERS = frozenset(number for number, _name in SDG_CHOICES)
_NAMES = dict(SDG_CHOICES)


def sdg_name(number):
    return str(_NAMES.get(number, number))
