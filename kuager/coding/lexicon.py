"""What the rules look for, per language: word beginnings (stems) that mark a method, a
purpose, a perpetrator or a sign of risk. Written by the team from how letters put things;
each rule is named, so every proposal says which rule made it.

A pattern is a tuple of stems that must all occur within a few words of each other, in any
order; a stem matches a word that starts with it (Russian and Kazakh endings vary).
"""

from __future__ import annotations

from typing import NamedTuple


class Rule(NamedTuple):
    name: str
    field: str  # methods, purposes, perpetrators, urgency
    code: str
    patterns: tuple[tuple[str, ...], ...]
    confidence: float = 0.8
    # "…if I do not withdraw the complaint": the negation belongs to the threat's condition.
    negatable: bool = True


M, P, W, U = "methods", "purposes", "perpetrators", "urgency"

RULES: tuple[Rule, ...] = (
    # --- methods (HURIDOCS MT05) ---
    Rule("kicking", M, "030101000000", (("пинал",), ("пинк",), ("ногами",), ("тепкіле",),
                                         ("тепкі",), ("kick",), ("punch",), ("кулак",),
                                         ("жұдырық",)), 0.85),
    Rule("batons", M, "030102000000", (("дубинк",), ("шланг",), ("таяқ",), ("baton",),
                                        ("truncheon",))),
    Rule("beating", M, "030100000000", (("изби",), ("избив",), ("бил",), ("бьют",), ("побо",),
                                         ("ұрып",), ("ұрды",), ("ұрад",), ("соқты",), ("соққы",),
                                         ("beat",), ("beaten",))),
    Rule("bag", M, "030902000000", (("пакет", "голов"), ("пакет", "лиц"), ("кулёк",),
                                     ("пакет", "бас"), ("bag", "head"))),
    Rule("water", M, "030901000000", (("топил",), ("вод", "голов"), ("бак", "вод"),
                                       ("суға", "батыр"), ("water", "head"), ("drown",))),
    Rule("strangling", M, "031000000000", (("душил",), ("удуш",), ("скотч", "шею"),
                                            ("буынд",), ("тұншық",), ("strangl",),
                                            ("chok",))),
    Rule("suspension", M, "031101000000", (("подвеш",), ("подвес",), ("ласточк",), ("дыб",),
                                            ("асып", "қойды"), ("ілін",), ("hung", "by"),
                                            ("hung", "from"),
                                            ("hang",), ("suspend",))),
    Rule("binding", M, "031701000000", (("связ", "рук"), ("наручник",), ("байлад",),
                                         ("кісен",), ("handcuff",), ("tied",))),
    Rule("cold", M, "030700000000", (("мороз",), ("холод",), ("снег",), ("аяз",),
                                      ("суық",), ("cold",), ("snow",), ("freez",))),
    Rule("cigarette burns", M, "030402000000", (("сигарет", "туш"), ("сигарет", "ожог"),
                                                 ("темекі", "күйдір"), ("cigarette", "burn"))),
    Rule("electric shock", M, "030800000000", (("током",), ("электрошок",), ("электр",),
                                                ("shock",), ("electric",))),
    Rule("rape with objects", M, "030502000000", (("бутылк", "задн"), ("дубинк", "задн"),
                                                   ("изнасил",), ("зорла",), ("rape",))),
    Rule("sleep", M, "031502000000", (("спать", "не"), ("лиши", "сна"), ("ұйқы",),
                                       ("sleep",))),
    Rule("medical care denied", M, "031503000000", (("медицинск", "помощ", "не"),
                                                     ("врач", "отказ"), ("медициналық", "көмек"),
                                                     ("denied", "medical"),
                                                     ("medical", "refused"))),
    Rule("threats", M, "032201000000", (("угрожа",), ("угроз",), ("запуга",), ("қорқыт",),
                                         ("threat",))),
    Rule("death threats", M, "032301000000", (("убь",), ("убить",), ("өлтір",),
                                               ("угрожа", "повес"), ("kill",),
                                               ("threaten", "hang")), 0.85),
    # --- purposes (MT38 and local extensions) ---
    Rule("confession", P, "010000000000", (("признат",), ("признани",), ("явк", "повинн"),
                                            ("мойында",), ("confess",)), 0.8),
    Rule("extortion", P, "070000000000", (("вымога",), ("денег",), ("деньги",), ("ақша",),
                                           ("extort",), ("money",)), 0.7),
    Rule("retaliation for a complaint", P, "910000000000", (("за", "жалоб"), ("шағым", "үшін"),
                                                             ("because", "complain"),
                                                             ("for", "complain")), 0.75),
    Rule("withdraw the complaint", P, "920000000000", (("отозва", "жалоб"),
                                                       ("забра", "жалоб"), ("забер", "жалоб"),
                                                       ("отозва", "заявлен"),
                                                       ("забра", "заявлен"),
                                                       ("забер", "заявлен"), ("шағым", "кері"),
                                                       ("шағым", "қайтар"),
                                                       ("withdraw", "complaint")), 0.85,
         negatable=False),
    Rule("punishment", P, "030000000000", (("наказ",), ("жаза",), ("punish",)), 0.6),
    # --- perpetrators (MT24) ---
    Rule("police", W, "010104000000", (("полицейск",), ("оперативник",), ("опер",),
                                        ("полиция",), ("police",)), 0.8),
    Rule("prison staff", W, "010105000000", (("сотрудник",), ("надзират",), ("конвой",),
                                              ("охран",), ("қызметкер",), ("бақылаушы",),
                                              ("начальник", "отряд"), ("отрядник",),
                                              ("guard",), ("officer",), ("staff",)), 0.75),
    Rule("security service", W, "010106000000", (("кнб",), ("ұқк",), ("nsc",), ("kgb",),
                                                  ("security", "service"),
                                                  ("комитет", "безопасност"),
                                                  ("ұлттық", "қауіпсіздік")), 0.85),
    Rule("prisoners for staff", W, "910000000000", (("активист",), ("белсенді",),
                                                     ("осужденн", "по", "указ"),
                                                     ("сотталған", "тапсырма"),
                                                     ("activist",),
                                                     ("prisoners", "order")), 0.75),
    # --- risk signs (urgency) ---
    Rule("hunger strike", U, "930000000000", (("голодовк",), ("голода",), ("аштық",),
                                               ("hunger", "strike")), 0.9),
    Rule("self-harm", U, "940000000000", (("вскрыл", "вен"), ("порезал",), ("членовред",),
                                           ("кесті",), ("cut", "myself"), ("cut", "himself"),
                                           ("self", "harm"), ("пышақ", "өзі"),
                                           ("нанес", "себе"), ("нанёс", "себе"),
                                           ("stabbed", "himself"), ("stabbed", "myself"),
                                           ("cut", "arms"), ("cut", "wrists")), 0.85),
    Rule("sewn mouth", U, "950000000000", (("зашил", "рот"), ("аузын", "тік"),
                                            ("sewed", "mouth"), ("sewn", "mouth")), 0.95),
    Rule("swallowed objects", U, "960000000000", (("проглотил",), ("жұтып",),
                                                   ("swallow",)), 0.85),
    Rule("letters withheld", U, "980000000000", (("письм", "не", "отправ"),
                                                  ("письм", "не", "выда"),
                                                  ("письм", "не", "переда"),
                                                  ("хат", "жібер", "жоқ"), ("хат", "жібермей"),
                                                  ("хат", "жетпей"),
                                                  ("letters", "withheld"),
                                                  ("letters", "not", "sent")), 0.7),
)

NEGATIONS = frozenset({"не", "нет", "ни", "никто", "никогда", "жоқ", "емес", "not", "never",
                       "no", "didn", "didnt", "wasn", "wasnt", "nobody"})
# Kazakh negates inside the verb (ұрмады, "did not beat"): these stems carry the negation.
KAZAKH_NEGATED = ("ұрмад", "соқпад", "қорқытпад", "тепкілемед", "азаптамад")
THREAT_VERBS = ("угрожа", "грозил", "обещал", "пригрозил", "қорқыт", "threaten")
