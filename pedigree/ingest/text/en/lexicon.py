"""English words that carry relations, as classes: a rule asks "is there a joining verb before
this organisation?" and any joining verb will do. Nothing here names a company or a person.

The patterns are written for the folded, lower-cased text (`str.lower()` keeps offsets for the
text readers see); person and organisation names are matched as markers (see `names.MARK`).
"""

from __future__ import annotations

import re

# A possessive: Nike's, Nike’s, and after a final s the apostrophe alone (Hermès' director,
# Williams' former head). (The s is not looked behind for: most patterns read the words after a
# name, cut from the text there.)
POSSESSIVE = r"(?:'s|’s|['’](?=\s))"


def words(text: str) -> frozenset[str]:
    """A word class written as one string of space-separated words."""
    return frozenset(text.split())

# -- words inside names ------------------------------------------------------------------------

# Last words that make a capitalised run an organisation: Aubrac Labs, Tianrui Capital.
ORG_SUFFIXES = words(
    "ai labs lab capital ventures venture partners partnership group holdings technology "
    "technologies tech intelligence data systems communications automotive games gaming studios "
    "mutual insurance bank financial robotics software networks therapeutics biotech bio health "
    "healthcare medical motors media semiconductor semiconductors security cloud research "
    "analytics inc inc. corp corp. corporation co co. ltd ltd. llc plc gmbh sa ag company fund "
    "funds investments investment management advisors associates consulting solutions dynamics "
    "energy foods pharma pharmaceuticals logistics airlines electronics devices computing "
    "robotics labs. foundation trust exchange markets brands entertainment pictures music "
    "industries enterprises limited interactive digital wire news times journal post press "
    "review magazine daily weekly hospital clinic pr investors gmbh branch "
    # legal forms elsewhere: Singapore and Australia (Pte., Pty), Malaysia (Bhd), Europe
    "pte pte. pty pty. bhd bhd. sdn oy ab asa bv b.v. nv n.v. sas srl s.r.l. spa s.p.a. kk k.k. "
    # what a company's name ends in by its trade (Qiwei Mobility, Xingmai Space)
    "mobility aerospace space genomics diagnostics biosciences sciences power solar batteries "
    "agritech fintech medtech edtech studio "
    # and the places a chain runs (Kinetiq Clubs, Gerak Gym)
    "clubs club gym gyms fitness clinics dental optical insure "
    # and public bodies (Xizhou Town Government, Chinese Equestrian Association)
    "government association federation authority agency commission council ministry bureau "
    "museum"
)
# Words that make a run a school (University of Michigan, Imperial College London).
SCHOOL_WORDS = words(
    "university universität université universidad universidade college polytechnic "
    "polytechnique politécnico politecnico tecnológico tecnologico instituto institut institute "
    "hochschule école ecole escuela escola technion school academy conservatory seminary"
)
# Words after which "of" or "for" joins a name: University of Michigan, Institute for AI.
OF_HEADS = words(
    "university institute academy bank school college ministry department bureau association "
    "society federation commission centre center museum council board office chamber "
    "corporation authority agency administration court service foundation organisation "
    "organization laboratory laboratories"
)


def body_of(lower: list[str]) -> bool:
    """A body's head word, then "of" or "for": Port Authority of Singapore, Bank of America."""
    return any(a in OF_HEADS and b in ("of", "for") for a, b in zip(lower, lower[1:], strict=False))


# Title words: a capitalised run made only of these is a title, never a name.
TITLE_WORDS = words(
    "chief executive officer officers president vice vp svp evp director directors head manager "
    "managing general partner partners principal founder co-founder cofounder founding ceo cto "
    "coo cfo cpo cmo cso cio cro chairman chairwoman chair chairperson engineer engineering "
    "scientist scientific advisory advisor advisors adviser board member members professor "
    "assistant associate senior staff lead leader product operations technology technical "
    "research researcher marketing sales business development strategy creative medical global "
    "regional country europe asia america emea apac operating financial investment investor "
    "relations communications of & and the secretary treasurer counsel editor editor-in-chief "
    "reporter correspondent columnist analyst fellow intern go-to-market design designer art "
    "artistic people talent hr legal"
)
# Words for where someone or something is from: never a name alone ("Chinese founders"), but
# the start of a school's ("the Norwegian University of Science and Technology").
NATIONALITIES = words(
    "chinese korean japanese french german spanish irish british american european asian "
    "african indian italian canadian australian israeli swiss swedish dutch danish norwegian "
    "finnish polish russian brazilian mexican singaporean taiwanese vietnamese thai indonesian "
    "malaysian filipino turkish egyptian nigerian kenyan scottish welsh portuguese greek "
    "austrian belgian czech hungarian romanian ukrainian argentine argentinian chilean colombian "
    "peruvian pakistani bangladeshi saudi emirati iranian "
    # and who someone is ("Deaf software engineer Marisol Ferreyra", "Deaf linguist …")
    "deaf indigenous hispanic latino latina"
)
# Capitalised words that are never part of a name (sentence openers, function words, months).
NOT_NAME = words(
    "the a an in on at by for from with after before during since until under of and or but to "
    "near across around through throughout within toward towards upon between beside behind "
    "inside outside beyond along against "
    "into onto about as than that this these those there here it its it's he she him his her "
    "hers they them their we us our i me my you your who whom whose which what when where why "
    "how while if though although because so yet not no nor also both either neither each every "
    "all any some many most more much few other another such same now then today former "
    "co-founded cofounded founded joined spent worked started launched left previously "
    "formerly currently later "
    "ex late "
    "yesterday tomorrow "
    "earlier later meanwhile however still even just only already again ever never according "
    "alongside among amid despite including like unlike per via instead rather january february "
    "march april may june july august september october november december "
    "jul monday tuesday wednesday thursday friday saturday sunday mr "
    "mr. ms ms. mrs mrs. dr dr. prof prof. professor sir dame series seed angel pre-seed pre-ipo "
    "ipo phd ph.d. mba msc bsc beng meng bs ms ba md jd postdoc q1 q2 q3 q4 h1 h2 fy am pm "
    "pdt pst est edt et gmt utc cet bst ist hkt yes no okay ok well oh ah please thanks thank "
    "read see more news provided contact media born education occupation title known spouse "
    "undisclosed stealth unnamed tba tbd unknown n/a mafia "
    "children residence nationality website references notes team company about our product "
    "products backed advisors founders meet selected update updated edited photo photos image "
    "video source sources pinyin english api apis "
    "sdk sdks ml llm llms gpu gpus cpu cpus saas ui ux vr ar iot nlp cv rtl roi nda b2b b2c"
) | NATIONALITIES
# Month abbreviations: a date ("Jan. 9", "Jun 3") when a full stop or a day follows, else
# possibly a name (Ma Jun, Li Jun).
MONTH_ABBREVIATIONS = words("jan feb mar apr jun jul aug sep sept oct nov dec")
HONORIFICS = words("mr mr. ms ms. mrs mrs. dr dr. prof prof. professor sir dame")
NAME_PARTICLES = words("de da di du van von der den la le al bin ben dos das del")
# Places: a run that is one of these (or ends in a place word) names no one.
PLACES = words(
    "china beijing shanghai shenzhen hangzhou guangzhou chengdu wuhan nanjing suzhou xi'an "
    "tianjin chongqing hong kong macau taiwan taipei singapore japan tokyo korea seoul india "
    "bangalore bengaluru mumbai delhi asia europe africa america americas australia sydney "
    "melbourne canada toronto montreal vancouver london paris berlin munich frankfurt hamburg "
    "amsterdam zurich geneva stockholm helsinki dublin madrid barcelona milan rome lisbon "
    "vienna prague warsaw moscow israel tel aviv dubai riyadh cairo lagos nairobi brazil mexico "
    "united states kingdom uk us usa u.s. eu new york san francisco los angeles seattle boston "
    "austin chicago denver atlanta miami dallas houston washington california texas "
    "massachusetts silicon valley bay area palo alto mountain view santa clara menlo park "
    "sunnyvale san jose cambridge oxford midwest southeast northeast northwest southwest east "
    "west north south central mainland greater shaanxi guangdong zhejiang jiangsu sichuan "
    "fujian shandong hubei hunan henan hebei anhui yunnan des moines vietnam thailand indonesia "
    "shanxi xinjiang tibet guangxi ningxia gansu qinghai hainan heilongjiang jilin liaoning "
    "jiangxi guizhou inner mongolia "
    "pacific latin apac emea asean oceania nordics benelux anz "
    "malaysia philippines germany france italy spain netherlands sweden norway finland denmark "
    "switzerland austria poland ireland scotland england wales"
)
PLACE_WORDS = words(
    "district province county city state lake river valley street road avenue square "
    "island islands mountain mountains region area coast"
)

# The number that opens a list entry, a markdown heading's marks perhaps before it: "12.",
# "2-3.", "### 3." ("### 3. Mei-Ling Cho, Kyusu Labs").
ENTRY_NUMBER = r"(?:#{1,6}[ \t]*)?\d{1,3}(?:\s*[-–]\s*\d{1,3})?[.)]"

# -- titles ------------------------------------------------------------------------------------

# The head of a job title: the word a title ends in (or "head of", "director of" before a field).
TITLE_HEAD = (
    r"(?:co-?founders?|cofounders?|founders?|ceo|cto|coo|cfo|cpo|cmo|cso|cio|cro|chro|cdo"
    r"|chief(?: [a-z-]+){1,3}? officer|chief executive|chief scientist|chief architect"
    r"|(?:senior |executive )?vice[- ]president|president|vp|svp|evp|directors?|heads?"
    r"|managers?|engineers?|researchers?|scientists?|partners?|principals?|associates?"
    r"|analysts?|chairman|chairwoman|chairperson|chair|leads?|leaders?|executives?|professors?"
    r"|lecturers?|fellows?|interns?|architects?|designers?|developers?|programmers?"
    r"|consultants?|officers?|employees?|staffers?|members? of (?:the )?technical staff"
    r"|technologists?|specialists?|strategists?|radiologists?|physicians?|surgeons?"
    r"|treasurer|controller|economists?|bankers?|traders?|accountants?|biologists?|chemists?"
    r"|physicists?|cardiologists?|clinicians?|nurses?|pharmacists?|statisticians?"
    r"|attorneys?|lawyers?|deans?|postdocs?|hires?|owners?|bosses|boss|colleagues?|teammates?"
    r"|lab ?mates?|co-?workers?"
    r"|(?:general )?counsel"
    r"|veterans?|alumn(?:us|a|i|ae)|alums?|executive|adviser|advisers|advisors?|founding engineer"
    r"|commissioners?|ministers?|secretary|governors?|ambassadors?|officials?"
    r"|spokes(?:person|man|woman)|editors?|reporters?|correspondents?|columnists?"
    r"|artists?|animators?|illustrators?|producers?|writers?|teachers?|pediatricians?|veterinarians?"
    r"|buyers?|recruiters?|planners?|auditors?|dentists?|orthodontists?|therapists?|pilots?"
    r"|curators?|merchandisers?|coach|coaches|inspectors?|supervisors?|coordinators?"
    r"|administrators?|representatives?|marketers?|underwriters?|brokers?|dispatchers?|captains?"
    r"|clerks?|paralegals?|judges?"
    # trades named by their ending: geologist, technician, photographer, psychiatrist
    r"|[a-z]+olog(?:ist|ists)|[a-z]+icians?|[a-z]+ographers?|[a-z]+iatrists?"
    r"|general manager|managing director|general partner|managing partner|venture partner)"
)
TITLE_HEAD_RE = re.compile(rf"\b{TITLE_HEAD}\b")
# Words that may stand before a title head (senior staff engineer, group product manager): any
# word but a function word, a verb of being, or a word saying the job is past.
_STOP = (
    r"the|a|an|is|was|are|were|be|been|being|who|whose|which|that|and|or|of|at|for|with|in|on"
    r"|to|from|by|as|his|her|their|its|our|my|your|former|formerly|previously|now|then|once"
    r"|also|currently|most|recently|said|says|told|he|she|it|they|we|i|after|before|while"
    r"|since|until|when|where|years?|months?|first|eventually|later|has|had|have|serves?|served"
    r"|became|becomes|become|becoming|remains?|remained|joined|join|hired|named|appointed|ran"
    r"|runs|led|leads|promoted|rose|rising|went|go|goes"
)
_TITLE_MOD = rf"(?<!['’])(?!(?:{_STOP})\b)[a-z0-9][\w&/-]*"
_FIELD_WORD = r"(?!(?:at|in|on|with|from|who|which|that|since|until|for|and|to|the|a|an|as)\b)[a-z0-9][\w&/-]*"  # noqa: E501
# A whole title: up to four modifiers, the head, "of <field>", and a coordinated second title
# ("founder and chief executive officer", "vice president of claims operations").
TITLE = (
    rf"(?:{_TITLE_MOD} ){{0,4}}?{TITLE_HEAD}(?!-)"  # (not "the founder-network wiki")
    # (a founder is "of" a company, never of a field: "the founder of elder-care insurer X")
    rf"(?:(?<!founder)(?<!founders) (?:of|for) {_FIELD_WORD}"
    rf"(?: (?:and |& )?(?!{TITLE_HEAD}\b){_FIELD_WORD}){{0,3}})?"
    rf"(?: (?:and|&) (?:{_TITLE_MOD} ){{0,3}}?{TITLE_HEAD}"
    rf"(?: of {_FIELD_WORD}(?: {_FIELD_WORD}){{0,2}})?)?"
)
# (not "non-founder": "Quillmark's first non-founder executive")
FOUNDER = re.compile(
    r"\b(?<!non-)(?<!non )(?:co-?founder|cofounder|founder)s?\b(?!-)"  # (not "founder-network")
    r"|\bfounding (?:ceo|partner)\b",
    re.I,
)
# A list entry's field line naming what its person founded: "Founded: Stackwise Robotics
# (2017), co-founder and CEO." (the role after it is of that organisation).
# The label of a list entry's field that names its person ("Name: Rosalind Achebe").
NAME_FIELD_LABEL = r"name[ \t]*:"
FOUNDED_FIELD = re.compile(
    r"^[ \t]*(?:[-•·*][ \t]*)?(?:\*{1,2})?(?:co-?founded|founded|founder of|co-?founder of"
    r"|companies founded|company founded|startups? founded)[ \t]*:(?:\*{1,2})?[ \t]*",
    re.I | re.M,
)
# After a name following "of": a function, so the name is a unit's or a product line's, not
# the employer ("vice president of Watch operations").
FUNCTION_NEXT = re.compile(
    r"\s+(?:operations|sales|marketing|engineering|design|research|products?|strategy|finance"
    r"|partnerships|supply chain|hardware|software|services|business|programs?)\b"
)
# A list entry's field naming the person's company, founded by them when the line says so:
# "Company: DyeDash, founded 2023, where she is CEO".
COMPANY_FIELD = re.compile(
    r"^[ \t]*(?:[-•·*][ \t]*)?(?:\*\*)?(?:company|startup|venture|new company|new venture)"
    r"[ \t]*:(?:\*\*)?[ \t]*",
    re.I | re.M,
)
ADVISOR = re.compile(r"\badvis[eo]r|\badvisory\b|\badvises\b|\badvising\b|\bmentor", re.I)
BOARD = re.compile(r"\bboard\b", re.I)

# -- verbs and cues ------------------------------------------------------------------------------

FOUND_VERB = (
    # (not a title: "Founding Clinical Lead", "founding engineer" — an early hire's post)
    r"(?:co-?found(?:ed|ing|s)?|cofound(?:ed|ing|s)?"
    r"|found(?:ed|ing(?!\s+(?:[A-Za-z-]+\s+){0,2}(?:[Ll]ead|[Ee]ngineer|[Dd]esigner|[Mm]ember"
    r"|[Ss]cientist|[Dd]irector|[Mm]anager|[Hh]ead|[Oo]fficer|[Rr]esearcher|[Nn]urse)\b))?"
    r"|start(?:ed|ing|s)?"
    r"|set(?:ting)? up|sets up|establish(?:ed|ing|es)?|launch(?:ed|ing|es)?|creat(?:ed|ing|es)"
    r"|spun out|spin out|incorporat(?:ed|ing))"
)
# Joining an employer (the org follows), and being hired by one.
JOIN_VERB = (
    r"(?:join(?:ed|ing|s)?|rejoin(?:ed|ing|s)?|return(?:ed|ing|s)? to"
    r"|mov(?:ed|ing|es)(?:\s+(?:in|back in|early in|late in)\s+\d{4})?\s+to"  # moved in 2019 to
    r"|went to|go to|switched to|came to|hired (?:by|at)|recruited (?:by|to)|moved over to"
    r"|followed (?:\S+\s+){1,3}?to)"
)
# Verbs that put someone at an employer with "at", "for", "with" or "on" before it.
WORK_VERB = (
    r"(?:work(?:ed|ing|s)?|spen[dt](?:ing|s)?|serv(?:ed|ing|es)|stay(?:ed|ing|s)?|was|were|is"
    r"|remains?|remained|still|held|holds|roles?|positions?|jobs?|posts?"
    r"|been|interned?|interning|taught|teach(?:es|ing)?|led|lead(?:s|ing)?|ran|run(?:s|ning)?"
    r"|headed|head(?:s|ing)?|managed|manag(?:es|ing)|built|build(?:s|ing)|oversaw|oversee(?:s|ing)?"
    r"|research(?:ed|ing)?|engineer(?:ed|ing)?|developed|develop(?:s|ing)?|years|months|decades?"
    r"|career|stint|tenure|time|previously|formerly|earlier)"
)
LEAVE_VERB = (
    r"(?:left|leav(?:e|es|ing)|quit(?:s|ting)?|depart(?:ed|ing|s)?(?: from)?|resign(?:ed|ing|s)?"
    r"(?: from)?|exit(?:ed|ing|s)?|stepp(?:ed|ing) down from|step(?:s)? down from)"
)
RUN_VERB = r"(?:ran|run(?:s|ning)?|led|lead(?:s|ing)?|headed|head(?:s|ing)?|managed|manag(?:es|ing)|oversaw|oversee(?:s|ing)?|built|build(?:s|ing)|founded|started)"  # noqa: E501
# What a named product is, said right after its name ("its Ori One device", "the Ridgeline 40
# pack", "the StellarDiv divertor module"), a word or two of description between.
PRODUCT_KIND_AFTER = (
    r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:network|fixtures|series|lineup|range|brand|product|device"
    r"|app|platform|software|system|kit|module|cell|pack|tent|jacket|backpack|shoe|sensor|drone"
    r"|robot|chip|card|terminal|headset|vehicle|truck|program|programme|material|tape|battery"
    r"|constellation|satellite|lock|camera|scooter|boat|glasses|pump)s?\b"
)
UNIT_NOUN = (
    r"(?:team|teams|group|groups|lab|labs|laboratory|division|unit|department|business"
    r"|practice|office|centre|center|arm|studio|program|programme|effort|efforts|operations|org"
    r"|desk|research)"
)
HIRE_VERB = (
    r"(?:hired|hires|hiring|appointed|appoints|appointment of|named|names|brought on|brings on"
    r"|recruited"
    r"|recruits|poached|added|adds|tapped|taps)"
)
# Before a post that is a relative's, not the subject's: "is married to an engineer at Huawei",
# "His father was a chemical engineer at Sinopec".
# A relative's name after the word for the kinship, lower-cased ("his uncle, Zhen Guoliang";
# "Her younger brother, Zhuo Yifan": an age or a standing between); group 1 is the kin word, and
# MALE_KIN the ones that say "he".
MALE_KIN = frozenset({"father", "husband", "son", "brother", "uncle", "grandfather"})
KIN_NAMED = re.compile(
    r"\b(?:her|his|their|my|our)\s+(?:(?:younger|older|elder|little|big|late|twin|eldest"
    r"|youngest)\s+)?(father|husband|son|brother|uncle|grandfather|mother|wife"
    r"|daughter|sister|aunt|grandmother)\s*,?\s*$"
)
KIN_BEFORE = re.compile(
    r"\b(?:(?:married|engaged)\s+to|(?:his|her|their|my)\s+(?:father|mother|husband|wife"
    r"|spouse|brother|sister|son|daughter|parents?|uncle|aunt)\b[^,;]{0,30}?)"
    r"\s+(?:(?:was|is|were|are|a|an|the|also|now|then|once)\s+)*(?:[\w-]+\s+){0,3}?$",
    re.I,
)
# The words that say a statement did not happen or may not have happened.
NEGATION = re.compile(
    r"\b(?:never|not|n't|no longer|nor|neither|denied|denies|deny"
    # ("has no operating role at Hive & Comb": a word for the kind of role between)
    r"|(?:holds?|held|has|had) no (?:[a-z-]+ )?(?:position|role|title|job|stake)s?)\b|n't\b",
    re.I,
)
HEDGE = re.compile(
    # (not a plan one buys: "a paid plan called Stormfold Care", "its subscription plans")
    r"\b(?:(?<!\bpaid )(?<!\bsubscription )(?<!\bmembership )(?<!\bpricing )(?<!\bservice )"
    r"plans?(?!\s+(?:called|named|dubbed)\b)|planned|planning|expects?|expected|expecting|aims?|aiming|intends?|intending"
    r"|hopes?|hoping|seeks?|seeking|looking to|could|would|might|will|shall|going to|set to"
    r"|(?<!\bin )(?<!\bby )(?<!\blast )(?<!\bsince )(?<!\buntil )(?<!\bearly )(?<!\bmid-)"
    r"may(?!\s+\d)"
    r"|poised to|likely|reportedly|rumou?r(?:s|ed)?|allegedly|speculat\w+|claim(?:s|ed)?"
    r"|in (?:early |advanced |preliminary )?talks|talking (?:with|to)|discussions?|negotiat\w+"
    r"|considering|weighing|exploring|preparing|prepare|term sheet|nothing is signed"
    r"|not (?:yet )?signed|has not|have not|hasn't|haven't|declined to comment"
    r"|people familiar|sources said|is said to|are said to|reports? (?:that|said|say)"
    r"|reported that|posts?\b(?!-)|groundless|denied|denies|untrue|not true|turned down"
    r"|declined to (?:comment|confirm|say|disclose|discuss|give|answer|elaborate|specify|share)"
    r"|rejected|refused|an offer|offered|nearly joined|almost joined|assumes?|assumed|assuming"
    r"|earlier version|incorrectly|erroneously|mistakenly"
    # ("is frequently, and wrongly, described in trade press as its founder")
    r"|(?:(?:is|was|are|were)\s+)?(?:(?:often|widely|sometimes|frequently|mistakenly|wrongly"
    r"|erroneously)(?:,?\s+and)?,?\s+)+(?:described|billed|called|referred to|listed|credited"
    r"|reported|named)"
    r"(?:\s+(?:online|elsewhere|publicly|in\s+(?:the\s+)?(?:trade\s+)?(?:press|media)))?\s+as"
    # ("frequently appears on lists like this one as a Veilleuse co-founder": a label)
    r"|appears?\s+(?:on|in)\s+(?:[\w'-]+\s+){1,6}?as"
    r"|(?:beyond|besides|other than|apart from|except(?: for)?)\s+(?:the|its|our|their))\b",
    re.I,
)
# Hearsay: wherever it stands in a clause, what the clause says is not established.
RUMOUR = re.compile(
    r"\b(?:reportedly|rumou?r(?:s|ed)?|allegedly|sources? (?:said|say|says)|people familiar"
    r"|person familiar|according to (?:people|sources|a person|reports?)|is said to|are said to"
    r"|(?:is|are) (?:in (?:early |advanced |preliminary )?talks|raising|seeking"
    r"|looking to raise))\b",
    re.I,
)
# A relation to a client, partner or rival, not an employer.
NOT_EMPLOYER = re.compile(
    # (not "head buyer at Riverside Aquatics", a post)
    r"\b(?:customers?|clients?|accounts?|(?<!head )(?<!senior )(?<!chief )(?<!lead )buyers?"
    r"|partners? (?:with|of)|partnership|design partner"
    r"|competitors?|rivals?|compet\w+|vendors?|suppliers?|investors? in|invested in|backed"
    r"|acquir\w+|bought|sold to|sells? to|selling to|embedded with|on behalf of|deal|deals"
    r"|visit\w*|spoke at|speaking at|spoken at|speaks at|talk at|lectured at|presented at"
    r"|testified (?:at|before)|conference|workshop|event|summit|hackathon"
    r"|award|prize|competition|challenge)\b",
    re.I,
)

# -- education ---------------------------------------------------------------------------------

DEGREES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("emba", re.compile(r"\bemba\b", re.I)),
    ("mba", re.compile(r"\bmbas?\b|master of business administration", re.I)),
    ("postdoc", re.compile(r"\bpost-?doc(?:toral)?\b", re.I)),
    ("phd", re.compile(r"\bph\.? ?d\b\.?|\bdphil\b|\bdoctorates?\b|\bdoctoral\b|\bdoctor of\b", re.I)),  # noqa: E501
    ("master", re.compile(r"\bmaster(?:'s|’s|s)?\b|\bm\.?sc?\b|\bm\.?eng\b|\bm\.?a\.?\b(?= in\b)|\bm\.?s\.?\b(?= in\b)|\bmasters?'? degree", re.I)),  # noqa: E501
    ("bachelor", re.compile(r"\bbachelor(?:'s|’s|s)?\b|\bb\.?sc?\b|\bb\.?eng\b|\bb\.?a\.?\b(?= in\b)|\bb\.?s\.?\b(?= in\b)|\bundergrad(?:uate)?\b|\bbsc\b|\bbeng\b|\bb\.?tech\b", re.I)),  # noqa: E501
)
DEGREE_WORD = re.compile(
    r"\b(?:ph\.? ?d\.?s?|dphil|doctorates?|doctoral (?:degree|studies)|doctor of \w+|mbas"
    r"|master(?:'s|’s|s)?"
    r"(?: degree)?|master of \w+|bachelor(?:'s|’s|s)?(?: degree)?|bachelor of \w+|mba|emba|msc|bsc"
    r"|meng|beng|m\.?s\.?|b\.?s\.?|m\.?a\.?|b\.?a\.?|b\.?tech|undergrad(?:uate)?(?: degree)?"
    r"|post-?doc(?:toral)?(?: fellowship| research)?)(?=\W|$)",
    re.I,
)
STUDY_VERB = re.compile(
    r"\b(?:studied|studying|studies|graduated|graduating|graduates?|earned|earning|earns"
    r"|received|receiving|receives|holds|holding|hold|completed|completing|obtained|got"
    r"|did|attended|attending|enrolled|alumn(?:us|a|i)|alums?|dropped out|dropout|degree)\b",
    re.I,
)
# "studied at Tec de Monterrey", "graduated from ITAM": study at a place, whatever its name says.
STUDIED_AT = re.compile(
    r"\b(?:studied|graduated|enrolled)\s+(?:[a-z]+\s+){0,3}?(?:at|from)\s+(?:the\s+)?$"
)
# A model designation: "S5", "YJ-2", "X100", "150".
MODEL_LETTERS = r"[A-Z]{1,3}-?\d{1,4}[A-Za-z]?"  # (S5, YJ-2, X100: letters and a number)
MODEL_CODE = re.compile(rf"(?:{MODEL_LETTERS}|\d{{2,4}}[A-Za-z]?)")
# A degree, then where it was earned: "a doctorate in aerospace engineering from ".
DEGREE_FROM = re.compile(DEGREE_WORD.pattern + r"[^.;,]{0,40}?\b(?:from|at)\s+(?:the\s+)?$", re.I)
# Jobs at a school, not study there.
SCHOOL_JOB = re.compile(
    r"\b(?:professor|lecturer|faculty|teaches|taught|teaching|dean|provost|chair of|researcher at"
    r"|research scientist|postdoc|fellow at|staff|employee|worked|works|working|director)\b",
    re.I,
)


_DENIAL_ASIDE = re.compile(
    r",\s*(?:despite|contrary to|whatever|regardless of|according to|as)\b[^,;.]{0,60},"
    r"\s*(?=[^,]*$)"
)


_ADVERB_ASIDE = re.compile(r",\s*(?:and\s+|but\s+)?[a-z]+ly,")


def blocked(lower: str, at: int) -> bool:
    """A negation or a hedge shortly before `at` in its clause: not a fact."""
    window = lower[max(0, at - 90) : at]
    # "is not, despite what our website said, a co-founder": an aside between the negation and
    # what it denies stands for nothing
    window = _DENIAL_ASIDE.sub(" ", window)
    # "frequently, and wrongly, described as": an adverb set off by commas is no new stretch
    window = _ADVERB_ASIDE.sub(" ", window)[-50:]
    # a comma, dash or colon starts another stretch: "never worked at Grab: he was …"
    cut = max(window.rfind(","), window.rfind("—"), window.rfind(":"))
    window = window[cut + 1 :]
    return bool(NEGATION.search(window) or HEDGE.search(window))


# Annual recurring revenue: a run rate of a product's subscriptions, a metric of the product
# rather than a figure of a reporting period.
ARR_BEFORE = re.compile(
    r"\b(?:annual(?:ized)?\s+recurring\s+revenue|arr|annual\s+revenue\s+run[- ]rate)\b"
    r"(?:\s*\(arr\))?[^.;$¥€£\d]{0,30}$"
)


# A company's functions, named inside a title ("Vice President of Finance", "Head of Sales"):
# capitalised there, but never an employer on their own.
FUNCTIONS = words(
    "finance manufacturing engineering operations marketing sales product products research "
    "technology strategy partnerships design growth people hr legal communications trading "
    "procurement"
)


# What a company presented at a paragraph's opening does now ("Drip & Drop wants to …",
# "Cupcycle makes …"); a person's paragraph opens with what they did or said.
LEAD_VERB = re.compile(
    r" (?:is|are|has|wants|(?!(?:says|tells|notes|adds|recalls|argues|remembers|laughs|jokes"
    r"|admits|explains|insists|believes|thinks|hopes|feels|lives|works"
    # ("Six years at L'Oréal": a count and a plural noun, no name and no verb)
    r"|years|months|weeks|days|hours|times|things|people|others|words|steps)\b)[a-z]{2,}[^s\W]s)\b"
)


# After a company's name, in its sentence: it was sold, closed or bought — a venture over ("she
# co-founded Olive & Rye, a small catering company that she sold in 2012").
# (someone sold it, or it was sold: not "Saltmarch has sold 800,000 copies", a sales figure)
PAST_VENTURE = re.compile(
    r"[^.;]{0,70}?\b(?:(?:she|he|they|later)\s+(?:sold|shut\s+down|closed|wound\s+down)"
    r"|was\s+(?:later\s+)?(?:acquired|bought|sold|shut\s+down|closed))\b"
)


# Kinds of thing a company makes (not a kind of firm), named right after a product's name or in
# apposition to it.
THING = (
    r"(?:layer|unit|library|network|rig|machine|feeder|panel|policy|card|tablet|bar|notebook|pack"
    r"|tent|drive|range|series|formula|supplement|vaccine|bike|e-bike|tyre|tire|vessel|truck|kit"
    r"|marketplace|app|platform|software|tool|device|sensor|system|service|product|engine|module"
    r"|dashboard|console|portal|robot|drone|scanner|camera|monitor|tracker|headset|wearable|test"
    r"|plan|program|programme|subscription|membership|line|collection|blend|sauce|snack|drink"
    r"|beverage|tea|coffee|feed|fertili[sz]er|coating|film|membrane|material|fabric|glass|paint"
    r"|adhesive|chip|board|battery|charger|lock|door|window|cabinet|appliance|cooker|stove"
    r"|vacuum|purifier|filter|pump|valve|meter|reader|printer|terminal|kiosk|locker|vending)s?"
)
