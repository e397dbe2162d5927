"""The shared form helpers in ``webapp/forms.py``."""

from __future__ import annotations

import pytest
from wtforms import Form, SelectField, SelectMultipleField, widgets
from wtforms.fields.choices import SelectChoice

from webapp.forms import SELECT, FlaskForm, MultiCheckboxField, to_choices


class _Choices(FlaskForm):
    class Meta:
        csrf = False

    kind = SelectField("Kind", choices=to_choices([("", "All"), ("sport", "Sport & <fun>"), ("x", 'a "quoted" one')]))
    flag = SelectField("Flag", choices=to_choices([(True, "yes"), (False, "no")]), coerce=lambda v: v in (True, "True"))
    many = SelectMultipleField("Many", choices=to_choices([("a", "A"), ("b", "B")]))
    boxes = MultiCheckboxField("Boxes", choices=to_choices([("a", "A")]))


class _Plain(Form):
    """The same fields drawn by WTForms' own widget, to compare with."""

    kind = SelectField("Kind", choices=_Choices.kind.kwargs["choices"])
    flag = SelectField("Flag", choices=to_choices([(True, "yes"), (False, "no")]), coerce=lambda v: v in (True, "True"))


@pytest.mark.parametrize("data", [{}, {"kind": "sport", "flag": False}, {"kind": "x", "flag": True}])
def test_select_draws_the_same_html_as_wtforms(app, data):
    with app.test_request_context():
        ours, theirs = _Choices(data=data), _Plain(data=data)
        assert ours.kind.widget is SELECT and ours.flag.widget is SELECT
        assert str(ours.kind()) == str(theirs.kind())
        assert str(ours.flag()) == str(theirs.flag())
        assert "&lt;fun&gt;" in str(ours.kind()) and "&#34;quoted&#34;" in str(ours.kind())


def test_other_choice_widgets_are_left_alone(app):
    with app.test_request_context():
        form = _Choices()
        assert form.many.widget.multiple and form.many.widget is not SELECT
        assert isinstance(form.boxes.widget, widgets.ListWidget)


def test_option_attributes_still_go_through_wtforms(app):
    with app.test_request_context():
        field = _Choices().kind
        field.choices = [SelectChoice("a", "A", render_kw={"disabled": True})]
        assert str(field()) == str(widgets.Select()(field))
        assert "disabled" in str(field())
