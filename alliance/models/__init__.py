from .pages import (
    PARTICIPANT_TYPE_CHOICES,
    PARTICIPANT_TYPE_LABELS,
    DirectoryPage,
    ExchangeIndexPage,
    ExchangePage,
    ExchangeParticipant,
    ExchangeRelatedCaseStudy,
    ExchangeRelatedCourse,
    MapPage,
    ProgrammeFiguresPage,
    RegionKeyFigure,
    RegionPage,
)
from .snippets import Capability, OrganisationProfile

__all__ = [
    "PARTICIPANT_TYPE_CHOICES",
    "PARTICIPANT_TYPE_LABELS",
    "Capability",
    "DirectoryPage",
    "ExchangeIndexPage",
    "ExchangePage",
    "ExchangeParticipant",
    "ExchangeRelatedCaseStudy",
    "ExchangeRelatedCourse",
    "MapPage",
    "OrganisationProfile",
    "ProgrammeFiguresPage",
    "RegionKeyFigure",
    "RegionPage",
]
