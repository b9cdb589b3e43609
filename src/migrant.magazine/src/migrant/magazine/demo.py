"""Demo content: a magazine with issues, articles and supplements.

The site's demo generator calls `create_demo_magazine`; the texts are
fictitious. PDFs and covers are generated here, at demo time, with fpdf2 and
Pillow: nothing is downloaded.
"""

from fpdf import FPDF
from io import BytesIO
from PIL import Image
from PIL import ImageDraw
from plone import api
from plone.app.textfield.value import RichTextValue
from plone.namedfile.file import NamedBlobFile
from plone.namedfile.file import NamedBlobImage

import datetime


ARTICLES = (
    ("Residence permits: what changed this year", "legislation", ["Ana Popescu"]),
    ("A Syrian bakery in Timișoara", "community", ["Omar Haddad", "Ioana Marin"]),
    ("Interview with an intercultural mediator from Iași", "interview", ["Elena Rusu"]),
    ("Learning Romanian at forty", "opinion", ["Li Wei"]),
    ("Nowruz in Cluj-Napoca", "culture", ["Maryam Karimi"]),
)
SUPPLEMENT_ARTICLES = (
    ("Students from Chișinău in Bucharest", "community", ["Victor Ceban"]),
    (
        "Recognising diplomas from the Republic of Moldova",
        "legislation",
        ["Irina Lungu"],
    ),
)
COVER_COLOURS = ("#0b5394", "#38761d", "#990000", "#7f6000", "#351c75", "#134f5c")


def make_pdf(*, title, lines=()):
    """A small real PDF whose text is `title` and `lines`.

    >>> make_pdf(title="Nr. 19 / 2013", lines=["Contents"])[:5]
    b'%PDF-'
    """
    pdf = FPDF()
    pdf.add_page()
    # Helvetica covers Latin-1 only; the demo texts are transliterated for it.
    pdf.set_font("Helvetica", size=20)
    pdf.multi_cell(0, 10, _latin1(title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=12)
    for line in lines:
        pdf.multi_cell(0, 8, _latin1(line), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def make_cover(*, title, colour="#0b5394", size=(420, 594)):
    """A PNG cover: a coloured page with the title on it."""
    image = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(image)
    draw.rectangle((20, 20, size[0] - 20, size[1] - 20), outline="white", width=4)
    draw.text((40, 60), title, fill="white", font_size=36)
    out = BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _latin1(text):
    table = str.maketrans("șțȘȚăâîĂÂÎ–", "stSTaaiAAI-")
    return text.translate(table).encode("latin-1", "replace").decode("latin-1")


def _add_articles(container, articles, first_page=3):
    page = first_page
    for title, section, authors in articles:
        api.content.create(
            container=container,
            type="MagazineArticle",
            title=title,
            description=f"{title}.",
            authors=authors,
            section=section,
            first_page=page,
            last_page=page + 2,
            text=RichTextValue(
                f"<p>{title}. A fictitious article written for the demo site.</p>",
                "text/html",
                "text/x-html-safe",
            ),
        )
        page += 3


def create_demo_magazine(container, *, issues=4, first_year=2012, publish=True):
    """Create the magazine "Migrant in Romania" with `issues` quarterly issues.

    Each issue has a cover, a PDF, articles and the supplement "Bessarabian
    Focus". Returns the magazine.

    >>> create_demo_magazine(portal["ro"], issues=4)
    """
    magazine = api.content.create(
        container=container,
        type="Magazine",
        id="magazine",
        title="Migrant in Romania",
        description="The quarterly magazine of migrants in Romania.",
        issn="2049-3630",
        publisher="Migrant in Romania programme",
        frequency="quarterly",
    )
    for index in range(issues):
        number = 16 + index
        year, quarter = first_year + index // 4, index % 4 + 1
        title = f"Nr. {number} / {year}"
        issue = api.content.create(
            container=magazine,
            type="MagazineIssue",
            title=title,
            number=number,
            year=year,
            quarter=quarter,
            publication_date=datetime.date(year, quarter * 3, 15),
            theme="Migrants and the city",
            cover=NamedBlobImage(
                make_cover(title=title, colour=COVER_COLOURS[index % 6]),
                filename=f"cover-{number}.png",
            ),
            pdf=NamedBlobFile(
                make_pdf(title=title, lines=[a[0] for a in ARTICLES]),
                filename=f"migrant-in-romania-{number}.pdf",
                contentType="application/pdf",
            ),
        )
        _add_articles(issue, ARTICLES)
        supplement = api.content.create(
            container=issue,
            type="MagazineSupplement",
            title="Bessarabian Focus",
            description="Supplement on the Republic of Moldova.",
            pdf=NamedBlobFile(
                make_pdf(title=f"Bessarabian Focus - {title}"),
                filename=f"bessarabian-focus-{number}.pdf",
                contentType="application/pdf",
            ),
        )
        _add_articles(supplement, SUPPLEMENT_ARTICLES, first_page=1)
        if publish:
            for obj in (
                issue,
                supplement,
                *issue.objectValues(),
                *supplement.objectValues(),
            ):
                _publish(obj)
    if publish:
        _publish(magazine)
    return magazine


def _publish(obj):
    if api.content.get_state(obj, default=None) not in (None, "published"):
        api.content.transition(obj, to_state="published")
