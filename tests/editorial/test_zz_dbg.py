import pytest, re
from tests.editorial.conftest import add_case_study_url
pytestmark = pytest.mark.django_db
def test_dump(hub, client, login):
    login("editor-modacc")
    html = client.get(add_case_study_url(hub.section("modacc"))).content.decode()
    for m in re.finditer(r'<[^>]*data-w-block[^>]*>', html):
        print(m.group(0)[:600])
    for m in re.finditer(r'<[^>]*(TOTAL_FORMS|count)[^>]*>', html):
        print(m.group(0)[:300])
