"""URL routes of the alliance app.

Every public address of the alliance belongs to a page, so that it has a translated slug in each
language and a place in the menu: the directory's profiles, application form and thank-you page
are routes of DirectoryPage, the CSV files are routes of ProgrammeFiguresPage (RoutablePageMixin).
No view needs a URL of its own here; the module stays included for future non-page views.
"""

urlpatterns = []
