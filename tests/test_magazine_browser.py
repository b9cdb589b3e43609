"""In Chromium: an editor publishes an issue through the Plone UI; a reader
finds it in the archive and downloads its PDF.

The UI under /plone/ro is in Romanian: fields are found by their names
(form.widgets.number, ...) and buttons by theirs (form.buttons.save).
"""

from migrant.magazine.demo import make_cover
from migrant.magazine.demo import make_pdf
from pathlib import Path
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD

import pytest
import transaction


pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
ARTICLES = (
    ("Permise de ședere: ce s-a schimbat", "Ana Popescu\nIoana Marin", 3, 6),
    ("O brutărie siriană în Timișoara", "Omar Haddad", 7, 9),
)


@pytest.fixture
def magazine(functional_portal):
    """A published, empty magazine in the Romanian root folder."""
    with api.env.adopt_roles(["Manager"]):
        magazine = api.content.create(
            container=functional_portal["ro"],
            type="Magazine",
            id="revista",
            title="Migrant în România",
        )
        api.content.transition(magazine, to_state="published")
    transaction.commit()
    return magazine


@pytest.fixture
def uploads(tmp_path):
    cover = tmp_path / "coperta-19.png"
    cover.write_bytes(make_cover(title="Nr. 19 / 2013"))
    pdf = tmp_path / "migrant-19-2013.pdf"
    pdf.write_bytes(make_pdf(title="Nr. 19 / 2013", lines=["Cuprins"]))
    return cover, pdf


def log_in(page, portal_url):
    """The site owner logs in through the Romanian login form."""
    page.goto(f"{portal_url}/ro")
    page.goto(page.locator("#personaltools-login").get_attribute("href"))
    page.get_by_label("Utilizator").fill(SITE_OWNER_NAME)
    page.get_by_label("Parolă").fill(SITE_OWNER_PASSWORD)
    page.get_by_role("button", name="Autentificare").click()
    page.wait_for_load_state()
    assert page.locator("#personaltools-login").count() == 0


def field(page, name):
    return page.locator(f'[name="form.widgets.{name}"]')


def save(page):
    with page.expect_navigation():
        page.locator('[name="form.buttons.save"]').click()
    assert page.locator(".invalid-feedback").count() == 0, page.content()


def publish(page, url):
    """Publish through the toolbar's state menu, as an editor does."""
    page.goto(url)
    page.locator("#plone-contentmenu-workflow > a").click()
    transition = page.locator("#workflow-transition-publish")
    with page.expect_navigation():
        transition.click()
    # The menu now shows the state: <span class="label-state-published">.
    assert page.locator("#plone-contentmenu-workflow .label-state-published").count()


def test_editor_publishes_an_issue_reader_downloads_its_pdf(
    page, chromium, functional_portal, magazine, uploads
):
    portal_url = functional_portal.absolute_url()
    magazine_url = magazine.absolute_url()
    cover, pdf = uploads

    log_in(page, portal_url)

    # The issue, with its cover and PDF, through the add form.
    page.goto(f"{magazine_url}/++add++MagazineIssue")
    field(page, "number").fill("19")
    field(page, "year").fill("2013")
    page.locator('[name="form.widgets.quarter:list"]').select_option("4")
    field(page, "publication_date").fill("2013-12-01")
    field(page, "theme").fill("Migranți și muncă")
    field(page, "cover").set_input_files(cover)
    field(page, "pdf").set_input_files(pdf)
    save(page)
    issue_url = f"{magazine_url}/nr-19-2013"
    assert page.url.startswith(issue_url)
    # The site speaks Romanian: the fourth quarter is "Trim. IV".
    assert "Nr. 19 / 2013 · Trim. IV" in page.locator("h1").inner_text()

    # Two articles in it, through their add form.
    for title, authors, first, last in ARTICLES:
        page.goto(f"{issue_url}/++add++MagazineArticle")
        field(page, "IBasic.title").fill(title)
        field(page, "authors").fill(authors)
        field(page, "first_page").fill(str(first))
        field(page, "last_page").fill(str(last))
        save(page)

    # The issue's table of contents lists them, in order, with their pages.
    page.goto(issue_url)
    toc = page.locator(".magazine-toc").inner_text()
    assert toc.index(ARTICLES[0][0]) < toc.index(ARTICLES[1][0])
    assert "3–6" in toc and "Omar Haddad" in toc

    # Published through the workflow menu: the issue, then its articles.
    articles = [
        link.get_attribute("href") for link in page.locator(".magazine-toc a").all()
    ]
    assert len(articles) == 2
    publish(page, issue_url)
    for url in articles:
        publish(page, url)

    # A reader, not logged in, in a browser of their own.
    context = chromium.new_context(accept_downloads=True)
    try:
        reader = context.new_page()
        reader.set_default_timeout(15_000)
        reader.goto(magazine_url)
        assert reader.locator("#personaltools-login").count() == 1
        archive = reader.locator(".magazine-archive")
        issue_link = archive.get_by_role("link", name="Nr. 19 / 2013 · Trim. IV")
        ARTIFACTS.mkdir(exist_ok=True)
        reader.screenshot(path=ARTIFACTS / "magazine-archive.png", full_page=True)

        issue_link.click()
        reader.wait_for_load_state()
        assert reader.url.startswith(issue_url)
        assert ARTICLES[1][0] in reader.locator(".magazine-toc").inner_text()
        reader.screenshot(path=ARTIFACTS / "magazine-issue.png", full_page=True)

        with reader.expect_download() as download_info:
            reader.locator(".magazine-pdf a").click()
        download = download_info.value
        assert download.suggested_filename == pdf.name
        data = Path(download.path()).read_bytes()
        assert data.startswith(b"%PDF-")
        assert data == pdf.read_bytes()
    finally:
        context.close()
