"""The directory view: GET filters, counts per city, batching."""

from migrant.mediators.browser.directory import BATCH_SIZE
from migrant.mediators.testing import add_mediator
from plone import api

import pytest
import re


def render(directory, **form):
    request = directory.REQUEST
    request.form.clear()
    request.form.update(form)
    request["AUTHENTICATED_USER"] = api.user.get_current()
    return directory.restrictedTraverse("@@mediator-directory")()


def listed(html):
    return re.findall(r'class="mediator-link"\s+href="[^"]+"\s*>([^<]+)<', html)


def counts(html):
    return {
        token: int(count)
        for token, count in re.findall(r'data-city="([^"]+)"\s*>(\d+)<', html)
    }


@pytest.fixture
def anonymous(as_role):
    as_role(None)


class TestFilters:
    @pytest.mark.parametrize(
        "form,expected",
        [
            ({}, ["Ana Popescu", "Elena Rusu", "Li Wei", "Omar Haddad"]),
            ({"city": "timisoara"}, ["Ana Popescu", "Omar Haddad"]),
            ({"language": "ar"}, ["Ana Popescu", "Omar Haddad"]),
            ({"city": "timisoara", "language": "fr"}, ["Omar Haddad"]),
            ({"language": "ro", "expertise": "education"}, ["Elena Rusu"]),
            ({"city": "iasi", "language": "ar"}, []),
            ({"city": "constanta"}, []),
        ],
    )
    def test_results(self, mediators, directory, anonymous, form, expected):
        assert sorted(listed(render(directory, **form))) == expected

    @pytest.mark.parametrize(
        "form",
        [
            {"city": "atlantis"},
            {"language": "klingon"},
            {"expertise": "<script>alert(1)</script>"},
        ],
    )
    def test_unknown_values_are_ignored(self, mediators, directory, anonymous, form):
        html = render(directory, **form)
        assert "not recognised" in html
        assert len(listed(html)) == 4
        assert "<script>alert(1)</script>" not in html

    def test_repeated_parameter_takes_the_first(self, mediators, directory, anonymous):
        html = render(directory, city=["iasi", "timisoara"])
        assert listed(html) == ["Li Wei"]

    def test_selected_options_are_kept(self, mediators, directory, anonymous):
        html = render(directory, city="iasi", language="zh")
        assert re.search(r'<option[^>]*value="iasi"[^>]*selected', html) or re.search(
            r'<option[^>]*selected[^>]*value="iasi"', html
        )

    def test_plain_get_form(self, mediators, directory, anonymous):
        html = render(directory)
        form = re.search(r"<form[^>]*mediator-filters[^>]*>", html).group(0)
        assert 'method="get"' in form
        for name in ("city", "language", "expertise"):
            assert f'name="{name}"' in html
            assert f'for="mediator-filter-{name}"' in html

    def test_native_language_names(self, mediators, directory, anonymous):
        html = render(directory)
        assert "العربية (Arabic)" in html
        assert "Русский (Russian)" in html


class TestCounts:
    def test_counts_per_city(self, mediators, directory, anonymous):
        assert counts(render(directory)) == {
            "timisoara": 2,
            "iasi": 1,
            "constanta": 0,
            "cluj-napoca": 0,
            "bucuresti": 1,
        }

    def test_counts_follow_other_filters(self, mediators, directory, anonymous):
        assert counts(render(directory, language="ar", city="iasi")) == {
            "timisoara": 2,
            "iasi": 0,
            "constanta": 0,
            "cluj-napoca": 0,
            "bucuresti": 0,
        }

    def test_manager_counts_include_unpublished(self, mediators, directory, as_role):
        as_role("Manager")
        assert counts(render(directory))["timisoara"] == 3

    def test_count_links_keep_filters(self, mediators, directory, anonymous):
        html = render(directory, language="ar")
        assert "?language=ar&amp;city=iasi" in html


class TestBatching:
    @pytest.fixture
    def many(self, directory):
        for number in range(BATCH_SIZE + 3):
            add_mediator(directory, "Mediator", f"N{number:02d}", city="iasi")

    def test_first_page(self, many, directory, anonymous):
        html = render(directory)
        assert len(listed(html)) == BATCH_SIZE
        assert f"{BATCH_SIZE + 3}" in html
        assert "b_start:int=12" in html or "b_start=12" in html

    def test_second_page(self, many, directory, anonymous):
        html = render(directory, b_start="12")
        assert listed(html) == ["Mediator N12", "Mediator N13", "Mediator N14"]

    @pytest.mark.parametrize("b_start", ["-5", "abc", ""])
    def test_bad_start(self, many, directory, anonymous, b_start):
        assert len(listed(render(directory, b_start=b_start))) == BATCH_SIZE
