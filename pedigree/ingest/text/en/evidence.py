"""What the words around a capitalised run say it is: a person ("said Marc Delorme", "Siyu
Li, who …"), an organisation ("joined Corvane", "Tianrui Capital is a … firm"), a place
("in Munich", "Paris-based") or a product ("its chatbot, Lanxi"; "Xiyu platform").

Each cue is weak on its own; the run is scored over all its occurrences in the text, so one
clear sentence decides for the others.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pedigree.ingest.text.en.lexicon import (
    COMPANY_FIELD,
    FOUNDED_FIELD,
    LEAD_VERB,
    MODEL_LETTERS,
    POSSESSIVE,
    PRODUCT_KIND_AFTER,
    THING,
    TITLE_HEAD,
)
from pedigree.reference.romanise import english_given_names

_HAN_ORG = "科技|智能|数据|公司|集团|资本|实验室|医疗|机器人|网络|网|创投|基金|研究院|大学|学院|银行|证券|游戏|传媒|汽车|半导体|生物|创新|技术|信息|软件"  # noqa: E501
# The subject's own pronoun in the words right after a name: "X keeps a ledger on her desk".
_OWN_PRONOUN_AFTER = re.compile(r"\s+[a-z]+s\s+(?:[a-z]+\s+){0,5}?(?:her|his)\s")
_PERSON_AFTER = re.compile(
    r"^(?:\s*\((?![\u4e00-\u9fff]*(?:" + _HAN_ORG + r")\))[\u4e00-\u9fff]{2,3}\)"
    r"|\s*\([\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}\)"  # 马克·李
    r"|,\s*(?:who|whose)\b|\s+who\b|,\s*\d{2},"
    r"|,\s+(?:a|an)\s+(?:[\w-]+\s+){1,5}?who\b"  # "Tobias Wren, a licensed customs broker who"
    r"|\s+(?:(?:never|also|later|then|first|once|still|briefly)\s+)?"
    r"(?:said|says|told|tells|added|adds|noted|notes|argues|argued|recalled|recalls"
    # ("About Altivo Outdoor\nFounded in 2019 …": a participle, the company's own)
    r"|explained|explains|wrote|writes|joined|joins|left|leaves|(?:co-?)?founded(?!\s+in\s+\d)"
    r"|started"
    r"|spent|spends|holds|held|earned|studied|received|graduated|was born|is married|ran"
    r"|runs(?!\s+(?:on|in|inside|across|at)\b)"
    r"|oversaw|oversees|declined|dismissed|confirmed|bristles|described|describes|serves"
    r"|served|became|becomes|remains|returned|returns|moved|worked|works|agreed|believes"
    r"|thinks|knows|grew up|previously|formerly|has joined|had joined|was previously"
    r"|met (?:on|at|in|while|through)|teamed up)\b"
    r"|\s+joining\s+(?:[\w-]+\s+){0,3}?as\b|\s+(?:moves|moved|went|goes)\s+on\s+to\b"
    # "Kira Hammond of Ribbit Capital joined our board": a person and the firm they are from
    r"|\s+of\s+(?:[A-Z][\w&.'’-]*\s+){1,4}(?:said|says|told|joined|joins|added|noted|wrote)\b"
    # "Aisha Rahman, previously a buyer at Tesco": a job held, whatever it is called
    r"|,\s*(?:previously|formerly|once|most recently|until recently)\s+(?:a|an)\s+"
    r"(?:[\w-]+\s+){1,4}?at\s"
    rf"|\s+(?:is|was)\s+(?:(?:[\w-]+\s+){{0,2}}?[\w-]+{POSSESSIVE}\s+)?(?:the\s+|a\s+|an\s+|its\s+)?"
    r"(?:former\s+)?"
    r"(?:[\w-]+\s+){0,3}?" + TITLE_HEAD + r"\b"
    r"|\s*(?:,|:(?!\s*\d)|[—–·•]|\s-|\()\s*(?:(?:a|an|the|its|his|her|their)\s+)?(?:former\s+|formerly\s+"
    r"|previously\s+|then-|onetime\s+|now\s+)?"
    # "a bookkeeping app for warung owners": a title inside a phrase describes someone else;
    # "Before Quillbridge, Rafael was CFO": a verb after the comma opens another clause
    r"(?:(?!(?:for|of|to|with|by|from|on|serving|was|is|were|are|has|had|as)\s)[\w&/.'’-]+\s+)"
    r"{0,5}?" + TITLE_HEAD + r"\b"
    # "Rohan Mehra — Former harbour master, …": a list entry's former post, whatever it is
    r"|[ \t]*[—–·•|][ \t]*(?:former|formerly|retired)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s*,"
    r"|\s*\n\s*(?:co-?founder|founder|ceo|cto|head|chief|vp|vice president|director"
    r"|founding|general|managing|partner|professor|engineer|lead)\b(?!s?(?:\s+by)?\s*:))",
    re.I,
)
_PERSON_BEFORE = re.compile(
    r"(?:\b(?:said|says|told|according to|ceo|cto|coo|cfo|cso|founder|co-?founder|cofounder"
    r"|partner|professor|prof\.?|dr\.?|mr\.?|ms\.?|mrs\.?|engineer|scientist|researcher"
    r"|director|head|officer|manager|president|chairman|chairwoman|chair|executive|colleagues?|lead"
    r"|hired|brought on|appointed|married to|boss|advisor|adviser|analyst|founders"
    r"|cofounders|co-founders|spoke with|interviewed|roommate|classmate|friend|wife|husband"
    r"|brother|sister|mentor|appointment of|accountant|doctor|physician|surgeon|lawyer|attorney"
    r"|economist|designer|developer|banker|nurse|pharmacist|architect|journalist|reporter"
    r"|entrepreneur|investor)(?:\s+(?:is|was))?\s*[,:]?\s*)$"  # "Founders: Lena Vogt, …"
    r"|\b(?:co-?founded|founded|started|established|set up|created)\b[^.;]{0,30}\bby\s+$"
    # "Our first head of risk, Camila Herrera, …": a title with its field, then the name
    r"|\b(?:head|director|chief \w+ officer|vice president|vp|manager|lead)\s+of\s+[\w&-]+"
    r"(?:\s+[\w&-]+)?\s*,\s*$",
    re.I,
)
_ORG_BEFORE = re.compile(
    r"(?:\b(?:at|joined|joining|joins|join|rejoined|founded|co-?founded|cofounded|founding"
    r"|incorporated|incorporating|to (?:co-?)?found|to launch"  # "left to found Hatch Credit"
    r"|co-?founding|started|starting"
    r"|start|set up|setting up|launched|startup|start-up|company|firm|fund|investors?"
    r"|shareholders?|backers?|led by|backed by|funded by|left|leaving|values|valued"
    r"|belongs to|belonging to|owned by|operated by"
    r"|such as|including|ex|of the|for|with|from|competes with|compete with|competing with"
    r"|investors,|shareholders,|backers,"
    r"|rivals?|competitors?)\s+(?:the\s+)?)$|-based\s+$"
    r"|\bwe(?:'re|’re|\s+are)\s+$"  # a company's own page: "We're Sablecode."
    r"|\b(?:round|funding|financing|investment|capital|money|million|billion|backing)\b[^.;]{0,25}?"
    r"\bfrom\s+$"
    r"|\b(?:phd|ph\.d\.?|doctorate|master's|masters|bachelor's|mba|degree|bs|ba|ms|msc|bsc)\b"
    r"[^.;]{0,40}?\b(?:from|at)\s+(?:the\s+)?$"
    r"|\b" + TITLE_HEAD + r"\s+at\s+(?:the\s+)?$"
    r"|\b(?:co-?founded|founded|started|launched|set up|joined)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:company|startup|start-up|nonprofit|non-profit|firm|lab|venture|fund"
    r"|studio|charity|foundation|agency)\s+(?:called\s+|named\s+)?$"
    r"|\b(?:lender|marketplace|chipmaker|automaker|insurer|retailer|fintech|platform|maker"
    r"|developer|provider|consultancy|brokerage|carrier|supplier|manufacturer|publisher"
    r"|accelerator|incubator|registry|regulator|exchange|operator|nonprofit)\s+$"
    # ("the Jakarta SME lender Lendana", "consultancy Quilty Space", "the carbon registry Verra")
    r"|(?:^|\n)\s*\d{1,3}[.)]\s+[^\n]{2,40}?\s[-—–|]\s+$"  # "3. Lim Wei Ling - Lendana"
    r"|\b(?:ceo|cto|coo|cfo|chief [a-z ]{3,30}|president|co-?founder|founder|chairman"
    r"|chairwoman|managing director|general manager)\s+of\s+(?:the\s+)?$"
    r"|,\s*(?:ceo|cto|coo|cfo|co-?founder|founder|president|chairman|chairwoman)\s*,\s*$"
    # "her first company, PrintPal, was acquired": someone's company, by name
    # ("His company, Curdwise, makes …")
    r"|\b(?:his|her|their|my|our)\s+(?:(?:first|second|third|previous|last|earlier|next|new"
    r"|former)\s+)?(?:company|startup|start-up|venture|business)\s*,\s*$"
    # "to start his own company, Voltwise"
    r"|\b(?:start|found|launch|set up|build)\w*\s+(?:his|her|their|a|an|the)\s+(?:own\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:company|startup|start-up|firm|venture|business)\s*,\s*$",
    re.I,
)
_ORG_AFTER = re.compile(
    rf"^(?:{POSSESSIVE}\s+(?:[\w-]+\s+){{0,3}}?(?:products?|platforms?|apps?|models?|chatbot|round"
    r"|series|seed|board|revenues?|valuation|customers?|investors?|shares|ceo|cto|founders?"
    r"|co-?founders?|offices?|team|headquarters|employees?|staff|engineers?|researchers?"
    r"|partners?|executives?|deal|labs?|business|division|unit|tools?|software|services?"
    r"|chips?|cards?|users|stake|ipo|listing|head\s+of|vice\s+president|general\s+manager"
    r"|country\s+manager|chief\s+\w+\s+officer)\b"
    r"|\s+(?:(?:has|had|have|also|both|all|was|were|is|already|now|still|currently)\s+)?"
    r"(?:raised|raises|closed|closes"
    r"|announced|announces"
    r"|is building|builds|sells|booked"
    r"|books|launched|launches|released|releases|develops|makes|charges|counts|has raised"
    r"|had raised|was founded|was incorporated|was established|was started|was set up|led|leads"
    r"|co-led|participated|also participated|backed|invested|holds no stake|did not respond"
    r"|declined to comment|is valued|was valued|employs|acquired|bought|hired|hires|ships"
    r"|shipped|deploys|is pitching|has been bolting|have been bolting"
    r"|put(?=[^.;]{0,30}\binto\b[^.;]{0,20}\b(?:round|seed|series)))\b"
    r",?|(?:,|\s+(?:is|was))\s+(?:a|an|the|its|their|his|her)\s+"
    # (not "Waymark, an app the company built": a thing, then a clause about its maker)
    r"(?:(?!(?:at|of|for|with|in|from|on|the|its|their|our|that|which|who)\s)[\w&-]+\s+){0,6}?"
    r"(?:startup|start-up|company|firm|developer"
    r"|maker|provider|carrier|supplier|vendor|lab|fund|investor|unicorn|manufacturer|business"
    r"|venture|agency|insurer|bank|group|subsidiary|publisher|studio|operator|marketplace"
    r"|retailer|brand|chipmaker|automaker|carmaker|incubator|accelerator|university|school"
    r"|hospital|website|site|portal|consultancy|nonprofit|non-profit|organi[sz]ation|rival|competitor"
    r"|pioneer|giant|conglomerate|powerhouse|chain)s?\b"
    r"(?!\s+(?:said|says|told|added|adds|noted|confirmed|declined))"  # "…, the company said"
    # (not "Jonas Brandt, a former lab mate": the noun names a person who was there)
    r"(?!\s+(?:mates?|colleagues?|veterans?|alumn\w+|founders?|co-?founders?|owners?|executives?"
    r"|employees?|staffers?|engineers?|scientists?|researchers?)\b)"
    r"|\s*\([\u4e00-\u9fff]{2,}(?:" + _HAN_ORG + r")\)"
    r"|\s*\([\u4e00-\u9fff]{4,10}\)"  # 坤岚智驾: a company's Chinese name, longer than a person's
    # an entry's company with its founders under it ("2. Polaris Voice" / "Founder: …")
    r"|[^\n]{0,20}\n\s*(?:(?:co-?)?founders?|founded by)\s*:"
    r"|\s*(?:\([A-Za-z ]{2,30}\)\s*)?,?\s+(?:co\.|ltd\b|limited\b|inc\b|corp\b|llc\b|plc\b|gmbh\b)"
    r"|\s+(?:commissioner|spokes(?:person|man|woman)|veteran|alumn\w+)\b"
    # "said Harbourline managing director Vivian Kwok": a post there, then its holder's name
    r"|\s+(?:(?:managing|executive|general|senior|founding)\s+)?(?:director|partner|analyst"
    r"|chairman|chairwoman|president|ceo|cto|cfo|coo)\s+[A-Z][a-z]"
    r"|(?:\s*,\s*[^,.;]{1,40})?\s+(?:and\s+[^,.;]{1,40}\s+)?(?:also\s+)?participat(?:ed|ing)\b"
    r"|\s+(?:also\s+)?(?:joined|participated in|invested in)\s+the\s+(?:round|financing|raise)\b"
    # "Village Global and several angel investors …": one investor listed with others
    r"|\s+and\s+(?:several|other|some|a\s+few|two|three|four|individual)\s+(?:[\w-]+\s+)?"
    r"(?:investors|backers)\b"
    r"|,\s+which\s+\S+(?:\s+\S+)?\s+(?:co-?founded|founded|started|launched|set up|built)\b"
    r"|,\s+which\s+(?:has\s+|had\s+)?(?:raised|was founded|makes|builds|sells|develops|is backed"
    r"|was acquired|employs)\b"
    r"|,\s+which\s+(?!is\b|was\b|has\b|does\b)[a-z]{3,}s\s+(?!(?:him|her|them)\b)[a-z]+)",
    re.I,
)
# "from" is a weak cue, unless money or a degree came from there.
_STRONG_FROM = re.compile(
    r"\b(?:round|funding|financing|investment|capital|money|million|billion|backing"
    r"|participation)\b[^.;]{0,25}?\bfrom\s+$"
    r"|\b(?:phd|ph\.d\.?|doctorate|master's|masters|bachelor's|mba|degree|bs|ba|ms|msc|bsc)\b"
    r"[^.;]{0,40}?\b(?:from|at)\s+(?:the\s+)?$"
    r"|\b(?:joined|joins|join|came|comes|moved|arrived|arrives|hired|poached)\b[^.;]{0,40}\bfrom\s+$",
    re.I,
)
_PLACE_BEFORE = re.compile(
    r"\b(?:in|near|across|based in|offices? in|headquartered in|moved to|flew to|born in"
    r"|outside|throughout)\s+(?:the\s+)?$",
    re.I,
)
# "Ganzhou, a city in southern Jiangxi": a place described as one.
_PLACE_AFTER = re.compile(
    r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:city|town|village|province|county|prefecture"
    r"|region|district|suburb|port|capital|state|country|island|municipality)\b"
    # (not "Deena Okafor, the Lux Capital partner": a firm's name and a post there)
    r"(?!\s+(?:company|firm|startup|group|fund|bank|utility|operator|developer|partner|principal"
    r"|associate|director|analyst|investor|founder|managing|general|venture|ventures|adviser"
    r"|advisor|team|vice|head|chief|president))",
    re.I,
)
# The field lines of a list entry, on the line after the name that heads it.
_ENTRY_FIELDS_NEXT = re.compile(
    r"[ \t]*\n[ \t]*(?:[-•*][ \t]*)?(?:former posts?|previous(?:ly)?|founded|co-founded|born"
    # ("- IP role: Chief financial officer": a post at the list's company)
    r"|education|career|[\w&.'’-]{1,20}\s+role)"
    r"[ \t]*:",
    re.I,
)
# A line's start before a name, bold or not: "**Keisha Brandt**".
_LINE_START = re.compile(r"(?:^|\n)[ \t]*[*_#]*$")
_PRODUCT_BEFORE = re.compile(
    r"(?:\b[a-z][\w-]*,?\s+(?:called|named|dubbed|branded|code-named|codenamed)\s+(?:the\s+)?"
    # (not "Head of Product" or "VP of Platform", a title, at a line's end before a name)
    r"|\b(?<!of )(?:product|platform|app|application|model|model family|family|chatbot"
    r"|assistant|card|chip|tool|software|service|engine|suite|device|robot|game|agent|copilot"
    r"|api|system"
    r"|module|sensor|drone|vehicle|headset|processor|accelerator|package|kit|kiosk|scanner"
    # "Lanternfish's debut, Tidebound", "A B2B version, Clutchwise for Teams", "the corn line
    # HF-212": what a maker releases, named in apposition
    r"|debut|title|version|edition|hybrid|variety|line|dashboard|patch|network)s?"
    r",?\s+(?:the\s+)?"
    # ("Greasewell's main product is the Wellbin", "Our best-seller is the Harbor Lounge Chair")
    r"|\b(?:product|platform|app|offering|best-?seller) (?:is|was)\s+(?:the\s+)?"
    r"|\bunder the (?:name|brand|brand name)\s+"
    r"|\b(?:our|its|their)\s+(?:[\w-]+\s+){0,2}?(?:process|technology|series|line),\s+)$",
    re.I,
)
# "Grace was a product manager", "a software engineer": a job named by what it works on
_JOB_AFTER_KIND = (
    r"(?:manager|engineer|designer|lead|director|owner|marketer|officer|architect|analyst"
    r"|specialist|counsel|developer|head|management|marketing|intern)\b"
)
_PRODUCT_AFTER = re.compile(
    r"^(?:\s+(?:platform|app|chatbot|models?|assistant|card|chip|software|engine|suite|api"
    r"|copilot|modules?|sensors?|drones?|headsets?|processors?|fixtures)\b"
    r"|\s+(?:is|was)\s+(?:our|its|their|a|an|the)\s+(?:[\w/-]+\s+){0,4}?(?:platform|product"
    r"|app|tool|model|chatbot|assistant|service|software|engine|suite|api|robot|device|drone"
    r"|vehicle|terminal|sensor|chip|headset)\b(?!\s+" + _JOB_AFTER_KIND + ")"
    r"|\s+(?:is|are|was|were|has been|have been)\s+(?:now\s+|today\s+|currently\s+)?"
    r"(?:deployed|installed|live|in use)\s+(?:in|at|on|across)\b"
    r"|,\s+(?:a|an)\s+(?:[\w/-]+\s+){0,3}?(?:chatbot|assistant|copilot"
    r"|robot|drone|headset|terminal|chip)\b(?!\s+(?:professor|director|manager|editor|company"
    r"|startup|firm|maker|provider|developer|business))"
    r"|,\s+(?:the\s+)?(?:company's|company’s|firm's|startup's|its|our|their|[a-z][\w-]*'s)\s+"
    r"(?:[\w/-]+\s+){0,3}?(?:platform|product|app|tool|model|chatbot|assistant|service"
    r"|software|engine|suite|api|robot|device|drone|terminal|copilot|agent"
    r"|cabinets?|lockers?|kiosks?|chargers?|machines?|stations?)\b"
    r"|\s+(?:is|was)\s+(?:now\s+|today\s+)?used\s+(?:today\s+)?by\b"
    r"|,?\s+(?:has|had|have)\s+(?:been\s+)?(?:downloaded|deployed|installed)\b"
    r"|\s*(?:\([^)]{1,12}\))?,?\s+(?:was\s+|has been\s+)?(?:released|launched)\s+(?:in|on|under|last|this)\b)",  # noqa: E501
    re.I,
)


# "under its HarborFast network", "our Verdalux Canopy fixtures": a thing the company owns,
# by the word for what kind of thing it is
# ("Its flagship Tidecell 150 cell", "Altivo's best-selling Switchback Shell rain jacket", "Its
# HeliTape product ships": an owner, a word that ranks a product, the name, then what it is)
_OWNED_BEFORE = re.compile(
    rf"\b(?:its|our|their|[A-Z][\w-]*{POSSESSIVE})\s+(?:(?:flagship|best-selling|top-selling"
    r"|first|latest|newest|new|original|signature|core|main)\s+)?$",
    re.I,
)
_OWNED_KIND_AFTER = re.compile("^" + PRODUCT_KIND_AFTER)
# "Orbisa's flagship RV-80C cycloidal reducer": a word that ranks a product, whatever its kind —
# unless a name follows the kind in apposition ("Its flagship ArF immersion resist, KR-193i")
_NAMED_AFTER_KIND = re.compile(r"(?:\s+[a-z][\w-]*){1,3},\s+[A-Z]")
_OWN_THING_APPOSED = re.compile(
    rf"\b(?:its|our|their|the company's|the company’s|[A-Z][\w-]*{POSSESSIVE})\s+(?:"
    r"(?:[\w-]+\s+){0,3}(?:vessel|ship|boat|drone|robot|device|truck|vehicle|chip|satellite"
    rf"|rocket|engine|machine|model|reactor|aircraft|{THING})"
    # ("The company's flagship integrated smart toilet, Lumaqua Aura": its flagship, whatever)
    r"|(?:flagship|best-selling|top-selling|newest|latest)\s+(?:[\w-]+\s+){0,3}[\w-]+)"
    r",\s+(?:the\s+)?$",
    re.I,
)
_RANKED_BEFORE = re.compile(
    rf"\b(?:its|our|their|[A-Z][\w-]*{POSSESSIVE})\s+(?:flagship|best-selling|top-selling)\s+$",
    re.I,
)
_SOLD_OF_ITS = re.compile(
    r"\b(?:sold|shipped|delivered|installed|deployed)\s+(?:more than\s+|over\s+|about\s+|nearly\s+"
    r"|roughly\s+|some\s+)?\d[\d,.]*(?:\s+(?:million|thousand))?\s+of\s+(?:its|their|our)\s+$",
    re.I,
)
_COUNT_BEFORE = re.compile(
    r"(?<![\w.,])(?!(?:19|20)\d\d )\d[\d,]*(?:\.\d+)?(?: (?:million|thousand))? $"
)  # (on the same line, and not a year)
_MAKES_BEFORE = re.compile(
    r"\b(?:makes|made|sells|sold|ships|shipped|produces|produced|manufactures|manufactured)"
    r"\s+(?:the\s+|its\s+)?$",
    re.I,
)
_ITS_BEFORE = re.compile(r"\b(?:its|our|their)\s+$", re.I)
_LINE_AFTER = re.compile(r"^\s+(?:[a-z][\w-]*\s+){0,2}?line\b")
_UNDER_THE = re.compile(r"\bunder\s+(?:the|its|their)\s+$", re.I)
_IS_THE_BEFORE = re.compile(r"\b(?:is|was)\s+(?:the|its|their|our)\s+$")
_FIRM_DESCRIBED = re.compile(
    r"\b(?:company|startup|firm|maker|fund|investor|bank|group|lab|laboratory|university"
    r"|school|agency|brand|chain|retailer|manufacturer|founder|executive|engineer|team)\b",
    re.I,
)
_BRAND_AFTER = re.compile(r"^\s+(?:brand|label|trademark)\b")
_DESCRIBED_AFTER = re.compile(
    r"^(?:\s+\d{1,4})?,\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}?[\w-]+\s+(?:that|which|installed|used|sold|designed"
    r"|built|for|with)\b"
)


# "Okonkwo said Tariff Desk now prepares …": what follows a speaker and "said" is what was
# said, not who said it (", said Dana Whitfield" names the speaker).
_REPORTED = re.compile(r"[\w)]\s+(?:said|says)\s+$", re.I)
# A product's model name: a capitalised word, then a model number ("Lingque P2", "HX-800").
_MODEL_NUMBER = re.compile(rf"^[A-Z][\w-]+ (?:{MODEL_LETTERS})$")
# A model code on its own, letters, a hyphen and a number (FL-200, HF-212, PtX-30): in the
# news sets' English articles 32 of 35 such codes named a product.
_LONE_MODEL = re.compile(r"[A-Z][A-Za-z]{0,3}-\d{1,4}(?:[A-Za-z](?<!s))?")  # (38 H-40s: plural)
_CODES_NOT_PRODUCTS = frozenset({"K-12", "COVID-19", "H-1B", "F-1", "J-1", "L-1", "O-1", "B-1"})
_SERIES_AFTER = re.compile(r"^ (?:series|line|range) of\b|^ (?:series|lineup)\b")
_PRODUCT_SECTION = re.compile(
    r"(?:^|\n)\s*(?:our products?|what we (?:make|build|sell|do)|the products?|products?"
    r"|our platform|the platform)\s*:?\s*\n\s*$",
    re.I,
)
_MARKUP = re.compile(r"[*_#]+")
_FORMER = re.compile(r"\b(?:former|ex-|onetime|one-time|retired|longtime|long-time)\s*$", re.I)
# (or only an article: "a Bass Pro Shops executive" works there; "an R&D engineer", "a UX
# designer" name a field, not a firm)
_ARTICLE = re.compile(r"\b(?:a|an)\s+$", re.I)
_FIELD_ACRONYM = re.compile(r"[A-Z&/]{1,5}|PhD|MBA")
_STAFF_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:engineers?|executives?|researchers?|scientists?|employees?|colleagues?"
    r"|managers?|directors?|designers?|staffers?)\b",
    re.I,
)


# A post held at the name that follows: "hardware engineer at", "director of mission assurance at".
# The kind of firm written right before its name, after a preposition: "at the reel maker".
_KIND_BEFORE = re.compile(
    r"\b(?:at|for|with|from|by|of)\s+the\s+(?:[\w-]+\s+){0,3}?(?:maker|manufacturer|company|firm"
    r"|startup|start-up|supplier|retailer|chain|brand|bank|insurer|carrier|operator|developer"
    r"|conglomerate|giant|group|consultancy|agency|studio)\s+$",
    re.I,
)
_POST_AT = re.compile(
    r"\b" + TITLE_HEAD + r"(?:\s+of\s+[\w&-]+(?:\s+[\w&-]+){0,2})?\s+at\s+(?:the\s+)?$", re.I
)


@dataclass
class Evidence:
    person: float = 0.0
    org: float = 0.0
    place: float = 0.0
    product: float = 0.0


# A round raised: what only a company does, whatever else its name is used for.
_RAISED_ROUND = re.compile(
    r"\s+(?:(?:has|had|also|recently|just)\s+)*(?:raised|raises|closed|closes|secured|secures)\s+"
    r"(?:(?:a|an|its|the|another)\s+)?[^.;]{0,30}?\b(?:round|funding|financing|series [a-f]\b"
    r"|pre-seed|seed|angel)\b"
    # 'Quorix Clinical ("Quorix" or "the Company")': a release's own company, defined as such
    r"|\s*\(\s*[\"“][^\"”)]{1,40}[\"”]\s*(?:or|,)\s*[\"“]?(?:the\s+)?[\"“]?(?:Company|Issuer)[\"”]?\s*\)",
    re.I,
)
# A career line: a post, a comma, then the organisation and the years in brackets.
_CAREER_LINE_BEFORE = re.compile(r"(?:^|\n)[^\n]{2,80}?[a-z)],[ \t]*$")
_YEARS_AFTER = re.compile(
    r"[ \t]*\((?:19|20)\d{2}\s*(?:[-–—]\s*(?:(?:19|20)\d{2}|present|now)\s*)?\)", re.I
)
# A markdown heading that names a company and its one-line pitch in lower case.
_HEADING_BEFORE = re.compile(r"[ \t]*#{1,6}[ \t]*(?:\d{1,2}[.)][ \t]*)?(?:\*\*)?")
_TAGLINE_AFTER = re.compile(r"[ \t]+(?:[—–]|-|:|\|)[ \t]+(?:an?[ \t]+|the[ \t]+)?[a-z]")
_BOLD_LEAD = re.compile(r"[ \t]*\*\*")
# A paragraph that opens with the name, then what it does now (lexicon.LEAD_VERB): a company
# presented, as a recap of pitches presents each team.
_PARAGRAPH_START = re.compile(r"(?:\A|\n[ \t]*\n)[ \t]*$")
# Founders listed under a heading: "- **Marta Jovanović**, co-founder & CEO — …".
_FOUNDERS_UNDER = re.compile(r"\n[ \t]*[-*•][^\n]{2,60}?\b(?:co-?founder|founder)\b", re.I)
# A list entry's company: its city in brackets, then what it does in lower case.
_CITY_AND_LINE = re.compile(r"[ \t]*\([A-Z][\w .'’-]{1,30}\)[ \t]*[—–-][ \t]*[a-z]")


def weigh(text: str, start: int, end: int, evidence: Evidence, flag: str, honorific: bool) -> None:
    """Add what the words around text[start:end] say to `evidence`."""
    before = text[max(0, start - 40) : start]
    # (no cue reaches across a paragraph's break: "… seed round from Precursor Ventures.\n\n###
    # 3. Ravi Menon" is a heading, not money from Ravi Menon)
    before = _MARKUP.sub("", before[before.rfind("\n\n") + 2 :] if "\n\n" in before else before)
    after = text[end : end + 80]
    after = _MARKUP.sub("", after[: after.find("\n\n")] if "\n\n" in after else after)
    if _PERSON_AFTER.match(after):
        evidence.person += 1
    if _OWN_PRONOUN_AFTER.match(after):
        evidence.person += 1  # "Sofia Nakamura-Brandt keeps a paper ledger on her desk"
    if (_PERSON_BEFORE.search(before) and not _REPORTED.search(before)) or honorific:
        evidence.person += 1
    if _ORG_BEFORE.search(before):
        weak = re.search(r"\b(?:for|with|from)\s+(?:the\s+)?$", before, re.I)
        weak = weak and not _STRONG_FROM.search(before)
        evidence.org += 0.5 if weak else 1
    staff = _FORMER.search(before) or (
        _ARTICLE.search(before) and not _FIELD_ACRONYM.fullmatch(text[start:end])
    )
    if _ORG_AFTER.match(after) or (staff and _STAFF_AFTER.match(after)):
        evidence.org += 1  # "a former Fanuc engineer": the one who was there
    if _POST_AT.search(before):
        evidence.org += 1  # "a hardware engineer at John Deere": a post held there
    if _KIND_BEFORE.search(before):
        evidence.org += 1  # "at the reel maker Haibo Fishing Tackle": the kind of firm, then it
    if _CAREER_LINE_BEFORE.search(before) and _YEARS_AFTER.match(after):
        evidence.org += 1  # "Previously: Staff Engineer, Canva (2019–2024)": a post, then where
    if _RAISED_ROUND.match(after):
        evidence.org += 1  # "Cargoline raised a pre-seed round": only a company raises one
    field = FOUNDED_FIELD.search(before) or COMPANY_FIELD.search(before)
    if field and field.end() == len(before):
        # "Founded: Tallyroll (2020)", "Company: GroutIQ (founded 2023)": a list entry's company
        evidence.org += 2
    if _LINE_START.search(text, max(0, start - 8), start) and _ENTRY_FIELDS_NEXT.match(after):
        evidence.person += 1  # "Derya Lindqvist" alone on a line, then "Former posts: …"
    # the line before the name, where a heading's marks could stand (16 characters at most)
    newline = text.rfind("\n", max(0, start - 16), start)
    line_head = text[newline + 1 : start] if newline >= 0 or start <= 16 else "…"
    if _HEADING_BEFORE.fullmatch(line_head) and _TAGLINE_AFTER.match(after):
        evidence.org += 2  # "### Siltrace — yield analytics for chip fabs": a company's pitch
    elif (
        line_head.strip().startswith("#")
        and _HEADING_BEFORE.fullmatch(line_head)
        and re.match(r"[ \t*]*\n", after)
        and _FOUNDERS_UNDER.search(text, end, end + 700)
    ):
        evidence.org += 2  # "### Quarryline", then its pitch and its founders listed under it
    if (
        _BOLD_LEAD.fullmatch(line_head)
        and text[end : end + 2] == "**"
        # "**Cellwise** grades used batteries": a present-tense verb after the bold name
        and re.match(r" (?:is|are|has|[a-z]{2,}[^s\W]s)\b", text[end + 2 : end + 16])
        # (not "**Priya Raman** is the second generation": a given name opens a person's)
        and text[start:end].split()[0].lower() not in english_given_names()
    ):
        evidence.org += 2  # "**Quillby** is a writing tutor …": a paragraph led by a company
    elif _PARAGRAPH_START.search(text, max(0, start - 8), start) and LEAD_VERB.match(after):
        evidence.org += 1  # "Labelbright prints short-run labels …": a paragraph a company leads
    if flag == "-backed" or _CITY_AND_LINE.match(after):
        evidence.org += 1  # "Sendara (Jakarta) — working-capital loans for fleets"
    if flag in ("-based", "-born") or _PLACE_BEFORE.search(before):
        evidence.place += 1
    if _PLACE_AFTER.match(after):
        evidence.place += 2  # said outright to be a place
    if (
        _PRODUCT_BEFORE.search(before)
        or _PRODUCT_AFTER.match(after)
        or (_OWNED_BEFORE.search(before) and _OWNED_KIND_AFTER.match(after))
        # ("Its flagship ArF immersion resist, KR-193i": the name in apposition is the product)
        or (_RANKED_BEFORE.search(before) and not _NAMED_AFTER_KIND.match(after))
        # "shipped 150,000 XM-Link ground terminals": a count of things of that name and kind
        or (_OWNED_KIND_AFTER.match(after) and _COUNT_BEFORE.search(before))
        # "makes the AX Lock 5, a solar-powered smart lock": what a company makes, described
        or (_DESCRIBED_AFTER.match(after) and _MAKES_BEFORE.search(before))
        # "That design is the Stormfold One, a compact umbrella with …": a thing, described
        or (
            _IS_THE_BEFORE.search(before)
            and (described := _DESCRIBED_AFTER.match(after))
            and not _FIRM_DESCRIBED.search(described.group())
        )
        # "sells it under the LacPure brand"
        or (_BRAND_AFTER.match(after) and _UNDER_THE.search(before))
        # "Its first vessel, the Halcyra Tern": a thing the company owns, then its name
        or _OWN_THING_APPOSED.search(before)
        # "has sold more than 14,000 of its Aero saddles": a count of the company's own things
        or _SOLD_OF_ITS.search(before)
        # "Its Halo pump line has sold …": its own line (not "DJI's Agras line", another's)
        or (_ITS_BEFORE.search(before) and _LINE_AFTER.match(after))
    ):
        evidence.product += 1
    elif (
        _MODEL_NUMBER.search(text[start:end])
        or _SERIES_AFTER.match(text[end : end + 20])
        or (_LONE_MODEL.fullmatch(text[start:end]) and text[start:end] not in _CODES_NOT_PRODUCTS)
    ):
        evidence.product += 1  # "its Lingque P2 quadrupeds", "its Drift series", "HX-1200"
    elif _PRODUCT_SECTION.search(text[max(0, start - 40) : start]):
        evidence.product += 1  # the name that opens a section headed "Our product"
