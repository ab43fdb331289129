"""Who says so (nesting, carry-over, unnamed sources) and modality, on real-style news sentences."""

from __future__ import annotations

import pytest

from tests.events.helpers import by_trigger as _ev


def _chain(ev):
    return [(a.text, a.cue) for a in ev.attribution]


@pytest.mark.parametrize("text, trigger, chain", [
    # verb, VSO: the subject is the source
    ("قال مصدر أمني إن الشرطة اعتقلت ثلاثة أشخاص في مدينة صفاقس.", "اعتقلت", [("مصدر أمني", "قال")]),
    # «وفق ما ذكرت X» after the report
    ("اعتقلت الشرطة ثلاثة أشخاص في مدينة صفاقس، وفق ما ذكرت وكالة الأنباء الرسمية.", "اعتقلت",
     [("وكالة الأنباء الرسمية", "وفق ما ذكرت")]),
    # «حسب X» at the start of the sentence governs what follows
    ("وحسب وكالة رويترز، قصفت طائرات حربية مواقع في ريف حلب.", "قصفت", [("وكالة رويترز", "وحسب")]),
    # «بحسب ما أفاد به X»
    ("قتل جنديان في هجوم على حاجز عسكري، بحسب ما أفاد به مصدر أمني.", "هجوم", [("مصدر أمني", "بحسب ما أفاد به")]),
    # nesting, outermost first: the agency reports what the sources confirmed
    ("أكدت مصادر أمنية لبنانية أن الجيش اعتقل مسلحين على الحدود مع سوريا حسبما أفادت وكالة رويترز.", "اعتقل",
     [("وكالة رويترز", "حسبما أفادت"), ("مصادر أمنية لبنانية", "أكدت")]),
    # a post «X: …»
    ("حماس: الاحتلال قصف مستشفى في غزة", "قصف", [("حماس", ":")]),
    # the outlet's own background: no attribution
    ("يذكر أن الشرطة اعتقلت المتهم الرئيسي الأسبوع الماضي.", "اعتقلت", []),
    # a pronoun speaker with no earlier source: the verb stands for it
    ("وأضاف أنه تم حجز كمية من الأسلحة في المنزل.", "حجز", [("وأضاف", "وأضاف")]),
    # posts: markers and labels before the speaker, a hashtag as the name, an agency quoting a speaker
    ("🔴 #حماس: تم قصف موقع عسكري في غلاف غزة", "قصف", [("حماس", ":")]),
    ("عاجل | القيادي في الحركة أسامة حمدان: الاحتلال قصف مدرسة في خان يونس", "قصف",
     [("القيادي في الحركة أسامة حمدان", ":")]),
    ("عاجل | رويترز عن مسؤول أمني تركي: اعتقلنا خلية تابعة لتنظيم داعش", "اعتقلنا",
     [("رويترز", "عن"), ("مسؤول أمني تركي", ":")]),
    # a headline with a verb before the colon is no speaker
    ("بات واضحا: الجيش قصف المستشفى", "قصف", []),
    # a long subject and an adjunct before «إنه»; a party name that looks like a verb (صوت)
    ("قال النائب عن حزب صوت الفلاحين فيصل التبيني في مداخلة له اليوم إنه يخطط للاستقالة من البرلمان.", "استقالة",
     [("النائب", "قال")]),
    # «كشف X [adjunct] عن …»: the cue's own preposition after an interview adjunct
    ('كشف رئيس الحركة في حوار لجريدة "الخبر" عن اجتماع مرتقب بين وزراء الخارجية.', "اجتماع",
     [("رئيس الحركة", "كشف")]),
    # «بين X و Y» is the preposition, not «بيّن» (explained)
    ("وصل الوفد لعقد اجتماع بين وزراء خارجية تونس والجزائر حول الملف الليبي، متوقعا أن ينعقد الاجتماع قريبا.",
     "اجتماع", []),
    # a postposed source after «في تصريح لـ"…"» or «في اتصال هاتفي لـ…،»
    ('أصدر القاضي بطاقة إيداع بالسجن في حق 8 أشخاص حسب ما أكده في تصريح لإذاعة "موزاييك" الناطق الرسمي باسم المحكمة.',
     "بطاقة", [("الناطق الرسمي باسم المحكمة", "حسب ما أكده")]),
    ("قام محتجون بإحراق العجلات المطاطية، بحسب ما صرح به في اتصال هاتفي للإذاعة، الناشط الحقوقي منتصر الزغواني.",
     "إحراق", [("الناشط الحقوقي منتصر الزغواني", "بحسب ما صرح به")]),
    # «in his words» marks the speaker already there: no new source
    ("دعا رئيس الحزب الحكومة إلى الاستقالة فورا، وفق تعبيره.", "دعا", []),
    ("قال الوزير إن الجيش قصف مواقع المسلحين بعنف، حسب قوله.", "قصف", [("الوزير", "قال")]),
])
def test_attribution(nlp, text, trigger, chain):
    assert _chain(_ev(nlp, text, trigger)) == chain


def test_carry_over_to_the_next_sentence(nlp):
    text = "قالت وزارة الداخلية إن قوات الأمن فرقت المتظاهرين. وأضافت أن الشرطة اعتقلت عشرة أشخاص."
    ev = _ev(nlp, text, "اعتقلت")
    assert _chain(ev) == [("وزارة الداخلية", "وأضافت")]
    assert ev.modality == "reported"


def test_reporting_verb_introducing_an_event_noun(nlp):
    ev = _ev(nlp, "أعلن الجيش اللبناني توقيف خمسة مسلحين في منطقة عرسال.", "توقيف")
    assert _chain(ev) == [("الجيش اللبناني", "أعلن")]
    assert ev.actor1 is not None and ev.actor1.text == "الجيش اللبناني"  # the announcer acted


@pytest.mark.parametrize("text, trigger, modality", [
    ("اعتقلت الشرطة ثلاثة أشخاص في مدينة صفاقس.", "اعتقلت", "asserted"),
    ("قال مصدر أمني إن الشرطة اعتقلت ثلاثة أشخاص.", "اعتقلت", "reported"),
    ("لم تعتقل الشرطة أي مشتبه به في الحادثة.", "تعتقل", "negated"),
    ("نفى المتحدث باسم الجيش قصف المستشفى.", "قصف", "negated"),
    ("لن يقدّم الوزير استقالته من الحكومة.", "استقالته", "negated"),
    ("سيزور الرئيس الفرنسي الجزائر الأسبوع المقبل.", "يزور", "planned"),
    ("يعتزم الجيش شن هجوم على مواقع المتمردين.", "هجوم", "planned"),
    ("إذا رفضت إيران المقترح فإن واشنطن ستفرض عقوبات جديدة.", "رفضت", "hypothetical"),
    ("قد تشن إسرائيل هجوما على لبنان.", "تشن", "hypothetical"),
    ("أوقفت الشرطة مواطنا متورطا في تمويل جماعة إرهابية.", "تمويل", "alleged"),
    ("اتهمت الحكومة المعارضة بتمويل أعمال الشغب في العاصمة.", "أعمال الشغب", "alleged"),
])
def test_modality(nlp, text, trigger, modality):
    assert _ev(nlp, text, trigger).modality == modality


def test_planned_cooperation_is_coded_agree(nlp):
    ev = _ev(nlp, "سيزور الرئيس الفرنسي الجزائر الأسبوع المقبل.", "يزور")
    assert ev.type == "AGREE" and "PLOVER remap" in ev.reason


def test_alleged_act_takes_the_suspect_as_actor(nlp):
    ev = _ev(nlp, "أوقفت الشرطة مواطنا متورطا في تمويل جماعة إرهابية.", "تمويل")
    assert ev.type == "AID" and ev.actor1 is not None and "مواطنا" in ev.actor1.text


@pytest.mark.parametrize("text, trigger, a1", [
    ("المتحدث العسكري الإسرائيلي: نخوض اشتباكات عنيفة مع مقاتلي حماس في قطاع غزة", "اشتباكات", "المتحدث العسكري"),
    ("قال قائد الفصيل: نفذنا هجوما على موقع للجيش.", "هجوما", "قائد الفصيل"),
])
def test_first_person_support_verb_is_the_speaker(nlp, text, trigger, a1):
    ev = _ev(nlp, text, trigger)
    assert ev.actor1 is not None and ev.actor1.text.startswith(a1), ev.actor1


@pytest.mark.parametrize("text, trigger", [
    ("تعقد الأحزاب المعارضة غدا اجتماعا تشاوريا في العاصمة.", "اجتماعا"),
    ("وسيضم الاجتماع ممثلين عن الأحزاب الثلاثة.", "الاجتماع"),
])
def test_tomorrow_and_future_verbs_make_meetings_planned(nlp, text, trigger):
    ev = _ev(nlp, text, trigger)
    assert (ev.type, ev.modality) == ("AGREE", "planned"), ev.reason


def test_the_day_after_is_no_tomorrow(nlp):
    assert _ev(nlp, "نفذ تنظيم داعش غداة الانتخابات تفجيرا انتحاريا في بلدة سروج.", "تفجيرا").modality == "asserted"


def test_possessive_event_noun_after_adjuncts_is_the_speakers(nlp):
    ev = _ev(nlp, "أعلنت كتلة الحزب بالبرلمان، مساء الثلاثاء في بيان، رفضها القاطع لمشروع القانون.", "رفضها")
    assert ev.actor1 is not None and ev.actor1.text.startswith("كتلة الحزب"), ev.actor1


def test_the_call_in_which_a_statement_was_made_is_no_meeting(nlp):
    r = nlp("قام محتجون بغلق الطريق، بحسب ما صرح به في اتصال هاتفي للإذاعة، الناشط منتصر الزغواني.", published="2024-03-10")
    assert not [e for e in r.events if e.type == "CONSULT"], [(e.type, e.trigger.text) for e in r.events]


def test_claim_of_responsibility_sources_the_act(nlp):
    ev = _ev(nlp, "وتبنى تنظيم «داعش» مسؤولية التفجير الذي استهدف مسجدا في صنعاء.", "التفجير")
    assert [a.text for a in ev.attribution] == ["تنظيم «داعش»"] and ev.modality == "reported", ev.attribution


def test_charge_inside_a_quoted_ba_phrase_is_alleged(nlp):
    ev = _ev(nlp, 'اتهمت صحيفة " بابل " الإدارة الأميركية " بالعمل على عرقلة الحوار " مع الأمم المتحدة.', "عرقلة")
    assert ev.modality == "alleged" and ev.actor1 is not None and ev.actor1.text.startswith("الإدارة الأميركية")
    assert [a.text for a in ev.attribution] == ['صحيفة " بابل "']


def test_readiness_after_anhu_ala_is_the_speakers_offer_to_meet(nlp):
    ev = _ev(nlp, "قال رئيس الحركة راشد الغنوشي إن الحل ممكن، مشيرا إلى أنه على استعداد للقاء اللواء خليفة حفتر.",
             "استعداد")
    assert ev.type == "AGREE" and ev.actor1 is not None and ev.actor1.text.startswith("رئيس الحركة")
    assert ev.actor2 is not None and ev.actor2.text.startswith("اللواء خليفة حفتر")


@pytest.mark.parametrize("text, trigger, sources", [
    # «نقلت X عن Y»: the agency relays a speaker; both are sources, outermost first
    ("ونقلت وكالة رويترز عن مصدر عسكري قوله إن الطائرات قصفت مطار دمشق الدولي.", "قصفت",
     ["وكالة رويترز", "مصدر عسكري"]),
    ("ونقلت وكالة الأنباء الرسمية عن وزير الداخلية أن الشرطة اعتقلت ثلاثة مسلحين.", "اعتقلت",
     ["وكالة الأنباء الرسمية", "وزير الداخلية"]),
])
def test_relayed_speaker_is_nested_in_the_agency(nlp, text, trigger, sources):
    ev = _ev(nlp, text, trigger)
    assert [a.text for a in ev.attribution] == sources and ev.modality == "reported"


@pytest.mark.parametrize("text, trigger, sources", [
    # an indefinite phrase before a reporting verb is described by it (relative clause without a pronoun):
    # the speaker is the subject after the verb
    ("طالب الاتحاد بالإفراج عن مصورين قالت وكالات أنباء دولية إنهم خطفوا في ليبيا.", "خطفوا",
     ["وكالات أنباء دولية"]),
    # a definite phrase before the verb is its subject (SVO)
    ("والوزير قال إن الجيش قصف المدينة.", "قصف", ["الوزير"]),
])
def test_speaker_after_an_indefinite_phrase(nlp, text, trigger, sources):
    ev = _ev(nlp, text, trigger)
    assert [a.text for a in ev.attribution] == sources


@pytest.mark.parametrize("text, trigger, a1", [
    # «أنه يجري التحقيق»: the investigation is under way (impersonal); the sources do not investigate
    ("وذكر مصدر أمني أنه يجري التحقيق مع الموقوفين.", "التحقيق", None),
    # «إنه يجري اتصالات»: the speaker conducts them
    ("وقال الوزير إنه يجري اتصالات مع الأطراف.", "اتصالات", "الوزير"),
])
def test_under_way_is_impersonal(nlp, text, trigger, a1):
    ev = _ev(nlp, text, trigger)
    assert (ev.actor1.text if ev.actor1 else None) == a1, ev.actor1


@pytest.mark.parametrize("text, trigger, sources", [
    # «وفق/طبقا ل/حسب» + a rule (نظام، القانون، الاتفاق) states conformity: no source
    ("وتم إيقاف المتهم طبقا للقانون.", "إيقاف", []),
    ("وأطلقت السلطات سراح المعتقلين وفق الاتفاق الموقع بين الطرفين.", "أطلقت", []),
    # a speaker after the same cues is still a source
    ("قتل ثلاثة جنود في الهجوم وفق مصدر أمني.", "الهجوم", ["مصدر أمني"]),
])
def test_rules_are_no_sources(nlp, text, trigger, sources):
    ev = _ev(nlp, text, trigger)
    assert [a.text for a in ev.attribution] == sources


@pytest.mark.parametrize("text, trigger, a1", [
    # a package or series noun between «أعلن عن» and the event noun keeps the announcer as the actor
    ("وأعلنت الولايات المتحدة عن حزمة مساعدات عسكرية جديدة لأوكرانيا.", "مساعدات", "الولايات المتحدة"),
    ("وأعلنت وزارة الداخلية عن سلسلة اعتقالات في صفوف المهربين.", "اعتقالات", "وزارة الداخلية"),
])
def test_announced_package_of_events(nlp, text, trigger, a1):
    ev = _ev(nlp, text, trigger)
    assert ev.actor1 is not None and ev.actor1.text == a1, ev.actor1


@pytest.mark.parametrize("text, trigger", [
    # a clause cue followed by «أن» governs the clause that «أن» opens
    ("ومن المقرر أن يلتقي الرئيس الأمريكي نظيره الصيني في بكين.", "يلتقي"),
    ("ومن المتوقع أن يصل الوفد الوزاري إلى الرباط غدا.", "يصل"),
])
def test_clause_cue_before_an_complement(nlp, text, trigger):
    assert _ev(nlp, text, trigger).modality == "planned"
