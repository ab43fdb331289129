"""Where a VSO verb's object starts and what a prepositional phrase is (rasd/events/roles.py,
rasd/events/apposition.py). Sentences are written for these tests in the style of wire news; none is
taken from a dev set."""

from __future__ import annotations

import pytest

from tests.events.helpers import by_trigger as _by_trigger, events, starts


@pytest.mark.parametrize("text, trigger, a1, a2", [
    # a place with ب attached is never the object, even when the clitic splitter keeps «بقصر» whole
    ("استقبل الرئيس التونسي اليوم الخميس بقصر قرطاج، وفدا عن البرلمان الأوروبي.", "استقبل", "وفدا", "الرئيس"),
    # subjects coordinated with و come before the object
    ("وطالب أصحاب المحلات وممثلو الجمعيات ونواب الجهة السلطات المحلية بإصلاح الطريق.", "طالب", "أصحاب", "السلطات"),
    # «في بيان لها اليوم» between subject and object is an adjunct
    ("ودعت الحركة في بيان لها اليوم أنصارها إلى الهدوء.", "دعت", "الحركة", "أنصارها"),
    ("طالبت النقابة في رسالة لها أمس وزير التربية بفتح تحقيق.", "طالبت", "النقابة", "وزير التربية"),
])
def test_object_after_adjuncts_and_conjuncts(nlp, text, trigger, a1, a2):
    ev = _by_trigger(nlp, text, trigger)
    assert starts(ev.actor1, a1), ev.actor1
    assert starts(ev.actor2, a2), ev.actor2


@pytest.mark.parametrize("text, trigger, place", [
    ("استقبل الرئيس التونسي اليوم الخميس بقصر قرطاج، وفدا عن البرلمان الأوروبي.", "استقبل", "قصر قرطاج"),
    ("التقى وزير الخارجية أمس بقصر الإليزيه نظيره الفرنسي.", "التقى", "قصر الإليزيه"),
])
def test_named_facility_is_the_place(nlp, text, trigger, place):
    ev = _by_trigger(nlp, text, trigger)
    assert ev.location is not None and ev.location.text == place, ev.location


@pytest.mark.parametrize("text, absent", [
    ('قال وزير الخارجية في حوار لصحيفة "الشرق الأوسط" إن بلاده ترفض التدخل الأجنبي.', "حوار"),
    ('تحدث رئيس الحزب خلال استضافته اليوم في برنامج "ساعة حوار" عن الانتخابات.', "استضافته"),
])
def test_interviews_are_no_meetings(nlp, text, absent):
    assert not [e for e in events(nlp, text) if absent in e.trigger.text]


@pytest.mark.parametrize("text, trigger", [
    ("أعلن الوزير عن اجتماع مرتقب بين وزراء خارجية دول الجوار.", "اجتماع"),
    ("تستعد المدينة للقاء منتظر بين الرئيسين.", "لقاء"),
    ("ناقش المجلس جدول أعمال الاجتماع المقرر عقده في عمان.", "الاجتماع"),
])
def test_awaited_meetings_are_planned(nlp, text, trigger):
    ev = _by_trigger(nlp, text, trigger)
    assert ev.modality == "planned" and ev.type == "AGREE", (ev.type, ev.modality)


@pytest.mark.parametrize("text, trigger, a1", [
    # «تمكن X من» carries a noun after a repeated «ومن», across a first complement
    ("تمكنت وحدات الحرس الوطني بالمنطقة ليلة أمس من إحباط عملية تهريب عبر الحدود الجنوبية للبلاد ومن إيقاف 4 أشخاص.",
     "إيقاف", "وحدات"),
    # a noun coordinated with a supported noun shares its actor
    ("تمكنت الشرطة من إيقاف شخصين، وحجز 5 سيارات مسروقة.", "حجز", "الشرطة"),
    # a counted genitive is what the event is done to, never its actor
    ("وأسفرت الحملة عن حجز 3 سيارات مسروقة.", "حجز", None),
])
def test_actor_of_supported_and_coordinated_nouns(nlp, text, trigger, a1):
    ev = _by_trigger(nlp, text, trigger)
    got = ev.actor1.text if ev.actor1 is not None else None
    assert (got is None) if a1 is None else (got is not None and got.startswith(a1)), ev.actor1


@pytest.mark.parametrize("text, trigger, place", [
    # Maghreb «على مستوى» = at
    ("تم إيقاف شاب على مستوى محطة النقل البري بالعاصمة.", "إيقاف", "محطة النقل البري"),
    # ب + an indefinite place head that the corpus splitter keeps whole
    ("ألقت وحدات الحرس الوطني القبض على عنصرين تكفيريين بجهة النفيضة.", "ألقت", "جهة النفيضة"),
    # a place noun whose genitive is an organisation is the organisation's building
    ("عقدت الأحزاب المعارضة اجتماعا تشاوريا بمقر الحزب الجمهوري.", "اجتماعا", "مقر الحزب الجمهوري"),
])
def test_location_phrases(nlp, text, trigger, place):
    ev = _by_trigger(nlp, text, trigger)
    assert ev.location is not None and ev.location.text == place, ev.location


def test_a_time_word_ends_a_place_phrase(nlp):
    ev = _by_trigger(nlp, "نفذ مسلحون هجوما على حافلة للأمن في العاصمة عشية أمس.", "هجوما")
    assert ev.location is not None and ev.location.text == "العاصمة", ev.location


def test_support_subject_skips_place_qualifiers_but_not_an_indefinite_head(nlp):
    ev = _by_trigger(nlp, "قال مصدر أمني إن الوحدة الخاصة بمنطقة الشرطة بقفصة تمكنت من إيقاف عنصر تكفيري.", "إيقاف")
    assert starts(ev.actor1, "الوحدة الخاصة"), ev.actor1
    ev = _by_trigger(nlp, "تمكنت الشرطة من القبض على منحرف قام بطعن شابين في الحي.", "طعن")
    assert ev.actor1 is not None and ev.actor1.text == "منحرف", ev.actor1


def test_hashtags_name_actors_and_places_in_posts(nlp):
    evs = events(nlp, "تغطية مباشرة.. #حماس تهدد بإعدام الرهائن، وغارات عنيفة على #غزة #الأخبار")
    threat = next(e for e in evs if e.type == "THREATEN")
    assert threat.actor1 is not None and threat.actor1.text == "#حماس"
    raid = next(e for e in evs if e.type == "ASSAULT")
    assert raid.location is not None and raid.location.text == "#غزة"  # one tag, not «#غزة #الأخبار»


@pytest.mark.parametrize("text, trigger", [
    ("أدان المجلس تدمير غزة على يد القوات الإسرائيلية.", "تدمير"),
    ("أسفر قصف غزة عن سقوط عشرات القتلى.", "قصف"),
])
def test_a_named_place_in_the_genitive_is_no_actor(nlp, text, trigger):
    ev = _by_trigger(nlp, text, trigger)
    assert ev.actor1 is None or "غزة" not in ev.actor1.text, ev.actor1


def test_judge_issuing_a_detention_order(nlp):
    # «قاضي» is also a verb form (قاضى); the linker's title mention makes it a phrase head. «بالسجن» is a
    # prepositional phrase, never the order's genitive.
    ev = _by_trigger(nlp, "أصدر قاضي التحقيق بالمحكمة الابتدائية بطاقة إيداع بالسجن في حق رئيس البلدية.", "بطاقة")
    assert starts(ev.actor1, "قاضي"), ev.actor1
    assert starts(ev.actor2, "رئيس البلدية"), ev.actor2


@pytest.mark.parametrize("text, trigger, a1, a2", [
    # a feminine verb does not agree with a masculine sound plural or dual: that noun is the object
    ("وقد حجزت السلطات كمية من الأسلحة وأوقفت الشخصين.", "أوقفت", "السلطات", "الشخصين"),
    # … but a feminine subject still comes first
    ("وأوقفت الشرطة المسلحين في المدينة.", "أوقفت", "الشرطة", "المسلحين"),
])
def test_agreement_decides_subject_and_object(nlp, text, trigger, a1, a2):
    ev = _by_trigger(nlp, text, trigger)
    assert starts(ev.actor1, a1), ev.actor1
    assert starts(ev.actor2, a2), ev.actor2


@pytest.mark.parametrize("text, trigger, a2", [
    # an agent word is no name: a masculine sound plural after a feminine verb is its object even when the
    # linker read it as a person-like agent (the subject is in the verb)
    ("وقررت الإمارات إغلاق حدودها مع قطر، كما تمنع المواطنين الإماراتيين من السفر إليها.", "تمنع", "المواطنين"),
    ("وتعتقل المسلحين في المدينة منذ أيام.", "تعتقل", "المسلحين"),
])
def test_feminine_verb_takes_agent_plural_as_object(nlp, text, trigger, a2):
    ev = _by_trigger(nlp, text, trigger)
    assert not starts(ev.actor1, a2), ev.actor1
    assert starts(ev.actor2, a2), ev.actor2


@pytest.mark.parametrize("text, trigger, a1", [
    # a feminine dual (تان/تين) agrees with a feminine verb: it is the subject
    ("وفجرت انتحاريتان حزامين ناسفين في سوق شعبي.", "فجرت", "انتحاريتان"),
])
def test_feminine_dual_is_the_subject(nlp, text, trigger, a1):
    ev = _by_trigger(nlp, text, trigger)
    assert starts(ev.actor1, a1) and ev.actor1.actor == "agent.reb", ev.actor1


@pytest.mark.parametrize("text, trigger, a2", [
    # refusing, praising or criticising a thing targets who made it (subject of its relative clause)
    ("ورفض الوزير الإجراءات التي اتخذتها السلطات الأمريكية ضد رعايا بلاده.", "رفض", "السلطات الأمريكية"),
    ("أشاد الاتحاد الأوروبي بالإصلاحات التي أعلنتها الحكومة المغربية.", "أشاد", "الحكومة المغربية"),
    # «طالب من X»: the addressee
    ("وطالبت ألمانيا من روسيا سحب قواتها من الحدود.", "طالبت", "روسيا"),
])
def test_targets_of_refusals_praise_and_requests(nlp, text, trigger, a2):
    ev = _by_trigger(nlp, text, trigger)
    assert starts(ev.actor2, a2), ev.actor2


def test_relative_clause_subject_after_an_indirect_object_pronoun(nlp):
    ev = _by_trigger(nlp, "أشاد الرئيس الفرنسي بالدعوة التي وجهها له العاهل المغربي محمد السادس.", "الدعوة")
    assert starts(ev.actor1, "العاهل المغربي"), ev.actor1


@pytest.mark.parametrize("text, trigger, a1", [
    # an indefinite event noun takes an asyndetic relative clause whose support verb's subject acts
    ("أغلقت المدارس أبوابها بسبب إضراب ينفذه المعلمون منذ أسبوع.", "إضراب", "المعلمون"),
    # … but a phrase trigger's particle noun owns the clause: the sit-in's holders do not disperse it
    ("تدخل الأمن لفض اعتصام ينفذه عدد من المحتجين منذ شهر.", "فض", None),
])
def test_asyndetic_relative_clause_on_an_event_noun(nlp, text, trigger, a1):
    ev = _by_trigger(nlp, text, trigger)
    got = ev.actor1.text if ev.actor1 is not None else None
    assert (got is None or "المحتجين" not in got) if a1 is None else (got is not None and got.startswith(a1)), ev.actor1


def test_support_verb_with_a_long_partitive_subject(nlp):
    ev = _by_trigger(nlp, "نفذ اليوم عدد من نشطاء المجتمع المدني و الأهالي بالمعتمدية وقفة احتجاجية أمام مقر الولاية.",
                     "وقفة")
    assert starts(ev.actor1, "عدد من نشطاء"), ev.actor1


@pytest.mark.parametrize("text, trigger, a1, a2", [
    # a plural nisba after a name is the object, not the name's adjective
    ("اتهمت السعودية الحوثيين بإطلاق صاروخ على جازان.", "اتهمت", "السعودية", "الحوثيين"),
    ("واتهمت إيران الأمريكيين بالتدخل في شؤونها.", "اتهمت", "إيران", "الأمريكيين"),
    # … while after an agent word it agrees with it («المسلحون الحوثيون» is one participant)
    ("وهاجم المسلحون الحوثيون مواقع الجيش في مأرب.", "هاجم", "المسلحون الحوثيون", "مواقع"),
])
def test_plural_nisba_after_a_name_starts_the_object(nlp, text, trigger, a1, a2):
    ev = _by_trigger(nlp, text, trigger)
    assert ev.actor1 is not None and ev.actor1.text == a1, ev.actor1
    assert starts(ev.actor2, a2), ev.actor2


@pytest.mark.parametrize("text, trigger, a2", [
    # ب + a frequent masdar kept whole by the clitic splitter («باستخدام») is the threatened act, not the object
    ("هددت كوريا الشمالية باستخدام السلاح النووي ضد الولايات المتحدة.", "هددت", "الولايات المتحدة"),
])
def test_b_masdar_is_no_object(nlp, text, trigger, a2):
    ev = _by_trigger(nlp, text, trigger)
    assert ev.actor2 is None or ev.actor2.text.startswith(a2), ev.actor2


@pytest.mark.parametrize("text, trigger, etype, a1, a2", [
    # a country name ending in ا (تركيا، روسيا) is no accusative object between a verb and its phrase particle
    ("ووقعت تركيا وروسيا مذكرة تفاهم لإنشاء منطقة منزوعة السلاح.", "وقعت", "SUPPORT", "تركيا", "روسيا"),
    ("ألقت تركيا القبض على ثلاثة صحفيين أجانب.", "ألقت", "COERCE", "تركيا", "ثلاثة صحفيين"),
])
def test_country_names_in_alif_are_subjects(nlp, text, trigger, etype, a1, a2):
    ev = _by_trigger(nlp, text, trigger)
    assert ev.type == etype and ev.actor1 is not None and ev.actor1.text == a1, (ev.type, ev.actor1)
    assert ev.actor2 is not None and ev.actor2.text == a2, ev.actor2


@pytest.mark.parametrize("text, trigger, a2", [
    # an approximator before a number opens the object and the counted noun ends it
    ("قتل المسلحون ما لا يقل عن تسعة مدنيين في البلدة.", "قتل", "ما لا يقل عن تسعة مدنيين"),
    ("اعتقلت الشرطة نحو 200 شخص قبل المسيرة.", "اعتقلت", "نحو 200 شخص"),
    ("أشعل المهاجمون النار في أكثر من 40 متجرا بالسوق.", "أشعل", "أكثر من 40 متجرا"),
    ("قتل المسلحون حوالي 20 شخصا في القرية.", "قتل", "حوالي 20 شخصا"),
    ("اعتقلت الشرطة قرابة عشرين شابا.", "اعتقلت", "قرابة عشرين شابا"),
])
def test_approximate_counts_are_objects(nlp, text, trigger, a2):
    ev = _by_trigger(nlp, text, trigger)
    assert ev.actor2 is not None and ev.actor2.text == a2, ev.actor2


@pytest.mark.parametrize("text, trigger, place", [
    # «نحو» without a number is still the preposition «towards»
    ("تحركت القوات نحو المدينة.", "تحركت", None),
])
def test_towards_is_no_approximator(nlp, text, trigger, place):
    evs = [e for e in events(nlp, text) if trigger in e.trigger.text]
    assert evs and all(e.actor2 is None or not e.actor2.text.startswith("نحو") for e in evs), evs


@pytest.mark.parametrize("text, trigger, a1", [
    # «المهاجمون» (assailants, Phoenix ASSAILANT → UAF) are an actor; «أشعل النار» is arson like «أضرم النار»
    ("أشعل المهاجمون النار في عشرات المنازل.", "أشعل", "المهاجمون"),
    ("أحرق المهاجمون المنازل في القرية.", "أحرق", "المهاجمون"),
])
def test_assailants_are_actors(nlp, text, trigger, a1):
    ev = _by_trigger(nlp, text, trigger)
    assert ev.type == "ASSAULT" and starts(ev.actor1, a1), (ev.type, ev.actor1)


@pytest.mark.parametrize("text, trigger, a2", [
    # a manner adverb (بقوة، بحزم) or a manner phrase (بشكل قاطع، بصورة واضحة) between verb and object is skipped
    ("وأدان الحزب بقوة كل أشكال العنف.", "أدان", "كل أشكال العنف"),
    ("وانتقدت الحكومة بشكل قاطع المعارضة.", "انتقدت", "المعارضة"),
    ("وانتقد الوزير بصورة واضحة الحكومة السابقة.", "انتقد", "الحكومة"),
])
def test_manner_adverbials_are_no_objects(nlp, text, trigger, a2):
    ev = _by_trigger(nlp, text, trigger)
    assert starts(ev.actor2, a2), ev.actor2


def test_manner_adjective_is_no_trigger(nlp):
    # «بشكل قاطع» = categorically: قاطع is no boycott
    assert not [e for e in events(nlp, "وترفض المنظمة بشكل قاطع أي تبريرات للإرهاب.") if "قاطع" in e.trigger.text]


@pytest.mark.parametrize("text, trigger, place", [
    # a village or a building before an attack verb with no object was attacked (the verb is passive): it is the
    # place, never the attacker; a country before the verb is still the attacker
    ("وقال أحد السكان إن قرية بوعرادة دمرت بالكامل.", "دمرت", "قرية بوعرادة"),
])
def test_place_before_an_attack_verb_was_attacked(nlp, text, trigger, place):
    ev = _by_trigger(nlp, text, trigger)
    assert ev.actor1 is None and ev.location is not None and ev.location.text == place, (ev.actor1, ev.location)


def test_country_before_an_attack_verb_is_the_attacker(nlp):
    ev = _by_trigger(nlp, "وقال المتحدث إن إسرائيل قصفت مواقع في جنوب لبنان.", "قصفت")
    assert starts(ev.actor1, "إسرائيل"), ev.actor1


@pytest.mark.parametrize("text, a1, a2", [
    # «ألقي» spelt with ي is the passive of «ألقى»: the phrase before it is the one arrested, no arrester
    ("وذكرت الشرطة أن المواطن قد ألقي القبض عليه الأسبوع الماضي.", None, "المواطن"),
    ("وألقي القبض على ثلاثة مشتبه بهم في المدينة.", None, "ثلاثة"),
    # «ألقى» with ى is active
    ("وألقى الأمن القبض على ثلاثة مشتبه بهم في المدينة.", "الأمن", "ثلاثة"),
])
def test_passive_spelling_of_a_defective_verb(nlp, text, a1, a2):
    ev = _by_trigger(nlp, text, "ألق")  # (with a subject in between the trigger is the verb alone)
    assert (ev.actor1 is None if a1 is None else starts(ev.actor1, a1)) and starts(ev.actor2, a2), (ev.actor1, ev.actor2)


@pytest.mark.parametrize("text, trigger, a2", [
    # ب + a masdar opening with hamzat al-wasl (بارتكاب، باستخدام) starts a prepositional phrase: the object ends before it
    ("واتهمت منظمة «العفو الدولية» الميليشيات بارتكاب انتهاكات جسيمة.", "اتهمت", "الميليشيات"),
    ("واتهمت الشرطة المتظاهرين باستخدام العنف.", "اتهمت", "المتظاهرين"),
])
def test_wasl_masdar_after_b_ends_the_object(nlp, text, trigger, a2):
    ev = _by_trigger(nlp, text, trigger)
    assert ev.actor2 is not None and ev.actor2.text == a2, ev.actor2


@pytest.mark.parametrize("text, trigger, a1, a2", [
    # «أنها» before a quoted verb: the subject is the pronoun, the phrase after the verb its object
    ("وأعلنت الجماعة أنها “استهدفت دورية للجيش بقذيفتي هاون”.", "استهدفت", None, "دورية"),
    # spouses are people (agents): «ضرب زوجته» is an assault with both participants
    ("وقام الزوج الثلاثيني بضرب زوجته داخل المنزل.", "ضرب", "الزوج", "زوجته"),
])
def test_quoted_verb_after_anna_and_spouses(nlp, text, trigger, a1, a2):
    ev = _by_trigger(nlp, text, trigger)
    assert (ev.actor1 is None if a1 is None else starts(ev.actor1, a1)) and starts(ev.actor2, a2), (ev.actor1, ev.actor2)


@pytest.mark.parametrize("text, trigger, a2", [
    # an unvocalised perfective followed by a count in words (or an approximator) is passive: the count is the patient
    ("قتل ثلاثة أشخاص فجر الخميس في المدينة.", "قتل", "ثلاثة أشخاص"),
    ("اعتقل نحو عشرين شخصا في المدينة.", "اعتقل", "نحو عشرين شخصا"),
    # a number + «من» keeps its partitive owner; «اثنان» is a number word
    ("وقتل اثنان من الجنود.", "قتل", "اثنان من الجنود"),
])
def test_counted_patient_after_a_passive(nlp, text, trigger, a2):
    ev = _by_trigger(nlp, text, trigger)
    assert ev.actor1 is None and starts(ev.actor2, a2), (ev.actor1, ev.actor2)


@pytest.mark.parametrize("text, trigger, a1", [
    # verb + place phrase + subject: «وصل إلى الرياض أمس وزير الخارجية»; a counted phrase there is no subject
    ("وصل إلى الرياض أمس وزير الخارجية البريطاني في زيارة رسمية.", "وصل", "وزير الخارجية البريطاني"),
    ("واجتمع في جنيف ممثلو الحكومة والمعارضة.", "اجتمع", "ممثلو الحكومة"),
    ("قتل في غزة ثلاثة أشخاص.", "قتل", None),
])
def test_subject_after_a_place_phrase(nlp, text, trigger, a1):
    ev = _by_trigger(nlp, text, trigger)
    assert (ev.actor1 is None) if a1 is None else starts(ev.actor1, a1), ev.actor1


@pytest.mark.parametrize("text, trigger, a1, a2", [
    # an accusative object after the counted phrase makes the count the subject (active)
    ("وقتل اثنان من المسلحين جنديا.", "قتل", "اثنان من المسلحين", "جنديا"),
    ("وأعلنت الوزارة أن قوات الجيش قضت على ثلاثة من الإرهابيين.", "قضت", "قوات الجيش", "ثلاثة من الإرهابيين"),
])
def test_counted_subjects_and_partitives(nlp, text, trigger, a1, a2):
    ev = _by_trigger(nlp, text, trigger)
    assert starts(ev.actor1, a1) and ev.actor2 is not None and ev.actor2.text == a2, (ev.actor1, ev.actor2)
