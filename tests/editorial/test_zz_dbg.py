import pytest
from tests.editorial.test_translation import *  # noqa
pytestmark = pytest.mark.django_db
def test_dbg(catalan, original, client):
    from editorial.translation_status import reader_status
    from wagtail.models import Page
    print("STATUS", reader_status(catalan), catalan.depth, catalan.alias_of_id)
    print([ (p.pk, p.locale_id, p.title) for p in Page.objects.filter(translation_key=catalan.translation_key)])
    html = client.get(catalan.url).content.decode()
    i = html.find('<main')
    print(html[i:i+800])
