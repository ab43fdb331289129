"""Acts done on an authority's order (rasd.events.authority); sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.helpers import by_trigger


@pytest.mark.parametrize("text, trigger, a1", [
    # without a party authorised after ل, the authority that ordered the act is its actor
    ("وأذنت النيابة العمومية بالاحتفاظ بالمشتبه بهما في انتظار استكمال الأبحاث.", "الاحتفاظ", "النيابة العمومية"),
    # the party authorised (ل + noun) performs the act, and so does a noun joined to it by و
    ("وأذنت النيابة العمومية لأعوان الحرس الوطني بحجز الشاحنة والاحتفاظ بسائقها.", "حجز", "أعوان الحرس الوطني"),
    ("وأذنت النيابة العمومية لأعوان الحرس الوطني بحجز الشاحنة والاحتفاظ بسائقها.", "الاحتفاظ", "أعوان الحرس الوطني"),
])
def test_authorised_acts(nlp, text, trigger, a1):
    ev = by_trigger(nlp, text, trigger)
    assert ev.actor1 is not None and ev.actor1.text == a1, ev.actor1


def test_imperfective_permission_stays_a_rule(nlp):
    # «يسمح القانون للشرطة بإطلاق النار»: a general rule, no event
    evs = nlp("ويسمح القانون للشرطة بإطلاق النار في حالات الدفاع الشرعي.", published="2024-03-10").events
    assert not [e for e in evs if e.type == "ASSAULT"], [(e.type, e.trigger.text) for e in evs]
