"""What a treatment bullet's item is for names no intervention (session 26, gen31): "painkillers, such as paracetamol
or ibuprofen, to ease pain and swelling", "antihistamine tablets at night to help with itching and sleep", "Eye drops
after surgery to prevent infection and control inflammation" (dev8, dev36, dev38) gave "ease pain", "swelling",
"sleep" and "control inflammation" as treatments. The items before the purpose, and examples after it, stay.

Every sentence here is written for this test, about conditions outside the development corpora.
"""

from extract.pipeline import make_doc

PAGE = """Pityriasis rosea

Treatments include:

- painkillers, such as paracetamol or naproxen, to ease soreness and swelling
- antihistamine tablets at night to help with itching and sleep
- medicines to calm the skin, such as menthol cream
"""


def test_what_an_item_is_for_names_no_treatment(plain) -> None:  # noqa: ANN001
    doc = plain(make_doc(plain, PAGE, "doc_bullet_purposes"))
    found = [c.intervention.text for c in doc._.claims if c.type == "treatment"]
    assert not {"ease soreness", "swelling", "sleep", "itching"} & set(found)
    assert {"painkillers", "paracetamol", "naproxen", "antihistamine tablets", "menthol cream"} <= set(found)
