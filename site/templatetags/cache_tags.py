"""``{% pagefragment %}``: a part of a page template stored by clothhub.cache.fragments.

    {% load cache_tags %}
    {% pagefragment "case-study" listing_page.pk %} ... {% endpagefragment %}
    {% pagefragment "related" listing=True %} ... {% endpagefragment %}

The first argument names the fragment; further arguments are values it varies on; ``listing=True``
marks a fragment that lists other pages of the language (it is then also purged by every publish
in the reader's language). ``context["page"]`` is the page the fragment belongs to.

When the fragment is rendered (a miss, a preview, or caching off) and the page has a
``fragment_context(request)`` method, its result is added to the context first: the queries a
fragment needs then run only when it is rendered.
"""

from django import template
from django.utils.safestring import mark_safe

from clothhub.cache import fragments

register = template.Library()


class PageFragmentNode(template.Node):
    def __init__(self, nodelist, name, vary, listing):
        self.nodelist = nodelist
        self.name = name
        self.vary = vary
        self.listing = listing

    def render(self, context):
        request = context.get("request")
        page = context.get("page")
        name = self.name.resolve(context)

        def render_nodelist():
            extra = {}
            loader = getattr(page, "fragment_context", None)
            if loader is not None and request is not None:
                extra = loader(request, name)
            with context.push(**extra):
                return self.nodelist.render(context)

        vary = [value.resolve(context) for value in self.vary]
        listing = bool(self.listing.resolve(context)) if self.listing is not None else False
        return mark_safe(
            fragments.get_or_render(request, page, name, render_nodelist, vary, listing)
        )


@register.tag("pagefragment")
def do_pagefragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"'{bits[0]}' needs a fragment name.")
    name = parser.compile_filter(bits[1])
    vary, listing = [], None
    for bit in bits[2:]:
        if bit.startswith("listing="):
            listing = parser.compile_filter(bit.split("=", 1)[1])
        else:
            vary.append(parser.compile_filter(bit))
    nodelist = parser.parse(("endpagefragment",))
    parser.delete_first_token()
    return PageFragmentNode(nodelist, name, vary, listing)
