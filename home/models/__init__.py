from .pages import HomePage, HomePageFeaturedPage, StandardPage
from .rights import SiteRights
from .snippets import PartnerOrganisation

__all__ = ["HomePage", "HomePageFeaturedPage", "PartnerOrganisation", "SiteRights", "StandardPage"]
