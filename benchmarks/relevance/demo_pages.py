"""The URL path of every page the demo loaders publish, computed from the demo data alone (no
database), so that the judgment file can be checked quickly: every judged page must exist.

It follows the loaders' rules: a page exists in a language when its data has that language (the
practices' sections and the training index in every language with a home page); slugs are the
data's per-language slugs, except courses, modules and lessons, whose translations keep the
English slug. Paths are those Wagtail serves under ``i18n_patterns``: ``/<language>/<slugs>/``.
"""

from alliance import demo_data as alliance_data
from home import demo_data as home_data
from practices.management.commands import load_practices_demo
from trainings import demo_data as trainings_data

LANGUAGES = ("en", "es", "ca", "fr", "da", "bg", "ro")


def _path(language: str, *slugs: str) -> str:
    return "/" + "/".join([language, *slugs]) + "/"


def _standard_pages() -> set[str]:
    urls = set()
    for data in (home_data.ABOUT, home_data.PARTNERS_PAGE, home_data.ROADMAP):
        for language in LANGUAGES:
            if language in data:
                urls.add(_path(language, data[language].get("slug", data["slug"])))
    return urls


def _practices() -> set[str]:
    data = load_practices_demo.load_data()
    index = load_practices_demo.INDEX
    sections = [section["slug"] for section in load_practices_demo.SECTIONS]
    urls = set()
    for language in LANGUAGES:
        urls.add(_path(language, index[language]["slug"]))
        urls.update(_path(language, index[language]["slug"], section) for section in sections)
    for item in [*data["case_studies"], *data["guides"]]:
        for language, texts in item["translations"].items():
            urls.add(_path(language, index[language]["slug"], item["section"], texts["slug"]))
    return urls


def _trainings() -> set[str]:
    index = trainings_data.INDEX
    urls = {_path(language, index["slug"]) for language in index["title"]}
    for course in trainings_data.COURSES:
        for language in course["title"]:
            urls.add(_path(language, index["slug"], course["slug"]))
            for module in course["modules"]:
                urls.add(_path(language, index["slug"], course["slug"], module["slug"]))
                for lesson in module["lessons"]:
                    urls.add(
                        _path(
                            language, index["slug"], course["slug"], module["slug"], lesson["slug"]
                        )
                    )
    return urls


def _alliance() -> set[str]:
    data = alliance_data
    urls = set()
    for page in (data.DIRECTORY, data.MAP, data.EXCHANGE_INDEX, data.FIGURES):
        urls.update(_path(language, texts["slug"]) for language, texts in page.items())
    for region in data.REGIONS:
        for language, texts in region["translations"].items():
            urls.add(_path(language, data.MAP[language]["slug"], texts["slug"]))
    for exchange in data.EXCHANGES:
        for language in LANGUAGES:
            if language in exchange:
                index = data.EXCHANGE_INDEX[language]["slug"]
                urls.add(_path(language, index, exchange[language]["slug"]))
    return urls


def demo_urls() -> set[str]:
    """Every page of the demo content below the home pages, plus the home pages themselves."""
    homes = {_path(language) for language in home_data.HOME}
    return homes | _standard_pages() | _practices() | _trainings() | _alliance()
