"""The linker over NER output: the model's segmentation vs registry and gazetteer names (real sentences)."""

import pytest

from rasd.actors.linker import generic_head


@pytest.mark.parametrize("text, generic", [
    ("تنظيم", True), ("والحركة", True), ("الأمير", True), ("وزير", True), ("الله", True), ("ريال", True),
    ("ـاس", True),  # a fragment of a word split by the model
    ("طالبان", False), ("عبد الله", False), ("الأمير تركي بن محمد", False), ("حزب الله", False),
])
def test_generic_heads_are_not_names(text, generic):
    assert generic_head(text) is generic


@pytest.mark.parametrize("text, absent", [
    ("كيف يمكن أن نتعامل مع هذه الأزمة؟", "كيف"),  # "how", not Kyiv
    ("وتقع المدرسة في مدينة صغيرة شمال البلاد.", "مدينة"),  # "a city", not Medina
    ("وأكد الوزير أن الحكومة تعمل في إطار القانون.", "إطار"),  # "framework", not Atar
    ("وأعلنت الوزارة عن إجراءات مالية جديدة.", "مالية"),  # "financial", not Malé
    ("وتحدث عنه المسؤولون بكل رقة.", "رقة"),
    ("ومنعه الحارس من الدخول بحجة أن الوقت متأخر.", "حجة"),  # «on the pretext that», not Hajjah
])
def test_common_words_are_not_places(nlp, text, absent):
    res = nlp(text)
    assert not [m for m in res.mentions if m.text == absent and (m.place or m.actor)], res.mentions


def test_registry_name_wins_over_partial_entity(nlp):
    res = nlp("تعمل ما تسمى «هيئة تحرير الشام» على نيل شرعية دولية.")
    m = next(m for m in res.mentions if m.text == "هيئة تحرير الشام")
    assert (m.actor, m.label) == ("hts", "ORG")


def test_last_names_are_not_particles_or_ordinals(nlp):
    res = nlp("استقبل الملك عبد الله الثاني وزير الخارجية. وقال إن الله معنا، ثم أكد الثاني أن سيرغي شويغو وصل. "
              "وقال شويغو إن الوضع مستقر.")
    by_text = {m.text: m for m in res.mentions}
    assert "الله" not in by_text  # God, not the last name of عبد الله
    assert not any(m.text == "الثاني" and m.method == "coreference" for m in res.mentions)
    assert by_text["شويغو"].actor == "per.shoigu_sergei"


def test_unnamed_actor_names_are_canonical(nlp):
    res = nlp("قالت الشرطة الباكستانية إن مسلحين مجهولين هاجموا والبحرية التركية.")
    names = {a.id: a.name for a in res.actors}
    assert names["agent.reb"] == "مسلحون مجهولون"  # the agent phrase, not the surface «مسلحين مجهولين»
    assert all(not n.startswith("و") for n in names.values())


def test_store_top_actors_skip_countryless_agents(tmp_path, nlp):
    from rasd.store import Store

    store = Store(tmp_path / "t.db")
    store.add(nlp("قالت الشرطة إن الشرطة اعتقلت عنصرا من طالبان. وأكدت الشرطة ذلك."))
    assert [name for _, name, _ in store.stats().top_actors] == ["حركة طالبان"]


@pytest.mark.parametrize("text, surface, actor", [
    ("أفاد مراسل الجوهرة أف أم بأن وحدات الحرس الوطني حجزت كمية من السجائر.", "الجوهرة أف أم", "jawhara_fm"),
    ("وقال الناطق باسم الوزارة في تصريح لإذاعة موزاييك أف أم إن التحقيق متواصل.", "إذاعة موزاييك أف أم",
     "mosaique_fm"),
])
def test_tunisian_radio_stations_are_registry_media(nlp, text, surface, actor):
    """Tunisian local news quotes its radio stations (the model alone tags «أف أم» as a person)."""
    res = nlp(text)
    assert [(m.actor, m.label) for m in res.mentions if m.text == surface] == [(actor, "ORG")], res.mentions


def test_national_guard_is_an_agent_unless_named_with_its_country(nlp):
    res = nlp("وأكد المصدر أن وحدات الحرس الوطني أوقفت ثلاثة أشخاص. وقال الحرس الوطني التونسي إن الدورية تعرضت لهجوم.")
    by_text = {m.text: m for m in res.mentions}
    assert by_text["وحدات الحرس الوطني"].actor == "agent.mil"  # Phoenix NATIONAL_GUARD [~MIL]
    assert by_text["الحرس الوطني التونسي"].actor == "tun.national_guard"


@pytest.mark.parametrize("text, surface, actor", [
    # a longer registry name starting inside an alias wins («الشيخ | تميم بن حمد آل ثاني»)
    ("التقى الشيخ تميم بن حمد آل ثاني الرئيس التركي في الدوحة.", "تميم بن حمد آل ثاني", "per.tamim_bin_hamad"),
    # «عبدالعزيز» written without the space is «عبد العزيز»; the honorific title and the full name are one mention
    ("وقال الأمين العام للأمم المتحدة بان جي مون إن الوضع خطير.", "بان جي مون", "per.ban_ki_moon"),  # spelling
    ("عقد خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود اجتماعا في جدة.",
     "خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود", "per.salman_bin_abdulaziz"),
])
def test_overlapping_registry_names(nlp, text, surface, actor):
    res = nlp(text)
    assert any(m.text == surface and m.actor == actor for m in res.mentions), \
        [(m.text, m.actor, m.method) for m in res.mentions]


def test_the_place_hajjah_is_still_a_place(nlp):
    res = nlp("وقصفت الطائرات مدينة حجة شمال اليمن.")
    assert any(m.text == "حجة" and m.place for m in res.mentions), res.mentions


def test_definite_title_takes_no_country_name(nlp):
    # «زار الرئيس | باكستان»: the country is the object, not the president's genitive; «رئيس باكستان» is
    res = nlp("زار الرئيس باكستان الأسبوع الماضي. وقال رئيس باكستان إن الزيارة ناجحة.")
    texts = {m.text: m.actor for m in res.mentions}
    assert "الرئيس باكستان" not in texts and texts.get("رئيس باكستان") == "agent.pak.gov", texts


def test_own_role_after_the_name_is_in_apposition(nlp):
    """«الأمير محمد بن سلمان ولي العهد»: a role of the person (roles.tsv, valid on the date) right after the name is
    part of his mention; on a date before he held it, it is not."""
    text = "استقبل الأمير محمد بن سلمان ولي العهد وزير الخارجية الأمريكي في الرياض."
    later = {m.text: m.actor for m in nlp(text, published="2023-05-01").mentions}
    assert later.get("الأمير محمد بن سلمان ولي العهد") == "per.mohammed_bin_salman", later
    earlier = {m.text: m.actor for m in nlp(text, published="2015-08-01").mentions}
    assert "الأمير محمد بن سلمان ولي العهد" not in earlier, earlier
