"""Checked namespace constants: a typo in a term is an AttributeError, not a new IRI.

``ontology/policykg.ttl`` is the source of truth; ``tests/test_vocab.py`` checks they agree.
"""
from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

BASE = "https://w3id.org/policykg/"
ELI = Namespace("http://data.europa.eu/eli/ontology#")
OA = Namespace("http://www.w3.org/ns/oa#")
PROV = Namespace("http://www.w3.org/ns/prov#")
TIME = Namespace("http://www.w3.org/2006/time#")
QUDT_UNIT = Namespace("http://qudt.org/vocab/unit/")


class PKG(DefinedNamespace):
    _fail = True
    _NS = Namespace(BASE + "ontology#")

    PolicyDocument: URIRef
    Annex: URIRef
    CoveringNotice: URIRef
    Preamble: URIRef
    Part: URIRef
    Measure: URIRef
    Item: URIRef
    Subitem: URIRef
    Principle: URIRef
    Sentence: URIRef
    Book: URIRef
    Chapter: URIRef
    Section: URIRef
    Article: URIRef
    Paragraph: URIRef
    Task: URIRef
    Box: URIRef
    Table: URIRef
    provisionKind: URIRef
    ExcludedMaterial: URIRef

    document: URIRef
    text: URIRef
    ordinal: URIRef
    start: URIRef
    end: URIRef
    sourceStart: URIRef
    sourceEnd: URIRef
    sourceFile: URIRef
    sha256: URIRef
    encoding: URIRef
    sourceFormat: URIRef
    issuerName: URIRef
    signatory: URIRef
    addressee: URIRef
    dateline: URIRef
    excluded: URIRef
    reason: URIRef
    Actor: URIRef
    Indicator: URIRef
    Sector: URIRef
    Place: URIRef
    Instrument: URIRef
    Target: URIRef
    Goal: URIRef
    Responsibility: URIRef
    Rule: URIRef
    rule: URIRef
    layer: URIRef
    statedIn: URIRef
    within: URIRef
    indicator: URIRef
    value: URIRef
    unitCode: URIRef
    qudtUnit: URIRef
    comparator: URIRef
    change: URIRef
    baseYear: URIRef
    deadline: URIRef
    year: URIRef
    deadlineSource: URIRef
    binding: URIRef
    valueMax: URIRef
    Record: URIRef
    Condition: URIRef
    status: URIRef
    jurisdiction: URIRef
    period: URIRef
    aspirational: URIRef
    scope: URIRef
    agent: URIRef
    role: URIRef
    responsibility: URIRef
    leadBody: URIRef
    coLeadBody: URIRef
    participantBody: URIRef
    mentions: URIRef
    sector: URIRef
    place: URIRef
    instrument: URIRef
    setsTarget: URIRef
    setsGoal: URIRef
    toolType: URIRef
    policySide: URIRef
    actorType: URIRef
    partNumber: URIRef
    measureNumber: URIRef
    Relatedness: URIRef
    relatedness: URIRef
    relatedTo: URIRef
    relatedMeasure: URIRef
    score: URIRef
    rank: URIRef
    explanation: URIRef
    textSimilarity: URIRef
    InheritedResponsibility: URIRef
    inheritedResponsibility: URIRef
    inferred: URIRef
    noStatedResponsibility: URIRef
    generalClause: URIRef
    level: URIRef
    citedTitle: URIRef
    implements: URIRef
    parentFoundBy: URIRef
    Alignment: URIRef
    alignment: URIRef
    alignedTo: URIRef
    relation: URIRef
    Implementation: URIRef
    implementation: URIRef
    localProvision: URIRef
    centralProvision: URIRef
    closeness: URIRef
    leavesOut: URIRef
    withoutCounterpart: URIRef
    TargetComparison: URIRef
    targetComparison: URIRef
    localValue: URIRef
    centralValue: URIRef
    localYear: URIRef
    centralYear: URIRef
    valueComparison: URIRef
    yearComparison: URIRef


KIND_CLASS = {
    "annex": PKG.Annex,
    "notice": PKG.CoveringNotice,
    "preamble": PKG.Preamble,
    "part": PKG.Part,
    "measure": PKG.Measure,
    "item": PKG.Item,
    "subitem": PKG.Subitem,
    "principle": PKG.Principle,
    "sentence": PKG.Sentence,
    "book": PKG.Book,
    "chapter": PKG.Chapter,
    "section": PKG.Section,
    "article": PKG.Article,
    "paragraph": PKG.Paragraph,
    "task": PKG.Task,
    "box": PKG.Box,
    "table": PKG.Table,
}
