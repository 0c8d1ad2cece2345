from .pages import HomePage, HomePageFeaturedPage, StandardPage
from .snippets import PartnerOrganisation

__all__ = ["HomePage", "HomePageFeaturedPage", "PartnerOrganisation", "StandardPage"]
