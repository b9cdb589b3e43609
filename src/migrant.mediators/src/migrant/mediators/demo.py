"""Demo content: 22 fictitious mediators over the configured cities.

    from migrant.mediators.demo import create_demo_content
    create_demo_content(portal)            # adds /mediators if missing

Every name, address and number is invented (addresses use example.org,
phones the +40 700 000 xxx range). Photos are drawn with Pillow at demo
time: no network, no files shipped.
"""

from migrant.mediators.vocabularies import city_pairs
from plone import api
from plone.app.textfield.value import RichTextValue
from plone.i18n.normalizer.interfaces import IIDNormalizer
from plone.namedfile.file import NamedBlobImage
from zope.component import getUtility

import io


# first name, last name, languages, countries of origin served, expertise
PEOPLE = [
    (
        "Amira",
        "Haddad",
        ["ar", "ro", "en"],
        ["sy", "lb"],
        ["legal-residence", "health"],
    ),
    (
        "Ion",
        "Ceban",
        ["ro", "ru"],
        ["md", "ua"],
        ["employment", "public-administration"],
    ),
    ("Claire", "Mbala", ["fr", "ro"], ["cd", "cm"], ["education", "culture"]),
    ("Mehmet", "Yılmaz", ["tr", "ro", "en"], ["tr"], ["employment", "housing"]),
    ("Li", "Na", ["zh", "en", "ro"], ["cn"], ["employment", "education"]),
    ("Darius", "Karimi", ["fa", "en"], ["ir", "af"], ["legal-residence", "health"]),
    ("Olena", "Kovalenko", ["uk", "ru", "ro"], ["ua"], ["housing", "education"]),
    ("Youssef", "Benali", ["ar", "fr"], ["ma", "dz", "tn"], ["legal-residence"]),
    ("Maria", "Popa", ["ro", "en", "fr"], ["ro"], ["public-administration", "culture"]),
    ("Ahmad", "Rahimi", ["fa", "ps", "en"], ["af"], ["health", "housing"]),
    ("Fatima", "Diallo", ["fr", "en"], ["sn", "gn"], ["education", "health"]),
    ("Serghei", "Rusu", ["ru", "ro"], ["md", "ru"], ["legal-residence", "employment"]),
    ("Nour", "Khalil", ["ar", "en"], ["iq", "jo"], ["culture", "education"]),
    ("Wei", "Zhang", ["zh", "ro"], ["cn"], ["employment"]),
    ("Ayşe", "Demir", ["tr", "en"], ["tr"], ["health", "culture"]),
    ("Samuel", "Okafor", ["en", "fr"], ["ng", "gh"], ["employment", "legal-residence"]),
    (
        "Leila",
        "Mansouri",
        ["fa", "ar", "en"],
        ["ir", "iq"],
        ["housing", "public-administration"],
    ),
    (
        "Andrei",
        "Lungu",
        ["ro", "ru", "en"],
        ["md"],
        ["education", "public-administration"],
    ),
    ("Hana", "Said", ["ar", "fr", "ro"], ["sy", "eg"], ["health", "legal-residence"]),
    ("Tran", "Minh", ["vi", "en"], ["vn"], ["employment", "housing"]),
    ("Elif", "Kaya", ["tr", "ar"], ["tr", "sy"], ["culture", "education"]),
    (
        "Omar",
        "Farouk",
        ["ar", "en", "ro"],
        ["ps", "sy"],
        ["legal-residence", "public-administration"],
    ),
]

COLOURS = [
    (31, 119, 180),
    (44, 160, 44),
    (214, 39, 40),
    (148, 103, 189),
    (140, 86, 75),
    (23, 190, 207),
]


def portrait(initials, colour, size=400):
    """A PNG: initials on a coloured disc (Pillow, no network)."""
    from PIL import Image
    from PIL import ImageDraw
    from PIL import ImageFont

    image = Image.new("RGB", (size, size), (245, 245, 245))
    draw = ImageDraw.Draw(image)
    draw.ellipse((20, 20, size - 20, size - 20), fill=colour)
    try:
        font = ImageFont.load_default(size=size // 3)
    except TypeError:  # Pillow < 10.1
        font = ImageFont.load_default()
    draw.text(
        (size / 2, size / 2), initials, fill=(255, 255, 255), font=font, anchor="mm"
    )
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def create_demo_content(container, directory_id="mediators", publish=True):
    """Create (or reuse) a directory in ``container`` with 22 mediators.

    Existing mediators (same id) are left alone, so running it twice adds
    nothing. Returns the directory.
    """
    directory = container.get(directory_id)
    if directory is None:
        directory = api.content.create(
            container=container,
            type="MediatorDirectory",
            id=directory_id,
            title="Intercultural mediators",
        )
        if publish:
            api.content.transition(directory, to_state="published")
    normalizer = getUtility(IIDNormalizer)
    cities = [token for token, _title in city_pairs()]
    if not cities:
        raise ValueError("No mediator cities are configured.")
    for number, (first, last, languages, countries, expertise) in enumerate(PEOPLE):
        title = f"{first} {last}"
        mediator_id = normalizer.normalize(title)
        if mediator_id in directory:
            continue
        city = cities[number % len(cities)]
        initials = f"{first[0]}{last[0]}"
        mediator = api.content.create(
            container=directory,
            type="Mediator",
            id=mediator_id,
            first_name=first,
            last_name=last,
            city=city,
            languages=languages,
            countries=countries,
            expertise=expertise,
            active=True,
            bio=RichTextValue(
                f"<p>{first} is a fictitious intercultural mediator created as "
                "demo content.</p>",
                "text/html",
                "text/x-html-safe",
            ),
            training="Intercultural mediation course (demo)",
            email=f"mediator{number + 1:02d}@example.org",
            phone=f"+40 700 000 {number + 1:03d}",
            photo=NamedBlobImage(
                data=portrait(initials, COLOURS[number % len(COLOURS)]),
                contentType="image/png",
                filename=f"{initials.lower()}.png",
            ),
        )
        if publish:
            api.content.transition(mediator, to_state="published")
    return directory
