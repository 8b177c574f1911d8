"""Parsing reference-list entries of several real styles: conservative, a field not found is null."""

from extract.references.cues import load_reference_cues
from extract.references.entries import parse_entry, person_name

CUES = load_reference_cues()


def parse(text, label="1"):
    return parse_entry(label, text, CUES)


def test_vancouver_entry_of_the_seed():
    ref = parse(
        "Akkemik Ü, Onay M, Güleç MS. Effectiveness of interventional procedures for post-laminectomy "
        "syndrome: A retrospective study. The journal of the Turkish Society of Algology. 2021 Oct;33(4):253-60."
    )
    assert ref.authors == ["Akkemik Ü", "Onay M", "Güleç MS"]
    assert ref.title == "Effectiveness of interventional procedures for post-laminectomy syndrome: A retrospective study"
    assert ref.journal == "The journal of the Turkish Society of Algology"
    assert ref.year == 2021
    assert (ref.pmid, ref.doi, ref.url) == (None, None, None)


def test_vancouver_with_particles_et_al_and_a_pmid():
    ref = parse(
        "Peul WC, van Houwelingen HC, van den Hout WB, et al. Surgery versus prolonged conservative treatment "
        "for sciatica. N Engl J Med. 2007;356(22):2245-2256. PMID: 17538084"
    )
    assert ref.authors == ["Peul WC", "van Houwelingen HC", "van den Hout WB"]
    assert ref.journal == "N Engl J Med" and ref.year == 2007 and ref.pmid == "17538084"


def test_ama_with_doi():
    ref = parse("Smith JA, Lee K. Knee pain in adults. JAMA. 2019;321(4):345-350. doi:10.1001/jama.2019.0001.")
    assert ref.authors == ["Smith JA", "Lee K"]
    assert (ref.title, ref.journal, ref.year) == ("Knee pain in adults", "JAMA", 2019)
    assert ref.doi == "10.1001/jama.2019.0001"  # the entry's final period is not part of the DOI


def test_apa_with_a_doi_url():
    ref = parse(
        "Smith, J. A., & Lee, K. (2019). Knee pain in adults: A cohort study. Journal of Knee Research, "
        "12(3), 45–67. https://doi.org/10.1234/jkr.2019.12"
    )
    assert ref.authors == ["Smith, J. A.", "Lee, K."]
    assert ref.year == 2019
    assert ref.title == "Knee pain in adults: A cohort study"
    assert ref.journal == "Journal of Knee Research"
    assert ref.doi == "10.1234/jkr.2019.12" and ref.url is None  # the DOI link is the DOI


def test_apa_by_an_organisation_with_a_url():
    ref = parse(
        "National Institute for Health and Care Excellence. (2022). Gout: diagnosis and management. "
        "Retrieved from https://www.nice.org.uk/guidance/ng219"
    )
    assert ref.authors == [] and ref.year == 2022
    assert ref.title == "Gout: diagnosis and management" and ref.journal is None
    assert ref.url == "https://www.nice.org.uk/guidance/ng219"


def test_a_web_page_keeps_its_url_and_no_access_date_as_year():
    ref = parse("Mayo Clinic. Carpal tunnel syndrome. https://www.mayoclinic.org/ctr. Accessed March 3, 2022.")
    assert ref.url == "https://www.mayoclinic.org/ctr"
    assert ref.year is None and ref.authors == [] and ref.title is None and ref.journal is None


def test_pubmed_links_and_dois_in_parentheses():
    ref = parse(
        "Odum F. Neuromodulation for chronic spinal pain. Lancet. 2020;395(10219):14-27 "
        "(doi:10.1016/S0140-6736(20)30183-5). https://pubmed.ncbi.nlm.nih.gov/31234567/"
    )
    assert ref.doi == "10.1016/S0140-6736(20)30183-5"
    assert ref.pmid == "31234567"


def test_unparseable_entries_keep_their_text_and_nothing_else():
    ref = parse("Personal communication with the clinic's physiotherapists", label="7")
    assert ref.label == "7" and ref.text == "Personal communication with the clinic's physiotherapists"
    assert (ref.authors, ref.title, ref.journal, ref.year, ref.pmid, ref.doi, ref.url) == ([], None, None, None, None, None, None)


def test_whitespace_is_normalised_in_the_text():
    assert parse("Odum F.  Title\nwrapped.  Pain. 2020;1:1-2.").text == "Odum F. Title wrapped. Pain. 2020;1:1-2."


def test_person_names():
    assert person_name("Castillo-Reyes M") and person_name("van den Hout WB") and person_name("Güleç MS")
    assert not person_name("Mayo Clinic") and not person_name("Global Burden of Disease Collaborators")
