"""English rules: curated word lists compiled once into regular expressions.

Each ``find_*`` function returns ``(start, end)`` spans into the text it is given, so offsets
always point at the original words.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from rapport.coach.prefilter import compile_rule as _compile
from rapport.coach.text import first_chars_compile, sentence_spans

Span = tuple[int, int]
_F = re.IGNORECASE


def _split(words: str) -> list[str]:
    return words.split()


def _alt(words: str) -> str:
    """Turn a whitespace/newline separated list (``_`` stands for a space) into an alternation."""
    items = sorted({w.replace("_", r"\s+") for w in words.split()}, key=len, reverse=True)
    return "(?:" + "|".join(items) + ")"


# ---------------------------------------------------------------------------------------------
# Who is being talked about
# ---------------------------------------------------------------------------------------------

# 你/他/她 are subjects too in code-switched text ("你 always 迟交", "他 is really lazy").
_PRONOUN = r"(?:you|u|he|she|they|ya|你们|他们|她们|你|他|她)"
# A capitalised word can be a colleague's name; these capitalised words never are.
_NOT_NAMES = frozenset(
    _split(
        """the this that these those it its there here what which who whom whose where when why how
        everyone everybody someone somebody nobody anyone anybody everything something nothing our
        your my his her their we i you he she they if and but so or because also sometimes today
        yesterday tomorrow overall honestly frankly well yes no please thanks thank great good nice
        all each every team management monday tuesday wednesday thursday friday saturday sunday
        january february march april may june july august september october november december q1 q2
        q3 q4 one two three first last next then now still however although though while after
        before since as at in on for with from by to of about during again maybe perhaps really
        just only even let lets let's ok okay hi hello dear regarding re fyi note it's that's
        there's here's what's who's women men girls boys people customers clients users managers
        millennials boomers foreigners immigrants ladies guys folks staff employees colleagues
        engineers developers never always constantly forever"""
    )
)
# Round thirteen: accented letters too ("Ciarán", "Inês").
_NAME = r"(?-i:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{1,20})"
_SUBJ = rf"(?P<subj>\b{_PRONOUN}\b|\b{_NAME}\b)"


_PRONOUNS = frozenset(
    {"you", "u", "he", "she", "they", "ya", "你们", "他们", "她们", "你", "他", "她"}
)


_WORD = _compile(r"[a-z]+")


@lru_cache(maxsize=64)
def _words(text: str) -> frozenset[str]:
    """Lower-case words of the text: a cheap gate so a big pattern only runs when one of the
    words it cannot match without is present."""
    return frozenset(_WORD.findall(text.lower()))


@lru_cache(maxsize=64)
def _r13_words(text: str) -> frozenset[str]:
    """The words of the text that round thirteen's gates look for (one intersection per text;
    each gate then reads this small set first)."""
    return _words(text) & _R13_KEYS


@lru_cache(maxsize=64)
def _r14_words(text: str) -> frozenset[str]:
    """The words of the text that round fourteen's gates look for (as ``_r13_words``)."""
    return _words(text) & _R14_KEYS


@lru_cache(maxsize=64)
def _r15_words(text: str) -> frozenset[str]:
    """The words of the text that round fifteen's gates look for (as ``_r13_words``)."""
    return _words(text) & _R15_KEYS


@lru_cache(maxsize=64)
def _r16_words(text: str) -> frozenset[str]:
    """The words of the text that round sixteen's gates look for (as ``_r13_words``)."""
    return _words(text) & _R16_KEYS


def _last_words(alternation: str) -> frozenset[str]:
    """The last literal word of every branch of an ``_alt`` alternation."""
    return frozenset(_WORD.findall(item)[-1] for item in alternation[3:-1].split("|"))


def _rare(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A rule read only behind narrow word gates (round fourteen's): plain ``re``. RE2 builds
    its automaton state by state on the texts it sees, and for a rule few comments reach those
    first states cost more (up to a millisecond a rule) than ``re`` takes on the comment."""
    return first_chars_compile(pattern, flags)


def _gate(*words: str) -> frozenset[str]:
    return frozenset(w for chunk in words for w in chunk.split())


def _is_person_subject(word: str) -> bool:
    low = word.lower()
    return low in _PRONOUNS or low not in _NOT_NAMES


# ---------------------------------------------------------------------------------------------
# judges_person
# ---------------------------------------------------------------------------------------------

# Character, attitude and worth labels (negative only: "you are great" is praise, not a label).
_TRAITS = _alt(
    """lazy careless disorganized disorganised sloppy unreliable arrogant rude selfish stubborn
    irresponsible unprofessional incompetent lazybones unmotivated uncommitted apathetic
    indifferent difficult hostile aggressive abrasive bossy toxic immature entitled defensive
    inflexible rigid closed-minded narrow-minded self-centered self-centred dishonest untrustworthy
    sneaky manipulative inconsiderate forgetful scatterbrained scatter-brained flaky complacent
    disrespectful condescending negative pessimistic passive-aggressive lazy-minded careless-minded
    emotional overemotional over-emotional hysterical moody temperamental thin-skinned
    hypersensitive oversensitive unambitious spineless weak-willed two-faced petty vain greedy
    unpleasant obnoxious annoying impossible cold cocky smug lazy-ass unfocused undisciplined
    chaotic messy slack negligent unreliable ungrateful insubordinate uncooperative
    stupid dumb useless worthless hopeless clueless brainless pathetic idiotic
    a_slacker a_troublemaker a_liability a_control_freak a_drama_queen a_know-it-all a_pain
    a_problem a_mess a_disaster a_disappointment a_failure a_joke an_idiot a_moron a_loser
    a_bad_fit a_poor_fit a_lost_cause dead_weight deadwood a_burden a_nightmare a_bully
    a_complainer a_whiner a_bad_apple bad_news too_sensitive too_emotional too_negative
    dismissive patronising patronizing confrontational combative argumentative domineering
    controlling prickly touchy hot-headed hotheaded short-tempered bad-tempered ill-tempered
    intolerant insensitive tactless aloof unfriendly unapproachable antisocial egotistical
    egocentric narcissistic vindictive spiteful jealous deceitful disloyal insincere cynical
    whiny needy spoilt spoiled childish naive gullible insecure timid cowardly
    obstinate pig-headed pigheaded headstrong opinionated pompous boastful inept reckless
    impulsive passive indecisive disengaged half-hearted halfhearted slapdash lax lethargic
    uninterested unwilling unhelpful unteachable uncoachable small-minded
    thoughtless unkind mean nasty grumpy sulky sullen
    pessimist cynic naysayer whinger moaner nag pushover doormat coward snob diva prima_donna
    micromanager hothead loner liar gossip hypocrite egomaniac narcissist crybaby brat jerk
    snake slob freeloader quitter underachiever procrastinator buzzkill downer grump
    no_good lacking_in_commitment slacker troublemaker liability control_freak drama_queen
    know-it-all pain_to_work_with pain_in_the_neck nightmare_to_work_with bully complainer
    whiner lost_cause bad_apple disappointment a_disgrace an_embarrassment a_laughing_stock
    a_laughingstock a_waste_of_space a_clown a_fool an_imbecile a_buffoon a_muppet a_dead_loss
    a_write-off a_car_crash hard_work hard_going a_handful too_soft too_timid too_passive
    too_weak too_nice a_soft_touch a_pushover disgrace embarrassment waste_of_space laughing_stock laughingstock
    idiot moron imbecile buffoon clown fool nitwit halfwit dimwit a_wreck an_emotional_wreck
    a_nervous_wreck a_total_wreck a_dinosaur a_fossil a_has-been precious_about"""
)
# One-word labels, also looked for after a Chinese subject in code-switched text (你这个人太 lazy 了).
TRAIT_WORDS = frozenset(w for w in _TRAITS[3:-1].split("|") if re.fullmatch(r"[a-z][a-z-]+", w))
# Good qualities that become a label when denied: "you aren't reliable", "not a team player".
_NEGATABLE_WORDS = """reliable professional committed serious dedicated motivated careful
    trustworthy mature competent capable a_team_player team_player good_enough smart_enough
    cut_out_for up_to_the_job up_to_it leadership_material management_material bright
    interested engaged a_good_fit the_right_fit a_people_person people_person dependable
    conscientious hardworking hard-working diligent proactive an_honest_person
    an_honest_man an_honest_woman a_truthful_person a_good_person detail-oriented
    detail_oriented detail-focused punctual organised organized a_detail_person detail_person
    a_details_person details_person a_numbers_person numbers_person a_self-starter self-starter
    a_hard_worker hard_worker a_finisher a_completer-finisher a_safe_pair_of_hands"""
_NEGATABLE = _alt(_NEGATABLE_WORDS)
_NEGATABLE_SET = frozenset(w.replace("_", " ") for w in _NEGATABLE_WORDS.split())
# "a bad manager", "a terrible communicator", "such a lazy person"
_BAD = _alt("bad poor terrible awful lousy horrible weak useless hopeless lazy careless sloppy")
_ROLE_NOUN = _alt(
    """manager leader communicator colleague employee worker engineer fit listener teammate
    team_member person performer hire writer planner lead boss"""
)
_COPULA = (
    r"(?:['’](?:re|s|m)|['’]ve\s+been|\s+(?:is|are|was|were|am|seems?|seemed|appears?|appeared|looks?|looked|"
    r"sounds?|sounded|comes?\s+across\s+as|came\s+across\s+as|acts?|acted|behaves?|behaved|"
    r"can\s+be|could\s+be|tends?\s+to\s+be|has\s+been|have\s+been|had\s+been|becomes?|became|"
    r"has\s+become|have\s+become|gets|got|is\s+getting|are\s+getting|remains?|is\s+being|"
    r"are\s+being|was\s+being|were\s+being))(?:n['’]t)?"
)
_MOD = _alt(
    """so very really too quite extremely incredibly pretty rather such just simply totally
    completely utterly truly frankly honestly basically always often generally a an one bit
    hopelessly painfully chronically notoriously terribly awfully deeply fundamentally overly
    way far excessively unbelievably ridiculously horribly
    little kind sort of being been still also more most absolutely seriously genuinely
    sometimes somewhat fairly a_bit a_little kind_of sort_of such_a not never real total
    complete bit_of_a bit_of_an the of_the one_of_the one_of_the_most one_of_the_least least
    that all_that this remarkably surprisingly unusually astonishingly strikingly amazingly
    increasingly consistently downright thoroughly properly massively seriously fat clearly
    obviously much_of_a much_of_an born serial habitual chronic once ever bunch_of plain"""
)
_JUDGE = _compile(
    rf"{_SUBJ}(?:\s+(?:just|simply|clearly|obviously|really|honestly|frankly|still|also))?"
    rf"{_COPULA}(?P<mods>(?:\s+{_MOD}\b){{0,4}})\s+(?P<trait>{_TRAITS}|{_NEGATABLE}|"
    rf"(?:an?\s+)?(?:{_MOD}\s+)?{_BAD}\s+{_ROLE_NOUN})\b",
    _F,
)
# Attitude and character as something the person has or lacks.
_ATTITUDE_NOUN = _alt(
    """attitude work_ethic character personality mindset temper ego attitude_problem
    mentality"""
)
_HAS_ATTITUDE = _compile(
    rf"{_SUBJ}(?:['’](?:s|ve)\s+got|\s+(?:has|have|had|has\s+got|have\s+got|show|shows|showed|"
    rf"displays?|displayed))\s+(?:(?:a|an|such\s+a|such|real|serious|really|very|bit\s+of\s+an?|"
    rf"terrible|bad|poor|negative|lousy|rotten|wrong|lazy|arrogant|big|huge|no|zero)\s+)+"
    rf"(?:{_ATTITUDE_NOUN}|sense\s+of\s+responsibility|initiative|common\s+sense|motivation|"
    rf"ambition|drive|discipline|integrity|respect\s+for\s+anyone|backbone|manners)\b",
    _F,
)
_POSSESSIVE = r"(?:your|his|her|their|(?-i:[A-Z][a-z]{1,20})['’]s)"
# Qualities of character, attitude and conduct: lacking one is a label ("you lack initiative",
# "he has no sense of urgency", "your lack of commitment"); lacking a thing is not ("access",
# "experience", "budget" are not on the list).
_QUALITY = _alt(
    """motivation commitment drive discipline self-discipline initiative integrity ambition
    common_sense professionalism maturity work_ethic responsibility accountability ownership
    backbone passion dedication urgency focus judgement judgment empathy patience humility
    self-awareness curiosity tact diplomacy confidence self-confidence self-control composure
    team_spirit enthusiasm energy interest pride grit resilience honesty reliability respect
    manners courtesy people_skills social_skills emotional_intelligence leadership
    attention_to_detail care effort willingness ethics morals principles decency loyalty
    humour humor drive_to_improve hunger spine warmth compassion"""
)
_QUALITY_NP = (
    rf"(?:(?:any|all|the|a|basic|real|the\s+most\s+basic|even\s+basic|much|some|genuine|"
    rf"true|serious|proper|a\s+proper|a\s+real|a\s+basic|an\s+ounce\s+of|a\s+shred\s+of|"
    rf"the\s+slightest|any\s+real|a\s+good)\s+)*(?:(?:sense|spirit|feeling)\s+of\s+)?"
    rf"{_QUALITY}\b"
)
_LACKS = _compile(
    rf"{_SUBJ}\s+(?:(?:really|clearly|just|simply|totally|completely|seriously|obviously|"
    rf"still|also|seem\s+to|seems\s+to|seemed\s+to|appears?\s+to)\s+)*"
    rf"(?:lacks?|lacked|lacking|is\s+lacking\s+in|are\s+lacking\s+in|(?:has|have|had|show|"
    rf"shows|showed|display|displays|displayed|['’]ve\s+got|['’]s\s+got|has\s+got|have\s+got)"
    rf"\s+(?:(?:absolutely|literally|just|really)\s+)?(?:no|zero|little|not\s+an\s+ounce\s+of|"
    rf"not\s+a\s+shred\s+of|not\s+the\s+slightest|nothing\s+like\s+enough)|"
    rf"(?:do|does|did)(?:\s+not|n['’]t)\s+(?:have|show|display)\s+(?:any|an\s+ounce\s+of))"
    rf"\s+{_QUALITY_NP}",
    _F,
)
_LACK_OF = _compile(
    rf"\b{_POSSESSIVE}\s+(?:(?:complete|total|obvious|apparent|utter|general|constant|"
    rf"continued|clear|sheer)\s+)?(?:lack|absence)\s+of\s+{_QUALITY_NP}",
    _F,
)
_DONT_CARE = _compile(
    rf"{_SUBJ}\s+(?:(?:just|simply|clearly|obviously|really|honestly)\s+)?(?:do\s+not|don['’]t|"
    rf"does\s+not|doesn['’]t|did\s+not|didn['’]t)\s+(?:(?:even|really|seem\s+to)\s+)?"
    rf"(?:care(?!\s+(?:to|for\s+(?:a|the|some)))|give\s+a\s+damn|take\s+(?:anything|this|"
    rf"work|(?:(?:this|that|the|your|their|his|her|our)\s+)?(?:job|role|work|position|"
    rf"training|responsibilities|duties|deadlines|shifts?|patients|customers|safety|rules|"
    rf"feedback|team|career|placement|apprenticeship|paperwork|hygiene|compliance|timekeeping|punctuality|studies|it|any\s+of\s+(?:this|it)|[a-z]{{3,}}ing))\s+seriously|"
    rf"want\s+to\s+(?:work|learn|improve))\b",
    _F,
)
# "… attitude is the problem": also read after a role's possessive in round fourteen.
_ATTITUDE_IS_TAIL = (
    rf"(?:whole\s+|general\s+|overall\s+)?(?:{_ATTITUDE_NOUN})\s+"
    rf"(?:stinks|sucks|reeks|(?:is|was|has\s+been|seems)\s+(?:(?:so|very|really|just|quite|too|pretty|"
    rf"a|the|real|absolutely|totally)\s+)*(?:bad|poor|terrible|awful|negative|a\s+problem|"
    rf"problematic|unacceptable|lacking|lazy|wrong|the\s+problem|toxic|rotten|lousy|horrible|"
    rf"the\s+(?:real|main|biggest|whole|actual|core)\s+(?:problem|issue)|the\s+issue|"
    rf"appalling|disgraceful|a\s+disaster|non-existent|nonexistent))\b"
)
_ATTITUDE_IS = _compile(rf"\b{_POSSESSIVE}\s+{_ATTITUDE_IS_TAIL}", _F)
_BAD_AT = _compile(
    rf"{_SUBJ}{_COPULA}(?:\s+(?:just|simply|really|so|totally|completely|hopelessly))*\s+"
    rf"(?:bad|terrible|awful|hopeless|useless|rubbish|hopeless|incapable)\s+(?:at|of)\b",
    _F,
)
_NEGATED = _compile(r"\b(?:not|never|no\s+longer|least)\b|n['’]t\b", _F)

# A group as the subject of a label: "everyone on your team is lazy", "his whole crew is sloppy".
_GROUP_UNIT = r"(?:team|department|group|shift|crew|unit|squad|office|floor|lot|bunch)"
_GROUP = (
    rf"(?P<subj>\b(?:everyone|everybody|all\s+of\s+(?:you|them)|(?:the\s+)?(?:people|guys|folks|"
    rf"staff|lads|girls)(?=\s+(?:in|on|from))|the\s+(?:(?:two|three|four|five|new|newer|latest|"
    rf"recent|junior|younger|other|agency|summer|night|weekend|[\w-]+-shift)\s+){{1,3}}(?:hires|"
    rf"recruits|interns|trainees|juniors|temps|starters|graduates|apprentices|joiners|"
    rf"contractors|agents|reps|nurses|drivers|cooks|pickers|tellers|cashiers|waiters|"
    rf"servers|cleaners|porters|carers|technicians|analysts|developers)(?!\s+(?:in|on|at)\b)|"
    rf"the\s+(?:new|newer|latest|other|agency|temp|night|weekend)\s+(?:guy|girl|lad|kid|boy|hire|"
    rf"recruit|intern|trainee|starter|joiner)(?!\s+(?:in|on|at)\b)|(?:the|your|his|her|their|that|this)(?:\s+(?:whole|"
    rf"entire))?(?:\s+(?!is\b|are\b|was\b|were\b)[\w-]+){{0,2}}\s+{_GROUP_UNIT})(?:\s+(?:in|on|from)\s+(?:your|his|her|their|the|that|this)\s+"
    rf"(?:[\w-]+\s+)?{_GROUP_UNIT})?)"
)
_GROUP_JUDGE = _compile(
    rf"{_GROUP}{_COPULA}(?P<mods>(?:\s+{_MOD}\b){{0,4}})\s+(?P<trait>{_TRAITS}|{_NEGATABLE})\b",
    _F,
)
_GROUP_GATE = _gate(
    "team department group shift crew unit squad office floor lot everyone everybody all",
    "hires recruits interns trainees juniors temps starters graduates apprentices joiners",
    "contractors agents reps nurses drivers cooks pickers tellers cashiers waiters servers",
    "cleaners porters carers technicians analysts developers",
    "guy girl lad kid boy hire recruit intern trainee starter joiner",
)
# "He's the kind of person who cuts corners": a type of person defined by a bad habit.
_KIND_OF = _compile(
    rf"{_SUBJ}{_COPULA}\s+(?:(?:just|simply|really|exactly|always|definitely|clearly)\s+)?"
    rf"(?:the|that|a|one\s+of\s+those)\s+(?:kind|type|sort)s?\s+of\s+(?:person|people|guy|"
    rf"employee|manager|worker|colleague|woman|man|girl|boy|engineer|lead|leader)\s+"
    rf"(?:who|that)\b(?P<rest>[^.!?;\n]{{0,60}})",
    _F,
)
_KIND_BAD = _compile(
    r"\b(?:never|always|can['’]?t|cannot|won['’]t|doesn['’]t|don['’]t|only|just|avoids?|dodges?|"
    r"needs?\s+to\s+be|has\s+to\s+be|takes?\s+shortcuts|corners|blames?|complains?|gossips?|"
    r"lies|slacks?|shirks?|hides?|passes\s+the\s+buck|throws?\s+\w+\s+under)\b",
    _F,
)
# Insults addressed to the person are labels too: "You idiot", "you useless idiot".
_INSULT_ADDRESS = _compile(
    r"\b(?:you|ya|u)\s+(?:(?:absolute|complete|total|utter|useless|stupid|lazy|little|bloody|"
    r"damn|careless|incompetent|pathetic|fucking|big|silly|dumb|hopeless|clueless|fat|old|thick|"
    r"dozy|daft|brainless|worthless|ignorant|dim|stupid-ass)\s+){0,2}"
    r"(?:idiots?|morons?|imbeciles?|cretins?|losers?|clowns?|fools?|dummy|dummies|halfwits?|"
    r"dimwits?|numbskulls?|muppets?|dumbass(?:es)?|jackass(?:es)?|buffoons?|dunces?|slackers?|"
    r"failures?|disgrace|cows?|pigs?|donkeys?|twits?|prats?|gits?|plonkers?|wallys?|wallies|"
    r"nitwits?|dopes?|dorks?|dolts?|oafs?|airheads?|bimbos?|geese|goose|clots?|pillocks?|"
    r"bozos?|nincompoops?|bonehead|boneheads|knuckleheads?|meatheads?|waste\s+of\s+space)\b|"
    # an exclamation about the person: "What a moron — …", "Such an idiot."
    r"(?:^|(?<=[.!?;:,\n—–-])|(?<=[.!?;:,—–-]\s))\s*(?:what|such)\s+(?:an?\s+)?(?:(?:absolute|"
    r"complete|total|utter|useless|stupid|bloody|careless|incompetent|pathetic|silly|dumb|"
    r"hopeless|clueless)\s+)?(?:idiot|moron|imbecile|cretin|loser|clown|fool|halfwit|dimwit|"
    r"numbskull|muppet|dumbass|jackass|buffoon|dunce|twit|prat|plonker|nitwit|dope|dolt|oaf|"
    r"airhead|bimbo|bozo|bonehead|nincompoop)\b(?!\s+(?:I|we)\b)",
    _F,
)
# Focus or commitment denied as a state of mind: "your head isn't in the game".
_HEAD_ELSEWHERE = _compile(
    r"\b(?:your|his|her|their)\s+(?:head|mind|heart)\s+(?:(?:is|was|has|isn['’]t|wasn['’]t|"
    r"hasn['’]t|has\s+not|is\s+not|was\s+not|just|clearly|obviously|simply|really|been|not|"
    r"no\s+longer)\s+){1,3}(?:in\s+(?:it|the\s+game|the\s+job|the\s+work|this\s+job|your\s+work)|"
    r"elsewhere|somewhere\s+else|on\s+other\s+things)\b",
    _F,
)


# A label the writer hedges as a perception: "I find you quite immature", "we've always found
# him difficult", "I'd describe her as arrogant", "I see you as a bit of a slacker".
_PERCEIVE = _compile(
    rf"\b(?:I|we)(?:['’]ve|['’]d|\s+(?:have|had|would|do\s+not|don['’]t|did\s+not|didn['’]t|"
    rf"wouldn['’]t|would\s+not|never|honestly|really|personally|always|often|"
    rf"sometimes|do|did|must\s+say|still|also|increasingly|generally|frankly))*\s+"
    rf"(?:find|found|consider|considered|think\s+of|thought\s+of|see|saw|regard|regarded|view|"
    rf"viewed|call|describe|described|experience|experienced|perceive|perceived|rate)\s+"
    # round fourteen: a title before the name and a hedge before the label ("I'd describe Mr
    # Adeyemi as, if I'm honest, a bit lazy")
    rf"(?:(?:mr|mrs|ms|miss|dr)\.?\s+)?(?P<subj>you|him|her|them|{_NAME})\s+(?:(?:as|to\s+be)\s*)?"
    rf"(?:,\s*(?:if\s+I['’]m\s+(?:being\s+)?honest|to\s+be\s+(?:honest|frank|fair)|frankly|"
    rf"honestly|sadly|I['’]m\s+afraid|I\s+(?:must|have\s+to)\s+say)\s*,\s*)?"
    rf"(?P<mods>(?:{_MOD}\s+){{0,4}})(?P<trait>{_TRAITS}|{_NEGATABLE})\b",
    _F,
)
_PERCEIVE_GATE = _gate(
    "find found consider considered think thought see saw regard regarded view viewed call",
    "describe described experience experienced perceive perceived rate",
)
# Attitude or manner towards people, then a label: "your attitude towards the warehouse team has
# been dismissive", "his manner with patients is cold".
_ATTITUDE_TOWARDS = _compile(
    rf"\b{_POSSESSIVE}\s+(?:whole\s+|general\s+|overall\s+)?(?:attitude|manner|demeanou?r|"
    rf"disposition|bedside\s+manner)\s+(?:(?:towards?|to|with|around|in|at|on)\s+"
    rf"[^.,;:!?\n]{{1,40}}?\s+)?(?:is|was|has\s+been|had\s+been|have\s+been|seems|seemed|"
    rf"appears|appeared|can\s+be|comes\s+across\s+as|came\s+across\s+as|feels|felt|"
    rf"is\s+often|is\s+always|has\s+often\s+been|has\s+always\s+been)"
    rf"(?:\s+{_MOD}\b){{0,3}}\s+(?P<trait>{_TRAITS})\b",
    _F,
)
# Round six: a label put as a question ("Are you really this indifferent to our customers?"),
# "What kind of idiot leaves…", "Stop acting like a clueless moron", "I don't think Kevin is an
# honest person" is handled in _labels.
_LABEL_QUESTION = _compile(
    rf"\b(?:are|is|were|was)\s+(?P<subj>you|he|she|they|{_NAME})\s+(?:(?:really|honestly|"
    rf"seriously|actually|just|always|still|truly)\s+)*(?:this|that|so|such\s+an?)\s+"
    rf"(?:(?:{_MOD})\s+)?(?P<trait>{_TRAITS}|slow|thick|dense|dim|daft|dozy)\b|"
    rf"\b(?:are|is)\s+(?P<subj2>you|he|she|they|{_NAME})\s+(?:(?:really|seriously|actually|"
    rf"just|completely|totally|a\s+bit|being|deaf\s+or)\s+)*(?:thick|stupid|dense|daft|dumb|"
    rf"deaf|blind|dim|dozy|simple|an?\s+idiot|a\s+moron|incompetent|lazy|useless|clueless)"
    rf"(?:\s+or\s+(?:something|what|just\s+\w+))?\s*\?|"
    r"\bwhat\s+(?:are|is)\s+(?:you|he|she|they),?\s+(?:an?\s+|some\s+kind\s+of\s+)?(?:stupid|"
    r"thick|dense|daft|dumb|deaf|blind|dim|dozy|simple|idiot|moron|clown|muppet|incompetent|lazy|"
    r"useless|clueless|five|twelve|a\s+child)\b|"
    r"\bwhat\s+(?:kind|sort|type)\s+of\s+(?:an?\s+)?(?:(?:absolute|complete|total|utter|"
    r"useless|stupid|careless|brainless|clueless|lazy|incompetent)\s+)?(?:idiot|moron|fool|"
    r"clown|imbecile|muppet|numpty|halfwit|cretin|dimwit|amateur|cowboy|nutter|buffoon|"
    r"plonker|dope|dunce)s?\s+(?:leaves?|does|did|would|forgets?|thinks?|sends?|puts?|"
    r"walks?|drives?|turns?|says?|writes?|loses?|ignores?|skips?|lets?|goes|makes?|"
    r"[a-z]+s|[a-z]+ed)\b|"
    r"\b(?:acting|behaving|act|behave|acted|behaved|acts|behaves)\s+like\s+(?:an?|such\s+an?|"
    r"some)\s+(?:(?:absolute|complete|total|utter|useless|stupid|careless|brainless|clueless|"
    r"spoilt|spoiled|little|sulky|whiny|petulant)\s+)?(?:idiot|moron|fool|clown|imbecile|"
    r"muppet|numpty|halfwit|cretin|dimwit|buffoon|child|toddler|baby|brat|teenager|diva|"
    r"prima\s+donna|amateur)\b",
    _F,
)
_LABEL_QUESTION_GATE = _gate(
    "kind sort type acting behaving act behave acted behaved acts behaves this that so such",
    "thick stupid dense daft dumb deaf blind dim dozy simple idiot moron incompetent lazy",
    "useless clueless",
)
_KIND_GATE = _gate("kind type sort")
# Round seven: "Nobody likes working with someone so negative", "it's hard to deal with a person
# this rude": a label aimed at the reader through "someone"; "all the time" makes it absolute.
_SOMEONE_SO = _compile(
    rf"\b(?:work|working|works|deal|dealing|cope|coping|put\s+up|putting\s+up|manage|managing|"
    rf"trust|rely\s+on|relying\s+on|around|near)\s+(?:with\s+)?(?:someone|somebody|a\s+person|"
    rf"anyone|anybody|a\s+colleague)\s+(?:so|this|that|as)\s+(?:{_MOD}\s+)?(?P<trait>{_TRAITS})"
    rf"\b(?P<always>\s+(?:all\s+the\s+time|constantly|24/7|every\s+single\s+day))?",
    _F,
)
_SOMEONE_GATE = _gate("someone somebody person anyone anybody colleague")
_ATTITUDE_GATE = _gate("attitude manner demeanour demeanor disposition")
_HEAD_GATE = _gate("head mind heart")
_INSULT_GATE = _gate(
    "idiot idiots moron morons imbecile imbeciles cretin cretins loser losers clown clowns fool",
    "fools dummy dummies halfwit halfwits dimwit dimwits numbskull numbskulls muppet muppets",
    "dumbass dumbasses jackass jackasses buffoon buffoons dunce dunces slacker slackers failure",
    "failures disgrace cow cows pig pigs donkey donkeys twit twits prat prats git gits plonker",
    "plonkers wally wallys wallies nitwit nitwits dope dopes dork dorks dolt dolts oaf oafs",
    "airhead airheads bimbo bimbos geese goose clot clots pillock pillocks bozo bozos",
    "nincompoop nincompoops bonehead boneheads knucklehead knuckleheads meathead meatheads space",
)
_JUDGE_GATE = _last_words(_TRAITS) | _last_words(_NEGATABLE) | _last_words(_ROLE_NOUN)
# Round eight: a label as an impression someone gives ("the new porter strikes me as unreliable",
# "you come across as someone who has stopped caring"), a label as the kind of person not wanted
# ("I don't need a spoilt brat on my crew"), and a quality that "isn't your thing/strong suit".
_STRIKES_ME = _compile(
    rf"\b(?:strikes?|struck)\s+(?:me|us|everyone|people|the\s+team)\s+as\s+(?:{_MOD}\s+){{0,3}}"
    rf"(?:{_TRAITS})\b|"
    rf"\b(?:strikes?|struck|comes?|came|coming)\s+(?:me\s+as|across\s+(?:to\s+\w+\s+)?as)\s+"
    rf"(?:someone|somebody|a\s+person|the\s+kind\s+of\s+person|a\s+(?:nurse|colleague|manager|"
    rf"teacher|driver|worker))\s+who\s+(?:(?:just|really|simply|frankly)\s+)?(?:has\s+"
    rf"(?:stopped|given\s+up)|(?:doesn['’]t|does\s+not|don['’]t)\s+(?:care|want\s+to\s+be|"
    rf"take\s+\w+\s+seriously)|can['’]t\s+be\s+bothered|has\s+checked\s+out|"
    rf"(?:isn['’]t|is\s+not)\s+(?:interested|committed|bothered)|gave\s+up|stopped\s+caring)|"
    # Round nine: "you strike me as someone with no real sense of ownership", "… who lacks drive"
    rf"\b(?:strikes?|struck|comes?|came|coming)\s+(?:me\s+as|across\s+(?:to\s+\w+\s+)?as)\s+"
    rf"(?:someone|somebody|a\s+person|the\s+kind\s+of\s+person|an?\s+[\w-]+)\s+(?:with\s+"
    rf"(?:no|zero|little|not\s+much|hardly\s+any)|who\s+(?:lacks|has\s+no|has\s+zero))\s+"
    rf"(?:(?:real|actual|genuine)\s+)?(?:sense\s+of\s+[\w-]+|drive|ambition|initiative|"
    rf"motivation|discipline|integrity|backbone|common\s+sense|work\s+ethic|interest|pride)",
    _F,
)
# Round nine: superiority as a belief about oneself: "you think you're above everyone else",
# "she seems to think she's too good for this job", "he believes he's better than the rest".
_SUPERIOR = _compile(
    rf"\b(?:you|he|she|they|{_NAME})\s+(?:(?:clearly|obviously|really|must|just)\s+)?"
    rf"(?:(?:seems?|seem)\s+to\s+)?(?:think|thinks|believe|believes|reckon|reckons|act\s+like|"
    rf"acts\s+like)\s+(?:that\s+)?(?:you['’]re|you\s+are|he['’]s|he\s+is|she['’]s|she\s+is|"
    rf"they['’]re|they\s+are)\s+(?:(?:so\s+much|far|way|much|somehow)\s+)?(?:above|better\s+than|"
    rf"superior\s+to|too\s+good\s+for|smarter\s+than|more\s+important\s+than)\s+(?:everyone|"
    rf"everybody|the\s+rest|us|all\s+of\s+us|other\s+people|others|(?:this|the|our)\s+[\w-]+|"
    rf"your\s+colleagues|(?:his|her|their)\s+colleagues)\b",
    _F,
)
_NOT_WANTED = _compile(
    rf"\b(?:I|we)\s+(?:really\s+|just\s+)?(?:don['’]t|do\s+not|won['’]t|will\s+not|can['’]t)\s+"
    rf"(?:need|want|have|tolerate)\s+(?:(?:an?|any|another|more|some)\s+)?"
    rf"(?:(?:{_MOD}|{_TRAITS})\s+){{0,3}}(?:{_TRAITS})\s+(?:(?:people|staff|workers|ones|types?)\s+)?"
    rf"(?:on|in|at|around|working|here|like\s+(?:you|that))\b",
    _F,
)
_NOT_YOUR_THING = _compile(
    rf"\b(?:{_QUALITY}|punctuality|timekeeping|teamwork|organi[sz]ation|being\s+on\s+time|"
    rf"tidiness|hygiene|listening|reliability|[a-z]{{3,}}ing)\s+(?:(?:clearly|obviously|evidently|just)\s+)?"
    rf"(?:isn['’]t|is\s+not|was\s+never|has\s+never\s+been|never\s+was|is\s+clearly\s+not)\s+"
    rf"(?:exactly\s+|really\s+)?(?:your|his|her|their)\s+(?:thing|strong\s+(?:suit|point)|"
    rf"forte|strength|strongest\s+suit|cup\s+of\s+tea)\b",
    _F,
)
# Round ten: a label hedged as what others would say or passive ("some would call you careless",
# "you could be described as arrogant"), a good quality denied by litotes ("not exactly the most
# reliable driver", "I wouldn't say you're the hardest worker") and idioms of character ("all talk",
# "a chip on your shoulder", "too big for his boots", "a loose cannon").
_BEST = (
    r"(?:most\s+(?:reliable|organi[sz]ed|committed|dedicated|motivated|careful|punctual|"
    r"professional|hard-?working|helpful|dependable|diligent|conscientious|patient|competent|"
    r"capable|trustworthy|honest|focused|engaged|thorough|efficient)|(?:hardest|sharpest|"
    r"brightest|quickest|keenest|best|most\s+willing)\s+(?:worker|person|member|employee|"
    r"colleague|tool|knife|bulb|team\s+player|one|nurse|driver|agent|chef|engineer|teacher))"
)
_IS = r"(?:['’]re|['’]s|\s+(?:are|is|was|were))"
_JUDGE_R10 = _compile(
    rf"\b(?:some(?:\s+people)?|people|others|many|most\s+people|a\s+lot\s+of\s+people|"
    rf"plenty\s+of\s+people|a\s+few\s+people|colleagues|the\s+team|anyone|customers|they)"
    rf"(?:\s+(?:would|might|could|may|will)|['’]d)\s+(?:(?:even|well|probably|definitely)\s+)?(?:call|describe|consider|label|see|"
    rf"find)\s+(?P<subj>you|him|her|them|{_NAME})\s+(?:as\s+|to\s+be\s+)?(?:{_MOD}\s+){{0,4}}"
    rf"(?:{_TRAITS})\b|"
    rf"\b(?P<subj2>you|he|she|they|{_NAME})\s+(?:could|might|would|may)\s+(?:well\s+|fairly\s+)?"
    rf"be\s+(?:(?:described|seen|regarded|viewed|thought\s+of)\s+as|(?:called|labell?ed|"
    rf"considered)(?:\s+as)?)\s+"
    rf"(?:{_MOD}\s+){{0,4}}(?:{_TRAITS})\b|"
    rf"\b(?P<subj3>you|he|she|they|{_NAME}){_IS}\s+(?:not\s+exactly|hardly|far\s+from|not\s+really|"
    rf"not\s+quite|not\s+what\s+I['’]d\s+call)\s+(?:the|our|an?)\s+{_BEST}|"
    rf"\b(?:wouldn['’]t|would\s+not|couldn['’]t|can['’]t)\s+(?:exactly\s+)?(?:say|call)\s+"
    rf"(?:that\s+)?(?:(?P<subj4>you|he|she|they|him|her|them|{_NAME}){_IS}?)\s+"
    rf"(?:the|our|an?)\s+{_BEST}|"
    rf"\b(?P<subj5>you|he|she|they|{_NAME})(?:{_IS}|\s+(?:seems?(?:\s+to\s+be)?|can\s+be|"
    rf"has\s+been|have\s+been))\s+(?:(?:just|really|always|such|so|a\s+bit\s+of|something\s+of|"
    rf"quite|frankly|basically)\s+)*(?:all\s+talk|"
    rf"full\s+of\s+(?:yourself|himself|herself|themselves|hot\s+air)|too\s+big\s+for\s+"
    rf"(?:your|his|her|their)\s+boots|a\s+law\s+unto\s+(?:yourself|himself|herself|themselves)|"
    rf"(?:your|his|her|their)\s+own\s+worst\s+enem(?:y|ies)|an?\s+(?:bad\s+apple|loose\s+cannon|"
    rf"wet\s+blanket|drama\s+queen|prima\s+donna|control\s+freak|dead\s*weight|"
    rf"busybody))\b|"
    rf"\b(?P<chip>chip)\s+on\s+(?:your|his|her|their)\s+shoulders?\b",
    _F,
)
_JUDGE_R10_VERBS = _gate(
    "call describe consider label see find described called seen regarded considered labelled",
    "labeled viewed thought",
)
_JUDGE_R10_LITOTES = _gate("exactly hardly far really quite say call")
_JUDGE_R10_BEST = _gate("most hardest sharpest brightest quickest keenest best")
_JUDGE_R10_IDIOMS = _gate(
    "talk yourself himself herself themselves air boots law enemy enemies apple cannon blanket",
    "queen donna freak deadweight dead busybody chip",
)


def _judge_r10_gate(words: frozenset[str]) -> bool:
    """Each branch of ``_JUDGE_R10`` needs a trait, a superlative or an idiom's word."""
    return (
        not words.isdisjoint(_JUDGE_R10_IDIOMS)
        or (not words.isdisjoint(_JUDGE_R10_VERBS) and not words.isdisjoint(_JUDGE_GATE))
        or (not words.isdisjoint(_JUDGE_R10_LITOTES) and not words.isdisjoint(_JUDGE_R10_BEST))
    )


# Round eleven: a bad streak or side of character ("you've got a lazy streak", "his stubborn
# side"), rules, deadlines or work held to be for others ("she seems to think the rules don't apply
# to her", "he acts like deadlines are for other people", "allergic to hard work"), a group label
# followed by traits ("Typical graduate: entitled and lazy") and priorities elsewhere.
_STREAK = _compile(
    r"\b(?:an?|that|this|your|his|her|their)\s+(?:(?:real|bit\s+of\s+a|definite|serious|strong|"
    r"nasty|wide|mile-wide|proper|certain|little)\s+)?(?:lazy|mean|nasty|stubborn|selfish|cruel|"
    r"arrogant|careless|sloppy|vindictive|spiteful|petty|defiant|contrary|bossy|reckless|dishonest|"
    r"jealous|moody|aggressive|sneaky|vicious|cowardly|obstinate|awkward|difficult|rebellious|"
    r"ruthless|manipulative|lazy-?ass|bolshy|bolshie|sulky|surly)\s+(?:streak|side)\b",
    _F,
)
_RULES_FOR_OTHERS = _compile(
    rf"{_SUBJ}\s+(?:[\w’']+\s+){{0,2}}?(?:thinks?|thought|believes?|believed|acts?|acted|behaves?|"
    rf"behaved|assumes?|assumed|reckons?|seems?\s+to\s+(?:think|believe)|carries\s+on)\s+(?:that\s+|"
    rf"like\s+|as\s+if\s+|as\s+though\s+)?(?:the\s+|our\s+|these\s+|those\s+|any\s+)?(?:[\w-]+\s+)?"
    rf"(?:rules?|deadlines?|policies|policy|procedures?|rotas?|dress\s+code|laws?|regulations?|"
    rf"standards|protocols?|targets)\s+(?:(?:just|simply|somehow)\s+)?(?:(?:don['’]t|do\s+not|"
    rf"doesn['’]t|does\s+not|didn['’]t|won['’]t|shouldn['’]t)\s+apply\s+to\s+(?:them|him|her|you|"
    rf"themselves|himself|herself|yourself)|(?:are|were|is|was)\s+(?:only\s+)?for\s+(?:other\s+people|"
    rf"everyone\s+else|everybody\s+else|the\s+rest\s+of\s+us|lesser\s+mortals|the\s+little\s+people|"
    rf"other\s+staff|others))\b",
    _F,
)
_ALLERGIC = _compile(
    r"\ballergic\s+to\s+(?:(?:hard|real|honest|actual|any)\s+)?(?:work|effort|graft|deadlines|"
    r"responsibility|accountability|overtime|a\s+day['’]s\s+work|punctuality|planning|feedback|"
    r"criticism|the\s+phone|paperwork|mornings)\b",
    _F,
)
_TYPICAL_LABEL = _compile(
    rf"\btypical\s+(?P<subj>(?:(?:lazy|young|spoilt|spoiled|entitled|bloody|gen\s*z)\s+)?(?:millennials?|"
    rf"boomers?|gen\s*z(?:ers?)?|zoomers?|teenagers?|youngsters?|graduates?|grads?|students?|"
    rf"interns?|juniors?|temps?|trainees?|apprentices?|newbies?|contractors?|salesm[ae]n|"
    rf"developers?|engineers?|managers?|consultants?|office\s+boys?|lads?|blokes?|(?-i:[A-Z][a-z]+)|"
    rf"of\s+(?:you|him|her|them)))\s*[—–:,.!-]+\s*(?:(?:so|too|utterly|totally|completely|just|all|"
    rf"always|a\s+bit|very|bone|such\s+an?)\s+)*(?P<trait>{_TRAITS})\b",
    _F,
)
_PRIORITIES = _compile(
    r"\b(?:your|his|her|their)\s+priorities\s+(?:(?:clearly|obviously|now|really)\s+)?"
    r"(?:(?:are|were|lie|lay|is|seem\s+to\s+be|have\s+been|"
    r"has\s+been|['’]re)\s+)(?:(?:clearly|obviously|now|completely|all|just|still|firmly|"
    r"somewhere)\s+)*(?:elsewhere|else|not\s+(?:here|with\s+(?:us|the\s+team|this\s+job|work|the\s+"
    r"job))|all\s+over\s+the\s+place)\b|"
    r"\b(?:got|have|has|had|['’]ve)\s+(?:(?:clearly|obviously|now)\s+)?(?:got\s+)?(?:your|his|her|"
    r"their)\s+priorities\s+(?:(?:all|completely|totally|firmly)\s+)?(?:somewhere\s+else|elsewhere|"
    r"backwards|upside\s+down|all\s+over\s+the\s+place)\b",
    _F,
)
_STREAK_GATE = _gate("streak side")


_OTHER_JUDGE_GATES: tuple[tuple[frozenset[str], re.Pattern[str]], ...] = (
    (
        _gate(
            "attitude ethic character personality mindset temper ego mentality responsibility",
            "initiative sense motivation ambition drive discipline integrity anyone backbone",
            "manners",
        ),
        _HAS_ATTITUDE,
    ),
    (_gate("lack lacks lacked lacking no zero little ounce shred slightest nothing any"), _LACKS),
    (_gate("lack absence"), _LACK_OF),
    (_gate("don doesn didn not"), _DONT_CARE),
    (_gate("bad terrible awful hopeless useless rubbish incapable"), _BAD_AT),
    (_gate("attitude ethic character personality mindset temper ego mentality"), _ATTITUDE_IS),
    (_gate("strikes struck strike comes came come coming"), _STRIKES_ME),
    (_gate("need want tolerate"), _NOT_WANTED),
    (_gate("thing suit point forte strength strongest cup"), _NOT_YOUR_THING),
    (_gate("above better superior good smarter important"), _SUPERIOR),
    (_gate("apply else mortals other others"), _RULES_FOR_OTHERS),
    (_gate("allergic"), _ALLERGIC),
    (_gate("typical"), _TYPICAL_LABEL),
    (_gate("priorities"), _PRIORITIES),
)


# "I don't think Kevin is an honest person", "I doubt she's committed": the denial governs it.
_DENY_BEFORE = _compile(
    r"\b(?:I|we)\s+(?:really\s+|honestly\s+|just\s+)?(?:don['’]t|do\s+not|didn['’]t|"
    r"can['’]t|cannot)\s+(?:really\s+|honestly\s+)?(?:think|believe|feel|consider|find|say)\s+"
    r"(?:that\s+)?$|\b(?:I|we)\s+(?:really\s+|honestly\s+)?doubt\s+(?:that\s+)?$",
    _F,
)


_IF_BEFORE = re.compile(r"\bif\s+(?:only\s+)?$", _F)
_SO_MOD = re.compile(r"\b(?:so|such|this|that)\b", _F)
# A life event named before "your mind is elsewhere" makes it a remark about the event (demeaning).
_LIFE_EVENT = re.compile(
    r"\b(?:since|ever\s+since|once|after|until)\s+(?:the|your|his|her)\s+(?:baby|divorce|wedding|"
    r"breakup|break-up|pregnancy|honeymoon|separation|kids?|maternity\s+leave|twins|engagement)\b|"
    r"\b(?:since|ever\s+since|now\s+that)\s+(?:you|she|he)(?:['’]ve|\s+have|\s+has|['’]s)?\s+"
    r"(?:had|got|become|became)\s+(?:(?:the|a|her|his|your)\s+)?(?:baby|twins|kids|married|engaged|"
    r"pregnant)\b",
    _F,
)


def _labels(rx: re.Pattern[str], text: str, *, group: bool) -> Iterator[Span]:
    for m in rx.finditer(text):
        if not group and not _is_person_subject(m.group("subj")):
            continue
        if text[max(0, m.start() - 5) : m.start()].lower().endswith("like "):
            continue  # "women like you are too soft" is a stereotype (demeaning), said of a group
        trait = re.sub(r"\s+", " ", m.group("trait").lower())
        before_mods = text[m.start() : m.start("mods")]
        negated = bool(_NEGATED.search(m.group("mods")) or _NEGATED.search(before_mods))
        if _DENY_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            negated = not negated
        elif (
            negated
            and _IF_BEFORE.search(text, max(0, m.start() - 12), m.start())
            and _SO_MOD.search(m.group("mods"))
        ):
            negated = False  # "if you weren't so stubborn" says that you are
        if (trait in _NEGATABLE_SET) != negated:
            continue  # "you are not lazy" and "you are reliable" are not labels
        yield m.start(), m.end()


# Round twelve: superiority as knowing better ("he always thinks he knows better than the nurses",
# "she acts like she knows it all"); an attitude someone has had or developed ("has had a bit of
# an attitude since May"); a label after a role or job title as the subject ("the new night
# porter is unreliable", "our weekend receptionist is so lazy"); dim, dense or thick about a
# person; "do/can/tend to come across as" + a label; a habit of gossip or moaning as what the
# person loves ("Tom loves a gossip", "… and Hannah's no different").
_ROLE_SUBJ = (
    r"(?:negotiator|assistant|manager|agent|intern|trainee|apprentice|nurse|driver|supervisor|"
    r"cleaner|receptionist|technician|engineer|developer|analyst|consultant|rep|officer|clerk|"
    r"porter|chef|cook|waiter|waitress|cashier|teacher|hire|starter|recruit|temp|contractor|"
    r"coordinator|co-ordinator|administrator|admin|accountant|designer|editor|buyer|planner|"
    r"barista|bartender|carer|steward|pharmacist|paralegal|solicitor|instructor|trainer|tutor|"
    r"lecturer|associate|executive|picker|packer|courier|guard|lead|controller|dispatcher|"
    r"surveyor|adviser|advisor|caretaker|janitor|housekeeper|host|hostess|stylist|therapist|"
    # round fourteen: "the claims handler is disorganised", "the agency worker is rude" (not a
    # program's handler or worker: "the event handler is sloppy")
    r"employee|operator|operative|labourer|laborer|fitter|mechanic|electrician|plumber|welder|"
    r"foreman|teller|inspector|auditor|doctor|registrar|paramedic|midwife|physio|locum|volunteer|"
    r"colleague|secretary|attendant|storeman|baker|butcher|underwriter|banker|dentist|hygienist|"
    r"groomer|(?<!event\s)(?<!error\s)(?<!exception\s)(?<!request\s)(?<!message\s)"
    r"(?<!signal\s)(?<!click\s)(?<!interrupt\s)handler|(?<!background\s)(?<!service\s)"
    r"(?<!web\s)(?<!queue\s)(?<!celery\s)worker)"
)
_JUDGE_R12 = _compile(
    r"(?:"
    rf"\b(?P<subj>you|he|she|they|{_NAME})\s+(?:(?:always|clearly|obviously|really|just|still|"
    rf"honestly|seem\s+to|seems\s+to|seemed\s+to)\s+)*(?:think|thinks|thought|believe|believes|"
    rf"reckon|reckons|act\s+like|acts\s+like|acted\s+like|behave\s+like|behaves\s+like|"
    rf"act\s+as\s+if|acts\s+as\s+if)\s+(?:that\s+)?(?:you|he|she|they)\s+(?:always\s+)?"
    rf"(?:know|knows|knew)\s+(?:(?:so\s+)?(?:much\s+)?better(?:\s+than)?|best|it\s+all|"
    rf"everything)\b|"
    rf"\b(?P<subj2>you|he|she|they|{_NAME})(?:['’](?:s|ve)|\s+(?:has|have|had))\s+(?:(?:had|got|"
    rf"been\s+having|been\s+showing|developed|shown|picked\s+up)\s+)(?:(?:a\s+(?:bit|touch)\s+of|"
    rf"something\s+of|quite|such|a\s+real|a\s+serious|a\s+proper)\s+)?an?\s+(?:(?:real|"
    rf"serious|major|big|bit\s+of\s+an?)\s+)?attitude(?:\s+(?:problem|issue))?\b|"
    rf"\b(?:the|our|your|that|this)\s+(?:(?:new|junior|senior|temp|night|weekend|day|agency|"
    rf"trainee|relief|part-time|lead)\s+)?(?:[\w-]+\s+)?{_ROLE_SUBJ}"
    # (round fourteen: "the claims handler on the motor desk is so disorganised")
    rf"(?:\s+(?:on|in|at|from)\s+(?:the\s+)?(?:[\w-]+\s+)?[\w-]+(?=\s+(?:is|was|has|seems|seemed|"
    rf"can|remains|looks)\b))?(?:['’]s|\s+(?:is|was|"
    rf"has\s+been|seems|seemed|can\s+be|remains|looks))\s+(?:(?:so|really|very|totally|"
    rf"completely|just|a\s+bit|pretty|quite|incredibly|utterly|frankly|honestly|simply|clearly|"
    rf"far\s+too|too|rather|fairly|extremely|hopelessly|chronically|notoriously)\s+)*"
    rf"(?P<trait>{_TRAITS})\b|"
    rf"\b(?P<subj3>you|he|she|{_NAME})(?:['’]re|['’]s|\s+(?:are|is|was|were|can\s+be|seems?|"
    rf"seemed))\s+(?:(?:a\s+bit|a\s+little|so|really|pretty|rather|quite|just|too|bloody|"
    rf"kind\s+of|sort\s+of|being|that|incredibly)\s+)*(?:thick|dense|dim)\b(?!\s+(?:of|with|"
    rf"on|in|and)\b)(?!-)|"
    rf"\b(?P<subj4>you|he|she|they|{_NAME})\s+(?:(?:do|does|did|can|could|often|sometimes|"
    rf"really|tend\s+to|tends\s+to|may|might|definitely|certainly|still|also|just)\s+)+"
    rf"(?:come|comes|came)\s+across\s+(?:to\s+\w+\s+)?as\s+(?:(?:a\s+bit|a\s+little|so|really|"
    rf"very|pretty|rather|quite|too|quite\s+a|a|an|somewhat|fairly|kind\s+of)\s+)*{_TRAITS}\b|"
    rf"\b(?P<subj5>you|he|she|they|{_NAME})\s+(?:(?:really|just|does|do|certainly|clearly)\s+)?"
    rf"(?:loves?|likes?|enjoys?)\s+a\s+(?:good\s+)?(?:gossip|moan|whinge|grumble|natter|"
    rf"bit\s+of\s+drama|drama)\b|"
    rf"\b(?:gossip|gossips|gossiping|moan|moaning|whinge|whingeing|natter|drama)\b[^.!?\n]{{0,40}}"
    rf"\b(?:and|,|;|:)\s+(?P<subj6>you|he|she|{_NAME})(?:['’]s|['’]re|\s+(?:is|are|was))\s+"
    rf"no\s+(?:different|exception)\b"
    r")",
    _F,
)
_ROLE_WORDS = _gate(
    _ROLE_SUBJ.replace("(?:", "").replace(")", "").replace("|", " ").replace("-", " ")
) | _gate("handler worker")
_JUDGE_R12_RARE = _gate("know knows knew attitude thick dense dim across gossip gossips gossiping")
_JUDGE_R12_RARE |= _gate("moan moaning whinge whingeing grumble natter drama")


def _judge_r12_gate(words: frozenset[str]) -> bool:
    """A word only one branch of ``_JUDGE_R12`` uses, or a role together with a trait."""
    return not words.isdisjoint(_JUDGE_R12_RARE) or (
        not words.isdisjoint(_ROLE_WORDS) and not words.isdisjoint(_JUDGE_GATE)
    )


def _find_judges_base(text: str) -> Iterator[Span]:
    words = _words(text)
    if not words.isdisjoint(_JUDGE_GATE):
        yield from _labels(_JUDGE, text, group=False)
        if not words.isdisjoint(_GROUP_GATE):
            yield from _labels(_GROUP_JUDGE, text, group=True)
    if not words.isdisjoint(_KIND_GATE):
        for m in _KIND_OF.finditer(text):
            rest = m.group("rest")
            if _is_person_subject(m.group("subj")) and (
                _KIND_BAD.search(rest) or _NEGATIVE_BEHAVIOUR.search(rest)
            ):
                yield m.start(), m.end()
    if not words.isdisjoint(_INSULT_GATE):
        for m in _INSULT_ADDRESS.finditer(text):
            yield m.start(), m.end()
    if not words.isdisjoint(_SOMEONE_GATE) and not words.isdisjoint(_JUDGE_GATE):
        for m in _SOMEONE_SO.finditer(text):
            yield m.start(), m.end("trait")
    if not words.isdisjoint(_PERCEIVE_GATE) and not words.isdisjoint(_JUDGE_GATE):
        for m in _PERCEIVE.finditer(text):
            obj = m.group("subj")
            if obj.lower() not in ("him", "her", "them") and not _is_person_subject(obj):
                continue
            trait = re.sub(r"\s+", " ", m.group("trait").lower())
            negated = bool(_NEGATED.search(text, m.start(), m.end("mods")))
            if (trait in _NEGATABLE_SET) == negated:
                yield m.start(), m.end()
    if not words.isdisjoint(_ATTITUDE_GATE):
        for m in _ATTITUDE_TOWARDS.finditer(text):
            if not _NEGATED.search(text, m.start(), m.start("trait")):
                yield m.start(), m.end()
    if not words.isdisjoint(_HEAD_GATE):
        for m in _HEAD_ELSEWHERE.finditer(text):
            if not _LIFE_EVENT.search(_sentence_around(text, m.start(), m.end())):
                yield m.start(), m.end()
    if not words.isdisjoint(_LABEL_QUESTION_GATE):
        for m in _LABEL_QUESTION.finditer(text):
            subj = m.group("subj") or m.group("subj2")
            if subj is None or _is_person_subject(subj):
                yield m.start(), m.end()
    for gate, rx in _OTHER_JUDGE_GATES:
        if words.isdisjoint(gate):
            continue
        pos = 0
        while (hit := rx.search(text, pos)) is not None:
            if "subj" not in rx.groupindex or _is_person_subject(hit.group("subj")):
                yield hit.start(), hit.end()
                pos = max(hit.end(), pos + 1)
            else:  # "Frankly you seem to think …": retry after the word taken for a name
                pos = hit.end("subj")
    for m in _STREAK.finditer(text) if not words.isdisjoint(_STREAK_GATE) else ():
        if not _NEGATED.search(text, max(0, m.start() - 25), m.start()):
            yield m.start(), m.end()  # "not a mean streak in her" denies it
    for m in _JUDGE_R10.finditer(text) if _judge_r10_gate(words) else ():
        subj = next(g for g in m.group("subj", "subj2", "subj3", "subj4", "subj5", "chip") if g)
        if subj == "chip" or subj.lower() in ("him", "her", "them") or _is_person_subject(subj):
            yield m.start(), m.end()
    for m in _JUDGE_R12.finditer(text) if _judge_r12_gate(words) else ():
        subj = next(
            (g for g in m.group("subj", "subj2", "subj3", "subj4", "subj5", "subj6") if g), None
        )
        if subj is not None and not _is_person_subject(subj):
            continue
        if subj is None and _NEGATED.search(m.group()):
            continue  # "the new porter is not lazy"
        yield m.start(), m.end()
    for m in _JUDGE_R13.finditer(text) if not words.isdisjoint(_JUDGE_R13_GATE) else ():
        if m.group("subj") is None or _is_person_subject(m.group("subj")):
            yield m.start(), m.end()
    if not words.isdisjoint(_J14_ATTITUDE) and not words.isdisjoint(_ROLE_WORDS):
        for m in _JUDGE_R14.finditer(text):
            yield m.start(), m.end()
    if "-" in text or not _r15_words(text).isdisjoint(_J15_ANY):
        yield from _judges_r15(text, words)
    keys16 = _r16_words(text)
    if not keys16.isdisjoint(_J16_ANY) or not words.isdisjoint(_R16_CARRY_WORDS):
        yield from _judges_r16(text, words, keys16)


# ---------------------------------------------------------------------------------------------
# demeaning
# ---------------------------------------------------------------------------------------------

# Insults that only ever describe people.
_INSULT_NOUN = _compile(
    r"\b(?:idiots?|idiotic|morons?|moronic|imbeciles?|cretins?|retards?|retarded|losers?|clowns?|"
    r"buffoons?|halfwits?|half-wits?|dimwits?|nitwits?|numbskulls?|airheads?|bimbos?|dunces?|"
    r"bozos?|muppets?|dumbass(?:es)?|dumb-ass(?:es)?|jackass(?:es)?|dipshits?|dickheads?|"
    r"useless\s+(?:lump|waste)|waste\s+of\s+(?:space|oxygen|a\s+salary|money)|"
    r"brain-?dead|pea-?brain(?:ed)?|bird-?brain(?:ed)?|no-?brainer\s+even\s+for\s+you)\b",
    _F,
)
# Insults that can also describe things ("this stupid printer"): they count when the sentence
# is about a person or qualifies their work ("stupid mistake").
_INSULT_ADJ = _compile(
    r"\b(?:stupid(?:est|ity)?|dumb(?:est|er)?|useless|worthless|pathetic|hopeless|clueless|"
    r"brainless|incompetent|incompetence|laughable|embarrassment|ridiculous|dense|thick|slow-witted|"
    r"half-witted|simple-minded|feeble-minded|a\s+joke)\b",
    _F,
)
_PERSON_REF = _compile(
    r"\b(?:you|your|yours|yourself|u|he|him|his|she|her|they|them|their|ya)\b|"
    r"\b(?:mistake|idea|question|excuse|error|answer|comment|suggestion|work|effort)s?\b",
    _F,
)
_THING_AFTER = _compile(
    r"\s+(?:printer|laptop|computer|system|tool|software|app|machine|server|bug|form|process|"
    r"policy|rule|vpn|wifi|wi-fi|meeting|dashboard|spreadsheet|website|button|portal)\b",
    _F,
)
_MATERIAL_THICK = re.compile(
    r"\b(?:the|a|an|this|that|these|those|some|our|its)\s+(?:thick|dense)\s+[a-z]", _F
)
_BELITTLE = _compile(
    r"\beven\s+(?:an?\s+|my\s+|our\s+|the\s+)?(?:intern|child|kid|monkey|chimp|trainee|"
    r"first-year|first\s+year|new\s+hire|student|schoolkid|schoolboy|schoolgirl|toddler|"
    r"five-year-old|grandma|grandmother|granny|grandpa|mum|mom|mother|dad|son|daughter|"
    r"work-experience\s+kid|junior|temp|you)\s+(?:could|can|would|knows?|gets?|understands?|"
    r"manages?|does)\b|"
    r"\b(?:an?|my|any|our|your|the)\s+(?:(?:little|old|blind|trained|dead|pet|"
    r"\w+-year-old|grand)\s+)?(?:intern|child|kid|kids|monkey|chimp|ape|dog|cat|hamster|goldfish|"
    r"parrot|\w+-year-old|toddler|baby|schoolkid|schoolboy|schoolgirl|teenager|idiot|fool|"
    r"first-grader|grandmother|grandma|granny|grandfather|grandpa|nan|mum|mom|mother|dad|"
    r"father|son|daughter|niece|nephew|little\s+brother|little\s+sister)\s+(?:could|can|would)"
    r"(?:\s+(?:have|probably|easily|still|even))*\s+(?!you\b)[a-z]+|"
    r"\beven\s+(?:an?\s+|my\s+|our\s+|the\s+)?(?:[\w-]+-year-old|grandfather|dog|cat|"
    r"baby|teenager)\s+(?:could|can|would|knows?|gets?)\b|"
    r"\bhow\s+hard\s+(?:can|could|is)\s+it\s+(?:be|be\s+to|to)\b|"
    r"\b(?:it['’]?s|it\s+is|this\s+is|this\s+isn['’]t|it\s+isn['’]t|it['’]s\s+not|this\s+is\s+not|"
    r"that['’]?s\s+not)\s+rocket\s+science\b|"
    r"\bwhat['’]?s\s+wrong\s+with\s+you\b|\bwhat\s+is\s+wrong\s+with\s+you\b|"
    r"\bare\s+you\s+(?:stupid|dumb|blind|deaf|slow|thick|an\s+idiot|mental|crazy|insane)\b|"
    r"\bdo\s+i\s+(?:have|need)\s+to\s+spell\s+(?:it|everything)\s+out\b|"
    r"\buse\s+your\s+(?:brain|head)\b|"
    r"\bwhy\s+(?:do|did)\s+we\s+(?:even\s+)?(?:hire|pay|keep)\s+you\b|"
    r"\bi\s+don['’]t\s+know\s+why\s+we\s+(?:hired|pay|keep)\s+you\b|"
    r"\b(?:any|every)\s+(?:idiot|fool|child|kid|intern|monkey)\s+(?:could|can|knows?)\b|"
    r"\bdo\s+you\s+even\s+(?:think|know\s+how|understand|have\s+a\s+brain)\b|"
    r"\b(?:shut\s+up|get\s+lost|grow\s+up)\b|"
    r"\bin\s+your\s+(?:tiny|little|small)\s+(?:brain|head|mind)\b|"
    r"\b(?:nobody|no\s+one)\s+(?:really\s+|here\s+)?(?:cares|asked|wants\s+to\s+hear|gives\s+a\s+"
    r"damn|is\s+interested)\s+(?:about\s+|for\s+|in\s+)?(?:your|what\s+you|you)\b|"
    r"\bwho\s+(?:asked|cares\s+what)\s+you\b|"
    r"\b(?:you|he|she|they)(?:(?:['’]re|['’]s|\s+(?:are|is|was|were))(?:\s+(?:just|simply|"
    r"clearly|obviously|really))*\s+not|\s+(?:aren|isn|wasn|weren)['’]t)(?:\s+(?:just|simply|really|"
    r"quite))*\s+(?:smart|clever|bright|intelligent|sharp|quick)\s+enough\b|"
    r"\b(?:you|he|she|they)(?:['’]re|['’]s|\s+(?:are|is|was|were))\s+(?:just\s+|simply\s+)?too\s+"
    r"(?:stupid|slow|dim|thick|dumb|simple)\s+(?:to|for)\b|"
    r"\b(?:that|this|what\s+you\s+did|what\s+(?:he|she|they)\s+did)(?:['’]s|\s+was|\s+is)\s+"
    r"(?:(?:so|really|just|plain|pretty|utterly)\s+)?(?:stupid|dumb|pathetic|idiotic|moronic)\b",
    _F,
)
# Remarks about sex, age, origin, body, family, pregnancy or religion.
_PERSONAL = _compile(
    r"\bfor\s+a\s+(?:woman|girl|lady|female|mother|mom|mum|man\s+your\s+age|"
    r"woman\s+your\s+age|guy\s+your\s+age|person\s+your\s+age|someone\s+your\s+age|"
    r"foreigner|non-native|newcomer\s+from|older\s+(?:person|guy|woman|man|employee|worker)|"
    r"young\s+(?:person|guy|girl|woman|man|kid)|kid|boy|grandma|grandpa|pensioner|"
    r"(?:\w+\s+)?immigrant)\b|"
    r"\b(?:at|for)\s+your\s+age\b|\b(?:people|someone|guys|women|men|employees|workers|folks)"
    r"\s+(?:of|at)\s+your\s+age\b|\bpeople\s+your\s+age\b|\bsomeone\s+your\s+age\b|"
    r"\btoo\s+old\s+(?:to|for)\b|\b(?:you|he|she|they)(?:['’]re|['’]s|\s+(?:are|is|was|were|look|"
    r"looks|seem|seems|sound|sounds))\s+(?:(?:just|a\s+bit|way|far|much|still|simply)\s+)?too\s+"
    r"(?:young|old)\b|\btoo\s+young\s+to\s+be\s+(?:taken\s+seriously|trusted|in\s+charge)\b|"
    r"\btoo\s+young\s+(?:to\s+(?:lead|manage|understand|know)|for\s+"
    r"(?:this|the\s+role|a\s+lead))\b|\bold-?timers?\b|\bover\s+the\s+hill\b|\bboomers?\b|"
    r"\b(?:millennials?|gen\s*z|zoomers?)\s+(?:are|always|never|just|like\s+you|don['’]t|can['’]t|"
    r"think|want|expect)\b|\byou\s+(?:millennials?|gen\s*z(?:ers)?|boomers?|young\s+people|"
    r"women|girls|foreigners|immigrants|people)\b|"
    r"\b(?<!you\s)(?<!you\s\s)(?:women|girls|ladies|females|men|guys|mothers|moms|mums|"
    r"foreigners|immigrants|asians|indians|chinese\s+people|americans|europeans|africans|muslims|christians|jews|"
    r"older\s+people|old\s+people|young\s+people)\s+(?:are|can['’]t|cannot|can\s+not|always|"
    r"never|tend\s+to|just|don['’]t|aren['’]t|shouldn['’]t|should\s+not|get\s+too|are\s+too|"
    r"belong|like\s+you)\b|"
    r"\blike\s+a\s+(?:girl|woman|little\s+girl|old\s+(?:man|woman|lady)|child)\b|"
    r"\btypical\s+(?:woman|female|girl|man|male|millennial|boomer|foreigner|immigrant|mother|"
    r"mom|mum|gen\s*z|old\s+(?:man|woman|person))\b|"
    r"\byour\s+(?:accent|skin|skin\s+colou?r|religion|faith|hijab|headscarf|turban|prayers?|"
    r"weight|appearance|looks|body|figure|pregnancy|biological\s+clock|hormones|ethnicity|race|"
    r"kind|people|culture|gender|sexuality|age\s+(?:shows|is\s+showing|is\s+a\s+problem))\b|"
    r"\bpeople\s+like\s+you\b|"
    r"\bwhere\s+you(?:['’]re|\s+are)?\s+(?:come\s+)?from\b|"
    r"\b(?:where|the\s+country)\s+you\s+come\s+from\b|\bback\s+(?:home|where)\s+you\b|"
    r"\b(?:pregnant|pregnancy|baby\s+brain|mommy\s+brain|mummy\s+brain|mommy\s+track|"
    r"mummy\s+track|time\s+of\s+(?:the|your|her)\s+month|hormonal|menopausal|menopause)\b|"
    r"\b(?:since|now\s+that|because|ever\s+since)\s+(?:you|she|he)\s+(?:had|have|has|got|became|"
    r"['’]?(?:re|s)|are|is)\s+(?:(?:a|an|the|your|her|his|two|three)\s+)?(?:kids?|children|a\s+baby|baby|married|mother|"
    r"mom|mum|father|dad|parent|old|older|woman|female|foreign|immigrant|single|divorced)\b|"
    r"\b(?:because|since|as)\s+(?:you|she|he)(?:['’]re|['’]s|\s+are|\s+is)\s+(?:a|an)\s+"
    r"(?:woman|girl|lady|female|foreigner|immigrant|outsider|mother|mom|mum|old\s+\w+)\b|"
    r"\bas\s+a\s+(?:woman|girl|mother|mom|mum|foreigner),\s+you\b|"
    r"\b(?:fat|obese|ugly|chubby|skinny|short\s+guy|old\s+lady|old\s+man|"
    # round fourteen: "her grandma was in hospital" is family, not a name for the person
    r"(?<!my\s)(?<!her\s)(?<!his\s)(?<!your\s)(?<!their\s)(?<!our\s)(?:grandma|grandpa))\b"
    r"(?=[^.!?]*\b(?:you|your|she|he|her|his)\b)",
    _F,
)

# Newer families kept in their own pattern behind a narrow word gate (speed): groups "like you",
# origin ("people from your country", "is English even your first language"), parents, weight.
_PERSONAL_MORE = _compile(
    r"\b(?:women|girls|ladies|guys|men|boys|kids|mums|moms|mothers|dads|foreigners|immigrants|"
    r"old(?:er)?\s+(?:guys|men|women|people|folks|ladies)|young(?:er)?\s+(?:guys|people|kids|"
    r"ones))\s+like\s+(?:you|her|him|them)\b|"
    r"\b(?:people|folks|guys|men|women|workers|staff)\s+from\s+(?:your|her|his|their|that)\s+"
    r"(?:country|part\s+of\s+the\s+world|region|culture|background|village|town|province|"
    r"neck\s+of\s+the\s+woods)\b|"
    r"\b(?:is|isn['’]t|was)\s+(?:english|chinese|german|french)\s+(?:even\s+)?(?:your|her|his)"
    r"\s+(?:first|native|mother)\s+(?:language|tongue)\b|"
    r"\b(?:new\s+|young\s+|working\s+)?(?:mums|moms|mothers|dads|fathers|parents)\s+"
    r"(?:should|shouldn['’]t|can['’]t|cannot|need\s+to|must|aren['’]t|are\s+not|just|always|"
    r"never)\b|"
    r"\bwith\s+(?:(?:two|three|four|five|\d+|small|young|little)\s+)*(?:kids|children|a\s+baby|"
    r"babies|a\s+newborn|a\s+family|toddlers)\s+(?:at\s+home|to\s+(?:look\s+after|raise|feed)),?\s+"
    r"(?:[\w'’]+\s+){0,3}?(?:you|she|he|they)\b|"
    r"\b(?:lose|lost|losing|put\s+on|gain|gained|gaining)\s+(?:some|a\s+bit\s+of|a\s+little|"
    r"a\s+few\s+pounds\s+of|a\s+lot\s+of)?\s*weight\b",
    _F,
)

# Patronising the person: treating an adult as a child or a pet ("let the grown-ups handle it",
# "don't worry your pretty little head", "did your mum write this?", "sweetheart"), remarks on
# the body ("too fat to…", "lay off the doughnuts"), a new baby or family as a reason to doubt
# them, and origin as a yardstick ("good for someone from there").
_PATRONISE = _compile(
    # grown-ups and children
    r"\b(?:let|leave\s+(?:it|this|that|them|the\s+[\w-]+)\s+to|until|when|while|for|with|"
    r"like)\s+the\s+(?:grown-?ups|adults|big\s+(?:boys|girls|kids|dogs)|real\s+(?:grown-?ups|"
    r"adults|professionals|engineers|men))\b(?!['’])|\bthe\s+(?:grown-?ups|adults)\s+(?:are|were)\s+"
    r"(?:talking|busy|working|handling|speaking)\b|"
    r"\b(?:when|once|after)\s+you(?:['’]re|\s+are)\s+(?:a\s+bit\s+|a\s+little\s+)?older\b|"
    r"\bwhen\s+you\s+grow\s+up\b|\b(?:good|clever)\s+(?:girl|boy)\b(?=\s*[,.!;—–])|\b(?:run|trot|toddle)\s+along\b|\b(?:there['’]?s|that['’]?s)"
    r"\s+a\s+good\s+(?:girl|boy|lad|lass)\b|\bbe\s+a\s+good\s+(?:girl|boy)\b|"
    r"\b(?:past|after)\s+your\s+bedtime\b|\bwho\s+dressed\s+you\b|"
    r"\b(?:worry|bother|trouble)\s+your\s+(?:pretty|little|pretty\s+little|silly|little\s+"
    r"blonde|blonde)\s+(?:little\s+)?(?:head|self|mind)\b|\byour\s+pretty\s+(?:little\s+)?"
    r"(?:head|face)\b|\b(?:a|such\s+a)\s+pretty\s+(?:little\s+)?(?:face|thing)\b|"
    r"\bbless\s+(?:your|his|her)\s+(?:little\s+)?(?:heart|cotton\s+socks)\b|"
    r"\b(?:cute|sweet|adorable)\s+(?:that|how)\s+you\s+(?:think|believe|tried|want|thought)\b|"
    r"\byour\s+(?:cute|sweet)\s+little\s+(?:idea|report|project|plan|theory|presentation|"
    r"proposal|slides?|list)\b|"
    r"\b(?:did|does|do|will|should)\s+(?:your|his|her)\s+(?:mum|mom|mother|mummy|mommy|dad|"
    r"daddy|father|parents|grandma|granny|nanny)\s+(?:(?:still|also|have\s+to|need\s+to)\s+)?"
    r"(?:do|write|pack|dress|help|make|choose|pick|check|tie|cut|sign|read|wake|drive|hold|finish)"
    r"\b|\b(?:your|his|her)\s+(?:mum|mom|mother|mummy|mommy|dad|daddy|father|parents)\s+"
    r"(?:should\s+have|obviously\s+didn['’]t|never|didn['’]t|must\s+have)\s+(?:taught|raised|"
    r"teach|raise|spoiled|spoilt)\b|\b(?:didn['’]t|did\s+not|never)\s+(?:your|his|her)\s+"
    r"(?:mum|mom|mother|dad|father|parents)\s+(?:ever\s+)?teach\b|\braised\s+by\s+wolves\b|"
    r"\bborn\s+in\s+a\s+barn\b|\bdropped\s+on\s+(?:your|his|her)\s+head\b|"
    r"\b(?:go\s+|run\s+)?(?:cry|crying|complain|run)\s+(?:to|home\s+to)\s+(?:your\s+)?"
    r"(?:mummy|mommy|mum|mom|mama|daddy)\b|"
    # pet names used on a colleague: "Thanks, sweetheart." "Listen, young lady,"
    r"(?:^|(?<=[,;:.!?—–(]\s)|(?<=[,;:.!?—–(])|\b(?:thanks|thank\s+you|listen|look|okay|ok|now|"
    r"well|sorry|hey|oh|no|yes|right|cheers|calm\s+down|relax|smile|come\s+on)\s*,?\s+)"
    r"(?:sweetheart|sweetie|sweetie-?pie|honey|hon|darling|darlin['’]?|babe|baby\s*girl|"
    r"sugar|dearie|princess|doll|dollface|missy|sonny|sonny\s+boy|kiddo|little\s+lady|"
    r"young\s+lady|little\s+girl|little\s+boy|girlie|girly|petal|pet|sweet\s*cheeks|cupcake|"
    r"poppet|my\s+dear)\s*(?=[,.;!?:—–)]|$)|"
    # body
    r"\b(?:too|so|way\s+too|a\s+bit\s+too|far\s+too)\s+(?:fat|overweight|obese|chubby|plump|"
    r"porky|skinny|scrawny|flabby|out\s+of\s+shape)\s+(?:to|for)\s+[a-z]+|"
    r"\b(?:you|he|she)(?:['’]re|['’]s|['’]ve\s+(?:got|gotten|become|grown)|\s+(?:are|is|look|looks|"
    r"looked|seem|seems|have\s+got|has\s+got|got|getting|are\s+getting|is\s+getting|"
    r"have\s+(?:become|grown)|has\s+(?:become|grown)))\s+(?:(?:a\s+bit|a\s+little|rather|"
    r"quite|so|really|very|too|pretty|kind\s+of|getting)\s+)*(?:fat|overweight|obese|chubby|"
    r"plump|porky|podgy|pudgy|flabby|tubby|out\s+of\s+shape|fatter|bigger|heavier|rounder)\b|"
    r"\b(?:skip|skipping|lay\s+off|laying\s+off|go\s+easy\s+on|going\s+easy\s+on|cut\s+(?:back|"
    r"down)\s+on|cutting\s+(?:back|down)\s+on|pass\s+on|say\s+no\s+to|stay\s+away\s+from|"
    r"staying\s+away\s+from|put\s+down|avoid)\s+(?:the|that|those|all\s+the|your)?\s*"
    r"(?:second|extra|third|another|last|fourth)?\s*(?:desserts?|puddings?|cakes?|doughnuts?|"
    r"donuts?|biscuits?|cookies|seconds|snacks?|pies|pastries|carbs|burgers?|sweets|chocolates?|"
    r"junk\s+food|takeaways?|fries|helpings?|buffet|muffins?|crisps|fizzy\s+drinks|beers?)\b|"
    r"\b(?:lose|shed|drop|lost|losing|dropping|shedding)\s+(?:a\s+few|some|those|a\s+couple\s+of|"
    r"a\s+bit\s+of|a\s+few\s+more|the\s+extra)?\s*(?:pounds|kilos|kgs?|lbs|stone|inches)\b|"
    r"\b(?:hit|go\s+to|join|get\s+(?:yourself\s+)?to|try)\s+(?:the|a)\s+gym\b|"
    r"\b(?:watch|mind)\s+(?:your|his|her)\s+(?:weight|figure|waistline|diet|calories|belly)\b|"
    r"\b(?:on|go\s+on|try)\s+a\s+diet\b|\beat(?:ing)?\s+(?:less|fewer)\b|\beating\s+for\s+two\b|"
    r"\b(?:double\s+chin|beer\s+belly|muffin\s+top|love\s+handles|thunder\s+thighs)\b|"
    # family: a new baby or children as a reason to doubt the person
    r"\bwith\s+(?:(?:a|your|the|her|his|that)\s+)?(?:new\s+|newborn\s+|young\s+|little\s+|small\s+)?"
    r"(?:baby|newborn|toddler|twins|little\s+one|young\s+family|family\s+at\s+home)\b"
    r"(?:\s+(?:at\s+home|to\s+look\s+after|on\s+the\s+way|keeping\s+you\s+up))?,?\s+"
    r"(?:[\w'’]+\s+){0,3}?(?:you|she|he)(?:['’]re|['’]s|\s+(?:are|is|can['’]t|cannot|won['’]t|"
    r"couldn['’]t|probably|must|obviously|clearly|just|aren['’]t|isn['’]t|don['’]t|doesn['’]t|"
    r"have|has|had|need|needs|should|shouldn['’]t))\b|"
    r"\bsince\s+(?:the|your|her|his)\s+(?:baby|kids?|twins|little\s+one)\s+(?:came|arrived|"
    r"was\s+born|were\s+born)\b(?!\s*,?\s*(?:we|I)(?:['’]ve|\s+have|\s+had)?\s+(?:\w+\s+)?"
    r"(?:moved|changed|adjusted|switched|arranged|offered|agreed|given|put|set|made|reduced|cut|"
    r"kept|swapped|shortened|rearranged|rota(?:\'|’)?d)\b)|\b(?:your|her|his)\s+(?:baby|kids|children|family|little\s+ones?)"
    r"\s+(?:obviously\s+|clearly\s+|must\s+|always\s+|will\s+always\s+)?comes?\s+first\b|"
    r"\b(?:sleep-deprived|tired|exhausted)\s+new\s+(?:mums?|moms?|mothers?|dads?|fathers?|"
    r"parents?)\b|\bnew\s+(?:mums?|moms?|mothers?|dads?|parents?)\s+(?:like\s+you|always|never|"
    r"can['’]t)\b|"
    # origin as a yardstick: "good for someone from there", "where are you really from"
    r"\bfor\s+(?:someone|somebody|a\s+(?:guy|girl|woman|man|person|lad|kid))\s+(?:from|who\s+"
    r"grew\s+up\s+in|raised\s+in|born\s+in|brought\s+up\s+in)\s+(?:there|over\s+there|"
    r"(?:your|that|a|the|such\s+a)\s+[\w-]+|(?-i:[A-Z][a-z]+))\b|"
    r"\bwhere\s+are\s+you\s+(?:really|originally|actually)\s+from\b|"
    r"\b(?:speak|learn|use)\s+(?:proper|real|normal|decent)\s+english\b|"
    r"\b(?:your|his|her)\s+english\s+is\s+(?:\w+\s+)?(?:good|decent|fine|not\s+bad|impressive|"
    r"okay|ok)\s+for\b|\bfresh\s+off\s+the\s+boat\b|\bin\s+(?:your|her|his)\s+(?:country|"
    r"culture|village)\s+(?:you|people|they|maybe|perhaps|it['’]s|that['’]s)\b|"
    # gender: "man up", "a man's job"
    r"\b(?:man|men)\s+up\b|\bgrow\s+a\s+pair\b|\b(?:a|the)\s+(?:man['’]s|woman['’]s)\s+"
    r"(?:job|place|work|world|touch)\b|\bleave\s+(?:it|this|that)\s+to\s+the\s+(?:men|boys|"
    r"lads|women|girls|ladies)\b|\b(?:throw|run|cry|cries|scream|screams)\s+like\s+a\s+girl\b",
    _F,
)
_PATRONISE_GATE = _gate(
    "grown grownups adults boys girls kids dogs professionals engineers men older grow along",
    "girl boy lad lass bedtime dressed pretty little silly blonde bless cute sweet adorable mum",
    "mom mother mummy mommy dad daddy father parents grandma granny nanny wolves barn dropped",
    "mama sweetheart sweetie honey hon darling darlin babe baby sugar dearie dear princess doll",
    "dollface missy sonny kiddo lady girlie girly petal pet cheeks cupcake poppet fat overweight",
    "obese chubby plump porky skinny scrawny flabby shape fatter bigger heavier rounder podgy",
    "pudgy tubby dessert desserts pudding puddings cake cakes doughnut doughnuts donut donuts",
    "biscuit biscuits cookies seconds snack snacks pies pastries carbs burger burgers sweets",
    "chocolate chocolates junk takeaway takeaways fries helping helpings buffet muffin muffins",
    "crisps fizzy beer beers pounds kilos kg kgs lbs stone inches gym weight figure waistline",
    "diet calories belly eat eating chin handles thighs newborn toddler twins ones family kid",
    "children mums moms mothers dads fathers someone somebody guy woman man person where",
    "english boat country culture village lads women ladies",
)

_DISGRACE = _compile(
    rf"{_SUBJ}{_COPULA}(?:\s+(?:such|an?|an\s+absolute|a\s+total|a\s+complete|an\s+utter|"
    rf"just|a\s+walking|a\s+real|a\s+bloody|nothing\s+but\s+an?)\b)*\s+(?:disgrace|"
    rf"embarrassment|laughing\s*-?stock|waste\s+of\s+(?:space|oxygen|a\s+salary|skin))\b|"
    r"\b(?:disgrace|embarrassment)\s+to\s+(?:this|the|our|your|his|her|their|my|every)\s+"
    r"(?:\w+\s+)?(?:hospital|team|company|firm|school|profession|department|uniform|office|"
    r"store|shop|restaurant|hotel|ward|site|unit|branch|business|industry|trade|force|"
    r"organi[sz]ation|family|name|badge|brand|practice)\b",
    _F,
)
_DISGRACE_GATE = _gate("disgrace embarrassment laughing laughingstock stock waste")


# Round six: stereotypes about a group the person belongs to ("Female teachers tend to struggle",
# "Girls on the floor get emotional"), age as a limit ("At sixty, the new CRM is beyond you"),
# accent, pregnancy as a reason to pass someone over, origin ("things work differently where
# you grew up", "people from your part of the world"), belittling comparisons with a temp or a
# new starter, and "do I need to draw you a picture".
_DEMEAN_MORE = _compile(
    r"\b(?:female|male|women|woman|lady|older|younger|foreign|pregnant|immigrant)\s+"
    r"(?:teachers|staff|nurses|drivers|engineers|managers|workers|employees|agents|colleagues|"
    r"chefs|leads|doctors|officers|supervisors|bosses|students|candidates|developers|"
    r"programmers|mechanics|pilots|sales\w*)\s+(?:(?:just|always|usually|often|generally|"
    r"naturally)\s+)?(?:tend\s+to|always|never|can['’]t|cannot|don['’]t|just|get|struggle|"
    r"panic|crack|cry|are\s+(?:too|always|never|not|just|naturally|less|more|so|bad|worse|"
    r"hopeless|useless|emotional)|aren['’]t|lack|find\s+it\s+hard)\b|"
    r"\b(?<!you\s)(?:women|girls|ladies|lads|men|guys|mothers|mums|moms)\s+(?:on|in|at|from)\s+"
    r"(?:the|this|our|your|a)\s+(?:[\w-]+\s+)?[\w-]+\s+(?:always\s+|just\s+|tend\s+to\s+)?"
    r"(?:get|gets|are|can['’]t|cannot|don['’]t|never|always|struggle|panic|crack|cry|fall\s+apart|"
    r"tend)\b(?!\s+(?:a|an|the)\b)|"
    r"\b(?:women|girls|ladies)\s+(?:always\s+|just\s+)?get\s+(?:too\s+|so\s+|a\s+bit\s+)?"
    r"(?:emotional|hysterical|upset|teary|flustered|moody)\b|"
    r"(?:^|(?<=[.!?—–-])\s*|(?<=\n))\s*at\s+(?:your\s+age|(?:forty|fifty|sixty|seventy)"
    r"(?:-\w+)?|[4-7]\d)\s*,[^.!?]{0,80}?\b(?:beyond\s+you|too\s+(?:old|late|much)|"
    r"past\s+it|can['’]t|won['’]t|not\s+going\s+to|struggle|hard\s+for\s+you|keep\s+up|"
    r"pick\s+(?:it|this|that)\s+up|learn|retire|slow)|"
    r"\bbeyond\s+(?:you|him|her)\s+at\s+(?:your|his|her)\s+age\b|"
    r"\bwith\s+(?:that|your|such\s+an?|an\s+accent\s+like)\s+(?:\w+\s+)?accent\b|"
    r"\b(?:lose|fix|tone\s+down|work\s+on|get\s+rid\s+of|drop|hide|soften|neutrali[sz]e)\s+"
    r"(?:your|that|the)\s+(?:\w+\s+)?accent\b|"
    r"\b(?:since|as|because|now\s+that|seeing\s+as)\s+(?:you['’]re|you\s+are|she['’]s|"
    r"she\s+is)\s+(?:expecting|pregnant|having\s+a\s+baby|due)\b(?=[^.!?]{0,80}\b(?:assum\w*|"
    r"won['’]t|wouldn['’]t|can['’]t|couldn['’]t|shouldn['’]t|not\s+(?:be\s+)?(?:up\s+to|"
    r"interested|want)|probably|no\s+point|pass\w*\s+(?:you|her)\s+over|gave\s+it\s+to|"
    r"give\s+it\s+to|figured|thought|guess)\b)|"
    r"\bpeople\s+(?:from|like)\s+(?:your|you\s+from\s+your)\s+(?:part\s+of\s+the\s+world|"
    r"country|culture|background|neck\s+of\s+the\s+woods|region|side\s+of\s+town|village|"
    r"area|estate|community|continent)\b|"
    r"\b(?:differently|different|the\s+way\s+things\s+are\s+done|how\s+things\s+are\s+done)"
    r"\s+(?:where|back\s+(?:home|where))\s+you\s+(?:grew\s+up|come\s+from|are\s+from|"
    r"were\s+raised|were\s+brought\s+up|used\s+to\s+live)\b|"
    r"\bwhere\s+you\s+(?:grew\s+up|were\s+raised|were\s+brought\s+up)\s*,\s*(?:people|they|"
    r"nobody|no\s+one|maybe|perhaps|i\s+guess|things)\b|"
    r"\beven\s+(?:(?:an?|my|our|the|some|that|last|this)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:temps?|interns?|trainees?|apprentices?|new\s+starters?|work-experience\s+\w+|"
    r"school-leavers?|juniors?|students?|graduates?|cleaners?|kids?)\s+(?:figured|worked|"
    r"managed|learned|learnt|got|knew|understood|picked|mastered|sorted|can|could|knows|gets)\b|"
    r"\b(?:do|did)\s+i\s+(?:really\s+|actually\s+|honestly\s+)?(?:have|need)\s+to\s+"
    r"(?:draw\s+you\s+a\s+(?:picture|diagram|map)|explain\s+(?:it|this|everything)\s+"
    r"(?:again|slowly|like)|hold\s+your\s+hand|spell\s+(?:it|this|everything)\s+out|"
    r"walk\s+you\s+through\s+(?:it|this)\s+(?:again|like))|"
    r"\bdraw\s+you\s+a\s+(?:picture|diagram)\b|\bin\s+words\s+of\s+one\s+syllable\b|"
    r"\blike\s+(?:you['’]re|you\s+are)\s+(?:five|a\s+child|a\s+toddler|six|ten)\b|"
    # Round seven: age as a limit ("are you getting too old for…", "won't take a kid seriously")
    r"\b(?:you|he|she|they)(?:['’]re|['’]s|\s+are|\s+is)\s+(?:(?:maybe|perhaps|just|getting|"
    r"now|a\s+bit|a\s+little|simply)\s+){0,3}too\s+(?:old|young)\s+(?:for|to)\b|"
    r"\b(?:take|trust|listen\s+to|respect)\s+(?:a\s+kid|a\s+child|a\s+youngster|a\s+little\s+girl|"
    r"a\s+schoolgirl|a\s+schoolboy|someone\s+(?:your|that|so)\s+(?:age|young))\s+seriously\b|"
    # parenthood as a reason to expect less ("now that you're a mum, I assume you'll step back")
    r"\b(?:since|as|because|now\s+that|seeing\s+as)\s+(?:you['’]re|you\s+are|she['’]s|she\s+is|"
    r"he['’]s|he\s+is)\s+(?:a\s+(?:new\s+)?(?:mum|mom|mother|dad|father|parent)|married|"
    r"a\s+single\s+(?:mum|mom|mother|dad|parent))\b(?=[^.!?]{0,80}\b(?:assum\w*|presumably|"
    r"i\s+guess|i\s+imagine|i\s+suppose|i\s+take\s+it|step\s+back|slow\s+down|scale\s+back|"
    r"back\s+seat|won['’]t\s+(?:want|be\s+able|have\s+(?:the\s+)?time)|can['’]t\s+(?:commit|travel)|"
    r"less\s+(?:committed|available|focused)|priorities\s+(?:have\s+)?changed)\b)|"
    r"\b(?:once|when|after|until)\s+(?:you['’]re|you\s+are|you['’]ve|you\s+have|she['’]s|"
    r"she\s+is|she\s+has)\s+(?:done|finished|through)\s+(?:having\s+|with\s+(?:all\s+)?(?:the\s+)?)"
    r"(?:babies|kids|children|a\s+family|baby\s+(?:stuff|thing))\b|"
    r"\bbefore\s+(?:you|she)\s+(?:go\s+off\s+and\s+|goes\s+off\s+and\s+)?(?:have|has|start|starts)"
    r"\s+(?:a\s+baby|babies|kids|a\s+family)\b|"
    # faith belittled ("all this praying", "your religious stuff")
    r"\b(?:your|his|her|their)\s+(?:religious|church|prayer|god|faith|mosque|temple)\s+"
    r"(?:stuff|thing|things|nonsense|business|routine|malarkey)\b|"
    r"\ball\s+(?:this|that|these|those|the|your|his|her|their)\s+(?:praying|prayers?(?:\s+breaks)?|"
    r"fasting|church\w*|"
    r"religious\s+\w+|headscarf\s+\w+|god\s+\w+)\b(?=[^.!?]{0,60}\b(?:ridiculous|getting\s+old|"
    r"too\s+much|out\s+of\s+hand|a\s+joke|nonsense|has\s+to\s+stop|needs\s+to\s+stop|annoying|"
    r"silly|enough|over\s+the\s+top|a\s+bit\s+much)\b)|"
    # appearance as a fix ("you'd sell more if you did something about that hair")
    r"\b(?:do|did|doing)\s+something\s+about\s+(?:that|your|his|her|those)\s+(?:hair|weight|"
    r"teeth|face|skin|beard|looks?|appearance|figure|nose|tattoos?|voice|belly|gut|accent)\b|"
    # sarcasm ("if that's not too much to ask", "nice of you to finally join us")
    r"\bif\s+(?:that|it|this)(?:['’]s|\s+is)(?:n['’]t|\s+not)?\s+(?:not\s+)?too\s+much\s+"
    r"(?:to\s+ask|trouble|bother)\b|\b(?:nice|good|kind)\s+of\s+you\s+to\s+(?:finally\s+)?"
    r"(?:join\s+us|show\s+up|turn\s+up|grace\s+us|make\s+an\s+appearance)\b|"
    r"\bthanks\s+for\s+(?:finally\s+)?gracing\s+us\b|"
    r"\boh,?\s+(?:great|wonderful|brilliant|fantastic|lovely|perfect|marvellous|terrific|joy)"
    r"\s*[,!.—–-]+\s*(?:another|yet\s+another|more)\b|"
    # an insult asked as a question ("Are you thick?")
    r"\b(?:are|is)\s+(?:you|he|she|they)\s+(?:(?:really|seriously|actually|just|completely|"
    r"totally|a\s+bit|being)\s+)*(?:thick|stupid|dense|daft|dumb|deaf|blind|dozy|simple|"
    r"an?\s+idiot|a\s+moron)(?:\s+or\s+(?:something|what|just\s+\w+))?\s*\?",
    _F,
)
_DEMEAN_MORE_GATE = _gate(
    "female male women woman lady older younger foreign pregnant immigrant girls ladies lads",
    "men guys mothers mums moms at accent expecting due people differently different grew",
    "raised brought even draw words like",
    "old young kid child youngster schoolgirl schoolboy mum mom mother dad father parent",
    "married babies kids children family baby religious church prayer prayers praying god",
    "faith mosque temple fasting headscarf something much join show turn grace gracing",
    "appearance oh thick stupid dense daft dumb deaf blind dozy simple idiot moron",
)
# Round eight: a disability or illness held against the person ("that limp of yours", your
# 'migraines' in scare quotes), low expectations with a reason ("with two kids at home I guess we
# can't expect you to…", "at 62 I suppose…"), age labels for colleagues ("the grannies on
# reception"), clothes mocked ("Nice outfit — off clubbing?"), "love/pet/hun" as address, sarcastic
# congratulations ("Congratulations, you've managed to…"), accents called rustic, "a fat slob".
_CONDITION = (
    r"(?:limp|stammer|stutter|lisp|bad\s+(?:back|knee|knees|hip|leg|arm|shoulder)|wheelchair|"
    r"walking\s+stick|hearing\s+aid|crutches|twitch|tics?|dyslexia|adhd|condition|disability|"
    r"wonky\s+(?:leg|eye|arm))"
)
_SICK = (
    r"(?:migraines?|headaches?|bad\s+back|back\s+pain|illness|illnesses|sick\s+days?|stress|"
    r"anxiety|depression|burnout|mental\s+health|allerg(?:y|ies)|family\s+emergenc(?:y|ies)|"
    r"emergenc(?:y|ies)|appointments?|condition|flu|bug|period\s+pains?|childcare\s+issues)"
)
_DEMEAN_R8 = _compile(
    rf"\b(?:that|this)\s+{_CONDITION}\s+of\s+(?:yours|his|hers|theirs)\b|"
    rf"\bwith\s+(?:that|your|his|her)\s+{_CONDITION}\b(?=[^.!?\n]{{0,60}}\b(?:slow|hold\s+\w+\s+"
    rf"(?:back|up)|drag|burden|liability|stick\s+to|no\s+good|useless|not\s+cut\s+out))|"
    rf"\b(?:your|his|her|their|these|those|all\s+these|the)\s+(?:so-called\s+)?['\"‘“]{_SICK}"
    rf"['\"’”]|\bso-called\s+{_SICK}\b|"
    rf"\b(?:with\s+(?:two|three|four|\d|young|small|little|the|your|a\s+few)\s+(?:\w+\s+)?"
    rf"(?:kids|children|babies|twins|toddlers)(?:\s+at\s+home)?|at\s+(?:[4-7]\d|your\s+age|"
    rf"his\s+age|her\s+age)|now\s+that\s+(?:you['’]re|she['’]s|he['’]s)\s+(?:a\s+)?(?:mum|mom|"
    rf"dad|mother|father|parent|pregnant|married|older|a\s+grandmother|a\s+grandfather)),?\s+"
    rf"(?:(?:I|we)\s+(?:guess|suppose|assume|imagine)\s+(?:that\s+)?)?(?:we|I|they|you)\s+"
    rf"(?:can['’]t|cannot|couldn['’]t|shouldn['’]t|won['’]t)\s+(?:really\s+)?expect\b|"
    rf"\b(?:I|we)\s+(?:guess|suppose)\s+(?:that\s+)?(?:we|I)\s+(?:can['’]t|cannot)\s+"
    rf"(?:really\s+)?expect\s+(?:much\s+(?:of|from)\s+)?(?:you|him|her|them)\b[^.!?\n]{{0,60}}"
    rf"\b(?:anyway|at\s+your\s+age|with\s+(?:the|your|two|three)\s+kids)\b|"
    rf"\b(?:the|those|these|our|you|all\s+the)\s+(?:old\s+)?(?:grannies|grandmas|grandpas|"
    rf"grandads|granddads|oldies|old-?timers|old\s+dears|old\s+biddies|old\s+fogeys|"
    rf"old\s+codgers|geriatrics)\b|"
    rf"\bnice\s+(?:outfit|dress|shoes|skirt|top|shirt|get-?up|look|hair(?:cut)?|tie|suit|"
    rf"trainers|heels|make-?up)\b[^.!?\n]{{0,60}}\?|"
    rf"\b(?:planning|going|off|heading)\s+(?:to\s+)?(?:go\s+)?clubbing\b|"
    rf"\byou(?:['’]re|\s+are|\s+were|['’]ve)?\s+(?:\w+\s+)?dressed\s+(?:up\s+)?(?:like|for)\s+"
    rf"(?:a\s+|the\s+)?(?:night\s*club|club|night\s+out|beach|rave|party|date|hooker|tart)\b|"
    rf"(?:,|\bcalm\s+down|\brelax|\bchill(?:\s+out)?)\s+(?:love|luv|hun|babe|pet|petal|sweetie|"
    rf"dearie|doll|poppet|missy|chick|sunshine)\s*(?=[,.!?;—–]|$)|"
    rf"\b(?:congratulations|congrats|well\s+done|bravo|great\s+job|nice\s+one|good\s+job|"
    rf"brilliant|wow)\s*[,!—–-]+\s*(?:you['’]ve|you\s+have|you)\s+(?:(?:really|actually|finally|"
    rf"somehow|only|now)\s+)?managed\s+to\s+(?:\w+\s+)?(?:mis[a-z]+|break|lose|forget|miss|"
    rf"crash|delete|wipe|spill|upset|offend|annoy|lock|mess|screw|botch|burn|ruin|"
    rf"double-book|overbook|insult|anger|alienate|confuse|get\s+(?:it|that|everything|the\s+\w+)\s+"
    rf"wrong|do\s+the\s+opposite|lose|damage|jam|block|flood|overcharge|undercharge)\b|"
    rf"\b(?:clearly|obviously|evidently|apparently)\s*,?\s+[\w\s-]{{2,30}}?\s+(?:isn['’]t|"
    rf"is\s+not|aren['’]t|are\s+not)\s+(?:exactly\s+)?(?:your|his|her)\s+(?:thing|"
    rf"strong\s+(?:suit|point)|forte|strength|cup\s+of\s+tea)\b|"
    rf"\b(?:that|this|your|his|her)\s+(?:(?:village|country|farm|farmyard|hick|peasant|ghetto|"
    rf"common|funny|weird|silly|rough|bumpkin|yokel|backwater)\s+)+accent\b|"
    rf"\b(?:nobody|no\s+one)\s+(?:wants|needs|can)\s+(?:to\s+)?(?:hear|understand|stand)\s+"
    rf"(?:that|your|his|her)\s+(?:\w+\s+)?(?:accent|voice|mumbling)\b|"
    rf"\b(?:an?|the|you|such\s+a)\s+(?:(?:fat|lazy|spoil(?:ed|t)|little|useless|whiny|entitled|"
    rf"stupid|ugly)\s+)+(?:slobs?|brats?)\b|\bslobs?\b",
    _F,
)
_DEMEAN_R8_GATE = _gate(
    "limp stammer stutter lisp back knee knees hip leg arm shoulder wheelchair stick aid",
    "crutches twitch tic tics dyslexia adhd condition disability wonky so called kids children",
    "babies twins toddlers expect grannies grandmas grandpas grandads granddads oldies timers",
    "oldtimers dears biddies fogeys codgers geriatrics nice clubbing dressed love luv hun babe",
    "pet petal sweetie dearie doll poppet missy chick sunshine managed thing suit point forte",
    "strength cup accent slob slobs brat brats migraine migraines headache headaches illness",
    "illnesses sick stress anxiety depression burnout mental allergy allergies emergency",
    "emergencies appointment appointments flu bug period childcare",
)
_DEMEAN_R9 = _compile(
    r"(?:"
    # Round nine. A life event blamed for the work: "ever since your divorce you've been a wreck",
    # "once the wedding's over maybe you'll have room in your head", "get your personal life sorted".
    rf"\b(?:since|ever\s+since|once|after|until)\s+(?:the|your|his|her)\s+(?:baby|divorce|"
    rf"wedding|breakup|break-up|pregnancy|honeymoon|separation)\b[^.!?\n]{{0,60}}?\b(?:a\s+"
    rf"(?:\w+\s+)?wreck|a\s+mess|(?:mind|head)\s+(?:is|has\s+been|was)\s+(?:\w+\s+)?"
    rf"(?:elsewhere|somewhere\s+else|not\s+in\s+it)|room\s+in\s+(?:your|his|her)\s+head|"
    rf"checked\s+out|fallen\s+apart|lost\s+the\s+plot|useless)|"
    rf"\b(?:get|sort\s+out|sort)\s+(?:your|his|her)\s+(?:personal|private|home|love)\s+life\b|"
    # looks held against standing: "fewer tattoos would make clients take you seriously"
    rf"\b(?:fewer|less|no|without\s+(?:the|those|your)|lose\s+the|losing\s+the|cover(?:ing)?\s+"
    rf"(?:up\s+)?(?:the|those|your))\s+(?:\w+\s+)?(?:tattoos?|piercings?|make-?up|dreadlocks|"
    rf"dreads|braids|beard|weight|jewell?ery|hair\s+colou?r)\b[^.!?\n]{{0,50}}?\b(?:take\s+"
    rf"(?:you|him|her|them)\s+seriously|look\s+(?:more\s+)?professional|trust\s+(?:you|him|her))|"
    rf"\btake\s+(?:you|him|her|them)\s+(?:more\s+)?seriously\s+(?:with|without|if\s+(?:you|he|she)\s+"
    rf"(?:had|covered|lost|removed|dropped))\s+[^.!?\n]{{0,30}}?\b(?:tattoos?|piercings?|make-?up|"
    rf"weight|accent|hair|beard)\b|"
    # a trait of the person named as the cause: "let's be honest, it's the accent", "due to your age"
    rf"\b(?:it['’]s|it\s+is|that['’]s|probably|must\s+be|because\s+of|blame|down\s+to|due\s+to)"
    rf"\s+(?:just\s+|simply\s+|probably\s+|all\s+|really\s+)?(?:the|your|his|her)\s+(?:accent|"
    rf"age|looks|skin\s+colou?r|religion|headscarf|hijab|turban|gender)\b(?!\s+(?:of|on|for|"
    rf"gap|group|range|limit|check|bracket|profile)\b)|"
    # ageist or childish similes: "you shuffle around like a pensioner", "cry like a schoolgirl"
    rf"\blike\s+(?:a|an|some)\s+(?:(?:old\s+)?(?:pensioner|granny|grandma|grandad|grandpa|"
    rf"geriatric|oap)|old\s+(?:man|woman|lady|biddy|fogey|git|dear)|little\s+girl|schoolgirl|"
    rf"toddler)\b|"
    # sarcastic rewards and surprise: "should we throw you a parade?", "again — what a surprise"
    rf"\b(?:should|shall)\s+(?:we|I)\s+(?:throw|give|get|hold|organi[sz]e|buy|build|make)\s+"
    rf"(?:you|him|her|them)\s+(?:a|an)\s+(?:\w+\s+)?(?:parade|medal|trophy|statue|gold\s+star|"
    rf"round\s+of\s+applause)\b|\b(?:do|d['’])\s*(?:you|ya)\s+want\s+(?:a|an)\s+(?:medal|"
    rf"gold\s+star|trophy|parade|round\s+of\s+applause|pat\s+on\s+the\s+back)\b|"
    rf"\bsurprise,?\s+surprise\b|\bcolou?r\s+me\s+(?:shocked|surprised)\b|"
    rf"\bagain\b[^.!?\n]{{0,40}}?(?:[—–-]+|,)\s*(?:what\s+a\s+(?:surprise|shock|shocker)|"
    rf"big\s+surprise|shocker)\b|\boh\s+look,?\s+[^.!?\n]{{0,60}}?\bagain\b|"
    # a condition called an excuse: "stop using your ADHD as an excuse"
    rf"\b(?:using|use|blaming|blame|hiding\s+behind|hide\s+behind)\s+(?:your|his|her|their|the)\s+"
    rf"(?:{_CONDITION}|{_SICK}|autism|dyspraxia|ocd|diabetes|pregnancy|age|kids|children)\s+"
    rf"(?:as\s+(?:an?\s+|your\s+)?excuse|card)\b|\bplaying\s+the\s+(?:{_CONDITION}|{_SICK}|"
    rf"autism|age|pregnancy|kids|mum|mom)\s+card\b|"
    # youth as a disqualification: "leave strategy to the grown-ups", "you're what, twenty-three?"
    rf"\bleave\s+(?:[\w-]+\s+){{0,3}}?to\s+the\s+(?:grown-?ups|adults|big\s+boys|big\s+kids)\b(?!['’])|"
    rf"\b(?:you['’]re|you\s+are|he['’]s|she['’]s)\s+(?:what,?\s+|like,?\s+)(?:sixteen|seventeen|"
    rf"eighteen|nineteen|twenty(?:-\w+)?|\d{{2}})\s*\?"
    r")",
    _F,
)
_DEMEAN_R9_GATE = _gate(
    "divorce wedding breakup pregnancy honeymoon separation personal private tattoos",
    "tattoo piercings piercing makeup dreadlocks dreads braids beard weight jewellery jewelry",
    "hair accent age looks skin religion headscarf hijab turban gender pensioner",
    "granny grandma grandad grandpa geriatric oap old schoolgirl toddler parade medal trophy",
    "statue gold applause surprise shocked surprised shocker oh excuse card grown grownups",
    "adults boys sixteen seventeen eighteen nineteen twenty",
)
# Round ten: backhanded praise for a basic act ("Great job finally reading the manual", "well
# done for turning up on time for once", "Wow, you actually answered an email", "Look who finally
# decided to show up", "Brilliant, another rota with the totals wrong"), "past it" about a person,
# a parent sent home ("shouldn't you be at home with the kids?"), "who on earth hired you".
_BASIC_ACT = (
    r"(?:reading|read|turning\s+up|turned\s+up|showing\s+up|showed\s+up|answering|answered|"
    r"replying|replied|responding|responded|opening|opened|checking|checked|listening|listened|"
    r"joining|joined|waking|woke|remembering|remembered|bothering|bothered|looking\s+at|"
    r"looked\s+at|arriving|arrived|logging\s+in|logged\s+in|clocking|clocked|returning|returned|"
    r"doing\s+your\s+job|did\s+your\s+job|getting\s+out\s+of\s+bed|making\s+it\s+in|"
    r"made\s+it\s+in|switching\s+on|switched\s+on|spelling|spelled|spelt)"
)
_DEMEAN_R10 = _compile(
    r"(?:"
    rf"\b(?:(?:great|good|nice|excellent|brilliant|fantastic|super|top)\s+(?:job|work|effort|one)|"
    rf"well\s+done|congrat(?:s|ulations)|thanks|thank\s+you|bravo|kudos|look\s+at\s+you|"
    rf"impressive|amazing)\b[^.!?\n]{{0,30}}?\b(?:finally|at\s+(?:long\s+)?last)\s+"
    rf"(?:(?:\w+\s+){{0,1}}?){_BASIC_ACT}\b|"
    rf"\b(?:(?:great|good|nice|excellent|brilliant)\s+(?:job|work|effort|one)|well\s+done|"
    rf"congrat(?:s|ulations)|thanks|thank\s+you|nice\s+to\s+see|good\s+to\s+see|lovely\s+to\s+see|"
    rf"look\s+at\s+you|impressive)\b[^.!?\n]{{0,60}}?\bfor\s+(?:once|a\s+change)\b|"
    rf"\b(?:wow|oh|well|gosh|blimey|goodness|my\s+word|look\s+at\s+that|would\s+you\s+look\s+at\s+"
    rf"that|miracles\s+(?:do\s+)?happen)\s*[,!.—–-]+\s*(?:you|he|she|they|(?-i:[A-Z][a-z]+))\s+"
    rf"(?:actually|finally)\s+(?:managed\s+to\s+)?(?:[a-z]+ed|did|made|read|wrote|came|got|"
    rf"showed|sent|took|kept|met|hit|found|remembered)\b|"
    rf"\blook\s+who(?:['’]s|\s+has|\s+is)?\s+(?:finally\s+|actually\s+)?(?:decided|bothered|"
    rf"awake|finally|graced|deigned)\b|"
    rf"(?:^|(?<=[.!?\n])\s*)\s*(?:great|brilliant|wonderful|fantastic|perfect|lovely|marvell?ous|"
    rf"terrific|super|excellent|splendid)\s*[,!.—–-]+\s*(?:another|yet\s+another|more)\b"
    rf"[^.!?\n]{{0,60}}?\b(?:wrong|late|missing|errors?|mistakes?|typos?|complaints?|excuses?|"
    rf"broken|short|off|mess|blank|empty|lost)\b|"
    rf"\b(?:you|he|she|they)(?:['’]re|['’]s|\s+(?:are|is|was|were|seem|seems|look|looks|"
    rf"getting))\s+(?:(?:a\s+bit|a\s+little|getting|clearly|probably|just|rather|well|really|"
    rf"totally|completely|maybe)\s+){{0,2}}past\s+it\b|"
    rf"\b(?:shouldn['’]t|should)\s+(?:you|she|he)\s+(?:really\s+|just\s+)?be\s+(?:at\s+home|"
    rf"home|in\s+the\s+kitchen)\s+with\s+(?:the|your|her|his)\s+(?:kids|children|baby|babies|"
    rf"family|husband|wife)\b|\b(?:belongs?|better\s+off)\s+(?:at\s+home|in\s+the\s+kitchen)\b|"
    rf"\b(?:that|this)\s+accent\s+of\s+(?:yours|his|hers|theirs)\b|"
    rf"\bwho\s+(?:on\s+earth|the\s+hell)\s+(?:hired|employed|trained|promoted|interviewed)\s+"
    rf"(?:you|him|her|them)\b|\bwho\s+(?:hired|employed|trained|promoted|interviewed)\s+"
    rf"(?:you|him|her|them)\s*,?\s*(?:seriously|honestly|exactly|even|anyway)\b"
    r")",
    _F,
)
_DEMEAN_R10_MARK = _gate("finally last once change actually")
_DEMEAN_R10_PRAISE = _gate(
    "great good nice excellent brilliant fantastic super top well congrats congratulations thanks",
    "thank bravo kudos look impressive amazing lovely wow oh gosh blimey goodness word miracles",
)
_DEMEAN_R10_OTHER = _gate(
    "past home kitchen hired employed trained promoted interviewed accent who another",
)


def _demean_r10_gate(words: frozenset[str]) -> bool:
    """Backhanded praise needs a praise word and a "finally / for once"; the rest their word."""
    return not words.isdisjoint(_DEMEAN_R10_OTHER) or (
        not words.isdisjoint(_DEMEAN_R10_MARK) and not words.isdisjoint(_DEMEAN_R10_PRAISE)
    )


# Round eleven: age as a yardstick or a reason ("not bad for a bloke pushing sixty", "for a man of
# 62", "at his age he should be thinking about retirement"), schooling belittled ("someone who
# didn't even finish school", "that's what you get for hiring a temp"), origin as the norm
# elsewhere ("normal back in your village", "fine back home, but not here"), time on looks ("less
# time on your hair"), a body-mocking verb ("you waddle in"), a grown-up asked if they are a child
# ("What are you, five?"), a life event behind changed priorities ("since the twins, your
# priorities…") and family dismissed ("you've got three kids, but that's no excuse").
_AGE_WORD = r"(?:forty|fifty|sixty|seventy|eighty|[4-8]0)"
_PERSON_WORD = (
    r"(?:bloke|guy|man|woman|lady|lad|chap|fella|fellow|gent|gentleman|person|girl|boy|kid|worker|"
    r"employee|colleague|grandad|grandpa|granny|grandma|old[\w-]*|dad|mum|mom)"
)
_FAMILY = (
    r"(?:kids|children|a\s+baby|the\s+baby|babies|twins|a\s+husband|a\s+wife|your\s+husband|"
    r"your\s+wife|a\s+family|toddlers?|a\s+newborn|a\s+partner|childcare|the\s+school\s+run)"
)
_DEMEAN_R11 = _compile(
    r"(?:"
    rf"\bfor\s+(?:an?\s+(?:[\w-]+\s+)?{_PERSON_WORD}|someone|somebody)\s+(?:(?:who['’]s|who\s+is|"
    rf"that['’]s)\s+)?(?:pushing|nearly|almost|approaching|over|past|knocking\s+on|well\s+past|"
    rf"the\s+wrong\s+side\s+of)\s+{_AGE_WORD}\b|"
    rf"\bfor\s+an?\s+(?:[\w-]+\s+)?{_PERSON_WORD}\s+(?:of|aged)\s+(?:(?:nearly|almost|over|about)\s+)?"
    rf"(?:\d{{2}}|(?:forty|fifty|sixty|seventy|eighty)(?:-\w+)?)\b|"
    rf"\bfor\s+(?:someone|somebody|an?\s+(?:[\w-]+\s+)?{_PERSON_WORD})\s+(?:of|in)\s+(?:his|her|their|"
    rf"your)\s+(?:(?:late|early|mid-?)\s*)?(?:age|vintage|generation|forties|fifties|sixties|"
    rf"seventies)\b|"
    rf"\bat\s+(?:his|her|their)\s+age\s*,?\s+(?:(?:he|she|they)\s+)?(?:(?:really|surely|honestly|"
    rf"frankly|probably|just)\s+)?(?:should|shouldn['’]t|ought|needs?\s+to|can['’]t|cannot|"
    rf"must|is\s+too|['’]s\s+too|is\s+past|is\s+never\s+going)\b|"
    rf"\bwhat\s+(?:else\s+)?(?:do|did|can|could|would)\s+(?:you|we|I|anyone|one)\s+(?:really\s+)?"
    rf"expect\s+from\s+(?:someone|somebody|people|a\s+[\w-]+|an\s+[\w-]+)\s+(?:[\w-]+\s+)?"
    rf"(?:(?:who|that)\s+(?:[\w'’]+\s+){{0,2}}?(?:didn['’]t|never|can['’]t|couldn['’]t|doesn['’]t|"
    rf"barely|only|still|has\s+no|had\s+no|dropped|failed|left\s+school|quit\s+school)|with\s+no|like\s+(?:him|her|them|that|"
    rf"you)|from\s+(?:there|that|a|the|his|her|your)|fresh|straight|off\s+the)\b|"
    rf"\b(?:didn['’]t|did\s+not|never|couldn['’]t|could\s+not)\s+even\s+(?:finish|finished|"
    rf"complete|completed|pass|passed|go\s+to|went\s+to|get\s+through|make\s+it\s+through|"
    rf"graduate\s+from|get\s+into|get|sit)\s+(?:(?:high|secondary|primary|grammar|the\s+eighth\s+"
    rf"grade|sixth)\s+)?(?:school|college|uni|university|form|(?:(?:your|his|her|their)\s+)?"
    rf"gcses|a-?levels|a\s+degree|a\s+diploma|an\s+education)\b|"
    rf"\b(?:that['’]s|this\s+is|it['’]s)\s+what\s+(?:you|we)\s+get\s+(?:for|when\s+(?:you|we))\s+"
    rf"(?:hire|hiring|employ|employing|take|taking)\s+(?:on\s+)?(?:an?|some|someone|somebody|"
    rf"people)\b|"
    rf"\b(?:normal|acceptable|fine|okay|ok|allowed|the\s+norm|standard|usual|polite|done|how\s+"
    rf"(?:\w+\s+){{1,2}}(?:done|do\s+(?:it|things))|the\s+way\s+\w+\s+(?:do|does)\s+(?:it|things)|"
    rf"fly|flies|works?|pass(?:es)?)\s+(?:back\s+)?(?:in|at|home\s+in)\s+(?:your|his|her|their)\s+"
    rf"(?:own\s+|little\s+)?(?:village|country|home\s+country|homeland|hometown|home\s+town|tribe|"
    rf"culture|part\s+of\s+the\s+world|neck\s+of\s+the\s+woods|slum|ghetto|favela|jungle)\b|"
    rf"\bback\s+(?:home|in\s+(?:your|his|her|their)\s+(?:village|country|homeland|tribe))\s*,?\s*"
    rf"(?:maybe|perhaps|sure|fine|okay|ok)?\s*,?\s*but\s+not\s+(?:here|in\s+(?:this|my|our))\b|"
    rf"\b(?:(?:less|more|so\s+much|all\s+that|half\s+the|too\s+much)\s+time|(?:you|he|she|they)\s+"
    rf"(?:spend|spends|spent|waste|wastes|wasted)(?:\s+(?:all\s+)?(?:that\s+|the\s+)?(?:time|hours|"
    rf"ages|mornings))?)\s+(?:on|doing|fixing|with|styling|checking|in\s+front\s+of)\s+(?:(?:your|"
    rf"his|her|their)\s+(?:own\s+)?(?:hair|make-?up|nails|eyebrows|brows|lashes|eyelashes|outfits?|"
    rf"clothes|appearance|looks|tan|selfies|reflection|lipstick|hairdo|roots|fringe)\b(?!['’]s)|"
    rf"the\s+mirror\b)|"
    rf"\b(?:you|he|she|they|{_NAME})\s+(?:(?:just|always|still|then|finally|came|come|comes)\s+)?"
    rf"waddl(?:e|es|ed|ing)\b|"
    rf"\b(?:what|how\s+old)\s+(?:are\s+(?:you|they)|is\s+(?:he|she)|['’]s\s+(?:he|she)|"
    rf"(?:he|she)['’]s|you['’]re)\s*,?\s*(?:like\s+)?(?:five|six|seven|eight|nine|ten|eleven|"
    rf"twelve|thirteen|fourteen|\d|1[0-4]|a\s+(?:child|toddler|baby|kid|schoolboy|schoolgirl|"
    rf"teenager|[\w-]+-year-old)|in\s+(?:kindergarten|nursery|primary\s+school|reception))\s*\?|"
    rf"\b(?:acting|act|acts|behaving|behave|behaves|sulking)\s+like\s+(?:a|an|some)\s+(?:spoilt\s+|"
    rf"spoiled\s+|little\s+)?(?:toddler|baby|[\w-]+-year-old|kid|schoolboy|schoolgirl|teenager|"
    rf"brat)\b|"
    rf"\b(?:since|ever\s+since|now\s+that|after|once)\s+(?:(?:the|your|his|her)\s+(?:new\s+)?"
    rf"(?:baby|babies|twins|kids?|wedding|divorce|engagement|pregnancy|maternity\s+leave|"
    rf"paternity\s+leave|honeymoon|breakup|break-up|separation)|(?:you|she|he)(?:['’]ve|\s+have|"
    rf"\s+has|['’]s)?\s+(?:had|got|become|became)\s+(?:(?:the|a|her|his|your)\s+)?(?:baby|babies|"
    rf"twins|kids|married|engaged|pregnant|mum|mom|dad|father|mother))\b[^.!?\n]{{0,60}}?\b"
    rf"(?:priorities|lost\s+(?:your|his|her)\s+(?:edge|drive|focus|spark|touch|hunger)|gone\s+soft|"
    rf"(?:head|mind|heart)\s+(?:is|has\s+been|was|isn['’]t|hasn['’]t\s+been)\s+(?:\w+\s+)?"
    rf"(?:elsewhere|somewhere\s+else|not\s+in\s+it|at\s+home))\b|"
    rf"\b(?:you['’]ve\s+got|you\s+have|you\s+got|with|having|she['’]s\s+got|he['’]s\s+got|"
    rf"she\s+has|he\s+has)\s+(?:(?:two|three|four|five|\d|small|young|little|a)\s+)*{_FAMILY}\b"
    rf"(?!['’])[^.!?\n]{{0,60}}?\b(?:(?:that|it|this)(?:['’]s|\s+is)\s+(?:still\s+)?(?:no|not\s+an?)"
    rf"\s+excuse|(?:is|are|isn['’]t|aren['’]t)\s+(?:still\s+)?(?:no|not\s+an?|an?)\s+excuse)\b|"
    rf"\b(?:husband|wife|partner|boyfriend|girlfriend|hubby|missus)\s+(?:who|that)\s+(?:can['’]t|"
    rf"cannot|doesn['’]t|won['’]t)\s+(?:even\s+)?(?:cook|clean|look\s+after|cope|manage|handle)\b"
    r")",
    _F,
)
_PERSON_GATE = _gate(
    "bloke guy man woman lady lad chap fella fellow gent gentleman person girl boy kid worker",
    "employee colleague grandad grandpa granny grandma dad mum mom",
)
_CHILD_GATE = _gate(
    "five six seven eight nine ten eleven twelve thirteen fourteen toddler baby kid child",
    "schoolboy schoolgirl teenager kindergarten nursery brat",
)
_LIFE_GATE = _gate(
    "baby babies twins kids kid wedding divorce engagement pregnancy maternity paternity",
    "honeymoon breakup break separation married engaged pregnant mum mom dad father mother",
)
# Words that only the rare branches need; the branches with common words need a pair.
_DEMEAN_R11_RARE = _gate(
    "aged vintage generation forties fifties sixties seventies expect hire hiring employ",
    "employing village country homeland hometown town tribe culture woods slum ghetto favela",
    "jungle hair makeup nails eyebrows brows lashes eyelashes outfit outfits clothes",
    "appearance tan selfies reflection lipstick hairdo roots fringe mirror waddle waddles",
    "waddled waddling acting act acts behaving behave behaves sulking excuse husband wife",
    "boyfriend girlfriend hubby missus",
)
_AGE_NUMBERS = _gate("forty fifty sixty seventy eighty")
_SCHOOL = _gate("school college uni university gcses levels degree diploma education form")
_AGE_WORDS = _gate("pushing approaching knocking age") | _AGE_NUMBERS
_AGE_NEAR = _gate("over past nearly almost wrong of")
_SPENDING = _gate("time spend spends spent waste wastes wasted")
_SINCE = _gate("since once after now")


def _demean_r11_gate(words: frozenset[str]) -> bool:
    """A word only ``_DEMEAN_R11`` uses, or one of the pairs its commoner branches need."""
    if not words.isdisjoint(_DEMEAN_R11_RARE):
        return True
    if "for" in words and (
        not words.isdisjoint(_AGE_WORDS)
        or (not words.isdisjoint(_AGE_NEAR) and not words.isdisjoint(_PERSON_GATE))
    ):
        return True
    return (
        ("age" in words and "at" in words)
        or ("even" in words and not words.isdisjoint(_SCHOOL))
        or ("home" in words and "here" in words)
        or ("world" in words and "part" in words)
        or ("looks" in words and not words.isdisjoint(_SPENDING))
        or ("get" in words and ("take" in words or "taking" in words))
        or ("make" in words and "up" in words)
        or (("what" in words or "old" in words) and not words.isdisjoint(_CHILD_GATE))
        or (not words.isdisjoint(_SINCE) and not words.isdisjoint(_LIFE_GATE))
        or ("partner" in words and ("who" in words or "that" in words))
    )


_DEMEAN_GATES: tuple[tuple[frozenset[str], re.Pattern[str]], ...] = (
    (
        _gate(
            "idiot idiots idiotic moron morons moronic imbecile imbeciles cretin cretins retard",
            "retards retarded loser losers clown clowns buffoon buffoons halfwit halfwits half",
            "dimwit dimwits nitwit nitwits numbskull numbskulls airhead airheads bimbo bimbos",
            "dunce dunces bozo bozos muppet muppets dumbass dumbasses dumb jackass jackasses",
            "dipshit dipshits dickhead dickheads useless waste brain braindead pea peabrain",
            "peabrained bird birdbrain birdbrained nobrainer no",
        ),
        _INSULT_NOUN,
    ),
    (
        _gate(
            "even intern child kid monkey chimp toddler schoolkid idiot fool grader old hard",
            "kids ape dog cat hamster goldfish parrot baby schoolboy schoolgirl teenager",
            "grandmother grandma granny grandfather grandpa nan mum mom mother dad father son",
            "daughter niece nephew brother sister",
            "rocket wrong stupid dumb blind deaf slow thick mental crazy insane spell brain head",
            "hire hired pay keep shut lost grow tiny little small pathetic idiotic moronic",
            "nobody cares asked smart clever bright intelligent sharp quick dim simple",
        ),
        _BELITTLE,
    ),
    (
        _gate(
            "woman girl lady female mother mom mum man guy person someone foreigner native",
            "newcomer older young kid boy grandma grandpa pensioner immigrant age old boomer",
            "boomers millennial millennials gen zoomer zoomers women girls ladies females men",
            "guys mothers moms mums foreigners immigrants asians indians chinese americans",
            "europeans africans muslims christians jews people typical accent skin religion",
            "faith hijab headscarf turban prayer prayers weight appearance looks body figure",
            "pregnancy biological hormones ethnicity race kind culture gender sexuality from",
            "home where pregnant baby mommy mummy month hormonal menopausal menopause kids",
            "children married parent father dad single divorced fat obese ugly chubby skinny",
            "short hill timer timers oldtimer",
        ),
        _PERSONAL,
    ),
    (
        _gate(
            "like country region culture background village town province woods language tongue",
            "mums moms mothers dads fathers parents kids children baby newborn family toddlers",
            "weight",
        ),
        _PERSONAL_MORE,
    ),
    (_PATRONISE_GATE, _PATRONISE),
    (_DISGRACE_GATE, _DISGRACE),
    (_INSULT_GATE, _INSULT_ADDRESS),
    (_DEMEAN_MORE_GATE, _DEMEAN_MORE),
    (_DEMEAN_R8_GATE, _DEMEAN_R8),
    (_DEMEAN_R9_GATE, _DEMEAN_R9),
)
_INSULT_ADJ_GATE = _gate(
    "stupid stupidest stupidity dumb dumbest dumber useless worthless pathetic hopeless",
    "clueless brainless incompetent incompetence laughable embarrassment ridiculous dense",
    "thick slow witted half simple minded feeble joke",
)


# Round twelve: a sex-based group given a habit ("the girls in accounts love a gossip", "the lads
# on nights all love a moan"); gendered labels ("a bit of a princess", "mother hen", "gets
# hysterical"; "drama queen" stays a label only, as round ten labelled it);
# family duties as the reason for poor work ("less time on the school run", "if she didn't have
# kids"); a pregnancy or maternity leave assumed as a reason to hold work back ("she'll probably
# be off on maternity soon anyway"); someone's English or accent called cute, or a native speaker
# put in their place; sarcastic genius ("the genius has spoken", "another masterpiece from our
# resident genius", "thanks, Einstein"); a body held against the work ("if he wasn't so out of
# shape"); and a family named as a concession before a criticism ("I know you've got kids, but
# you're just not committed").
_DEMEAN_R12 = _compile(
    r"(?:"
    r"\b(?:the\s+)?(?:girls|ladies|women|gals|lads|boys|blokes|men)\s+(?:(?:in|on|from|at|down\s+in|"
    r"up\s+in)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?(?:(?:all|always|just|really|do)\s+)?"
    r"(?:love|like|enjoy)s?\s+a\s+(?:good\s+)?(?:gossip|moan|whinge|natter|chinwag|drama|bitch|"
    r"cry|shop|bit\s+of\s+drama)\b|"
    r"\b(?:little\s+princess|bit\s+of\s+a\s+princess|"
    r"mother\s+hen|fishwife|harpy|sissy|wuss|big\s+girl['’]s\s+blouse)\b|"
    r"\b(?:you|he|she|they)(?:['’]re|['’]s|\s+(?:is|are|was|were|gets?|got|goes|went|go))\s+"
    r"(?:(?:so|a\s+bit|really|all|completely|totally|just|always)\s+)*hysterical\b|"
    r"\b(?:less|fewer|so\s+much|all\s+(?:that|this|the)|too\s+much)\s+(?:time|hours|energy)\s+"
    r"(?:on|doing|at|with|worrying\s+about|thinking\s+about|rushing\s+off\s+to)\s+(?:the\s+|her\s+|"
    r"his\s+|your\s+|their\s+)?(?:school\s+runs?|kids|children|baby|babies|family|nursery\s+runs?|"
    r"pick-?ups|husband|wife|boyfriend|girlfriend|love\s+life|wedding\s+plans?|wedding)\b"
    r"(?!\s+(?:rota|policy|leave\s+form|scheme|survey|timetable|schedule|list|form|budget))|"
    r"\bif\s+(?:you|he|she)\s+(?:didn['’]t|did\s+not)\s+have\s+(?:(?:a|the|two|three|young|small|"
    r"little)\s+)*(?:kids|children|a\s+family|babies|a\s+baby|toddlers?|twins)\b|"
    r"\b(?:she|he|you)(?:['’]ll|\s+will|['’]s|\s+is|['’]re|\s+are)\s+(?:(?:probably|only|just|"
    r"likely|bound\s+to|surely|no\s+doubt)\s+)+(?:\w+\s+){0,2}?"
    r"(?:off\s+on\s+maternity|go\s+(?:off\s+)?on\s+maternity|get(?:ting)?\s+pregnant|"
    r"be\s+pregnant|have\s+(?:a\s+baby|kids|babies)|start(?:ing)?\s+a\s+family|"
    r"having\s+(?:a\s+baby|kids))\b|"
    r"\b(?:no\s+point|not\s+worth|why\s+bother|pointless)\b[^.!?\n]{0,50}\b(?:maternity|pregnant|"
    r"start(?:ing)?\s+a\s+family)\b|"
    r"\b(?:maternity|pregnant|start(?:ing)?\s+a\s+family)\b[^.!?\n]{0,30}\banyway\b|"
    r"\b(?:your|his|her|their)\s+(?:english|accent|grammar|pronunciation)\s+(?:is|was|['’]s)\s+"
    r"(?:(?:so|really|quite|very|kind\s+of|a\s+bit|rather|pretty)\s+)?(?:cute|adorable|sweet|"
    r"funny|hilarious|quaint|endearing|amusing)\b|"
    r"\b(?:your|his|her|their)\s+(?:english|accent|grammar|pronunciation)\b[^.!?\n]{0,60}\b"
    r"native\s+(?:english\s+)?speakers?\b|"
    r"\b(?:the|our)\s+(?:resident\s+|local\s+|in-house\s+)?(?:genius|oracle|einstein|mastermind|"
    r"expert|professor|great\s+one|boy\s+wonder|wonder\s+boy|know-it-all|smart\s+one)\s+"
    r"has\s+spoken\b|"
    r"\b(?:oh|wow|well|ah|another)\b[^.!?\n]{0,40}\b(?:our|the)\s+(?:resident|in-house|local)\s+"
    r"(?:genius|einstein|mastermind|rocket\s+scientist|know-it-all)\b|"
    r"\b(?:thanks|cheers|nice\s+(?:one|work|going)|well\s+done|good\s+job|great\s+job|bravo),?\s+"
    r"(?:einstein|sherlock|captain\s+obvious|genius|smarty-?pants|hotshot|rocket\s+scientist)\b|"
    r"\bclever\s+clogs\b|\bsmarty-?pants\b|"
    r"\bif\s+(?:you|he|she|they)\s+(?:wasn['’]t|weren['’]t|was\s+not|were\s+not)\s+(?:so|that|as)\s+"
    r"(?:fat|overweight|heavy|big|out\s+of\s+shape|unfit|chubby|old|slow\s+on\s+(?:your|his|her)"
    r"\s+feet)\b|"
    r"\b(?:you|he|she)(?:['’]re|['’]s|\s+(?:is|are|was|were))\s+(?:(?:so|too|way|far|a\s+bit|"
    r"really|very|pretty|quite|badly|hopelessly|rather)\s+)*out\s+of\s+shape\b|"
    r"\bI\s+(?:know|get|understand|appreciate|realise|realize|see)\s+(?:that\s+)?(?:you|she|he)"
    r"(?:(?:['’]ve|\s+have|\s+has|['’]s)\s+(?:got\s+)?|\s+got\s+)(?:(?:two|three|young|small|"
    r"little|a)\s+)*(?:kids|children|a\s+family|a\s+baby|a\s+toddler|a\s+newborn|twins|"
    r"family\s+commitments|childcare)\b[^.!?\n]{0,20}?\bbut\b(?P<rest>[^.!?\n]{0,80})"
    r")",
    _F,
)
_DEMEAN_R12_GATE = _gate(
    "gossip moan whinge natter chinwag drama bitch cry shop princess hen",
    "fishwife harpy sissy wuss blouse hysterical school nursery pickups pick kids children baby",
    "babies family husband wife boyfriend girlfriend love wedding maternity pregnant english",
    "accent grammar pronunciation spoken resident einstein sherlock obvious genius smarty",
    "smartypants hotshot clever shape overweight fat unfit chubby",
)
# Round thirteen: age as a label ("she's a dinosaur", "he belongs in a museum"), a body named
# ("tell fatso", "you need to shift some weight"), schooling blamed on a place ("they don't teach
# punctuality where he comes from", "what they teach them over in Leeds"), an adult treated as a
# child by their parent ("did your mum walk you in?", "your mum forgot to teach you") or by the
# group's name ("a bunch of spoilt kids", "acting like toddlers"), and a worth label told as a
# waste of kit ("Total waste of a hi-vis vest", "a waste of a good uniform").
_WASTE_OF = (
    r"(?:(?:a|an|what\s+a)\s+)?(?:(?:total|complete|utter|absolute|bloody)\s+)?waste\s+of\s+"
    r"(?:an?\s+|good\s+|a\s+good\s+|a\s+perfectly\s+good\s+)?(?:[\w-]+\s+){0,2}?(?:vest|uniform|"
    r"badge|lanyard|desk|chair|seat|salary|wage|wages|payslip|pay\s+packet|oxygen|skin|air|"
    r"locker|hard\s+hat|helmet|apron|name\s+tag|login|parking\s+space|headcount)\b"
)
_DEMEAN_R13 = _compile(
    rf"(?:\b(?P<subj>you|he|she|they|{_NAME})(?:['’]re|['’]s|\s+(?:is|are|was|were))\s+"
    r"(?:(?:a|an|such\s+a|a\s+real|a\s+total|an\s+absolute|a\s+bit\s+of\s+a|an\s+old|just\s+an?|"
    r"nothing\s+but\s+an?)\s+)+(?:old\s+)?(?:dinosaur|fossil|relic|old-timer|coffin\s+"
    r"dodger|old\s+codger|old\s+fogey)\b|"
    rf"\b(?P<subj2>you|he|she|they|{_NAME})\s+belongs?\s+in\s+(?:a|an|the|one\s+of\s+the)\s+"
    r"(?:[\w-]+\s+)?(?:museum|display\s+cases?|care\s+home|retirement\s+home|old\s+people['’]s\s+"
    r"home|nursing\s+home|scrapheap|scrap\s+heap)\b|"
    r"\b(?:fatso|fatty\s+(?:over\s+there|here)|lard-?ass|lard-?arse|fat-?arse|tubby|porky|"
    r"chubs|two-ton\s+tessie)\b(?!\s+acids?\b)|"
    r"\b(?:shift|shed|drop)\s+(?:some|a\s+bit\s+of|a\s+few|a\s+couple\s+of|a\s+little|the)\s+"
    r"(?:weight|pounds|kilos|kilograms|stone|lbs|kg|timber|beef|flab)\b(?!\s+(?:off|from|onto|"
    r"on\s+to|around|across|to\s+the|in\s+the|limit))|"
    r"\b(?:teach|taught|learn|learnt|learned|raised|brought\s+up|manners|normal)\b[^.!?\n]{0,40}?"
    r"\bwhere\s+(?:you|he|she|they)\s+(?:comes?\s+from|came\s+from|(?:is|are)\s+from|grew\s+up)\b|"
    r"\bwhat\s+they\s+teach\s+(?:them|you|people|him|her|kids)\s+(?:(?:over|back|out|down|up)\s+)?"
    r"(?:in|there)\b|"
    r"\bdid\s+(?:your|his|her)\s+(?:mum|mom|mummy|mommy|mother|dad|daddy|parents)\s+(?:also\s+|"
    r"just\s+)?(?:walk|drive|drop|dress|pack|tie|choose|pick\s+out|write|do|make|help|bring)\s+"
    r"(?:you|him|her|this|that|it|your|his|her)\b|"
    r"\b(?:mum|mom|mummy|mommy|mother|dad|daddy|parents)\s+(?:just\s+|must\s+have\s+|obviously\s+)?"
    r"(?:forgot|forgotten|forget|never|didn['’]t|did\s+not|failed)\s+(?:to\s+)?(?:teach|taught)\s+"
    r"(?:you|him|her|them)\b|"
    r"\b(?:bunch|pack|load|gang|lot|group|crowd|room)\s+of\s+(?:spoilt|spoiled|whiny|whining|"
    r"stroppy|naughty|sulky|overgrown|moody|bratty|entitled)\s+(?:kids|children|babies|toddlers|"
    r"brats|schoolkids|schoolchildren|teenagers|teens)\b|"
    r"\b(?:acting|act|acted|behaving|behave|behaved|sulking|carrying\s+on)\s+like\s+(?:a\s+bunch\s+"
    r"of\s+|a\s+pack\s+of\s+|a\s+|spoilt\s+|spoiled\s+|little\s+)*(?:toddlers?|spoilt\s+kids|"
    r"spoiled\s+kids|schoolkids|brats?|babies|a\s+baby|children|a\s+child|kids|teenagers|"
    r"a\s+teenager)\b|"
    rf"(?:^|(?<=[.!?]\s)|(?<=\n)){_WASTE_OF}|"
    # "at his age, I wouldn't expect him to…" (not "at his age he had already qualified")
    r"\bat\s+(?:his|her|their|(?-i:[A-Z][a-z]+)['’]s)\s+age\b[^.!?\n]{0,30}?\b(?:wouldn['’]t|"
    r"can['’]t|cannot|couldn['’]t|shouldn['’]t|won['’]t|too|no\s+longer|not)\b"
    r")",
    _F,
)
_D13_ALONE = _gate(
    "dinosaur fossil relic timer coffin codger fogey museum scrapheap fatso lard lardass lardarse",
    "fatarse tubby porky chubs tessie waste",
)
_D13_BELONG = _gate("belong belongs")
_D13_HOME = _gate("display care retirement nursing scrap")
_D13_LOSE = _gate("shift shed drop")
_D13_WEIGHT = _gate("weight pounds kilos kilograms stone lbs kg timber beef flab")
_D13_TEACH = _gate("teach taught learn learnt learned raised brought manners normal")
_D13_PARENT = _gate("mum mom mummy mommy mother dad daddy parents")
_D13_PARENT_ACT = _gate("did forgot forgotten forget never didn failed")
_D13_CHILDISH = _gate(
    "spoilt spoiled whiny whining stroppy naughty sulky overgrown moody bratty entitled like"
)
_D13_CHILD = _gate(
    "kids children babies baby toddlers toddler brats brat schoolkids schoolchildren teenagers",
    "teens teenager child",
)


_D13_ANY = _D13_ALONE | _D13_BELONG | _D13_LOSE | _D13_TEACH | _D13_PARENT | _D13_CHILDISH | {"age"}


def _demean_r13_gate(words: frozenset[str]) -> bool:
    """The words each branch of ``_DEMEAN_R13`` cannot match without."""
    return (
        not words.isdisjoint(_D13_ALONE)
        or (not words.isdisjoint(_D13_BELONG) and not words.isdisjoint(_D13_HOME))
        or (not words.isdisjoint(_D13_LOSE) and not words.isdisjoint(_D13_WEIGHT))
        or ("where" in words and not words.isdisjoint(_D13_TEACH))
        or ("teach" in words and "they" in words)
        or (not words.isdisjoint(_D13_PARENT) and not words.isdisjoint(_D13_PARENT_ACT))
        or (not words.isdisjoint(_D13_CHILDISH) and not words.isdisjoint(_D13_CHILD))
        or ("age" in words and "at" in words)
    )


# Round thirteen: "only an idiot would have sent it" calls the person who did it an idiot, and a
# leading "Total waste of a hi-vis vest." is a label with no subject.
_JUDGE_R13 = _compile(
    r"(?:\bonly\s+(?:an?\s+|the\s+)?(?:(?:complete|total|absolute|utter|real)\s+)?(?:idiot|fool|"
    r"moron|imbecile|clown|amateur|muppet|halfwit|dimwit|cretin|numpty|incompetent)s?\s+"
    r"(?:would|could|can|will)\b|"
    rf"(?:^|(?<=[.!?]\s)|(?<=\n)){_WASTE_OF}|"
    rf"\b(?P<subj>you|he|she|they|{_NAME})(?:['’]re|['’]s|\s+(?:is|are|was|were))\s+(?:just\s+|"
    rf"simply\s+|nothing\s+but\s+)?{_WASTE_OF}"
    r")",
    _F,
)
_JUDGE_R13_GATE = _gate("only waste")
_CONCESSION_OK = re.compile(
    r"\b(?:don['’]t|do\s+not)\s+(?:have|need)\s+to\b|\bno\s+need\b|\bdon['’]t\s+worry\b|"
    r"\bfeel\s+free\b|\blet\s+me\s+know\b",
    _F,
)
_CONCESSION_FAULT = re.compile(
    r"\b(?:not|never|no\s+longer|anymore|any\s+more|excuse)\b|n['’]t\b", _F
)


# Round fourteen: a role's attitude ("the employee's attitude is the problem here"); a name for
# age ("Grandad here still prints his emails", "ask Gramps"), an age group told it cannot cope
# ("kids his age can't handle an outage"; not "kids his age love the museum"), clothes called
# distracting ("wear something less distracting on reception"), family blamed with a sneer
# ("probably the kids again"), a body squeezed in ("how he squeezes that belly behind the bar"),
# and origin as the yardstick ("only to be expected for someone fresh off the plane from…").
_ROLE_THE = (
    r"\b(?:the|our|your|this|that)\s+(?:(?:new|junior|senior|temp|night|weekend|day|agency|"
    r"trainee|relief|part-time|lead|other)\s+)?(?:[\w-]+\s+)?"
)
_JUDGE_R14 = _rare(rf"{_ROLE_THE}{_ROLE_SUBJ}['’]s\s+{_ATTITUDE_IS_TAIL}", _F)
_J14_ATTITUDE = _gate("attitude ethic character personality mindset temper ego mentality")
_D14_NICKNAME = _rare(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=[,;:]\s))(?:grandad|granddad|grandpa|gramps|granny|grandma|"
    r"nana|old-?timer|old\s+man|pops)\s+(?:here|over\s+there|in\s+(?:accounts|finance|dispatch|"
    r"stores|admin|the\s+[\w-]+)|on\s+(?:the\s+)?(?:tills?|desk|counter|door|line|night\s+shift|"
    r"[\w-]+\s+desk))\b|"
    r"\b(?:ask|tell|get|let|send|give|leave\s+it\s+to|thanks\s+to|even|poor\s+old)\s+"
    r"(?-i:Grandad|Granddad|Grandpa|Gramps|Granny|Grandma|Nana|Pops)\b",
    _F,
)
_D14_AGE_GROUP = _rare(
    r"\b(?:kids|lads|girls|boys|youngsters|young\s+(?:ones|lads|people|things)|people|folk|"
    r"folks|women|men|ladies|blokes|someone|somebody|anyone|a\s+(?:lad|lass|girl|boy|woman|man|"
    r"kid|person|bloke|guy))\s+(?:of\s+)?(?:his|her|their|your)\s+age\s+(?:(?:just|simply|"
    r"really|usually|generally|always|often|never|still)\s+)?(?:can['’]t|cannot|can\s+not|"
    r"couldn['’]t|don['’]t|do\s+not|doesn['’]t|won['’]t|wouldn['’]t|shouldn['’]t|aren['’]t|"
    r"are\s+not|isn['’]t|struggles?|have\s+no|has\s+no|lacks?|are\s+too|is\s+too|"
    r"get\s+(?:confused|flustered|lost)|panic|need\s+(?:hand-?holding|watching|supervising))\b",
    _F,
)
_D14_CLOTHES = _rare(
    r"\b(?:wear|wearing|wore|dress|dressing|put\s+on)\s+(?:something|anything|clothes|tops|"
    r"skirts|a\s+(?:top|skirt|dress|shirt|blouse))\s+(?:(?:a\s+(?:bit|little|lot)|much|"
    r"slightly)\s+)?(?:less\s+(?:distracting|revealing|tight|short|low-?cut|clingy|see-?through|"
    r"provocative|sexy)|more\s+(?:modest|demure))\b|"
    r"\bwear(?:ing)?\s+(?:a\s+)?(?:longer|looser|less\s+tight|less\s+short)\s+(?:skirts?|dress(?:es)?)\b|"
    r"\bdress(?:ing|es|ed)?\s+(?:(?:a\s+(?:bit|little)|so|much|far)\s+)?(?:(?:less\s+)?"
    r"(?:provocatively|revealingly)|more\s+modestly)\b",
    _F,
)
_D14_KIN_AGAIN = _rare(
    r"\b(?:probably|no\s+doubt|i\s+bet|bet\s+it\s+was|i\s+expect|i\s+suppose|presumably|"
    r"i['’]m\s+guessing|let\s+me\s+guess|must\s+(?:have\s+)?be(?:en)?)\s*,?\s+(?:the|your|his|"
    r"her|their)\s+(?:kids|children|baby|kid|toddler|husband|wife|boyfriend|girlfriend|family|"
    r"childcare|school\s+run|nanny|partner|fella|missus)\s+again\b",
    _F,
)
_D14_SQUEEZED = _rare(
    r"\b(?:squeeze[sd]?|squeezing|fits?|fitting|cram(?:s|med|ming)?|wedge[sd]?|wedging|"
    r"suck(?:s|ed|ing)?\s+in)\s+(?:that|his|her|your|their|the)\s+(?:(?:big|fat|massive|huge)\s+)?"
    r"(?:belly|gut|paunch|girth|tummy|backside|arse|bum)\b(?!\s+(?:feeling|instinct|check|"
    r"reaction))|\b(?:that|his|her|your)\s+(?:(?:big|fat|massive|huge|beer)\s+)?(?:belly|gut|paunch)"
    r"\s+(?:behind|under|past)\b",
    _F,
)
_D14_OFF_THE_BOAT = _rare(
    r"\bfor\s+(?:someone|somebody|a\s+(?:guy|girl|woman|man|person|lad|lass|kid))\s+(?:(?:fresh|"
    r"straight|just|newly)\s+)?off\s+the\s+(?:boat|plane|flight|ferry|bus|banana\s+boat)\b",
    _F,
)
_D14_NICK = _gate("grandad granddad grandpa gramps granny grandma nana pops timer oldtimer")
_D14_AGED = _gate(
    "kids lads girls boys youngsters young people folk folks women men ladies blokes someone",
    "somebody anyone lad lass girl boy woman man kid person bloke guy",
)
_D14_WEAR = _gate("wear wearing wore dress dressing dresses dressed")
_D14_STYLE = _gate("less more provocatively revealingly longer looser")
_D14_SNEER = _gate("probably doubt bet expect suppose presumably guessing guess must")
_D14_KIN = _gate(
    "kids children baby kid toddler husband wife boyfriend girlfriend family childcare school",
    "nanny partner fella missus",
)
_D14_BODY = _gate("belly gut paunch girth tummy backside arse bum")
_D14_SQUEEZE = _gate(
    "squeeze squeezes squeezed squeezing fit fits fitting cram crams crammed cramming wedge",
    "wedges wedged wedging suck sucks sucked sucking",
)
_D14_TRIP = _gate("boat plane flight ferry bus")
_D14_ANY = _D14_NICK | _D14_BODY | _D14_WEAR | {"age", "again", "off", "old"}


def _demeaning_r14(text: str, words: frozenset[str]) -> Iterator[Span]:
    """Round fourteen's belittling, each branch behind the words it cannot match without."""
    branches = []
    if not words.isdisjoint(_D14_NICK) or ("old" in words and "man" in words):
        branches.append(_D14_NICKNAME)
    if "age" in words and not words.isdisjoint(_D14_AGED):
        branches.append(_D14_AGE_GROUP)
    if not words.isdisjoint(_D14_WEAR) and not words.isdisjoint(_D14_STYLE):
        branches.append(_D14_CLOTHES)
    if "again" in words and not words.isdisjoint(_D14_SNEER) and not words.isdisjoint(_D14_KIN):
        branches.append(_D14_KIN_AGAIN)
    if not words.isdisjoint(_D14_BODY) and (
        not words.isdisjoint(_D14_SQUEEZE) or not words.isdisjoint({"behind", "under", "past"})
    ):
        branches.append(_D14_SQUEEZED)
    if "off" in words and "for" in words and not words.isdisjoint(_D14_TRIP):
        branches.append(_D14_OFF_THE_BOAT)
    for rx in branches:
        for m in rx.finditer(text):
            yield m.start(), m.end()


def _find_demeaning_base(text: str) -> Iterator[Span]:
    words = _words(text)
    for gate, rx in _DEMEAN_GATES:
        if words.isdisjoint(gate):
            continue
        for m in rx.finditer(text):
            if _not_about_person(text, m.start(), m.end(), words):
                continue
            yield m.start(), m.end()
    for m in _DEMEAN_R10.finditer(text) if _demean_r10_gate(words) else ():
        yield m.start(), m.end()
    for m in _DEMEAN_R11.finditer(text) if _demean_r11_gate(words) else ():
        if not _not_about_person(text, m.start(), m.end(), words):
            yield m.start(), m.end()
    for m in _DEMEAN_R12.finditer(text) if not words.isdisjoint(_DEMEAN_R12_GATE) else ():
        rest = m.group("rest")
        if rest is not None and (_CONCESSION_OK.search(rest) or not _CONCESSION_FAULT.search(rest)):
            continue  # "I know you've got kids, so don't worry about Fridays"
        if not _not_about_person(text, m.start(), m.end(), words):
            yield m.start(), m.end() if rest is None else m.start("rest")
    keys = _r13_words(text)
    for m in _DEMEAN_R13.finditer(text) if keys and _demean_r13_gate(words) else ():
        subj = m.group("subj") or m.group("subj2")
        if subj is None or _is_person_subject(subj):
            yield m.start(), m.end()
    if not _r14_words(text).isdisjoint(_D14_ANY):
        yield from _demeaning_r14(text, words)
    if not _r15_words(text).isdisjoint(_D15_ANY):
        yield from _demeaning_r15(text, words)
    keys16 = _r16_words(text)
    if not keys16.isdisjoint(_D16_ANY) or "so-and-so" in text or "good-for-nothing" in text:
        yield from _demeaning_r16(text, words, keys16)
    for m in _INSULT_ADJ.finditer(text) if not words.isdisjoint(_INSULT_ADJ_GATE) else ():
        sentence = _sentence_around(text, m.start(), m.end())
        if _THING_AFTER.match(text, m.end()):
            continue
        if _MATERIAL_THICK.search(text, max(0, m.start() - 12), m.end() + 24) and not (
            _PERSON_NOUN.match(text, m.end() + 1)
        ):
            continue  # "wear the thick gloves", "a dense fog": a thing's build, not a person's wits
        if _PERSON_REF.search(sentence):
            yield m.start(), m.end()


# Round ten: "too old for" said of a machine or a thing ("this laptop is too old for the new
# software"); accent, age or origin praised as an asset ("your accent is a real asset on the French
# desk", "customers love your accent"); "even a child can use the new app" about a tool.
_OLD_GATE = _gate("old")
_ASSET_GATE = _gate(
    "asset assets advantage plus strength bonus love loves loved adore adores charm charming"
)
_EVEN_USE = re.compile(
    r"even\b[^.!?\n]{0,30}\b(?:can|could)\s+(?:easily\s+)?(?:use|operate|navigate|install|run|"
    r"learn|set\s+up|follow|read|understand|find)\b",
    _F,
)
_THING_TOO_OLD = _compile(
    r"\b(?:the|this|that|these|those|our|my|your|its|their)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:is|are|was|were|['’]s|seems?|looks?|getting|(?:is|are)\s+(?:getting|now|just|simply|far|"
    r"way|much|a\s+bit|probably)|has\s+got(?:ten)?|became|becoming)\s+(?:(?:just|a\s+bit|way|far|"
    r"much|simply|probably|now|getting|really|clearly)\s+)*$",
    _F,
)
_PERSON_NOUN = _compile(
    r"\b(?:guy|man|woman|lady|lad|lass|girl|boy|person|chap|fellow|bloke|staff|manager|supervisor|"
    r"driver|nurse|doctor|teacher|worker|employee|colleague|porter|cleaner|chef|cook|waiter|"
    r"waitress|clerk|agent|rep|officer|assistant|intern|trainee|apprentice|operator|technician|"
    r"mechanic|pilot|receptionist|cashier|consultant|analyst|developer|designer|boss|member|hire|"
    r"starter|recruit|candidate|applicant|mum|dad|mother|father|husband|wife|partner|crew|team|"
    r"folks|people|lot|one|ones|you|he|she|they|him|her|them)s?\b",
    _F,
)
_ASSET = _compile(
    r"\b(?:(?:an?|real|big|huge|great|definite)\s+(?:[\w-]+\s+)?(?:asset|advantage|plus|strength|"
    r"bonus)|(?:love|loves|loved|adore|adores)\s+(?:your|his|her)|charming)\b",
    _F,
)
_OWN_TRAIT = re.compile(
    r"(?:your|his|her|their)\s+(?:accent|age|background|origin|culture|roots|heritage)\b", _F
)
_ASSET_NEGATED = re.compile(r"\b(?:not|no|never|hardly|isn['’]t|wasn['’]t|aren['’]t)\b", _F)
# "like a child would", "the way a child would read it", "the questions a kid would ask": a child's
# way of doing a thing, not a yardstick the person falls short of ("a child would know that",
# "you write like a child would write", "a child would do it faster than you" stay).
_CHILD_MODAL = re.compile(
    r"(?:an?|the)\s+(?:little\s+)?(?:child|kid|toddler|baby|schoolkid|schoolboy|schoolgirl|"
    r"teenager|[\w-]+-year-old|first-grader)\s+(?:would|could|can)\s+(?P<verb>[a-z]+)$",
    _F,
)
_CHILD_MANNER = re.compile(
    r"\b(?:(?P<like>like|as|way)|how|questions?|things?|words?|terms)\s+$", _F
)
# After "like / as / the way": a child's eye on a thing ("tested the kiosk like a child would use
# it"), not the person's work measured against a child's ("fills in forms like a child would").
_CHILD_EYE = frozenset(
    _split(
        """ask wonder question see look read use approach explore try tap press click play
        understand notice react experience find imagine picture hear enjoy love reach open grab
        touch climb interpret view"""
    )
)
_AS_ADJ_AS = re.compile(r"\bas\s+[\w-]+\s+as\s+$", _F)
_CHILD_FAULT = re.compile(
    r"\b(?:even|only|better|faster|quicker|sooner|neater|tidier|than|behav\w*|act|acts|acted|"
    r"acting|sulk\w*|whin\w*|whing\w*|cry|cries|cried|crying|sob\w*|tantrums?|stamp\w*|"
    r"pout\w*|throw\w*|threw|mistakes?|errors?|childish|immature|embarrass\w*)\b",
    _F,
)
_CHILD_FAULT_VERB = frozenset(
    _split("write spell draw scribble colour color talk speak behave act sulk whine cry know")
)


def _thing_before(text: str, start: int) -> bool:
    """The clause before ``start`` ("too old…") is about a thing: "the forklift is", not a person."""
    left = max(text.rfind(ch, 0, start) for ch in ".!?\n;,")
    before = text[left + 1 : start]
    return _THING_TOO_OLD.search(before) is not None and not _PERSON_NOUN.search(before)


def _not_about_person(text: str, start: int, end: int, words: frozenset[str]) -> bool:
    """A demeaning match that, here, is about a thing or is praise (round ten)."""
    hit = text[start:end].lower()
    too_old = "old" in hit and not words.isdisjoint(_OLD_GATE) and hit.startswith("too")
    if too_old and _thing_before(text, start):
        return True  # "the forklift is too old for the new racks"
    if not words.isdisjoint(_ASSET_GATE) and _OWN_TRAIT.match(hit):
        sentence = _sentence_around(text, start, end)
        m = _ASSET.search(sentence)
        if m and not _ASSET_NEGATED.search(sentence[max(0, m.start() - 25) : m.start()]):
            return True  # "your accent is a real asset on the French desk"
    if " would " in hit or " could " in hit or " can " in hit:
        child = _CHILD_MODAL.match(hit)
        verb = child.group("verb").lower() if child else ""
        manner = _CHILD_MANNER.search(text, max(0, start - 30), start) if child else None
        if (
            manner
            and verb not in _CHILD_FAULT_VERB
            and (not manner.group("like") or verb in _CHILD_EYE)
            and not _AS_ADJ_AS.search(text, max(0, start - 30), start)
            and not _CHILD_FAULT.search(_sentence_around(text, start, end))
        ):
            return True  # "she asked the questions a child would ask"
    if hit.startswith("even") and _EVEN_USE.match(text, start):
        sentence = _sentence_around(text, start, end)
        if not re.search(r"\b(?:you|your|he|she|his|her|they|them)\b", sentence, _F):
            return True  # "even a child can use the new booking app": the tool is easy
    child_use = _CHILD_USE.match(text, start)
    if child_use and not _CHILD_USE_PERSON.search(_sentence_around(text, start, end)):
        obj = child_use.group("obj").lower()
        if obj != "them" or _SO_THAT_EVEN.search(text, max(0, start - 16), start):
            return True  # "so a child could understand them", "a child could operate the wrapper"
    return False


# Round eighteen: a thing made easy ("even a child could follow the new diagrams", "so that even a
# child could fill it in"); not about a person ("a child could do your job").
_CHILD_USE = re.compile(
    r"(?:even\s+)?an?\s+(?:child|kid|toddler)\s+(?:can|could)\s+(?:easily\s+)?(?:use|operate|"
    r"navigate|install|run|learn|set\s+up|follow|read|understand|find|assemble|fill(?:\s+(?:it|"
    r"them|this|that))?\s+(?:in|out))\b[,\s]*(?P<obj>the|this|these|that|our|its?|them|$|[.!?])",
    _F,
)
_CHILD_USE_PERSON = re.compile(r"\b(?:you|your|he|she|his|her|him)\b", _F)
_SO_THAT_EVEN = re.compile(r"\bso\s+(?:that\s+)?(?:even\s+)?$", _F)


def _sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(ch, 0, start) for ch in ".!?\n。！？")
    rights = [i for i in (text.find(ch, end) for ch in ".!?\n。！？") if i != -1]
    return text[left + 1 : min(rights) if rights else len(text)]


# ---------------------------------------------------------------------------------------------
# absolute
# ---------------------------------------------------------------------------------------------

_DAYS_RE = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_ABS_SUBJ = (
    rf"(?P<subj>\b(?:you|they)\s+(?:guys|two|three|both|all|lot|folks|people)\b|"
    rf"\b(?:both|all|each|either|the\s+(?:two|three|four|pair|lot|rest))\s+of\s+(?:you|them)\b|"
    rf"\b(?:you|those|these)\s+(?:people|lot|guys|lads|folks|types)\s+(?:from|in|on|at|over\s+in|"
    rf"down\s+in|up\s+in)\s+[\w-]+(?:\s+[\w-]+){{0,2}}?(?=\s)|"
    rf"\b(?:you|{_NAME})\s+and\s+{_NAME}\b|\b{_PRONOUN}\b|\b{_NAME}\b|\b(?:your|his|her|their)(?:\s+[a-z-]+){{1,2}}?)"
)
_ABS_AUX = _alt(
    """are is was were do does did have has had just seem seems seemed really literally basically
    practically also still almost simply nearly honestly pretty_much as_good_as pretty
    'm 're 's 've 'd ’re ’s ’ve ’d seem_to seems_to"""
)
_ABS_MARK = _alt(
    """always never constantly continually continuously forever invariably perpetually
    habitually eternally ever_once never_once never_ever"""
)
_ABSOLUTE = _compile(
    rf"{_ABS_SUBJ}(?P<aux>(?:\s*{_ABS_AUX}){{0,3}})\s*(?P<mark>{_ABS_MARK})\b"
    rf"(?P<rest>[^.,;:!?\n]{{0,60}})",
    _F,
)
_DONT_EVER = _compile(
    rf"{_SUBJ}\s+(?:do\s+not|don['’]t|does\s+not|doesn['’]t|did\s+not|didn['’]t|have\s+not|"
    rf"haven['’]t|has\s+not|hasn['’]t|never)\s+(?:ever|once|even\s+once)\b(?P<rest>[^.,;!?\n]{{0,60}})",
    _F,
)
_NOT_ONCE = _compile(
    r"\bnot\s+(?:once|a\s+single\s+time)(?:\s+(?:this|last|in|all|during|since|over|the|a|"
    r"an|past|whole|entire|[\w-]*(?:day|week|month|year|quarter|term|shift|sprint)s?)){0,5}"
    r"\s+(?:have|has|did|do|does|were|was)\s+"
    r"(?:you|he|she|they|(?-i:[A-Z][a-z]{1,20}))\b|\bnot\s+once\s+in\s+(?:the\s+)?(?:last\s+)?"
    r"\w+(?:\s+\w+)?\s+(?:have|has|did)\s+(?:you|he|she|they|(?-i:[A-Z][a-z]{1,20}))\b",
    _F,
)
_EVERY_TIME = _compile(
    r"\b(?:whenever|(?:every|each)\s+(?:single\s+)?(?:time|meeting|day|week|sprint|morning|project|deadline|"
    r"release|standup|stand-up|review|call|month|quarter|presentation|demo|report|shift|"
    r"handover|cycle|retro))\s*,?\s*(?:that\s+|when\s+)?(?P<subj>you|he|she|they|"
    r"(?-i:[A-Z][a-z]{1,20}))\b(?P<rest>[^.,;!?\n]{0,60})",
    _F,
)
_WHENEVER = _compile(
    r"\b(?:whenever|every\s+(?:single\s+)?time|each\s+time|any\s+time|anytime)\b"
    r"(?P<cond>[^.,;:!?\n]{1,50}?),\s*(?P<subj>you|he|she|they|(?-i:[A-Z][a-z]{1,20})|"
    r"(?:your|his|her|their)\s+(?!own\b)[a-z-]+)\b"
    r"(?P<rest>[^.,;!?\n]{0,60})|"
    r"(?P<subj2>\byou|\bhe|\bshe|\bthey)\b(?P<rest2>[^.,;:!?\n]{1,50}?)\s+"
    r"(?:every\s+(?:single\s+)?time|each\s+time)\b",
    _F,
)
_LEADING_ALWAYS = _compile(
    r"\b(?:without\s+fail|time\s+after\s+time|time\s+and\s+(?:time\s+)?again|"
    r"again\s+and\s+again|day\s+in,?\s+day\s+out|week\s+in,?\s+week\s+out|"
    r"like\s+clockwork|as\s+usual|yet\s+again|inevitably),?\s+(?P<subj>you|he|she|they|"
    r"(?-i:[A-Z][a-z]{1,20})|(?:your|his|her|their)\s+(?!own\b)[a-z-]+)\b(?P<rest>[^.,;!?\n]{0,60})",
    _F,
)
_ALL_THE_TIME = _compile(
    rf"{_SUBJ}\b(?P<rest>[^.,;:!?\n]{{1,60}}?)(?:,\s+)?\b(?:all\s+the\s+time|24/7|without\s+fail|"
    rf"day\s+in,?\s+day\s+out|every\s+single\s+(?:time|day)|nonstop|non-stop|again\s+and\s+again|"
    rf"over\s+and\s+over(?:\s+again)?|time\s+after\s+time|each\s+and\s+every\s+time|"
    rf"without\s+exception|every\s+single\s+(?:shift|week|meeting|call|lesson|class)|"
    rf"(?:constantly|continually|incessantly|habitually|perpetually|endlessly)(?=\s*[.!?\n]|\s*$))\b",
    _F,
)
# Round eight: a sweep the person's clause shares with another ("Jamal doesn't care and constantly
# disappears"), "every time we have a night shoot you turn up late", "each time I check your
# logs, the totals are off", "…get rescheduled by you every time", "nobody on the night shift
# ever logs them".
_AND_ALWAYS = _compile(
    rf"{_SUBJ}\b(?P<mid>[^.;:!?\n]{{1,50}}?)\s+and\s+(?:(?:also|just|then|still)\s+)?"
    rf"(?P<mark>always|constantly|continually|forever|perpetually|never|habitually|invariably)\b"
    rf"(?P<rest>[^.,;:!?\n]{{0,60}})",
    _F,
)
_NOT_SUBJECTS = frozenset(
    _split(
        """please make remember try keep be do don can could would should feel ensure check thanks
        thank let just always never"""
    )
)
_EVERY_TIME_R8 = _compile(
    r"\b(?:every\s+(?:single\s+)?time|each\s+time|whenever|any\s+time)\s+(?:we|it|there|i|"
    r"the\s+[\w-]+(?:\s+[\w-]+)?|a\s+[\w-]+|our\s+[\w-]+)\b(?P<cond>[^.,;:!?\n]{1,40}?)\s+"
    r"(?P<subj>you|he|she|they)\s+(?!(?:to|for|about|if|whether|what|how|a|an|the|and|or|in|on|"
    r"at|with|up|back|out|that|this|can|could|should|will|would|may|might|must)\b)"
    r"(?P<rest>[^.,;!?\n]{1,60})|"
    r"\b(?:every\s+(?:single\s+)?time|each\s+time|whenever|any\s+time)\s+(?:I|we)\s+"
    r"(?:[\w-]+\s+){1,2}?(?:your|his|her|their)\s+[\w-]+(?:\s+[\w-]+)?\s*,\s*"
    r"(?P<rest2>[^.;!?\n]{1,80})|"
    r"\bby\s+(?:you|him|her|them)\s+(?:every\s+(?:single\s+)?time|each\s+time|all\s+the\s+time|"
    r"without\s+fail|whenever)\b(?P<rest3>)|"
    r"\b(?:(?:nobody|no\s+one)\s+(?:on|in|at|from)\s+(?:the\s+|your\s+|this\s+|that\s+|our\s+|"
    r"his\s+|her\s+)?[\w-]+(?:\s+[\w-]+)?|(?:none|not\s+one)\s+of\s+(?:you|them|your\s+[\w-]+|"
    r"the\s+[\w-]+))\s+(?:ever|even\s+once)\s+(?P<rest4>[^.,;!?\n]{1,60})",
    _F,
)
_OFF = _compile(r"\b(?:off|short|wrong|out|missing|late|a\s+mess|incomplete)\b", _F)
_MODAL_BEFORE = _compile(
    r"\b(?:should|can|could|must|may|might|will|would|shall|ought\s+to)\b|['’](?:ll|d)\b", _F
)
# Words that turn "always"/"every time" into praise.
_POSITIVE_BEHAVIOUR = _compile(
    r"\b(?:help\w*|on\s+time|early|deliver\w*|thorough\w*|careful\w*|patient\w*|clear\w*|"
    r"calm\w*|prepared|punctual\w*|polite\w*|generous\w*|great|excellent|warm\w*|"
    r"cheerful\w*|courteous\w*|gracious\w*|kindly|patiently|thoughtfully|"
    r"support|supports|supportive|willing|kind|polite|prepared|reliable|thorough|well|happy\s+to|"
    r"first\s+to|extra\s+mile|positive|ready|open|respectful|generous|clear|calm|patient|"
    r"professional|careful|punctual|thoughtful|friendly|creative|brings?|impress|impresses|"
    r"good|quick\s+to\s+help|makes?\s+time|a\s+pleasure|reliable|there\s+for|keen|eager|"
    r"curious|share|shares|volunteer|volunteers|step\s+up|steps\s+up|answers?|respond|responds|"
    r"follow\s+through|follows\s+through|meets?|hits?|exceeds?|welcome|welcoming|spotless|tidy|"
    r"neat|spot[\s-]on|accurate|fun|immaculate|by\s+name|recommend\w*|thank\w*|prais\w*|"
    r"compliment\w*|organi[sz]ed|in\s+(?:good|great)\s+(?:order|shape)|(?:double|triple|re)-?"
    r"checks?|checks|verifies|confirms|(?:the\s+)?first\s+(?:one|person)\s+(?:in|to|ready)|"
    r"push(?:es|ing)?\s+(?:for\s+more(?!\s+[a-z])|(?:her|him|them|your)sel(?:f|ves)|the\s+standard)|"
    r"rais(?:es|ing)\s+the\s+bar|(?:one|a)\s+step\s+ahead|ahead\s+of\s+the\s+game|"
    r"looking\s+for\s+(?:ways|a\s+better\s+way|new\s+ways|something\s+to\s+improve)|"
    r"above\s+and\s+beyond|striv\w+|learning|improving|(?:double|triple)-checking|thinking\s+(?:about|of)\s+(?:the|our|"
    r"her|his|their)\s+(?:customers?|clients?|patients?|residents?|guests?|team|pupils?|"
    r"students?))\b",
    _F,
)
# Words that turn "never" into praise ("you never miss a deadline").
_NEGATIVE_BEHAVIOUR = _compile(
    r"\b(?:miss|misses|missed|fail|fails|failed|complain|complains|complained|let\s+\w+\s+down|"
    r"lets\s+\w+\s+down|disappoint|disappoints|give\s+up|gives\s+up|late(?!-)|forget|forgets|"
    r"hesitate|hesitates|quit|quits|blame|blames|lose|loses|lost|cut\s+corners|cuts\s+corners|"
    r"refuse|refuses|refused|"
    r"break|breaks|slip|slips|drop|drops|panic|panics|been\s+late|been\s+absent|skip|skips|"
    r"interrupt|interrupts|shy\s+away|back\s+down|backs\s+down|say\s+no|says\s+no|stop|stops|"
    r"leave\s+\w+\s+behind|rude|wrong|sick|absent|(?<!-)(?<!goes\s)(?<!go\s)(?<!went\s)(?<!sign\s)"
    r"(?<!signs\s)(?<!kick\s)(?<!cut\s)(?<!set\s)(?<!sets\s)(?<!tick\s)(?<!ticks\s)(?<!turn\s)"
    r"(?<!turns\s)(?<!switch\s)(?<!switches\s)(?<!wipe\s)(?<!wipes\s)(?<!seal\s)(?<!seals\s)"
    r"(?<!signed\s)(?<!ticked\s)(?<!switched\s)(?<!turned\s)(?<!handed\s)"
    r"(?<!hand\s)(?<!hands\s)(?<!shut\s)(?<!shuts\s)(?<!write\s)(?<!writes\s)off(?!-)|lies|lie|gossip|gossips|stopped|"
    r"excuses?|slowest|(?:the\s+)?last\s+(?:one|person)\s+(?:ready|in|to|out|back)|"
    # round sixteen: faults whose denial is praise ("she never coasts", "never phones it in")
    r"coast|coasts|coasting|slack(?:s|ing)?(?:\s+off)?|skive|skives|shirk|shirks|dawdle|dawdles|"
    r"falter|falters|flinch|flinches|waver|wavers|sulk|sulks|moan|moans|whinge|whinges|grumble|"
    r"grumbles|phones?\s+it\s+in|takes?\s+(?:any\s+)?short-?cuts|half-ass\w*|"
    r"rests?\s+on\s+(?:her|his|their|your|its|our)\s+laurels|lets?\s+up|"
    r"settles?\s+for\s+(?:less|second\s+best|good\s+enough|average|\w+\s+enough)|"
    # round twenty-two: "she never needs chasing" is praise
    r"needs?\s+(?:chasing|reminding|telling\s+twice|to\s+be\s+(?:chased|reminded|told\s+twice))|"
    r"last\s+to\s+(?:arrive|show|turn|get|finish|reply|respond|submit|sign|log\s+on)|"
    r"(?:leave|leaves|left|go|goes|went|log|logs|logged)\s+(?:off\s+)?early|"
    r"(?:leave|leaves|left|leaving)\s+(?:[\w'’-]+\s+){0,5}?(?:open|unlocked|unattended|running|"
    r"switched\s+on|on\s+overnight|dirty|a\s+mess|lying\s+around|undone|unsigned|empty|blank|"
    r"half-done|for\s+(?:someone|others|me|us|the\s+\w+)\s+to))\b",
    _F,
)
# How others react, for "every time you present, <main clause>": the main clause decides whether
# the sweeping "every time" is praise ("the room lights up") or a complaint ("people roll their
# eyes").
_GOOD_REACTION = _compile(
    r"\b(?:lights?\s+up|lit\s+up|light\s+up|learns?|learned|learnt|impressed|inspired|inspires|"
    r"engaged|energi[sz]ed|enjoys?|enjoyed|benefits?|benefited|improves?|(?<!know\s)(?<!knows\s)"
    r"(?<!knew\s)better|shines?|smiles?|"
    r"laughs?|delighted|thrilled|grateful|nails?|nailed|wins?|won|pays\s+off|raises\s+the\s+bar|"
    r"lifts|calmer|confident|relaxed|reassured|a\s+joy|a\s+treat|comes?\s+away|walks?\s+away|"
    r"leaves?\s+(?:inspired|energi[sz]ed|motivated|clearer|with))\b",
    _F,
)
_BAD_REACTION = _compile(
    r"\b(?:confused|frustrated|frustrating|annoyed|tense|awkward|silent|quiet|groans?|sighs?|"
    r"rolls?\s+(?:their|his|her|our)\s+eyes|roll\s+(?:their|his|her|our)\s+eyes|eye-?rolls?|"
    r"bored|worse|overruns?|overran|derails?|derailed|chaos|chaotic|a\s+mess|argues?|argument|"
    r"upset|angry|tired|dreads?|worried|stressed|defensive|clams?\s+up|shuts?\s+down|waits?|"
    r"waiting|delayed|behind|blocked|uncomfortable|embarrassed|offended|ignored|nobody|no\s+one|"
    r"(?:isn|aren|wasn|weren)['’]t)\b",
    _F,
)
# The main clause gives advice rather than describing a habit: "whenever you need help, ask me".
_ADVICE_MAIN = _compile(
    r"^\s*,?\s*(?:please\b|feel\s+free|just\s+(?:ask|ping|tell|let)\b|(?:ask|ping|tell|let|call|"
    r"message|email|reach\s+out|come\s+(?:to|and|find)|talk\s+to|remember|make\s+sure|try|don['’]t|"
    r"do\s+not|be\s+sure)\b)|\b(?:you|we|i)\s+(?:can|could|should|may|might|will|must)\b"
    r"(?!n?['’]t|\s+not)|\b(?:you|we|i)['’]ll\b",
    _F,
)


# An instruction or a rule for each time ("you need to sign the visitor book every time", "make
# sure you lock it whenever you step away"), not a habit; "you need to be told every time",
# "you need to stop interrupting every time" still sweep.
_RULE_REST = re.compile(
    r"^\s*,?\s*(?:(?:you|he|she|they|we)\b)?(?:['’]re|['’]s|\s+(?:are|is))?\s*(?:(?:really|still|"
    r"also|just|now|always|then)\s+)?(?:(?:need|needs|have|has|['’]ve\s+got|['’]s\s+got|got|"
    r"ought|expected|required|supposed|obliged|meant|asked)\s+to|must)\s+(?:(?:always|also|then|"
    r"please)\s+)?"
    r"(?!be\s+(?:told|reminded|chased|asked|prompted|nagged|pushed|shown|corrected|sent)\b|"
    r"stop\b|quit\b|keep\s+\w+ing\b)",
    _F,
)
_RULE_HEAD = re.compile(
    r"\b(?:please|make\s+sure|be\s+sure|remember\s+to|don['’]t\s+forget\s+to|(?:it['’]s|it\s+is)\s+"
    r"(?:important|essential|vital|key|crucial)\s+that|(?:I|we)\s+(?:need|want|['’]d\s+like|"
    r"would\s+like|expect)\s+(?:you|him|her|them)\s+to|going\s+forward|from\s+now\s+on)\b"
    r"[^.!?;:]*$",
    _F,
)


_COMPULSION = re.compile(
    r"\s*(?:have|has)\s+the\s+last\s+word|\s*be\s+(?:right|the\s+centre|the\s+center)|"
    r"\s*make\s+(?:a|such\s+a)\s+(?:scene|fuss|drama|song\s+and\s+dance)",
    _F,
)


def _rule_clause(rest: str) -> bool:
    """ "(you) need to / must / have to …" ("you have to have the last word", "he has to argue"
    are habits)."""
    rule = _RULE_REST.match(rest)
    if rule is None:
        return False
    after = rest[rule.end() :]
    return not (_COMPULSION.match(after) or _R16_BAD_ACT.search(after))


_THAT_END = re.compile(r"\b(?:that|how|why)\s*$", _F)


def _each_time_rule(text: str, start: int, rest: str) -> bool:
    """An "every time / whenever" sentence that tells what to do each time."""
    if _rule_clause(rest):
        return True
    head = text[_sentence_start(text, start) : start]
    return _RULE_HEAD.search(head) is not None


def _reaction_is_good(clause: str) -> bool:
    good = _GOOD_REACTION.search(clause) or _POSITIVE_BEHAVIOUR.search(clause)
    bad = _BAD_REACTION.search(clause) or _NEGATIVE_BEHAVIOUR.search(clause)
    return bool(good) and not bad


def _sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(ch, 0, pos) for ch in ".!?\n") + 1


def _sentence_end(text: str, pos: int) -> int:
    ends = [i for i in (text.find(ch, pos) for ch in ".!?\n。！？") if i != -1]
    return min(ends) if ends else len(text)


_MACHINE_VERB = _compile(
    r"\s*(?:crash|crashes|restart|restarts|reboot|reboots|freezes|hangs|times\s+out|goes\s+down|"
    r"syncs|loads|lags|errors|overheats|throws|timeouts|compiles|builds|runs\s+at|fails\s+over|"
    r"ships\s+with|defaults|renews|expires|updates\s+(?:at|on|overnight))\b",
    _F,
)
_ALWAYS_MARKS = frozenset({"always", "constantly", "continually", "continuously", "forever"})


_UNTIL = re.compile(r"\b(?:until|till|unless|except\s+when)\b", _F)
_DASH = re.compile(r"\s[-–—]+\s|[–—]")


# "always has the float counted and bagged before I've got my coat off": done ahead of time.
_DONE_AHEAD = re.compile(
    r"^\s*(?:has|have|had|gets|got|['’]s\s+got)\s+(?:[\w'’-]+\s+){1,4}?(?:[a-z]+ed|done|set\s+up|"
    r"ready|sorted)(?:\s+and\s+[a-z]+ed)?\s+(?:before|ahead\s+of|by\s+the\s+time)\b",
    _F,
)


# Round nineteen: an excuse or a complaint ready before anyone asks is no praise ("always has
# an excuse ready before you've finished the sentence").
_EXCUSE_AHEAD = re.compile(
    r"^\s*(?:has|have|had|gets|got|['’]s\s+got)\s+(?:[\w'’-]+\s+){0,3}?(?:excuses?|complaints?|"
    r"reasons?\s+why|grievances?|moans?|gripes?|objections?|sob\s+stor(?:y|ies))\b",
    _F,
)


def _is_praise(mark: str, rest: str) -> bool:
    mark = mark.lower()
    if mark in _ALWAYS_MARKS and _DONE_AHEAD.match(rest) and not _EXCUSE_AHEAD.match(rest):
        return True
    if mark.startswith("never") or mark == "ever once":
        # "you never ask for help until it's too late": only the part before "until" is negated;
        # "he never turns up on time - he's always got an excuse": nor what follows a dash.
        rest = _DASH.split(_UNTIL.split(rest, 1)[0], 1)[0]
        return any(
            not (
                _NOUN_TOO.fullmatch(bad.group()) and _DETERMINER_BEFORE.search(rest, 0, bad.start())
            )
            for bad in _NEGATIVE_BEHAVIOUR.finditer(rest)
        )
    # "you always promise more than we can deliver": praise is read in the main clause only
    # (a fault anywhere still unmakes it).
    main = _SUBORDINATE.split(rest, 1)[0]
    good = _POSITIVE_BEHAVIOUR.search(main) or _GOOD_REACTION.search(main)
    if good is None:
        return False
    for bad in _NEGATIVE_BEHAVIOUR.finditer(rest):
        if not _NEGATOR_BEFORE.search(rest, max(0, bad.start() - 30), bad.start()):
            return False  # "always polite but late"; not "always on time and never late"
    return True


# "you never log your breaks": after a determiner the word is a thing, not a fault denied.
_DETERMINER_BEFORE = re.compile(r"\b(?:your|his|her|their|my|our|its|the|a|an)\s+$", _F)
_NOUN_TOO = re.compile(r"(?:break|slip|drop|stop|skip|lie)s?", _F)
_SUBORDINATE = re.compile(
    r"\s(?:than|because|cause|since|so|when|whenever|before|after|until|unless|if|which)\b",
    _F,
)
_NEGATOR_BEFORE = re.compile(
    r"(?:\b(?:never|not|no)|n['’]t)\s+(?:(?:once|ever|really|even|been|be)\s+)?$", _F
)
# "She never coasts - she's always pushing for more", "always looking for a better way; he never
# settles": a denied habit beside a praised one is praise (not after "but", "though", "just").
_CLAUSE_SEP = re.compile(r"\s[-–—]+\s*|[–—;:,]\s*|\s+and\s+", _F)
_CLAUSE_SEP_END = re.compile(r"(?:\s[-–—]+|[–—;:,]|\s+and)\s*$", _F)
_ALWAYS_LEAD = re.compile(
    rf"(?:and\s+)?(?:{_PRONOUN}(?:['’]s|['’]re|\s+is|\s+are)?\s+|(?:is|are)\s+)?"
    r"(?:always|constantly|forever|invariably)\s+(?P<y>[^,;:–—]{1,60})",
    _F,
)
_ALWAYS_IN = re.compile(r"\b(?:always|constantly|forever|invariably)\s+(?P<y>[^,;:–—]{1,60})$", _F)
_CONTRAST = re.compile(r"\b(?:but|though|although|yet|however|except|just|still)\b", _F)


def _beside_praise(text: str, start: int, end: int) -> bool:
    """A "never …" clause (from ``start``, the subject, to ``end``, the mark) next to an
    "always <praise>" clause in the same sentence."""
    left = _sentence_start(text, start)
    right = _sentence_end(text, end)
    after = text[end:right]
    sep = _CLAUSE_SEP.search(after)
    if sep:
        lead = _ALWAYS_LEAD.match(after, sep.end())
        if lead and not _CONTRAST.search(after) and _is_praise("always", lead.group("y")):
            return True
    before = text[left:start]
    sep = _CLAUSE_SEP_END.search(before)
    if sep and not _CONTRAST.search(text[left:right]):
        found = _ALWAYS_IN.search(before, 0, sep.start())
        return found is not None and _is_praise("always", found.group("y"))
    return False


_CAN_AFTER = re.compile(r"\s+(?:can|could|gets?\s+the\s+chance|has\s+the\s+chance)\b", _F)
_EVERY_GATE = _gate("every each")
# "You're late to every client meeting", "she turns up unprepared for every shift"
_LATE_TO_EVERY = _compile(
    rf"{_SUBJ}(?:['’]re|['’]s|\s+(?:are|were|is|was|have\s+been|has\s+been|turn\s+up|"
    rf"turns\s+up|show\s+up|shows\s+up|arrive|arrives|come|comes|turned\s+up|showed\s+up|"
    rf"arrived|came))\s+(?:\w+\s+)?(?:late|absent|unprepared|missing|rude|unreachable)\s+"
    rf"(?:to|for|from|at|in|on)\s+(?:every|each)\b",
    _F,
)
_REST_GATE = _gate(
    "ever once single every each time nonstop non stop fail day again over whenever anytime",
    "week clockwork usual inevitably constantly continually incessantly habitually perpetually",
    "endlessly",
)
_PREP_BEFORE = _compile(
    r"\b(?:(?<!feel\s)(?<!feels\s)(?<!seems\s)(?<!looks\s)(?<!sounds\s)(?<!felt\s)like|to|with|for|than|at|about|of|from|as|unlike|by|thank|tell|told|ask|asked|"
    r"let|help|helps|make|makes|made|see|saw|hear|heard)\s*$",
    _F,
)
# A dated event in the same sentence makes "never" mean "did not" that time.
_SINGLE_EVENT = _compile(
    rf"\b(?:yesterday|this\s+morning|last\s+(?:night|{_DAYS_RE})|(?:on|last)\s+{_DAYS_RE}|"
    rf"{_DAYS_RE}['’]s|in\s+(?:the|today['’]s|yesterday['’]s)\s+(?:[\w-]+\s+)?(?:meeting|"
    rf"stand-?up|call|review|demo|retro|workshop)|on\s+\d{{1,2}}\s+\w+|on\s+\w+\s+\d{{1,2}})\b",
    _F,
)


_RULE = re.compile(
    r"\b(?:must|shall|should|is\s+required|are\s+required|needs?\s+to\s+(?:be|have|include))\b",
    _F,
)
_GROUP_OF = re.compile(r"\s(?:of|and)\s", _F)
# "Every deployment you do ends with a hotfix", "each report she sends comes back with errors":
# a sweeping claim about everything the person does, when what follows is a fault.
_EVERY_THING = _compile(
    r"\b(?:every|each)\s+(?:single\s+)?(?P<noun>[a-z-]+)\s+(?:that\s+|which\s+)?"
    r"(?P<subj>you|he|she|they|(?-i:[A-Z][a-z]{1,20}))(?:['’](?:ve|d|s))?\s+(?P<rest>[^.;!?\n]{1,80})|"
    r"\b(?:every|each)\s+(?:single\s+)?one\s+of\s+(?:your|his|her|their)\s+(?P<noun2>[a-z-]+)"
    r"(?P<rest2>[^.;!?\n]{1,80})",
    _F,
)
_FAULT = _compile(
    r"\b(?:hot-?fix(?:es)?|typos?|errors?|mistakes?|bugs?|problems?|issues?|complaints?|rework|"
    r"redone|re-?do|redoing|rolled\s+back|roll-?backs?|patch(?:es|ed)?|fix(?:es|ed|ing)?|late|"
    r"overdue|broken|breaks|crash\w*|fails?|failed|failing|wrong|missing|incomplete|delayed|"
    r"escalat\w*|a\s+mess|chaos|disaster|trouble|drama|arguments?|conflicts?|overruns?|"
    r"over\s+budget|comes?\s+back|came\s+back|bounced?|rejected|returned|revisions?|"
    r"corrections?|red\s+ink|rewrite|rewritten|redo|do-?over|firefight\w*|fire\s+drill|"
    r"incidents?|outages?|refunds?|apolog\w+|cleanup|clean-up|headaches?|excuses?)\b",
    _F,
)
_FAULT_NOUNS = _gate(
    "error errors mistake mistakes bug bugs issue issues problem problems complaint complaints",
    "typo typos fault faults incident incidents defect defects risk risks",
)
# Round nine: a habit told without "always": a sure bet ("you can bet Bongani will call in sick"),
# a work team as subject ("the shipping team has never once met the cutoff"), lateness with
# everything ("you're late with everything you hand in"), a mess left "at the end of every shift",
# and "whenever there's a deadline, the reports from your team come in late".
_PERSON_AFTER = r"(?:you|he|she|they|(?-i:[A-Z][a-z]{1,20}))"
_ABS_R9 = _compile(
    rf"\byou\s+can\s+(?:bet|be\s+sure|guarantee)\s+(?:that\s+)?{_PERSON_AFTER}\s+(?:will|['’]ll|"
    rf"is\s+going\s+to|won['’]t)\b(?P<rest>[^.,;!?\n]{{0,60}})|"
    rf"\bit['’]s\s+(?:a\s+)?(?:safe\s+bet|guaranteed|a\s+given)\s+(?:that\s+)?{_PERSON_AFTER}\s+"
    rf"(?:will|['’]ll|won['’]t)\b(?P<rest2>[^.,;!?\n]{{0,60}})|"
    rf"\b(?:the|your|his|her|their|that)\s+(?:[\w-]+\s+){{0,2}}?(?:team|department|crew|shift|"
    rf"desk|squad|staff)\s+(?:has|have|had|is|are|was|were|does|do|did)?\s*never\s+(?:once|"
    rf"ever)\b(?P<rest3>[^.,;!?\n]{{0,60}})|"
    rf"\b(?:you['’]re|you\s+are|he['’]s|she['’]s|they['’]re|he\s+is|she\s+is|they\s+are)\s+"
    rf"(?:\w+\s+)?(?:late|behind|sloppy|careless)\s+(?:with|on|in)\s+(?:everything|"
    rf"every\s+(?:single\s+)?\w+|all\s+(?:of\s+)?(?:your|his|her|their|the))\b|"
    rf"\b(?:is|are|gets?|got)\s+left\s+(?:in\s+a\s+(?:\w+\s+)?(?:mess|state)|open|unlocked|dirty|"
    rf"untidy|running|undone|unsigned|unfinished)\b[^.!?\n]{{0,30}}?\b(?:every|each)\s+"
    rf"(?:single\s+)?(?:shift|day|night|week|time|evening|morning|weekend)\b|"
    rf"\bwhenever\b[^.,;:!?\n]{{1,50}}?,\s*(?:the|your|his|her|their)\s+[\w-]+(?:\s+(?:from|of|by)"
    rf"\s+(?:your|his|her|their)\s+[\w-]+)?\s+(?:come|comes|arrive|arrives|go|goes|are|is|get|"
    rf"gets)\s+(?:in\s+|out\s+)?(?:late|wrong|incomplete|missing|short)\b",
    _F,
)
_WONT = re.compile(r"\bwon['’]t\b", _F)
_ABS_R9_GATE = _gate("bet guaranteed given everything every each whenever team department")
_ABS_R9_GATE |= _gate("crew shift desk squad staff")


def _clause_of(text: str, start: int, end: int) -> str:
    """The sentence around a span, cut at a following ", and"/", but"/";" (the next clause)."""
    sentence = _sentence_around(text, start, end)
    offset = start - (max(text.rfind(ch, 0, start) for ch in ".!?\n。！？") + 1)
    cut = _NEXT_CLAUSE.search(sentence, max(0, offset))
    return sentence[: cut.start()] if cut else sentence


_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|so|then)\b|;", _F)
_ABSOLUTE_GATE = _gate(
    "always never constantly continually continuously forever invariably perpetually",
    "habitually eternally ever once",
)


# Round ten: a good result denied for every item ("not a single one of your reports has been on
# time", "none of his invoices were right") and a fault at every occasion after a copula ("he's
# late every single morning", "you're unprepared for every review").
_ABS_R10 = _compile(
    rf"\b(?:not\s+(?:a\s+single|one)(?:\s+one)?|none)\s+of\s+(?:your|his|her|their|"
    rf"(?-i:[A-Z][a-z]+)['’]s)\s+(?:[\w-]+\s+){{0,3}}?(?:has|have|had|was|were|is|are|came|"
    rf"arrived|went|got)\s+(?:(?:been|in|out|back|ever)\s+)?(?:on\s+time|right|correct|complete|"
    rf"accurate|ready|balanced|signed|checked|finished|done|error-free|up\s+to\s+(?:standard|date))\b|"
    rf"\b(?P<subj>you|he|she|they|{_NAME})(?:['’]re|['’]s|\s+(?:are|is|were|was|have\s+been|"
    rf"has\s+been|turns?\s+up|shows?\s+up|comes?\s+in|arrives?))\s+(?:(?:just|still|basically|"
    rf"pretty\s+much)\s+)?(?:late|behind|absent|unprepared|hungover|off\s+sick|missing|"
    rf"disorgani[sz]ed|rude|short\s+with\s+\w+)\s+(?:(?:for|to|at|on|in)\s+)?(?P<every>every|each)\s+"
    rf"(?:single\s+)?(?:morning|day|shift|week|time|meeting|handover|review|monday|friday|"
    rf"weekend|night|round|call|deadline|briefing|stand-?up|session|class|lesson)\b",
    _F,
)
_ABS_R10_GATE = _gate("single none every each")


# Round eleven: a leading "every <occasion>," before the person or their work and a fault
# ("Every sprint demo, your builds crash", "Each month-end, Tom's figures come in late"), and an
# instruction before "each time you" ("check the latch each time you come in") is advice.
_EVERY_LEAD = _compile(
    r"\b(?:every|each)\s+(?:single\s+)?(?!time\b)(?:[\w-]+\s+){0,2}?[\w-]+\s*,\s*(?:(?:though|"
    r"however|again|too|honestly)\s*,\s*)?(?P<subj>you|he|"
    r"she|they|(?-i:[A-Z][a-z]{1,20})(?:['’]s\s+[\w-]+)?|(?:your|his|her|their)\s+(?!own\b)"
    r"[\w-]+(?:\s+[\w-]+)?)\s+(?P<rest>[^.,;!?\n]{1,60})",
    _F,
)
_FAULT_STATE = _compile(
    r"\b(?:crash(?:es|ed|ing)?|fail(?:s|ed|ing)?|break(?:s|ing)?|broke|broken|bounce[sd]?|late|"
    r"wrong|missing|incomplete|off|short|overdue|delayed|riddled|rejected|sent\s+back|"
    r"comes?\s+back|came\s+back|a\s+mess|unsigned|blank|empty|over\s+budget)\b",
    _F,
)
_NOT_IN_REST = _compile(r"\b(?:never|not|no|without)\b|n['’]t\b", _F)
_IMPERATIVE_HEAD = _compile(
    r"(?:^|[;:—–]|\b(?:and|so|then|just|always|also|please)\s)\s*(?:(?:please|just|always|also|"
    r"then)\s+)*(?:check|lock|log|sign|scan|close|shut|put|wash|wear|clock|note|write|record|"
    r"update|tell|call|text|email|ring|bring|take|turn|switch|keep|use|double-check|latch|wipe|"
    r"clean|fill|read|save|label|count|remember|make|ensure|leave|drop|send|copy|ask|let|jot|"
    r"tick|flag|lift|book)\b[^;:—–]*$",
    _F,
)


# Round twelve: a label or a fault "as ever / as usual / as always" about a person ("Typical
# Gemma, careless as ever", "you were late as usual"); a name after a title and a preposition ("the letter to Mrs Dunn was never sent") is not the one doing it.
_ABS_R12 = _compile(
    rf"(?:\btypical\s+(?P<subj>{_NAME}|you|him|her|them)|\b(?P<subj2>you|he|she|they|{_NAME})"
    rf"(?:['’]re|['’]s|\s+(?:are|is|was|were|turned\s+up|showed\s+up|arrived|came\s+in)))\s*"
    rf"[,—–:-]*\s*(?:(?:so|just|as|totally|completely|a\s+bit)\s+)?(?:{_TRAITS}|late|"
    rf"unprepared|rude|disorganised|disorganized)\s*,?\s+as\s+(?:ever|always|usual)\b",
    _F,
)
_ABS_R12_GATE = _gate("ever always usual")
_TITLE_BEFORE = re.compile(
    r"\b(?:to|for|from|with|by|of|at|about|on|against)\s+(?:mr|mrs|ms|miss|dr|prof)\.?\s+$",
    _F,
)


# Round thirteen: a question that dares one exception ("Is there a single call you've joined on
# time?", "Has there been one week he hasn't missed a deadline?") claims there is none.
_ABS_R13 = _compile(
    r"\b(?:is|was|has|have)\s+there\s+(?:ever\s+)?(?:been\s+)?(?:a\s+single|one\s+single|even\s+one|"
    r"one|a)\s+(?:[\w-]+\s+){1,3}?(?:that\s+|when\s+|where\s+)?(?P<subj>you|he|she|they|"
    rf"{_NAME})(?:['’]ve|\s+have|\s+has|\s+had|['’]s)?\s+(?P<rest>[^.!?\n]{{1,60}})\?",
    _F,
)
_ABS_R13_REST = _compile(
    r"\b(?:on\s+time|right|properly|correctly|without|prepared|ready|early|hasn['’]t|haven['’]t|"
    r"didn['’]t|wasn['’]t|weren['’]t|not)\b",
    _F,
)


# Round fourteen: a role as the subject ("the claims handler is disorganised and always late"),
# a fault done to every thing ("Mr Bello ignores every instruction", "she's missed every cut-off";
# not "she checks every invoice"), a label then "who never…" ("an idiot who never reads the SOP"),
# "every month it's the same story with X", "nobody has ever seen you do a stock count" (not
# "I've never seen you lose your temper", praise), and a label that "shows on every shift".
_ABS_MARK14 = r"(?:always|never|constantly|continually|forever|perpetually|habitually|invariably)"
_ABS_ROLE = _rare(
    rf"{_ROLE_THE}{_ROLE_SUBJ}(?P<aux>(?:\s*{_ABS_AUX}){{0,3}})\s*(?:(?:[\w-]+\s+){{1,2}}and\s+"
    rf"(?:(?:also|just|then|still)\s+)?)?(?P<mark>{_ABS_MARK14})\b(?P<rest>[^.,;:!?\n]{{0,60}})",
    _F,
)
_FAULT_VERB = (
    r"(?:miss(?:es|ed)?|ignor(?:es|ed|e)|forg(?:ets|ot|otten|et)|skip(?:s|ped)?|los(?:es|e|t)|"
    r"botch(?:es|ed)?|fail(?:s|ed)?|dodg(?:es|ed|e)|blow(?:s|n)?|blew|overr(?:uns?|an)|"
    r"undermin(?:es|ed|e)|contradict(?:s|ed)?|interrupt(?:s|ed)?|rush(?:es|ed)?|"
    r"(?:argue[sd]?|row(?:s|ed)?|clash(?:es|ed)?|fall(?:s)?\s+out|fell\s+out)\s+with|"
    r"(?:moan(?:s|ed)?|complain(?:s|ed)?|whinge[sd]?|grumble[sd]?)\s+about|"
    r"talk(?:s|ed)?\s+over|snap(?:s|ped)?\s+at|(?:mess(?:es|ed)?|screw(?:s|ed)?)\s+up|"
    r"puts?\s+off|disregard(?:s|ed)?|overlook(?:s|ed)?|bypass(?:es|ed)?|"
    r"cut(?:s|ting)?\s+corners\s+on)"
)
_VERB_EVERY = _rare(
    rf"{_SUBJ}(?:['’](?:s|ve|d)\s+|\s+(?:(?:just|simply|still|also|basically|routinely|regularly|"
    rf"seems\s+to|tends\s+to)\s+)?(?:(?:has|have|had)\s+)?)(?:(?:just|now)\s+)?{_FAULT_VERB}"
    rf"\s+(?:(?:just\s+)?about\s+|almost\s+|nearly\s+)?(?P<every>every|each)\s+(?:single\s+)?"
    rf"(?!one\s+of\s+(?:us|you|them)\b)[\w-]+",
    _F,
)
_ABS_WHO = _rare(
    rf"{_SUBJ}{_COPULA}\s+(?:(?:just|simply|really|basically|clearly)\s+)?(?:an?|the|one\s+of\s+"
    rf"those|someone|somebody)\s+(?:(?!kind\b|type\b|sort\b)[\w-]+\s+){{0,3}}?(?:who|that)\s+"
    rf"(?:(?:just|also|still|"
    rf"really|basically)\s+)?(?P<mark>{_ABS_MARK14})\b(?P<rest>[^.,;:!?\n]{{0,60}})",
    _F,
)
_WHOSE = rf"(?:you|him|her|them|your|his|their|(?:(?:mr|mrs|ms|miss|dr)\.?\s+)?(?P<name>{_NAME}))"
_STORY = r"(?:the\s+)?same\s+(?:old\s+)?(?:story|thing|problem|excuses?|routine|drama|mess|pattern)"
_SAME_STORY = _rare(
    rf"\b(?:(?:every|each)\s+(?:single\s+)?[\w-]+\s*,?\s*(?:it['’]s|it\s+is|it\s+was|"
    rf"it['’]s\s+been|we\s+get)|(?:it['’]s|it\s+is|it\s+was)\s+(?:always|forever|invariably))\s+"
    rf"{_STORY}\s+(?:with|from)\s+{_WHOSE}|"
    rf"\b(?:it['’]s|it\s+is|it\s+was)\s+{_STORY}\s+(?:every|each)\s+(?:single\s+)?[\w-]+\s+"
    rf"(?:with|from)\s+{_WHOSE.replace('<name>', '<name2>')}",
    _F,
)
_NEVER_SEEN = _rare(
    rf"\b(?:(?:nobody|no\s+one|no-one|none\s+of\s+us)(?:\s+(?:at|in|on|from)(?:\s+[\w-]+){{1,3}}?|"
    rf"\s+here)?(?:['’]s|\s+(?:has|have|had))?\s+ever|(?:I|we)(?:['’]ve|\s+(?:have|had))?\s+"
    rf"never(?:\s+(?:once|ever))?)\s+(?:seen|known|heard)\s+(?:(?:mr|mrs|ms|miss|dr)\.?\s+)?"
    rf"(?P<subj>you|him|her|them|{_NAME})\s+(?P<rest>[^.,;:!?\n]{{1,60}})",
    _F,
)
# A day named in the clause: "on Monday you missed every call", "yesterday you skipped every break".
_ONE_DAY = _rare(
    rf"\b(?:yesterday|today|this\s+morning|last\s+(?:night|{_DAYS_RE})|(?:on|last)\s+{_DAYS_RE}|"
    rf"{_DAYS_RE}['’]s|on\s+\d{{1,2}}\s+\w+|on\s+\w+\s+\d{{1,2}}|on\s+the\s+\d{{1,2}}(?:st|nd|rd|th))\b",
    _F,
)
_NOT_A_HABIT = re.compile(
    r"(?:so|this|that|as|such|more|less|happier|better|calmer|prouder|busier|look|looking|like|"
    r"before|again)\b",
    _F,
)
_IT_SHOWS = _rare(
    r"(?:\band|,)\s+(?:it|that|this)\s+(?:really\s+|clearly\s+)?(?:shows|is\s+obvious|is\s+clear|"
    r"comes\s+through)\s+(?:on|in|at|during|with)\s+(?:every|each)\s+(?:single\s+)?[\w-]+|"
    r"\band\s+you\s+can\s+(?:see|tell)(?:\s+it)?\s+(?:on|in|at|during|from|with)\s+(?:every|each)\s+"
    r"(?:single\s+)?[\w-]+",
    _F,
)
_A14_MARKS = _gate("always never constantly continually forever perpetually habitually invariably")
_A14_EVERY = _gate("every each")
_A14_VERBS = _gate(
    "miss misses missed ignore ignores ignored forget forgets forgot forgotten skip skips skipped",
    "lose loses lost botch botches botched fail fails failed dodge dodges dodged blow blows blown",
    "blew overrun overruns overran undermine undermines undermined contradict contradicts",
    "contradicted interrupt interrupts interrupted rush rushes rushed argue argues argued row",
    "rows rowed clash clashes clashed falls fell moan moans moaned complain complains",
    "complained whinge whinges whinged grumble grumbles grumbled talk talks talked snap snaps",
    "snapped mess messes messed screw screws screwed disregard disregards disregarded",
    "overlook overlooks overlooked bypass bypasses bypassed corners",
)
_A14_STORY = _gate("story thing problem excuse excuses routine drama mess pattern")
_A14_SEEN = _gate("seen known heard")
_A14_ANY = _A14_MARKS | _A14_EVERY | {"same", "seen", "known", "heard", "shows"}


def _absolute_r14(text: str, words: frozenset[str]) -> Iterator[Span]:
    """Round fourteen's sweeps (``_ABS_ROLE`` … ``_IT_SHOWS``), each behind its own words."""
    marks = not words.isdisjoint(_A14_MARKS)
    every = not words.isdisjoint(_A14_EVERY)
    if marks and not words.isdisjoint(_ROLE_WORDS):
        for m in _ABS_ROLE.finditer(text):
            rest = m.group("rest")
            if _MODAL_BEFORE.search(m.group("aux")) or _MACHINE_VERB.match(rest):
                continue
            if _is_praise(m.group("mark"), rest):
                continue
            if m.group("mark").lower() == "never" and _SINGLE_EVENT.search(
                _clause_of(text, m.start(), m.end())
            ):
                continue
            yield m.start(), m.end("mark")
    if every and (
        not words.isdisjoint(_A14_VERBS) or ("off" in words and ("put" in words or "puts" in words))
    ):
        for m in _VERB_EVERY.finditer(text):
            if not _is_person_subject(m.group("subj")):
                continue
            if _ONE_DAY.search(_clause_of(text, m.start(), m.end())):
                continue  # "on Monday you missed every call": one day
            yield m.start(), m.end("every")
    if marks and "who" in words:
        for m in _ABS_WHO.finditer(text):
            if not _is_person_subject(m.group("subj")):
                continue
            if _is_praise(m.group("mark"), m.group("rest")):
                continue
            yield m.start(), m.end("mark")
    if "same" in words and not words.isdisjoint(_A14_STORY) and (every or marks):
        for m in _SAME_STORY.finditer(text):
            name = m.group("name") or m.group("name2")
            if name is None or _is_person_subject(name):
                yield m.start(), m.end()
    if not words.isdisjoint(_A14_SEEN) and ("ever" in words or "never" in words):
        for m in _NEVER_SEEN.finditer(text):
            rest = m.group("rest")
            if not _is_person_subject(m.group("subj")) or _NOT_A_HABIT.match(rest):
                continue
            if _is_praise("never", rest):
                continue  # "I've never seen you lose your temper"
            yield m.start(), m.end("subj")
    if every and (
        "shows" in words
        or "obvious" in words
        or ("is" in words and "clear" in words)
        or ("comes" in words and "through" in words)
        or ("can" in words and ("see" in words or "tell" in words))
    ):
        for m in _IT_SHOWS.finditer(text):
            start = _sentence_start(text, m.start())
            before = text[start : m.start()]
            if _words(before).isdisjoint(TRAIT_WORDS) or _NEGATED.search(before):
                continue  # "she's meticulous and it shows in every report"
            yield m.start(), m.end()


def _find_absolute_base(text: str) -> Iterator[Span]:
    words = _words(text)
    if not _r14_words(text).isdisjoint(_A14_ANY):
        yield from _absolute_r14(text, words)
    if not _r15_words(text).isdisjoint(_A15_ANY):
        yield from _absolute_r15(text, words)
    keys16 = _r16_words(text)
    if not keys16.isdisjoint(_A16_ANY):
        yield from _absolute_r16(text, words, keys16)
    if "there" in words and ("single" in words or "one" in words) and "?" in text:
        for m in _ABS_R13.finditer(text):
            if _is_person_subject(m.group("subj")) and _ABS_R13_REST.search(m.group("rest")):
                yield m.start(), m.end("subj")
    for m in _ABS_R10.finditer(text) if not words.isdisjoint(_ABS_R10_GATE) else ():
        subj = m.group("subj")
        if subj is None or _is_person_subject(subj):
            yield m.start(), m.end("every") if m.group("every") else m.end()
    if (
        words.isdisjoint(_ABSOLUTE_GATE)
        and words.isdisjoint(_REST_GATE)
        and words.isdisjoint(_ABS_R9_GATE)
    ):
        return
    for m in _ABS_R12.finditer(text) if not words.isdisjoint(_ABS_R12_GATE) else ():
        subj = m.group("subj") or m.group("subj2")
        if subj.lower() in ("him", "her", "them") or _is_person_subject(subj):
            yield m.start(), m.end()
    for m in _ABSOLUTE.finditer(text) if not words.isdisjoint(_ABSOLUTE_GATE) else ():
        before = text[max(0, m.start() - 24) : m.start()]
        if _PREP_BEFORE.search(before[-12:]):
            continue  # "people like you never…": "you" is not the one doing it
        if _TITLE_BEFORE.search(before):
            continue  # "the letter to Mrs Dunn was never sent"
        if m.group("mark").lower().startswith("never") and _SINGLE_EVENT.search(
            _clause_of(text, m.start(), m.end())
        ):
            continue  # "In Tuesday's stand-up … she never shared her blocker": one event
        subj = m.group("subj")
        head = subj.split()[0]
        if (
            not _is_person_subject(head)
            and head.lower() not in ("your", "his", "her", "their")
            and not _GROUP_OF.search(subj)
            and not subj.lower().startswith(("those ", "these "))
        ):
            continue
        if (
            head[0].isupper()
            and head.lower() not in ("you", "he", "she", "they")
            and (_MACHINE_VERB.match(m.group("rest")))
        ):
            continue  # "Jenkins always restarts": a tool, not a colleague
        if _MODAL_BEFORE.search(m.group("aux") or ""):
            continue  # "you can always ask me", "you should never" is advice
        if _is_praise(m.group("mark"), m.group("rest")):
            continue
        if m.group("mark").lower() == "never" and _beside_praise(text, m.start(), m.end("mark")):
            continue
        yield m.start(), m.end("mark")
    for m in _AND_ALWAYS.finditer(text) if "and" in words else ():
        subj = m.group("subj")
        if subj.lower() in _NOT_SUBJECTS or not _is_person_subject(subj):
            continue
        if _MODAL_BEFORE.search(m.group("mid")) or _is_praise(m.group("mark"), m.group("rest")):
            continue
        if m.group("mark").lower() == "never" and _SINGLE_EVENT.search(
            _sentence_around(text, m.start(), m.end())
        ):
            continue
        yield m.start(), m.end("mark")
    for m in _ABS_R9.finditer(text) if not words.isdisjoint(_ABS_R9_GATE) else ():
        rest = m.group("rest") or m.group("rest2") or ""
        negative = m.group("rest3") is not None or _WONT.search(m.group())
        mark = "never" if negative else "always"
        if _is_praise(mark, m.group("rest3") or rest):
            continue  # "you can bet she'll have it ready", "the team has never missed a cutoff"
        yield m.start(), m.end()
    if words.isdisjoint(_REST_GATE):
        return
    for m in _DONT_EVER.finditer(text):
        if _is_person_subject(m.group("subj")) and not _is_praise("never", m.group("rest")):
            yield m.start(), m.start("rest")
    for m in _NOT_ONCE.finditer(text):
        yield m.start(), m.end()
    for m in _EVERY_TIME.finditer(text):
        if not _is_person_subject(m.group("subj")):
            continue
        # "Every time you present, the room lights up": judge the whole sentence, and when the
        # "every time" clause is subordinate, let its main clause decide (advice is not a habit).
        tail = text[m.end("subj") : _sentence_end(text, m.end("subj"))]
        comma = tail.find(",")
        main = tail[comma + 1 :] if comma >= 0 else tail
        if comma >= 0 and (_ADVICE_MAIN.search(main) or _rule_clause(main)):
            continue
        if _RULE.search(tail):
            continue  # "every report you submit must include a cover sheet" is a rule
        if _CAN_AFTER.match(m.group("rest")):
            continue  # "whenever he can" is an opportunity: round sixteen reads it with the act
        head = text[_sentence_start(text, m.start()) : m.start()]
        if _OBLIGATION.search(head) or _IMPERATIVE_HEAD.search(head):
            continue  # "Please keep the guard on whenever you grind" is an instruction
        if not _THAT_END.search(head) and _each_time_rule(text, m.start(), head):
            continue  # "You're expected to wash your hands every time you leave the bay"
        if _reaction_is_good(tail):
            continue
        yield m.start(), m.end("subj")
    for m in _EVERY_TIME_R8.finditer(text):
        if m.group("subj") is not None:
            rest = m.group("rest")
            if _is_praise("always", rest) or _reaction_is_good(rest):
                continue
        elif m.group("rest2") is not None:
            rest = m.group("rest2")
            if not (_FAULT.search(rest) or _OFF.search(rest)) or _reaction_is_good(rest):
                continue
        elif m.group("rest4") is not None:
            if _is_praise("never", m.group("rest4")):
                continue
        else:
            before = text[_sentence_start(text, m.start()) : m.start()]
            if _GOOD_REACTION.search(before) or PRAISE.search(before):
                continue
        yield m.start(), m.end()
    for m in _WHENEVER.finditer(text):
        subj = m.group("subj") or m.group("subj2")
        rest = m.group("rest") if m.group("subj") else m.group("rest2")
        if not _is_person_subject(subj) or _MODAL_BEFORE.search(rest or ""):
            continue
        if _is_praise("always", rest or "") or _reaction_is_good(rest or ""):
            continue
        if _each_time_rule(text, m.start(), rest or ""):
            continue  # "you need to sign the visitor book every time" is a rule
        yield m.start(), m.end()
    if not words.isdisjoint(_EVERY_GATE):
        for m in _EVERY_LEAD.finditer(text):
            subj, rest = m.group("subj"), m.group("rest")
            head = subj.split()[0].split("'")[0].split("’")[0]
            if head.lower() not in ("your", "his", "her", "their") and not _is_person_subject(head):
                continue
            said = f"{subj} {rest}"
            if (
                _MODAL_BEFORE.search(rest)
                or _NOT_IN_REST.search(said)
                or _is_praise("always", rest)
            ):
                continue
            if _FAULT_STATE.search(said) or _NEGATIVE_BEHAVIOUR.search(said):
                yield m.start(), m.end("subj")
        for m in _EVERY_THING.finditer(text):
            noun = (m.group("noun") or m.group("noun2")).lower()
            rest = m.group("rest") or m.group("rest2")
            if noun in _FAULT_NOUNS or noun in ("time", "one", "day", "week", "month"):
                continue  # "every error you catch saves us a day"; "every time" is done above
            subj = m.group("subj")
            if subj and not _is_person_subject(subj):
                continue
            if _MODAL_BEFORE.search(rest) or not _FAULT.search(rest):
                continue  # "every report you send must have a cover sheet" is a rule
            yield m.start(), m.end("subj") if subj else m.end("noun2")
        for m in _LATE_TO_EVERY.finditer(text):
            if _is_person_subject(m.group("subj")):
                yield m.start(), m.end()
    for m in _LEADING_ALWAYS.finditer(text):
        if not _is_person_subject(m.group("subj")) or _MODAL_BEFORE.search(m.group("rest")):
            continue
        if _is_praise("always", m.group("rest")):
            continue
        yield m.start(), m.end("subj")
    if not words.isdisjoint(_SOMEONE_GATE) and not words.isdisjoint(_JUDGE_GATE):
        for m in _SOMEONE_SO.finditer(text):
            if m.group("always"):
                yield m.start(), m.end()
    for m in _ALL_THE_TIME.finditer(text):
        if not _is_person_subject(m.group("subj")):
            continue
        if _MODAL_BEFORE.search(m.group("rest")) or _each_time_rule(
            text, m.start(), m.group("rest")
        ):
            continue
        if _POSITIVE_BEHAVIOUR.search(m.group("rest")) and not _NEGATIVE_BEHAVIOUR.search(
            m.group("rest")
        ):
            continue
        yield m.start(), m.end()


# ---------------------------------------------------------------------------------------------
# Elements of the whole comment
# ---------------------------------------------------------------------------------------------

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri)"
_EVENTS = (
    r"(?:meeting|review|standup|stand-up|demo|presentation|call|retro|retrospective|workshop|"
    r"kickoff|kick-off|sync|1:1|one-on-one|sprint|release|launch|planning|offsite|pitch|"
    r"deadline|audit|interview|town\s+hall|all-hands|board\s+meeting|handover|go-live|cutover|"
    r"report|deck|proposal|contract|deployment|migration|pr|pull\s+request|ticket|spec|budget|"
    r"forecast|invoice|plan|rollout|incident|outage|escalation|email|update|memo|briefing|"
    r"training|session|visit|negotiation|rfp|estimate|quote|roadmap|summary|dashboard|analysis|"
    r"shift|on-call|rota|guide|handbook|survey|workshop|conference|minutes|notes|file|slides|"
    # concrete artefacts: "the auth module", "the checkout page redesign", "this offsite"
    # (round fourteen: "the guest services desk" is a department, not an artefact)
    r"module|(?<!guest\s)(?<!customer\s)(?<!client\s)(?<!social\s)(?<!student\s)service|api|"
    r"endpoint|component|library|repo|repository|pipeline|feature|prototype|"
    r"mock-?up|wireframe|codebase|schema|script|test\s+suite|checklist|runbook|playbook|page|"
    r"redesign|refactor|integration|post-?mortem|webinar|hackathon|bid|tender|campaign|"
    r"onboarding|trip|dinner|event|party|fair|expo|summit)"
)
BEHAVIOR = _compile(
    rf"\b(?:yesterday|today|this\s+(?:morning|afternoon|week|month|quarter|sprint)|tonight|"
    rf"last\s+(?:week|month|quarter|year|night|sprint|time|cycle|{_DAYS})|"
    rf"(?:on|by|since|until)\s+{_DAYS}|{_DAYS}['’]s|in\s+{_MONTHS}\b|{_MONTHS}\s+\d{{1,2}}\b|"
    rf"on\s+the\s+\d{{1,2}}(?:st|nd|rd|th)\b|(?:the|last|this)\s+(?-i:[A-Z][a-z]+)\s+"
    # (round fourteen: "the Aurora has run really well" is no run)
    rf"(?:(?!(?:has|had|is|was|will|would|should|can|could)\s)[\w-]+\s+)?"
    rf"(?:stock\s*take|run|audit|inspection|count|close|payroll|review)\b|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}\b|"
    rf"q[1-4]\b|h[12]\b|fy\d\d|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}|"
    rf"\d+(?:\.\d+)?\s*(?:%|percent|hours?|hrs?|days?|minutes?|mins?|weeks?|months?|tickets?|"
    rf"bugs?|items?|calls?|deals?|k\b|customers?|clients?|emails?|times|pages?|slides?|"
    rf"defects?|complaints?|points?|dollars|usd|eur|rmb|yuan|errors?|incidents?|tasks?|"
    rf"stories|story\s+points|leads?|accounts?|orders?|units?|people|requests?|pull\s+requests|"
    rf"subscribers?|users?|patients?|guests?|students?|members?|staff|employees?|visitors?|"
    rf"applicants?|tenants?|shipments?|parcels?|pallets?|boxes|cases|files|invoices?|records|"
    rf"diners?|tables?|beds?|rooms?|shifts?|sessions?|lessons?|classes|essays?|papers?|tonnes?|"
    rf"tons?|kg|kilos?|litres?|liters?|metres?|meters?|km|miles|rows|bags|trays|crates|cartons|"
    rf"loads|jobs|installs|scrims|candidates|cvs|placements|samples|batches)|"
    rf"(?:two|three|four|five|six|seven|eight|nine|ten|twice|several)\s+(?:hours?|days?|weeks?|"
    rf"times|minutes|months|deadlines|meetings|tickets|calls|customers|clients|complaints)|"
    rf"(?:the|this|that|yesterday['’]s|today['’]s|last\s+week['’]s|this\s+week['’]s|"
    rf"last\s+month['’]s|friday['’]s|monday['’]s|tuesday['’]s|wednesday['’]s|thursday['’]s)"
    rf"\s+(?!kind\s|sort\s|type\s)(?:[\w-]+\s+){{0,2}}?{_EVENTS}s?|"
    # a named account or project ("the Henderson account") and a qualified possessive artefact
    # ("your email to finance", "her update on the outage"; a bare "your presentation" is not)
    rf"the\s+(?-i:[A-Z][\w-]+)\s+(?:project|account|deal|client|bid|launch|rollout|job|install|"
    rf"installation|site|contract|tender|fit-out|refurb|build|shoot|wedding|function|claim|case)|"
    rf"(?:your|his|her|their)\s+(?:[\w-]+\s+)?{_EVENTS}s?\s+(?:to|for|on|about|with|at)\s+"
    rf"(?:the\s+)?[\w-]+|\d+\s+(?:out\s+)?of\s+(?:the\s+|your\s+|our\s+|their\s+|his\s+|her\s+)?"
    rf"\d+)\b|[$€£¥]\s?\d|"
    # Round eleven: a day opening the sentence before the person ("Friday you sent out…")
    rf"(?:^|(?<=[.!?]\s)|(?<=\n)){_DAYS_RE}(?:\s+(?:night|morning|afternoon|evening|lunchtime))?"
    rf"\s*,?\s+(?:you|he|she|they|we)\s+(?!(?:will|would|should|need|must|can|could|may|might|"
    rf"have\s+to|are\s+going)\b)[a-z]+",
    _F,
)
# Round thirteen: a date or an artefact inside an instruction ("Send me the updated checklist by
# Monday", "check the fuel log every Friday") asks for work; it reports none.
_INSTRUCTION = _compile(
    r"\W*(?:(?:please|also|and|then|just|kindly|from\s+now\s+on,?|going\s+forward,?)\s+)*"
    r"(?:make\s+sure|ensure|remember\s+to|don['’]t\s+forget\s+to|send|label|check|sign|submit|"
    r"upload|bring|book|fill|update|complete|file|email|call|ring|log|clean|lock|put|keep|use|"
    r"read|add|print|attach|return|hand|drop|get|set\s+up|confirm|review|finish|prepare|share|"
    r"wear|clip|tidy|store|back\s+up|save|copy|forward|post|order|schedule|arrange|let\s+me\s+"
    r"know|have|get)\b",
    _F,
)
_PAST_MARK = _compile(
    r"\b(?:was|were|did|didn['’]t|had|hadn['’]t|went|came|sent|left|forgot|missed|yesterday|last|"
    r"ago|earlier|again|wasn['’]t|weren['’]t)\b|\b(?:you|he|she|they|we|i)\s+(?:\w+\s+)?\w+ed\b",
    _F,
)


_DATE_WORD = _compile(rf"\b(?:{_DAYS}|{_MONTHS}|today|tomorrow|tonight|week|month)\b", _F)
# Round thirteen: a period named with a capitalised month ("the reconciliations for March") and a
# delay told in words ("filed a week late").
_BEHAVIOR_R13 = _compile(
    r"\b(?:for|from|during|over|through)\s+(?-i:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b|"
    r"\b(?:an?|one|two|three|four|half\s+a)\s+(?:day|week|month|hour|shift)s?\s+late\b",
    _F,
)
_BEHAVIOR_R13_GATE = _gate(
    "late january february march april may june july august september october november december"
)


def _dated_order(text: str, left: int, m: re.Match[str]) -> bool:
    """A match with no figure (or a date) in an instruction (read from ``left``) that reports
    nothing done."""
    found = m.group()
    return (not any(ch.isdigit() for ch in found) or bool(_DATE_WORD.search(found))) and not (
        _PAST_MARK.search(text, left, _sentence_end(text, m.end()))
    )


# Round fourteen: a clock time and "on the Saturday" ("booked for 18:00 instead of 14:00", "you
# arrived after 6:30"), read like a date (in an instruction that tells nothing done it asks for
# work: "be in by 5:50 going forward"); a count with words between the figure and the thing
# counted, and more things counted ("38 new SME accounts", "14 clinic letters", "46 toolbox
# talks", "two tables").
_UNITS14 = (
    r"(?:letters?|talks|inspections?|checks|cabins?|reports?|forms?|claims?|returns|cheques?|"
    r"meals?|plates?|covers|deliveries|visits?|appointments?|bookings?|reservations?|notes|"
    r"entries|drafts?|articles?|posts|videos?|photos?|drawings?|quotes?|bids?|sales|queries|"
    r"enquiries|inquiries|messages?|referrals?|prescriptions?|doses?|tests?|scans?|procedures?|"
    r"admissions?|containers?|trucks?|vans?|vehicles?|cars?|repairs?|fixes|releases?|"
    r"deployments?|builds?|commits?|reviews?|audits?|workshops?|courses?|modules?|pupils?|"
    r"children|kids|families|residents?|households?|homes?|houses?|flats?|properties|viewings?|"
    r"listings?|seats?|nights?|passengers?|promoters?|mistakes?|faults?|breakdowns?|"
    r"tickets?|bugs?|items?|calls?|deals?|customers?|clients?|emails?|pages?|slides?|defects?|"
    r"complaints?|errors?|incidents?|tasks?|stories|leads?|accounts?|orders?|units?|people|"
    r"requests?|subscribers?|users?|patients?|guests?|students?|members?|staff|employees?|"
    r"visitors?|applicants?|tenants?|shipments?|parcels?|pallets?|boxes|cases|files|invoices?|"
    r"records|diners?|tables?|beds?|rooms?|shifts?|sessions?|lessons?|classes|essays?|papers?|"
    r"rows|bags|trays|crates|cartons|loads|jobs|installs|candidates|cvs|placements|samples|"
    r"batches)"
)
_B14_CLOCK = _rare(
    r"\b\d{1,2}:\d{2}(?!\d)|\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.?|p\.m\.?)(?!\w)|"
    rf"\bon\s+the\s+{_DAYS_RE}\b",
    _F,
)
_B14_COUNT = _rare(
    rf"\b\d[\d,]*\s+(?:(?!of\b|per\b|a\b|an\b|the\b)[\w-]+\s+){{0,2}}?(?:{_UNITS14}|days|hours|"
    rf"minutes|weeks|months)\b|"
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
    rf"fifty)\s+(?:(?!of\b|per\b|more\b|other\b)[\w-]+\s+)?{_UNITS14}\b",
    _F,
)
_DIGIT = re.compile(r"\d")
_B14_NUMBERS = _gate(
    "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty",
    "fifty",
)
_B14_DAYS = _gate("monday tuesday wednesday thursday friday saturday sunday")
# Every word the unit alternation allows ("letters?" gives "letter" and "letters").
_B14_UNITS = _gate("days hours minutes weeks months") | frozenset(
    form
    for item in _UNITS14[3:-1].split("|")
    for form in ((item[:-2], item[:-1]) if item.endswith("s?") else (item,))
)


def _behavior_r14(text: str) -> bool:
    digits = _DIGIT.search(text) is not None
    words = _words(text)
    branches = []
    if (digits and (":" in text or "m" in words or "am" in words or "pm" in words)) or (
        "the" in words and not words.isdisjoint(_B14_DAYS)
    ):
        branches.append(_B14_CLOCK)
    if (digits or not words.isdisjoint(_B14_NUMBERS)) and not words.isdisjoint(_B14_UNITS):
        branches.append(_B14_COUNT)
    for rx in branches:
        for m in rx.finditer(text):
            left = _sentence_start(text, m.start())
            if _INSTRUCTION.match(text, left) is None:
                return True
            if rx is _B14_COUNT and any(ch.isdigit() for ch in m.group()):
                return True  # a figure in an instruction ("reply within 24 hours") counts
            if _PAST_MARK.search(text, left, _sentence_end(text, m.end())):
                return True
    return False


def _has_behavior_r19(text: str) -> bool:
    m = BEHAVIOR.search(text)
    while m is not None:
        start = m.start()
        left = (
            max(
                text.rfind(".", 0, start),
                text.rfind("!", 0, start),
                text.rfind("?", 0, start),
                text.rfind("\n", 0, start),
            )
            + 1
        )
        if _INSTRUCTION.match(text, left) is None or not _dated_order(text, left, m):
            return True
        m = BEHAVIOR.search(text, max(m.end(), start + 1))
    if not _words(text).isdisjoint(_BEHAVIOR_R13_GATE) and _BEHAVIOR_R13.search(text):
        return True
    return _behavior_r14(text)


# Round six: outcomes with no linking word. A third party (customers, QA, we, she, a named
# colleague, the queue) or a money/time/risk outcome; never "you" as the subject, since "you
# left without signing out" is the behaviour itself.
_THIRD = (
    r"(?:we|they|she|he|the\s+(?:[\w-]+\s+)?(?:team|client|customer|family|couple|guest|patient|"
    r"parent|inspector|auditor|auditors|driver|supplier|manager|head|board|site|crew|crews)|"
    r"(?-i:[A-Z][A-Za-z]+)|customers|clients|guests|patients|parents|residents|students|"
    r"members|callers|visitors|applicants|tenants|diners|shoppers|passengers|buyers|families|"
    r"staff|colleagues|people|crews|drivers|nurses|teachers|engineers|agents|someone|somebody|"
    r"everyone|anyone|a\s+(?:[\w-]+\s+)?(?:customer|client|guest|patient|parent|resident|"
    r"owner|caller|visitor|member|colleague|driver|nurse|student|tenant|diner|neighbour|"
    r"neighbor))"
)
_OUTCOME_MORE = (
    # money or business lost: "we paid £900 for", "we lost the Harwood deal", "we comped the night"
    r"(?:we|the\s+(?:company|store|shop|branch|site|firm|business|practice|hotel|restaurant))\s+"
    r"(?:(?:had\s+to|ended\s+up)\s+)?(?:paid|pay|paying|lost|forfeited|comped|refunded|credited|"
    r"absorbed|ate|were\s+charged|got\s+charged|were\s+billed|were\s+invoiced)\s+(?:out\s+)?"
    r"(?:[$€£¥]|\d|(?:for\s+)?the\s+(?:[\w-]+\s+)?(?:night|room|meal|meals|deal|contract|client|"
    r"account|customer|bid|tender|booking|order|sale|deposit|fee|bonus|slot|renewal|delivery|"
    r"load|job|work|repair|repairs|damage|bill|tab|table|stay)|(?:a|another)\s+(?:[\w-]+\s+)?"
    r"(?:refund|credit|fine|penalty|client|customer|deal|contract|booking|fee|sale|order|day|"
    r"night|stay|meal|week|month|point|star|mark|grade)|(?:(?:at\s+least|about|around|nearly|almost|over)\s+)?(?:two|"
    r"three|four|five|several|\d+)|both|all)|"
    # Round seven: outsiders acting since ("has threatened to cancel", "filed a complaint",
    # "parents emailed me", "opened a query", "charged the shortage to our base")
    r"(?:has|have|had)\s+(?:now\s+|since\s+|already\s+)?threatened\s+to\s+(?:cancel|leave|pull|"
    r"sue|walk|move|take|withdraw|end|report|go)|"
    r"(?:filed|lodged|made|submitted|put\s+in|raised|sent\s+in)\s+(?:(?:a|an|two|three|\d+)\s+)?"
    r"(?:[\w-]+\s+){0,2}?complaints?|"
    r"(?:parents|customers|clients|guests|patients|residents|families|passengers|tenants|"
    r"callers|members|neighbours|neighbors)\s+(?:then\s+|later\s+|have\s+|also\s+)?(?:emailed|"
    r"phoned|rang|called|wrote\s+(?:in|to)|messaged|contacted)\s+(?:me|us|in|the\s+\w+)|"
    r"(?:has|have|had)\s+(?:now\s+|since\s+)?opened\s+(?:a|an)\s+(?:formal\s+)?(?:query|"
    r"investigation|inquiry|enquiry|case|audit|review)|"
    r"charged\s+(?:us\s+)?(?:for\s+)?the\s+(?:shortage|difference|loss|damage|cost|breakage)\s+to|"
    r"(?:later|afterwards|subsequently)\s+(?:wrote|emailed|complained|rang|phoned|posted|"
    r"left\s+a)\b|"
    r"\blost\s+(?:us\s+)?the\s+(?-i:[A-Z][\w-]+\s+)?(?:deal|contract|account|client|tender|bid|"
    r"renewal|sale|booking)|"
    # someone else had to act: "QA had to quarantine", "Priya had to redo"
    r"(?-i:[A-Z][A-Za-z]+)\s+(?:then\s+|also\s+)?had\s+to\s+(?!be\s+(?:done|sent|submitted)\b)"
    r"[a-z]+|"
    r"(?:quarantine|quarantined|recall|recalled|scrap|scrapped|reject|rejected|hold|held|"
    r"condemn|condemned|bin|binned|destroy|destroyed|re-?check|re-?checked)\s+(?:the\s+)?"
    r"(?:whole|entire|full|complete)\s+(?:[\w-]+\s+)?(?:batch|lot|run|order|load|shipment|"
    r"delivery|pallet|consignment|stock|shift)|"
    # came in or wrote in to complain
    r"(?:drove|came|walked|rang|called|phoned|wrote|emailed|turned\s+up|showed\s+up|stormed)\s+"
    r"(?:in\s+|over\s+|up\s+|back\s+|down\s+|round\s+)?to\s+(?:complain|demand|ask\s+for\s+"
    r"(?:a\s+)?(?:refund|manager|explanation)|chase|find\s+out\s+why|query)|"
    r"(?:started|begun|began)\s+(?:emailing|calling|ringing|phoning|complaining|writing\s+to|"
    r"chasing|messaging|asking\s+(?:for|why)|avoiding|refusing|going\s+elsewhere|"
    r"shopping\s+elsewhere|cancel+ing)|"
    # a colleague's step since: "she has now asked to be moved", "two have handed in notice"
    r"(?<!you\s)(?<!You\s)(?<!I\s)(?<!we\s)(?<!We\s)\b(?:has|have)\s+(?:now|already|since|"
    r"even)\s+(?:[a-z]+ed|gone|taken|written|given|begun|withdrawn|made|put|sent|left|quit|"
    r"lost|told|brought|stopped|handed|pulled)\b|"
    r"(?:asked|applied|requested)\s+to\s+(?:be\s+)?(?:moved|transferred|switched|taken|"
    r"reassigned)\s+(?:off|to|from|away)|"
    r"handed\s+in\s+(?:his|her|their)\s+notice|"
    r"(?<!you\s)(?<!You\s)\bstill\s+(?:haven['’]t|hasn['’]t|hadn['’]t|don['’]t|doesn['’]t|can['’]t|"
    r"aren['’]t|isn['’]t)\s+(?:had|got|gotten|received|been\s+(?:paid|told|seen|refunded|"
    r"contacted)|heard)|"
    # a measure that stayed or went the wrong side of its target
    r"(?:stayed|remained|sat|ran|was|were|went|climbed|rose|crept|drifted|slipped|fell|dropped)"
    r"\s+(?:well\s+|way\s+)?(?:above|below|over|under|outside|past|behind)\s+(?:our|the|its|"
    r"their|your)\s+(?:[\w-]+\s+){0,2}?(?:target|sla|limit|threshold|goal|standard|maximum|"
    r"minimum|budget|forecast)|"
    r"(?:wait|waiting|queue|hold|response|handling|turnaround|delivery|call)\s+(?:times?\s+)?"
    r"(?:hit|reached|rose\s+to|climbed\s+to|went\s+up\s+to|peaked\s+at|jumped\s+to|grew\s+to|"
    r"spiked\s+to|doubled|tripled)|"
    # work that went ahead without someone or something: "the pick wave started without"
    r"(?<!you\s)(?<!he\s)(?<!she\s)(?<!they\s)(?<!I\s)(?:started|began|kicked\s+off|went\s+ahead|"
    r"opened|went\s+out|shipped|left\s+the\s+\w+)\s+without\s+(?:a|an|the|any)\s+|"
    r"(?:stopped|halted|suspended|shut\s+down|closed\s+down)\s+(?:all\s+)?(?:work|the\s+(?:job|"
    r"line|pour|site|shift|works|lift|ward|kitchen|job))|"
    r"(?:was|were)\s+left\s+(?:standing|waiting|sitting|idle|stranded|without|short|"
    r"exposed|in\s+the\s+dark|to\s+(?:cope|deal|pick|sort|cover|handle|explain|clean))|"
    r"(?:logged|raised|recorded|written\s+up|wrote\s+(?:it|this)\s+up|flagged|noted|reported|"
    r"listed|marked|classed|classified|cited)\s+(?:it\s+|this\s+|that\s+)?as\s+(?:a|an)\s+"
    r"(?:[\w-]+\s+)?(?:finding|breach|non-?conformance|incident|violation|near[\s-]miss|"
    r"failure|fail|defect|complaint|infringement|serious\s+\w+)|"
    # a risk spelled out: "people would have had no way out", "could have lost an eye"
    r"(?<!you\s)(?<!I\s)(?:could|might|would)\s+(?:easily\s+|well\s+)?have\s+(?:had\s+no|"
    r"lost|caused|started|fallen|fell|died|drowned|burned|crushed|trapped|choked|collapsed|"
    r"caught\s+fire|exploded|come\s+down|gone\s+(?:up|down|through|over)|hit|struck|"
    r"been\s+(?:a\s+|an\s+)?(?:serious|nasty|major|fatal|real|bad|big|disaster|"
    r"crushed|trapped|electrocuted|burned|burnt|poisoned|scalded|sick|ill|lost|stuck|"
    r"stranded|sued|shut|closed|prosecuted))|"
    # a counterfactual risk about someone else: "If a fire had started, the smoke would have
    # spread" (not "If you had asked, I would have helped" nor "…, you would have seen it")
    r"\bif\s+[^.!?]{2,80}?(?:\bhad\b|['’]d\b)[^.!?,]{0,60},\s*(?!I\b|we\b|you\b)"
    r"[^.!?]{0,60}?\b(?:would|could|might)\s+(?:easily\s+|well\s+)?have\s+(?!been\s+(?:better|"
    r"fine|great|good|nice|easier|helpful|ideal|quicker|faster)\b)[a-z]+|"
    # somebody else could not, had to, or refused: "two families couldn't arrange childcare",
    # "another fitter had to leave the bay", "the haulier refused to take it"
    r"(?<!you\s)(?<!You\s)\b(?!you\b|I\b)[\w'’-]+\s+(?:couldn['’]t|could\s+not|were\s+unable|"
    r"was\s+unable)\s+(?!have\b)[a-z]+|"
    r"(?<!you\s)(?<!You\s)\b(?!you\b)[\w'’-]+\s+(?:then\s+|also\s+|even\s+)?had\s+to\s+"
    r"(?!be\s+(?:done|sent|submitted)\b)[a-z]+|"
    r"(?<!you\s)(?<!You\s)(?<!I\s)(?:refused|declined|wouldn['’]t|would\s+not)\s+(?:to\s+)?"
    r"(?:take|accept|sign|collect|pay|load|unload|deliver|release|approve|renew|book|let)\b|"
    r"(?<!you\s)(?<!You\s)(?<!I\s)refused\s+(?:the|our|delivery|payment|entry|collection)\b|"
    # an outside body brought in: "the neighbours rang the council", "her daughter wrote to
    # the owner", "a parent reported us to Ofsted"
    r"(?:rang|called|phoned|contacted|emailed|wrote\s+to|reported\s+(?:us|it|this|the\s+\w+)\s+"
    r"to|complained\s+to|went\s+to)\s+(?:the\s+)?(?:council|police|head\s+office|owners?|"
    r"regulator|ombudsman|press|papers|local\s+paper|inspectors?|director|ceo|headteacher|"
    r"head|area\s+manager|hr|landlord|insurers?|trading\s+standards|ofsted|cqc|union)\b|"
    # something cancelled, closed, sent home or charged wrongly as a result
    r"(?:was|were|got|had\s+to\s+be)\s+(?:(?:then|also|all)\s+)?(?:cancel+ed|postponed|called\s+"
    r"off|evacuated|quarantined|recalled|sent\s+home|turned\s+away|paid\s+(?:short|late|"
    r"twice|wrongly|the\s+wrong)|overcharged|double-charged|charged\s+twice|short-changed|"
    r"shut\s+(?:for|down)|closed\s+(?:for|early|down|off)|rescheduled|written\s+off|"
    r"re-?issued|re-?done|thrown\s+away|binned|scrapped|wasted|lost|missed|sent\s+back|"
    r"returned\s+to\s+us)\b|"
    r"spent\s+(?:the|all|most\s+of\s+the|half\s+the|a|an|two|three|four|several)\s+"
    r"(?:\w+\s+)?(?:day|week|morning|afternoon|shift|evening|night|hours?|days?|weekend)\s+"
    r"(?:\w+\s+)?[a-z]+ing\b|"
    r"(?:walked\s+(?:off|away)|gave\s+up|went\s+elsewhere|took\s+(?:their|her|his)\s+"
    r"(?:business|custom)\s+elsewhere|left\s+(?:her|his|their)\s+(?:full\s+)?(?:basket|"
    r"trolley|cart|shopping|table))|"
    r"(?:queue|backlog|line|pile-?up)\s+(?:of\s+\w+\s+)?(?:built\s+up|formed|grew|"
    r"stretched)|"
    r"(?<!you\s)(?<!You\s)\blost\s+(?:every|all|the\s+whole|half|most|\d+|two|three|"
    r"several)\b|"
    r"(?:passed|past)\s+(?:its|their|the)\s+(?:use-by\s+|sell-by\s+|best-before\s+)?date|"
    r"went\s+(?:off|out\s+of\s+date|to\s+waste)|"
    # round eight: others went without, waited, were short; warnings and demands received
    r"(?:customers|clients|guests|patients|residents|tenants|parents|pupils|passengers|"
    r"shoppers|diners|callers|members|regulars|families|visitors)\s+(?:(?:all|both|still)\s+)?"
    r"(?:didn['’]t\s+get|did\s+not\s+get|never\s+got|went\s+without|missed\s+(?:their|the|"
    r"our)|(?:were|was)\s+(?:left\s+)?(?:queu(?:e)?ing|waiting|stood|standing|stranded)|"
    r"wandered|got\s+lost|ended\s+up)\b|"
    r"(?:was|were|left\s+us|we\s+were)\s+(?:badly\s+)?(?:short-?handed|short-?staffed|"
    r"understaffed|undermanned|(?:a|one|two)\s+(?:person|pair\s+of\s+hands)\s+down)|"
    r"(?:we|the\s+(?:branch|site|store|shop|school|practice|ward|team))(?:['’]ve|\s+have|\s+has)?"
    r"\s+(?:received|got|been\s+(?:given|issued|sent)|were\s+(?:given|issued|sent))\s+"
    r"(?:an?\s+)?(?:formal\s+|written\s+|final\s+|official\s+)?(?:warning|caution|fine|"
    r"penalty|improvement\s+notice|reprimand)|"
    r"(?:compliance|audit|legal|hr|head\s+office|the\s+(?:regulator|auditors?|insurer|bank|"
    r"council|landlord|client|head|board))\s+(?:has|have|had)\s+(?:now\s+)?(?:asked|demanded)\s+"
    r"(?:us\s+|me\s+)?(?:for\s+)?(?:an?\s+)?(?:written\s+|formal\s+|full\s+)?"
    r"(?:explanation|report|account|statement|review)|"
    r"(?:parents|customers|clients|residents|tenants|patients|families|governors)\s+(?:are|were|"
    r"have\s+been|started)\s+(?:asking|raising)\s+questions|"
    r"(?:auditors?|inspectors?|regulators?|examiners?)\s+(?:would|will|could)\s+(?:\w+\s+)?"
    r"(?:flag|fail|query|reject|pick\s+(?:it\s+)?up)|"
    r"(?<!you\s)(?<!You\s)(?<!I\s)(?:left|departed|took\s+off|pushed\s+back|sailed|opened|started|finished)\s+(?:\d{1,3}|"
    r"a\s+few|two|three|five|ten|fifteen|twenty|forty)\s+minutes?\s+late"
)
CONSEQUENCE = _compile(
    r"\b(?:as\s+a\s+result|as\s+a\s+consequence|which\s+meant|this\s+meant|that\s+meant|"
    r"it\s+meant|meaning\s+(?:that\s+)?(?:the|we|our|you|they|it)|which\s+(?:caused|led|left|put|"
    r"forced|delayed|cost|pushed|made|blocked|hurt|affected|impacted|created|resulted|gave|"
    r"confused|frustrated|means)|led\s+to|leading\s+to|resulted\s+in|resulting\s+in|"
    r"because\s+of\s+(?:this|that)|due\s+to\s+(?:this|that)|therefore|consequently|"
    r"so\s+(?!that\b|you\s+can\b|you['’]ll\b)(?:the|we|our|i|they|it|he|she|his|her|a|an|two|"
    r"three|several|nobody|no\s+one|everyone|customers|clients|sales|support|\d+)\b"
    r"(?![^.,;!?]*\b(?:can|could|will|would)\b)|"
    r"(?:which|this|that|it)\s+(?:then\s+|also\s+)?(?:pushed|freed|saved|cut|reduced|increased|"
    r"raised|lowered|gave|left|forced|delayed|cost|brought|let|allowed|helped|kept|sent|stopped|"
    r"broke|doubled|halved|caused|meant|hurt|blocked|moved|slowed|sped|shortened|lifted|"
    r"dropped|created|added|removed|triggered|prompted|annoyed|upset|embarrassed|exposed|made|"
    r"enabled|prevented|unblocked|earned|won|encouraged|discouraged|convinced|reassured|worried|"
    r"damaged|improved|eased|got|turned|put|boosted|lowered|spared|protected|caught|avoided)\b|"
    r"\b(?:because\s+of|thanks\s+to)\s+(?:them|it|him|her|your|you|this|that)\b|"
    r"(?:^|(?<=[.!?])\s*)because\s+of\s+(?:the|this|that|your|his|her|these|those)\s+(?:[\w-]+\s+){0,2}?[\w-]+,|"
    r"\b(?:they|he|she|we|everyone|nobody|no\s+one|the\s+\w+|(?:the|our|your)\s+[\w-]+\s+[\w-]+)"
    r"\s+(?:couldn['’]t|could\s+not|were\s+unable|was\s+unable|has\s+since|have\s+since|"
    r"had\s+since|can\s+now|now\s+can)\b|"
    # an outage or a wait, told as what happened: "the login page was down for two hours",
    # "table 12 waited 25 minutes", "found differences that took an hour each to trace"
    r"(?:was|were|went|had\s+been|stayed)\s+(?:down|offline|unavailable|out\s+of\s+(?:action|"
    r"service|stock)|locked\s+out|unreachable|stuck|stranded|idle)\s+for\s+(?:about\s+|around\s+|"
    r"over\s+|nearly\s+|almost\s+|more\s+than\s+)?(?:an?|\d[\d,]*|two|three|four|five|six|"
    r"several|half|the\s+whole|the\s+rest)\b|"
    r"(?<!you\s)(?<!I\s)(?:waited|queued|sat\s+waiting|were\s+kept\s+waiting|was\s+kept\s+waiting)"
    r"\s+(?:for\s+)?(?:over\s+|about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+)?"
    r"(?:an?|\d+|two|three|four|five|ten|twenty|forty|half\s+an?)\s+(?:[\w-]+\s+)?"
    r"(?:minutes?|hours?|days?|weeks?)|"
    r"left\s+without\s+(?:ordering|paying|buying|being\s+(?:seen|served|helped)|a\s+\w+|"
    r"signing|booking)|"
    r"took\s+(?:us\s+|them\s+|me\s+|the\s+[\w-]+\s+(?:team\s+)?)?(?:an?|\d+|two|three|four|"
    r"half\s+a|a\s+whole|the\s+whole|most\s+of\s+the)\s+(?:extra\s+)?(?:hours?|days?|"
    r"minutes?|morning|afternoon|week|shift|evening)(?:\s+each)?\s+to\s+(?:trace|fix|sort|find|"
    r"resolve|clean|redo|untangle|reconcile|recover|rebuild|correct|repair|track\s+down|"
    r"sort\s+out|undo|restore|re\w+)|"
    r"(?:filed|lodged|raised|made|submitted|opened)\s+(?:a|an|two|three|\d+)\s+(?:formal\s+|"
    r"written\s+|official\s+)?(?:complaints?|grievances?|claims?|disputes?)|"
    r"(?:rang|called|phoned|contacted|emailed|wrote\s+to)\s+the\s+complaints?\b|"
    r"(?:called|rang|phoned|emailed|wrote|came|chased|contacted|messaged)\s+(?:us\s+|me\s+)?"
    r"(?:back\s+)?(?:twice|three\s+times|again|\d+\s+times|several\s+times|repeatedly|"
    r"the\s+next)|"
    r"(?:we|they|the\s+[\w-]+|i)\s+(?:had\s+to\s+)?(?:threw|throw|thrown|binned|scrapped|wrote|"
    r"written|dumped)\s+(?:away|out|off)?\s*(?:\S+\s+)?(?:worth\s+)?(?:of\s+)?(?:[$€£¥]\s?\d[\d,.]*k?|\d[\d,.]*|"
    r"the\s+(?:whole|entire)|all\s+(?:the|of)|(?:a|the)\s+(?:whole\s+)?(?:batch|tray|order|"
    r"pallet|delivery|shipment|run|lot))|"
    r"came\s+out\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+)?(?:tips|pay|wages|bonus(?:es)?|pocket|"
    r"budget|margin|profits?|salary|salaries)|"
    r"(?:and|then|so)\s+had\s+to\s+(?!be\s+(?:done|sent|submitted)\b)[a-z]+|"
    r"(?:left|walked\s+out|went\s+home|hung\s+up|stormed\s+off|stormed\s+out)\s+"
    r"(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:upset|angry|in\s+tears|crying|frustrated|annoyed|"
    r"unhappy|furious|confused|distressed|shaken)|"
    r"(?:issued(?:\s+(?:us|you|him|her|them|the\s+\w+))?|gave\s+(?:us|you|him|her|them|the\s+\w+)|"
    r"handed\s+(?:us|you|him|her)|slapped\s+us\s+with)\s+(?:a|an|two|three|\d+)\s+(?:[\w-]+\s+)?(?:warnings?|fines?|"
    r"penalty|penalties|citations?|notices?|improvement\s+notices?|stop-work\s+orders?|"
    r"non-?conformance|write-?ups?|strikes?)|"
    # a risk that is spelled out: "the exam board could void their papers"
    r"(?:could|might|may|would)\s+(?:have\s+|well\s+|easily\s+)?(?:void|cancel|lose|cost|fine|"
    r"refuse|deny|withdraw|revoke|pull|drop\s+us|close\s+the\s+account|"
    r"fail|reject|sue|harm|hurt|injure|kill|disqualify|suspend|shut\s+down|close\s+(?:us|the)|"
    r"lead\s+to|result\s+in|end\s+(?:up|in)|been\s+(?:injured|hurt|harmed|killed|fined|"
    r"seriously\s+\w+)|be\s+(?:voided|cancelled|canceled|fined|rejected|injured|hurt|harmed|"
    r"killed|lost|disqualified|suspended|sued|audited|shut\s+down))\b|"
    r"(?:was|were)\s+lucky\s+not\s+to|"
    r"(?:compliance|finance|legal|security|support|the\s+[\w-]+\s+team|the\s+[\w-]+|"
    r"they|he|she|we|i|someone|everyone)\s+(?:then\s+)?had\s+to\s+(?!be\s+(?:done|sent|"
    r"submitted)\b)[a-z]+|"
    r"\b(?:reduced|cut|increased|improved|raised|lowered|halved|doubled|tripled|boosted|saved|"
    r"shortened|grew|lifted)\s+[^.!?]{0,40}?\bby\s+(?:\$|€|£)?\d+|"
    r"from\s+\$?\d[\w.,%]*(?:\s+[a-z]+)?\s+to\s+\$?\d+|"
    # (round fourteen: "booked for 18:00 instead of 14:00" is the act, not its effect)
    r"instead\s+of\s+\d+(?![:.]\d\d|\d|\s*(?:am|pm|a\.m|p\.m|o['’]clock)\b)|"
    r"(?:customers?|clients?|they|the\s+team|users?|the\s+board|finance|sales)\s+(?:then\s+)?"
    r"(?:signed|renewed|complained|cancel+ed|churned|escalated|asked\s+to\s+escalate|"
    r"asked\s+for|threatened|pulled|withdrew|praised|noticed)|"
    r"the\s+(?:impact|effect|consequence|result)\s+(?:was|is|of\s+this|of\s+that)|"
    r"(?:delayed|impacted|affected|cost\s+us|cost\s+the|hurt|blocked|slowed|frustrated|"
    r"confused|damaged|undermined|lost\s+us|jeopardi[sz]ed|put\s+\w+(?:\s+\w+)?\s+at\s+risk|"
    r"had\s+to\s+(?:redo|rework|stay|work|cancel|postpone|apologi[sz]e|step\s+in|cover|explain|"
    r"escalate|push|reschedule|chase|fix|wait|write\s+off|scrap|throw\s+away|refund|re-?invoice|"
    r"reorder|replace|recall|re-?run|re-?send|re-?issue|re-?do|be\s+re-?\w+|be\s+scrapped|"
    r"be\s+written\s+off|be\s+refunded|be\s+redone|be\s+replaced)|complained|escalated|churned|"
    # (round fourteen: "response times slipped in Q3" is the behaviour itself)
    r"(?<!times\s)(?<!time\s)(?<!standards\s)(?<!scores\s)(?<!numbers\s)(?<!figures\s)(?<!rate\s)"
    r"(?<!rates\s)slipped|"
    r"missed\s+the|"
    r"was\s+pushed|were\s+pushed|got\s+pushed|ended\s+up)|"
    # narrated outcomes: "Mei has since asked", "tickets have dropped since", "we caught the
    # leak", "the on-call engineers finally got", "after that, he stayed silent", "no longer wait"
    r"(?:has|have|had)\s+since\s+[a-z]+|(?:has|have)\s+(?:dropped|fallen|grown|risen|improved|"
    r"doubled|halved|stopped|increased|decreased|declined|gone\s+(?:up|down))\s+(?:ever\s+)?since|"
    r"since\s+then|ever\s+since|from\s+then\s+on|"
    r"after\s+that,?\s+(?:we|they|he|she|the|nobody|no\s+one|everyone|(?-i:[A-Z][a-z]+))|"
    r"(?:we|the\s+team)\s+(?:caught|avoided|averted|prevented|saved|won|landed|recovered|"
    r"retained|closed|hit|beat|exceeded|shipped|finished|were\s+able\s+to|managed\s+to|"
    r"didn['’]t\s+have\s+to|never\s+had\s+to)|"
    r"(?<!\byou\s)no\s+longer\s+(?!need|have\s+to)[a-z]+|"
    r"finally\s+(?:got|could|can|had|managed|made|slept|able)|"
    r"for\s+the\s+rest\s+of\s+the\s+(?:meeting|call|day|week|session|workshop|sprint)|"
    # a reported result with no linking word: "we received a written warning", "two customers
    # walked out", "the change broke refunds", "rated the call 4 out of 5", "mentioned you by name"
    r"we\s+(?:received|got|were\s+(?:given|issued|hit\s+with))\s+(?:(?:a|an|two|three|\d[\d,]*)"
    r"\s+)?(?:[\w-]+\s+)?(?:warnings?|complaints?|fines?|penalty|penalties|escalations?|"
    r"chargebacks?|tickets|calls|refund\s+requests|returns|(?:bad|negative|one-star|1-star)\s+"
    r"reviews|angry\s+emails)|"
    r"walked\s+out|left\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:complaint|review|rating)|"
    r"(?:broke|took\s+down|knocked\s+out|brought\s+down)\s+(?:the\s+)?[\w-]+|"
    r"rated\s+(?:the|us|it|you|her|him|them)\b[^.!?]{0,30}?\d+|flagged\s+(?:it|this|that)|"
    r"mentioned\s+(?:you|her|him|them)\b|(?:thanked|praised|named|requested|asked\s+for)\s+"
    r"(?:you|her|him)\s+(?:by\s+name|personally)|(?:reached|affected|impacted|hit)\s+(?:about\s+|"
    r"around\s+|roughly\s+|nearly\s+|over\s+|almost\s+|more\s+than\s+)?\d+|"
    r"(?:spent|wasted|lost)\s+(?:an?|\d+|two|three|four|half\s+a|the\s+whole|a\s+whole)\s+(?:\w+\s+)?"
    r"(?:hours?|days?|minutes?|morning|afternoon|evening|week|shift)\s+(?:re\w+|fixing|chasing|"
    r"redoing|cleaning|sorting|digging|searching|waiting|explaining|answering|apologi[sz]ing|"
    r"calming|handling|dealing|reassuring|phoning|calling|ringing)|"
    r"(?:over|under)(?:stated|estimated|paid|charged|billed|shipped|ordered)\b|"
    r"told\s+(?:me|us)\s+(?:it|that|how|they|she|he)\b|(?:customers?|clients?|users?|people|they|"
    r"we)\s+can\s+now\b|"
    r"(?:go|goes|went|gone)\s+quiet|(?:nobody|no\s+one)\s+(?:knew|spoke|dared|raised|raises|"
    r"asked|asks|noticed|replied|responded|speaks|says|said|showed\s+up|turned\s+up)|"
    # Round six: an outcome told as a plain narrated fact by someone or something other than the
    # employee: "we paid £900 for the wasted load", "QA had to quarantine the batch", "a business
    # owner drove in to complain", "she has now asked to be moved", "the queue stayed above our
    # target", "the wave started without a scanner operator", "somebody could have lost an eye".
    rf"{_OUTCOME_MORE}|"
    # Round nine: third parties who went without ("the subcontractor didn't get the drawings",
    # "two students missed material", "two customers left"), a result made public ("a visitor
    # posted a photo online"), nothing sold, a worry that is growing ("it's starting to worry a
    # few families"), a near miss ("luckily she noticed"), a caller upset, and a trailing
    # participle with a cost (", spoiling £400 of dairy", ", causing £2,300 of damage").
    r"(?:students?|"
    r"customers?|clients?|guests?|patients?|families|parents|visitors?|subcontractors?|"
    r"contractors?|drivers?|callers?|residents?|users?|shoppers?|diners?|passengers?)\s+(?:then\s+)?"
    r"(?:didn['’]t\s+(?:get|receive|have)|never\s+(?:got|received)|missed|left|gave\s+up|"
    r"walked\s+away|went\s+elsewhere)|"
    r"posted\s+(?:a\s+|the\s+)?(?:photo|picture|video|review|screenshot|comment|clip|it)\b"
    r"[^.!?\n]{0,30}?\b(?:online|on\s+(?:social|twitter|facebook|instagram|tiktok|reddit))|"
    r"(?:blog|paper|newspaper|press|media|station)\s+picked\s+(?:it\s+)?up|went\s+viral|"
    r"(?:sold|booked|signed|closed)\s+(?:nothing|no\s+one|nobody|zero|not\s+a\s+single)|"
    r"(?<=s\s)(?:starting|beginning)\s+to\s+"
    r"(?:worry|affect|upset|frustrate|hurt|concern|annoy|confuse|cost|slow|wear)|"
    r"(?:luckily|fortunately|thankfully),?\s+(?:she|he|they|we|someone|the\s+\w+)\s+(?:noticed|"
    r"caught|spotted|realised|realized|stopped)|"
    r"(?:called|rang|phoned|wrote|came)\s+(?:in|back|us)\s+(?:[\w-]+\s+){0,2}?(?:upset|angry|"
    r"furious|distressed|in\s+tears|crying)|"
    r"(?<=,\s)(?:spoiling|costing|wasting|ruining|causing|damaging|delaying)\s+(?:us\s+|the\s+\w+\s+)?"
    r"(?:about\s+|around\s+|over\s+|nearly\s+)?(?:[$€£¥]\s?\d[\d,.]*|\d[\d,.]*|an?|two|three|several)"
    r")\b",
    _F,
)


# Round ten: an effect told as a bare fact, with no linking word. An outsider leaves or sends it
# back ("The client walked.", "the supplier pulled out", "three tables sent their food back",
# "their CFO spotted it", "the auditor wrote it up", "the council fined us £2,000"); we absorb the
# cost ("we ate the shipping cost", "we took the hit"); a thing reaches someone late ("the parcel
# arrived three days late"; "three invoices went out late" is the behaviour itself); others make up for it ("the team stayed until nine to redo it", "night
# shift picked up the slack") or sit idle or drop off ("drivers sat idle", "half the attendees
# dropped off").
_OUTSIDER = (
    r"(?:clients?|customers?|buyers?|suppliers?|partners?|vendors?|guests?|patients?|accounts?|"
    r"tenants?|investors?|sponsors?|distributors?|retailers?|famil(?:y|ies)|diners?|tables?|callers?|"
    r"shoppers?|contractors?|subcontractors?|agenc(?:y|ies)|schools?|council|hospitals?|insurers?|"
    r"banks?|brokers?|landlords?|carriers?|auditors?|inspectors?|regulators?|examiners?|cfo|ceo|"
    r"cto|board|press|attendees|delegates|participants|viewers|listeners|students|parents|"
    r"residents|members|visitors|users|passengers|drivers|staff|crew|team|shift|ward|kitchen|"
    r"lab|desk|branch|store|site|regulars)"
)
_LATE_THING = (
    r"(?:orders?|parcels?|deliver(?:y|ies)|shipments?|pallets?|loads?|trucks?|vans?|lorr(?:y|ies)|"
    r"samples?|results?|reports?|payroll|invoices?|quotes?|release|update|build|patch|launch|"
    r"campaign|newsletter|mailing|food|meals?|mains|prescriptions?|meds|medication|letters?|kits?|"
    r"stock|goods|boxes|crates|containers?|documents?|contracts?|paperwork|figures|statements?|"
    r"payments?|cheques?|checks?|surveys?|decks?|slides|pack|rota|schedule|refunds?|wages|"
    r"transfers?|ambulance|taxi|coach|flight|bus)"
)
_CONSEQUENCE_R10 = _compile(
    rf"\b{_OUTSIDER}\s+(?:(?:just|simply|then|eventually|promptly|immediately)\s+)?(?:walked"
    rf"(?:\s+(?:away|out|off))?(?=\s*[.!;,]|\s+(?:away|out|off|from|on))|pulled\s+(?:out|the\s+plug)|"
    rf"backed\s+out|went\s+(?:elsewhere|to\s+(?:a|another|our)\s+\w+)|took\s+(?:their|his|her|its)"
    rf"\s+business|dropped\s+us|switched\s+(?:to|suppliers|providers)|did(?:n['’]t|\s+not)\s+renew|"
    rf"sent\s+(?:it|them|(?:their|the|his|her)\s+[\w-]+(?:\s+[\w-]+)?)\s+back|returned\s+"
    rf"(?:it|them|the|their|his|her)|wrote\s+(?:it|us|you|him|her|them|the\s+\w+)\s+up|"
    rf"(?:spotted|noticed|caught|queried|questioned)\s+(?:it|that|this|the\s+(?:error|mistake|"
    rf"gap|discrepancy|typo|difference))|fined|penali[sz]ed|sued|billed\s+us|charged\s+us|"
    rf"sat\s+(?:idle|around|waiting)|stood\s+(?:idle|around)|dropped\s+off|logged\s+off|"
    rf"hung\s+up|tuned\s+out|left\s+early|gave\s+up|stayed\s+(?:late|behind|until|till|on)|"
    rf"worked\s+(?:late|through|until|till)|picked\s+up\s+the\s+slack|covered\s+for|"
    rf"asked\s+for\s+(?:the\s+(?:bill|manager)|an?\s+(?:refund|discount|manager|replacement|"
    rf"credit)|(?:their|his|her)\s+money\s+back|compensation)|(?:rang|called|phoned|emailed|wrote)\s+"
    rf"(?:in\s+)?to\s+(?:ask|complain|chase|check|cancel|query)|withheld|withdrew|refused\s+to\s+"
    rf"(?:pay|sign|accept)|stopped\s+(?:paying|ordering|using|booking))\b|"
    rf"\b(?:sat|stood)\s+idle\b|"
    rf"\b(?:rating|ratings|score|scores|sales|revenue|nps|csat|margin|margins|conversion|occupancy|"
    rf"attendance|footfall|bookings|satisfaction|uptake)\s+(?:(?:then|has|have|had)\s+)?"
    rf"(?:dropped|fell|fallen|slipped|sank|sunk|dipped|plunged|went\s+down)\s+(?:to|by|from|below)\b|"
    rf"\b(?-i:[A-Z][a-z]+)\s+(?:(?:had\s+to|then|kindly)\s+)?(?:covered\s+for\s+(?:you|him|her|them)|"
    rf"picked\s+up\s+the\s+slack|stayed\s+(?:late|behind)\s+to)\b|"
    rf"\b(?:we|company|business|store|shop|branch|practice|firm)\s+(?:(?:had\s+to|"
    rf"ended\s+up|just|simply)\s+)?(?:ate|absorbed|swallowed|covered|took|wrote\s+off)\s+"
    rf"(?:the|that|a|an|those|all\s+the)\s+(?:[\w-]+\s+){{0,2}}?(?:cost|costs|bill|loss|losses|"
    rf"fee|fees|charges?|hit|penalty|difference|shortfall|refunds?)\b|"
    rf"\b{_LATE_THING}(?:\s+[\w.£$€,-]+){{0,4}}?\s+(?:arrived|landed|reached\s+\w+|"
    rf"was\s+delivered|were\s+delivered|was\s+paid|were\s+paid|came\s+(?:back|through))\s+(?:(?:a|an|one|two|three|four|five|\d+|half\s+an?)"
    rf"\s+(?:[\w-]+\s+)?(?:minutes?|hours?|days?|weeks?)\s+)?late\b",
    _F,
)
_CONSEQUENCE_R10_GATE = _gate(
    "walked pulled backed elsewhere business dropped switched renew back returned wrote spotted",
    "noticed caught queried questioned fined penalised penalized sued billed charged idle",
    "around hung tuned early gave stayed worked slack covered ate absorbed swallowed took late",
    "logged sat stood left went asked rang called phoned emailed withheld withdrew refused",
    "stopped dropped fell fallen slipped sank sunk dipped plunged",
)


# Round eleven: outsiders who saw it or asked for someone else ("the publisher saw the crash",
# "they've asked for a different contact"), others who lost time ("the Monday pickers lost an
# hour"), work that reached an audience with an error, "which is why…", nobody knowing, others
# emailing to ask, "by then … had risen", a near miss ("one child got as far as the car park"),
# and a good effect since ("which has already cut repeat tickets by a third").
_CONSEQUENCE_R11 = _compile(
    rf"\b(?:{_OUTSIDER}|publishers?|directors?|judge|managers?|head\s+office|hq|vp|partners?|"
    rf"officers?|governors?|trustees|owners?|journalists?|reporters?|police)\s+"
    rf"(?:(?:all|both|actually|even|then|also)\s+)?(?:saw|witnessed|watched|heard)\s+(?:the|it|that|"
    rf"this|us|you|him|her|them|everything|what|every)\b|"
    rf"\b(?:asked|requested|demanded)\s+(?:for\s+|to\s+(?:work\s+with|speak\s+(?:to|with)|deal\s+"
    rf"with|be\s+moved\s+to)\s+)?(?:(?:a|an)\s+)?(?:different|new)\s+(?:contact|"
    rf"account\s+manager|rep|representative|nurse|driver|engineer|consultant|advisor|adviser|"
    rf"person|point\s+of\s+contact|supplier|agent|teacher|carer|stylist|technician|lawyer|"
    rf"solicitor|tutor|therapist|agency)|\b(?:asked|requested)\s+(?:for|to\s+(?:work|speak|deal)\s+"
    rf"with)\s+someone\s+else\b|"
    rf"\b(?:lost|wasted)\s+(?:(?:an?|another|one|two|three|four|five|half\s+an?|\d+(?:\.\d+)?|"
    rf"several|a\s+full|a\s+whole|the\s+whole|most\s+of\s+an?|over\s+an?|nearly\s+an?|about\s+"
    rf"(?:an?|\w+)|almost\s+an?)\s+)?(?:hours?|days?|mornings?|afternoons?|shifts?|evenings?|"
    rf"weeks?|minutes?|half-?days?)\b|"
    rf"\b(?:went|was\s+sent|were\s+sent|got\s+sent)\s+(?:out\s+)?to\s+(?:the\s+|our\s+|all\s+)?"
    rf"[\w-]+(?:\s+[\w-]+)?\s+with\s+(?:an?\s+|the\s+|two\s+|three\s+|\d+\s+)?(?:[£$€]?[\d,.]+k?\s+)?"
    rf"(?:[\w-]+\s+)?(?:errors?|mistakes?|typos?|holes?|gaps?|wrong|missing)\b|"
    rf"\b(?:which|that)(?:\s+is|['’]s)\s+(?:exactly\s+|precisely\s+)?why\s+(?!I\b|we\b|I['’]|we['’])|"
    rf"\b(?:nobody|no\s+one|none\s+of\s+us)\s+(?:knows|knew|could\s+(?:tell|find|see|say)|"
    rf"had\s+(?:any\s+idea|a\s+clue)|has\s+(?:any\s+idea|a\s+clue)|was\s+able\s+to)\b|"
    rf"\b(?:(?:two|three|four|five|six|several|some|many|a\s+few|\d+)\s+)?{_OUTSIDER}\s+(?:(?:have|"
    rf"had|then|all|also)\s+)?(?:emailed|rang|called|phoned|wrote|messaged|texted|came\s+(?:in|back|"
    rf"over|up))\s+(?:in\s+|back\s+|us\s+|me\s+)?(?:asking|complaining|wanting|demanding|chasing|"
    rf"querying)\b|"
    rf"\bby\s+(?:then|that\s+point|the\s+time\s+[^.!?,]{{1,40}}?)\s*,?\s*[^.!?]{{0,50}}?\bhad\s+"
    rf"(?:already\s+)?(?:risen|dropped|fallen|gone|left|spread|escalated|deteriorated|worsened|grown|"
    rf"doubled|missed|closed|complained|cancelled|canceled|walked|lost|hung\s+up|given\s+up|booked|"
    rf"signed|expired|started|climbed|jumped|spiked)\b|"
    rf"\b(?:child|toddler|kid|pupil|patient|resident|customer|guest|visitor|dog|boy|girl)\s+"
    rf"(?:got|wandered|made\s+it|walked|ran|crawled)\s+(?:all\s+the\s+way\s+)?(?:as\s+far\s+as|"
    rf"out\s+(?:to|into|of)|into\s+the\s+(?:road|car\s+park|street|kitchen))\b|"
    rf"\b(?:which|that|it|this)\s+(?:has|have|had)\s+(?:already\s+|since\s+|now\s+)?(?:cut|"
    rf"reduced|halved|lowered|raised|increased|improved|boosted|doubled|saved|freed\s+up|shortened|"
    rf"brought\s+down)\b",
    _F,
)
_CONSEQUENCE_R11_RARE = _gate(
    "saw witnessed watched heard nobody none asking complaining wanting demanding chasing",
    "querying far wandered",
)
_ASKED = _gate("asked requested demanded")
_LOST_UNITS = _gate(
    "hours hour days day mornings morning afternoons afternoon shifts shift evenings evening",
    "weeks week minutes minute half",
)
_EFFECT_VERBS = _gate(
    "cut reduced halved lowered raised increased improved boosted doubled saved freed",
    "shortened brought",
)
_NEAR_MISS = _gate("child toddler kid pupil patient resident customer guest visitor dog boy girl")


def _consequence_r11_gate(words: frozenset[str]) -> bool:
    """A word only ``_CONSEQUENCE_R11`` uses, or the pair a commoner branch needs."""
    return (
        not words.isdisjoint(_CONSEQUENCE_R11_RARE)
        or ("why" in words and ("which" in words or "that" in words))
        or (
            not words.isdisjoint(_ASKED)
            and ("new" in words or "different" in words or "someone" in words)
        )
        or (("lost" in words or "wasted" in words) and not words.isdisjoint(_LOST_UNITS))
        or (("went" in words or "sent" in words) and "with" in words)
        or ("by" in words and "had" in words)
        or (("out" in words or "into" in words) and not words.isdisjoint(_NEAR_MISS))
        or ("no" in words and "one" in words)
        or (
            ("has" in words or "have" in words or "had" in words)
            and not words.isdisjoint(_EFFECT_VERBS)
        )
    )


_PLAN_R11 = re.compile(
    r"\b(?:if|unless|otherwise|in\s+case|make\s+sure|ensure|so\s+that)\b[^.!?]*$", _F
)


# Round thirteen: a breach ("we breached the SLA"), a system down for a time, people who came on
# the wrong day, a vehicle that left late, someone upset for the rest of the shift, a near miss
# ("a water cart nearly rolled into the pit"), cover or a licence that can be pulled, and
# outsiders left doubting us ("the client asked whether we were ready").
_CONSEQUENCE_R13 = _compile(
    r"\bbreach(?:ed|ing)?\s+(?:the|our|an?|its|their)\s+(?:[\w-]+\s+)?(?:sla|contract|agreement|"
    r"target|limit|terms|covenant|licen[cs]e|code|policy)\b|"
    r"\b(?:was|were|went)\s+down\s+(?:for\s+)?(?:about\s+|nearly\s+|almost\s+|over\s+|around\s+)?"
    r"\d+\s*(?:minutes|mins|hours|hrs|days)\b|"
    r"\b(?:turned|showed)\s+up\s+(?:on|at|for|to|in)\s+the\s+wrong\s+(?:day|date|time|site|"
    r"address|place|room|clinic|branch|venue|ward)\b|\barrived\s+(?:on|at)\s+the\s+wrong\s+(?:day|"
    r"date|time|site|address|place|venue)\b|"
    r"\b(?:the|our|their)\s+(?:[\w-]+\s+)?(?:trucks?|vans?|lorr(?:y|ies)|bus|coach|flights?|"
    r"trains?|ambulance|taxi|ferry|boat|plane|convoy|crew)\s+(?:left|departed|set\s+off|"
    r"took\s+off|pulled\s+out)\b[^.!?]{0,30}?"
    r"\b(?:\d+|an?|half\s+an|two|three|four)\s*(?:minutes?|mins|hours?|hrs|days?)\s+late\b|"
    r"\b(?:she|he|they|the\s+(?:[\w-]+\s+)?(?:customer|client|patient|guest|family|resident|"
    r"parent|student|child|trainee|junior|apprentice|team|staff|caller|visitor)s?|"
    rf"{_NAME})\s+(?:was|were|felt|looked|seemed|got|ended\s+up|went\s+home)\s+(?:(?:visibly|"
    r"really|quite|very|so|clearly|pretty|badly)\s+)?(?:upset|shaken|distressed|humiliated|"
    r"embarrassed|in\s+tears|rattled|mortified|hurt|anxious)\s+(?:for\s+the\s+rest\s+of|"
    r"all\s+(?:day|afternoon|morning|shift|evening|night|week)|afterwards|after\s+that|"
    r"for\s+(?:hours|days|the\s+day|a\s+while|the\s+week)|and\s+(?:left|went\s+home|cried|"
    r"asked|complained|called|rang))|"
    r"\b(?:nearly|almost|very\s+nearly|narrowly\s+avoided)\s+(?:rolled|fell|hit|crashed|collided|"
    r"tipped|ran\s+(?:into|over)|caught\s+fire|struck|knocked|went\s+(?:over|into|off)|"
    r"reversed\s+into|slipped)\b(?!\s+(?:the|our|your|his|her|its)\s+(?:[\w-]+\s+)?(?:target|goal|record|"
    r"quota|numbers?)\b)|"
    r"\b(?:can|could|will|may|might|would)\s+(?:\w+\s+)?(?:suspend|cancel|void|withdraw|revoke|"
    r"pull|terminate)\s+(?:our|the|your|its)\s+(?:[\w-]+\s+)?(?:cover|insurance|licen[cs]e|"
    r"accreditation|contract|certification|registration|permit|funding|rating)\b|"
    r"\b(?:asked|wanted\s+to\s+know|queried|questioned)\s+(?:whether|if)\s+we\s+(?:were|had|are|"
    r"have)\s+(?:(?:even|actually|really)\s+)?(?:ready|prepared|on\s+track|organised|organized|"
    r"competent|serious)\b",
    _F,
)
_R13_ALONE = _gate("breach breached breaching nearly almost narrowly")
_R13_ALONE |= _gate("upset shaken distressed humiliated embarrassed tears rattled mortified")
_R13_SPANS = _gate("minutes mins hours hrs days")
_R13_CAME = _gate("turned showed arrived")
_R13_LEFT = _gate("left departed set took pulled")
_R13_FEEL = _gate("hurt anxious")
_R13_AFTER = _gate("rest all afterwards after hours days while week day left cried complained")
_R13_PULL = _gate("suspend cancel void withdraw revoke pull terminate")
_R13_COVER = _gate(
    "cover insurance licence license accreditation contract certification registration permit",
    "funding rating",
)


_C13_ANY = _R13_ALONE | _R13_FEEL | _R13_PULL | {"down", "wrong", "late", "whether"}


def _consequence_r13_gate(words: frozenset[str]) -> bool:
    """The words each branch of ``_CONSEQUENCE_R13`` cannot match without."""
    return (
        not words.isdisjoint(_R13_ALONE)
        or ("down" in words and not words.isdisjoint(_R13_SPANS))
        or ("wrong" in words and not words.isdisjoint(_R13_CAME))
        or ("late" in words and not words.isdisjoint(_R13_LEFT))
        or (not words.isdisjoint(_R13_FEEL) and not words.isdisjoint(_R13_AFTER))
        or ("whether" in words and "we" in words)
        or (not words.isdisjoint(_R13_PULL) and not words.isdisjoint(_R13_COVER))
    )


# Round fourteen: an outsider who came in or rang distressed ("the client came into the centre the
# following week not knowing the outcome and quite distressed"), who asked whether all was well
# ("the client asked afterwards whether everything was OK in the team"), a rating marked down
# ("head office rated the branch non-compliant", "the regional manager marked the branch down"),
# work stopped for a time ("the section was stopped for three hours"), people left waiting after
# a fault ("6 cabins weren't ready and guests waited in the atrium"), someone hurt ("one guest
# needed first aid") or served wrongly ("two tables got the wrong meals"). Each branch is a
# pattern of its own behind its own words (one pattern of them all cost 60 µs a comment).
_PARTY14 = (
    r"(?:client|customer|patient|guest|tenant|resident|parent|family|relative|caller|visitor|"
    r"member|pupil|student|child|son|daughter|mother|father|wife|husband|owner|buyer|passenger|"
    r"diner|shopper|applicant|claimant)s?"
)
_UNIT14 = (
    r"(?:branch|store|shop|site|team|ward|unit|department|school|practice|office|depot|"
    r"restaurant|hotel|kitchen|plant|warehouse|centre|center|clinic|surgery|pharmacy|account)"
)
_C14_DISTRESSED = _rare(
    rf"\b(?:the|a|an|two|three|\d+|our|their|his|her|one)\s+(?:[\w-]+\s+)?{_PARTY14}\s+"
    r"(?:then\s+|later\s+|eventually\s+|even\s+)?(?:came|arrived|turned\s+up|showed\s+up|rang|"
    r"called|phoned|walked|was\s+left|were\s+left|went\s+home|ended\s+up)\b[^.!?]{0,70}?"
    r"\b(?:(?:quite|very|really|visibly|clearly|extremely|so|pretty|understandably|deeply)\s+)?"
    r"(?:distressed|upset|in\s+tears|tearful|shaken|frightened|scared|panicking|furious|"
    r"beside\s+(?:herself|himself|themselves))\b",
    _F,
)
_C14_ASKED = _rare(
    rf"\b(?:the|a|an|their|our)\s+(?:[\w-]+\s+)?(?:{_PARTY14}|product\s+owner|sponsor|board|"
    r"director|ceo|cfo|partner|auditors?|inspectors?|regulator)\s+(?:then\s+|later\s+|even\s+)?"
    r"(?:asked|wanted\s+to\s+know|queried|wondered)\s+(?:me\s+|us\s+)?(?:afterwards\s+|later\s+|"
    r"privately\s+)?(?:whether|if)\s+(?:everything|all|things|the\s+team|we|you)\s+(?:was|were|"
    r"is|are)\s+(?:ok|okay|alright|all\s+right|fine|going\s+well|under\s+control)\b",
    _F,
)
_C14_RATED_DOWN = _rare(
    r"\b(?:(?:rated|marked|graded|scored|classed)\s+(?:us|it|the\s+(?:[\w-]+\s+)?"
    rf"{_UNIT14}|our\s+(?:[\w-]+\s+)?{_UNIT14})\s+(?:as\s+)?(?:down|non-?compliant|red|amber|"
    r"inadequate|unsatisfactory|failing|requires\s+improvement|below\s+standard|high[\s-]risk|"
    r"(?:a\s+)?fail)|downgraded\s+(?:us|the\s+(?:[\w-]+\s+)?"
    rf"{_UNIT14}|our\s+(?:[\w-]+\s+)?{_UNIT14}))\b",
    _F,
)
_C14_STOPPED = _rare(
    r"\b(?:line|section|site|production|work|works|plant|ward|kitchen|store|shop|lift|conveyor|"
    r"belt|machine|press|floor|bay|theatre|lab|pool|counter|tills?|pour|job|operation|road|"
    r"lane|runway|gate)\s+(?:was|were|got|had\s+to\s+be)\s+(?:(?:then|also|all)\s+)?"
    r"(?:stopped|shut|closed|halted|suspended|evacuated|stood\s+down|taken\s+out\s+of\s+service)"
    r"\s+for\s+(?:about\s+|around\s+|over\s+|nearly\s+|almost\s+|more\s+than\s+)?(?:(?:an?|\d+|"
    r"two|three|four|five|six|several|half\s+an?)\s+(?:[\w-]+\s+)?(?:minutes?|hours?|days?|weeks?|"
    r"shifts?|morning|afternoon|evening|night)|the\s+(?:rest|whole))\b",
    _F,
)
# "… and guests waited in the atrium": read where the waiting is, then look back in its sentence
# for the fault ("weren't ready", "late", "without").
_C14_WAITED = _rare(
    r"\b(?:and|so|while)\s+(?:the\s+|our\s+|\d+\s+|two\s+|three\s+|some\s+|several\s+|a\s+few\s+)?"
    r"(?:[\w-]+\s+)?(?:guests|customers|clients|patients|passengers|visitors|residents|families|"
    r"parents|pupils|students|diners|members|drivers|crews?|tenants|shoppers|callers|delegates|"
    r"attendees)\s+(?:were\s+left\s+|had\s+to\s+|all\s+)?(?:wait(?:ed)?|queu(?:e|ed)|stood|sat)\b",
    _F,
)
_C14_FAULT = re.compile(
    r"(?:weren['’]t|wasn['’]t|hadn['’]t|\bnot|\blate|\bmissing|\bwithout)\b", _F
)
_C14_HURT_RX = _rare(
    rf"\b{_PARTY14}\s+(?:then\s+|later\s+)?(?:needed|required|was\s+given|had\s+to\s+(?:have|go\s+to)|"
    r"went\s+to|ended\s+up\s+in)\s+(?:first\s+aid|medical\s+(?:attention|treatment|help)|treatment|"
    r"an\s+ambulance|stitches|(?:the\s+)?hospital|a&e|an\s+epi-?pen|oxygen)\b",
    _F,
)
_C14_WRONG = _rare(
    rf"\b(?:{_PARTY14}|tables)\s+(?:got|received|were\s+(?:given|served|sent|charged))\s+the\s+"
    r"wrong\s+[\w-]+",
    _F,
)
_C14_FEEL = _gate(
    "distressed upset tears tearful shaken frightened scared panicking furious beside"
)
_C14_ARRIVE = _gate("came arrived turned showed rang called phoned walked left went ended")
_C14_ASK = _gate("asked know queried wondered")
_C14_OK = _gate("ok okay alright right fine well control")
_C14_RATED = _gate("rated marked graded scored classed downgraded")
_C14_LOW = _gate(
    "down non noncompliant compliant red amber inadequate unsatisfactory failing improvement",
    "standard risk fail",
)
_C14_STOP = _gate("stopped shut closed halted suspended evacuated stood taken")
_C14_SPAN = _gate("minute minutes hour hours day days week weeks shift shifts morning afternoon")
_C14_SPAN |= _gate("evening night rest whole")
_C14_WAIT = _gate("wait waited queue queued stood sat")
_C14_CROWD = _gate(
    "guests customers clients patients passengers visitors residents families parents pupils",
    "students diners members drivers crew crews tenants shoppers callers delegates attendees",
)
_C14_HURT = _gate("aid medical treatment ambulance stitches hospital epipen epi oxygen")
_C14_HURT_VERB = _gate("needed required given have went ended")
_C14_SERVED = _gate("got received given served sent charged")
_C14_ANY = _C14_FEEL | _C14_RATED | _C14_STOP | _C14_WAIT | _C14_HURT | {"whether", "if", "wrong"}


def _consequence_r14(text: str, words: frozenset[str]) -> bool:
    """Round fourteen's effects, each branch behind the words it cannot match without."""
    branches = []
    if not words.isdisjoint(_C14_FEEL) and not words.isdisjoint(_C14_ARRIVE):
        branches.append(_C14_DISTRESSED)
    if (
        ("whether" in words or "if" in words)
        and not words.isdisjoint(_C14_ASK)
        and not words.isdisjoint(_C14_OK)
    ):
        branches.append(_C14_ASKED)
    if not words.isdisjoint(_C14_RATED) and (
        "downgraded" in words or not words.isdisjoint(_C14_LOW)
    ):
        branches.append(_C14_RATED_DOWN)
    if not words.isdisjoint(_C14_STOP) and "for" in words and not words.isdisjoint(_C14_SPAN):
        branches.append(_C14_STOPPED)
    if not words.isdisjoint(_C14_HURT) and not words.isdisjoint(_C14_HURT_VERB):
        branches.append(_C14_HURT_RX)
    if "wrong" in words and not words.isdisjoint(_C14_SERVED):
        branches.append(_C14_WRONG)
    for rx in branches:
        for m in rx.finditer(text):
            if not text.startswith("?", _sentence_end(text, m.end())) and not _PLAN_BEFORE.search(
                text, max(0, m.start() - 30), m.start()
            ):
                return True
    if not words.isdisjoint(_C14_WAIT) and not words.isdisjoint(_C14_CROWD):
        for m in _C14_WAITED.finditer(text):
            start = _sentence_start(text, m.start())
            if _C14_FAULT.search(text, start, m.start()):
                return True
    return False


def _has_consequence_r19(text: str) -> bool:
    """A CONSEQUENCE match outside a question: "Was something going on that made it hard?" and
    "Was there a reason it got missed?" ask about the behaviour; they report no effect."""
    for m in CONSEQUENCE.finditer(text):
        if not text.startswith("?", _sentence_end(text, m.end())):
            return True
    if _consequence_r11_gate(_words(text)):
        for m in _CONSEQUENCE_R11.finditer(text):
            if not text.startswith("?", _sentence_end(text, m.end())) and not _PLAN_R11.search(
                _sentence_around(text, m.start(), m.start())[
                    : m.start() - max(text.rfind(ch, 0, m.start()) for ch in ".!?\n。！？") - 1
                ]
            ):
                return True
    if not _r13_words(text).isdisjoint(_C13_ANY) and _consequence_r13_gate(_words(text)):
        for m in _CONSEQUENCE_R13.finditer(text):
            if not text.startswith("?", _sentence_end(text, m.end())):
                return True
    if not _words(text).isdisjoint(_CONSEQUENCE_R10_GATE):
        for m in _CONSEQUENCE_R10.finditer(text):
            if not text.startswith("?", _sentence_end(text, m.end())) and not _PLAN_BEFORE.search(
                text, max(0, m.start() - 30), m.start()
            ):
                return True
    if not _r14_words(text).isdisjoint(_C14_ANY) and _consequence_r14(text, _words(text)):
        return True
    return _consequence_r16(text, _words(text))


# Round sixteen: others keep chasing because of it ("the drivers keep calling the office to ask
# which gate to use"), others end up doing it for the person ("the young ones end up doing it for
# him"), and work left on hold ("…, so report cards for 31 students are on hold").
_C16_CHASING = _rare(
    r"\b(?:the|our|their|two|three|several|some|many|other)\s+(?:[\w-]+\s+)?(?:[a-z-]+[^s\W]s|"
    r"staff|people|crew|team|office|desk)\s+(?:keep|kept|have\s+been|had\s+been|were|are|ended\s+"
    r"up|started)\s+(?:calling|ringing|phoning|emailing|messaging|chasing|coming\s+back|"
    r"asking|queuing|complaining)\b(?![^.!?\n]{0,40}\b(?:thank|thanks|more\s+of|praise|compliment))",
    _F,
)
_C16_FOR_THEM = _rare(
    r"\b(?:end(?:s|ed)?\s+up|ha(?:ve|d|s)\s+(?:had\s+)?to|keep|kept|are\s+left)\s+(?:doing|finishing|"
    r"covering|redoing|re-doing|fixing|sorting|correcting|checking|picking\s+up|chasing)\s+"
    r"(?:it|them|that|this|the\s+[\w-]+|his|her|their)(?:\s+[\w-]+)?\s+for\s+(?:him|her|you|them)\b",
    _F,
)
_C16_ON_HOLD = _rare(
    r"\bso\s+(?!(?:we|I)\b)[^.!?\n]{2,60}?\b(?:is|are|was|were|has\s+been|have\s+been|sit|sat|"
    r"remain|remained)\s+(?:now\s+|still\s+)?(?:on\s+hold|held\s+up|in\s+limbo|stuck|blocked)\b",
    _F,
)
_C16_CHASE_WORDS = _gate(
    "calling ringing phoning emailing messaging chasing coming asking queuing complaining"
)
_C16_FOR_WORDS = _gate("him her you them")
_C16_DOING_WORDS = _gate(
    "doing finishing covering redoing re fixing sorting correcting checking picking chasing"
)
_C16_HOLD_WORDS = _gate("hold held limbo stuck blocked")


def _consequence_r16(text: str, words: frozenset[str]) -> bool:
    """Round sixteen's outcomes, each behind the words it cannot match without."""
    rules: list[re.Pattern[str]] = []
    if not words.isdisjoint(_C16_CHASE_WORDS):
        rules.append(_C16_CHASING)
    if (
        "for" in words
        and not words.isdisjoint(_C16_FOR_WORDS)
        and not words.isdisjoint(_C16_DOING_WORDS)
    ):
        rules.append(_C16_FOR_THEM)
    if "so" in words and not words.isdisjoint(_C16_HOLD_WORDS):
        rules.append(_C16_ON_HOLD)
    for rx in rules:
        for m in rx.finditer(text):
            if not text.startswith("?", _sentence_end(text, m.end())):
                return True
    return False


# "If the client walks / please make sure the order doesn't go out late": not a reported effect.
_PLAN_BEFORE = re.compile(
    r"\b(?:if|unless|when|whenever|otherwise|before|in\s+case|or)\b[^.!?]*$", _F
)


SOLICIT = _compile(
    r"\b(?:what\s+do\s+you\s+think|how\s+do\s+you\s+see|how\s+did\s+you\s+see|how\s+do\s+you\s+feel|"
    r"how\s+did\s+you\s+feel|what['’]?s\s+your\s+(?:view|take|perspective|read|opinion)|"
    r"what\s+is\s+your\s+(?:view|take|perspective|opinion)|your\s+(?:thoughts|view|perspective|"
    r"side\s+of|opinion|input|ideas)|i['’]?d\s+(?:like|love)\s+to\s+(?:hear|understand|know)|"
    r"i\s+want\s+to\s+(?:hear|understand)|help\s+me\s+understand|tell\s+me\s+(?:more|how|what|"
    r"about|why)|walk\s+me\s+through|what\s+would\s+help|what\s+can\s+i\s+do|what\s+support|"
    r"how\s+can\s+i\s+help|do\s+you\s+agree|is\s+there\s+anything|what\s+got\s+in\s+the\s+way|"
    r"from\s+your\s+(?:side|perspective|point\s+of\s+view)|what\s+happened\s+from|"
    r"was\s+there\s+(?:a\s+reason|something|anything)|is\s+there\s+(?:a\s+reason|something)|"
    r"(?:was|is|has)\s+(?:something|anything)\s+(?:going\s+on|getting|making|been|stopping|"
    r"happening|different|changed)|did\s+(?:something|anything)\s+(?:get|happen|come|change|"
    r"make|stop)|"
    r"how\s+would\s+you|what\s+would\s+you|(?:how|what)\s+(?:can|could|should|do)\s+we|what\s+do\s+you\s+need|let['’]?s\s+talk\s+about\s+"
    r"how\s+you|i['’]m\s+curious\s+(?:what|how|about)|interested\s+in\s+your|"
    r"any\s+(?:ideas|thoughts|suggestions|views|tips)(?=[^.!?\n]*\?)|"
    # round thirteen: "Kindly share what is stopping the updates?"
    r"(?:kindly|please)\s+(?:share|explain|tell\s+me)\s+(?:with\s+me\s+)?(?:what|why|how)\s+"
    r"(?:is|was|are|were|went|happened|made|makes|stops|stopped|got|gets|caused|causes|kept|keeps)"
    r"(?=[^.!?\n]*\?))\b",
    _F,
)
RHETORICAL = _compile(
    r"\b(?:why\s+can['’]?t\s+you|why\s+do\s+you\s+(?:always|never|keep)|why\s+don['’]t\s+you\s+ever|"
    r"what['’]?s\s+wrong\s+with|what\s+is\s+wrong\s+with|are\s+you\s+(?:stupid|kidding|serious|"
    r"blind|deaf|crazy|an\s+idiot|even)|how\s+many\s+times|how\s+hard\s+can|do\s+you\s+even|"
    r"who\s+do\s+you\s+think|can['’]?t\s+you\s+(?:just|ever)|what\s+were\s+you\s+thinking|"
    r"do\s+i\s+have\s+to|is\s+that\s+so\s+hard|is\s+it\s+too\s+much|"
    r"why\s+(?:are|is|were)\s+you\s+(?:always|never|so)|who\s+(?:asked|cares)|"
    r"why\s+(?:can|do|does|did|would|will|must)\s+(?:you|he|she|they)\s+(?:never|always|"
    r"constantly|keep|not\s+just)|what\s+(?:kind|sort|type)\s+of\s+(?:an?\s+)?(?:idiot|moron|"
    r"fool|clown|amateur|person|imbecile|muppet|numpty|halfwit|cretin|dimwit|loser|nutter|"
    r"professional|manager|nurse|teacher|engineer|supervisor|lead|driver|chef|worker)|"
    r"do\s+i\s+(?:really\s+)?need\s+to|are\s+you\s+(?:really|actually|seriously)\s+"
    r"(?:this|that|so)|"
    # round thirteen: "Maybe ask yourself whether…?", "Is there a single call you've joined on
    # time?", "Why is it that you always…?", "Is he even trying?"
    r"ask\s+yourself|(?:is|was|has)\s+there\s+(?:ever\s+)?(?:been\s+)?(?:a\s+single|"
    r"one\s+single|even\s+one)|why\s+is\s+it\s+(?:that\s+)?(?:you|he|she|they)\b|"
    r"(?:is|are|was|were|do|does|did|can|has|have)\s+(?:you|he|she|they)\s+even\b|"
    # Round eleven: a tag after a statement ("You're just not careful, are you?") asks nothing
    r",\s*(?:are|aren['’]t|is|isn['’]t|do|don['’]t|does|doesn['’]t|did|didn['’]t|"
    r"were|weren['’]t|was|wasn['’]t|have|haven['’]t|has|hasn['’]t|can|can['’]t|will|won['’]t)"
    r"\s+(?:you|he|she|they|it|we)\s*\?)",
    _F,
)
# "Could you confirm dates before closing chats?" asks for an action, not for the person's view.
REQUEST = _compile(
    r"^\W*(?:so|and|also|then|please)?,?\s*(?:could|can|would|will)\s+you\s+(?:please\s+|kindly\s+|"
    r"just\s+|also\s+|now\s+)?(?:confirm|make\s+sure|ensure|send|check|double-check|remember|"
    r"update|add|fix|stop|start|finish|submit|get|put|move|book|file|chart|clean|copy|cc|include|"
    r"follow|use|try\s+to|resend|re-?run|sign|log|record|label|attach|forward|print|call|ring|"
    r"email|reply|respond|turn|switch|keep|bring|hand|drop|pick|set\s+up|sort|tidy|come\s+in|"
    r"be\s+(?:on\s+time|there|ready)|arrive|lock|close|open|review\s+and)\b",
    _F,
)
QUESTION = _compile(r"\?\s*[\"”')]*\s*$")
# A wh-question about what happened asks for the employee's account even without "you":
# "How did the old price list end up in the template?"
WH_QUESTION = _compile(
    r"^\W*(?:(?:so|and|honestly|ok|okay),?\s+)?(?:how|what|why|where|which|when|who)\b", _F
)
YOU = _compile(r"\b(?:you|your|u|we|us|our)\b", _F)
POSITIVE_OUTCOME = _compile(
    # Round nine: a benefit for the person or the team ("you'll have more time for the tricky
    # calls", "you'll stay compliant", "the crews won't lose a single hour", "we keep that growth
    # going", "should bring that down")
    r"\b(?:you['’]ll\s+(?:have\s+(?:more|a\s+(?:calmer|smoother|easier|quieter))|stay\s+(?:compliant|"
    r"safe|ahead|on\s+top|legal)|feel\s+(?:more|less|better))|won['’]t\s+lose\s+(?:a\s+single|any|"
    r"another)|(?:we|you)\s+keep\s+(?:that|this|the|your|our)\s+(?:[\w%-]+\s+){0,2}?(?:growth|"
    r"momentum|streak|record|run)\s+going|bring\s+(?:that|it|this|them)\s+(?:down|back)|"
    r"so\s+that\s+(?:you|we|the\s+team|your|it|our|everyone|customers|clients|guests|"
    r"patients|residents|students|visitors|users|callers|parents|families|staff)|"
    r"so\s+you\s+(?:can|will|could)|"
    # Round seven: a good result no longer needed ("customers won't need to come back")
    r"(?:won['’]t|will\s+not|no\s+longer)\s+(?:need|have)\s+to\s+(?:come\s+back|call\s+(?:back|"
    r"again|in)|chase|wait|repeat|redo|re-?open|ring\s+back|ask\s+again)|"
    r"so\s+you['’]ll|next\s+(?:step|level|role)|"
    r"(?:this|that|it)\s+(?:will|would|should)\s+(?:help|let|allow|make|give|put|set|free|"
    r"strengthen|build|open|raise|improve|mean|save|show)|(?:this|that|it)['’]ll\s+(?:help|let|"
    r"make|give|put|set)|you['’]ll\s+be\s+able|will\s+be\s+able\s+to|"
    r"set\s+you\s+up|ready\s+for\s+(?:promotion|the\s+next|a\s+bigger|"
    r"more)|help\s+you\s+(?:grow|get|reach|become|move|build|land|lead|step)|that\s+way\s*,|"
    r"on\s+track\s+(?:for|to)|make\s+(?:a|the)\s+(?:big\s+|real\s+)?difference|"
    r"look(?:ing)?\s+forward\s+to|promotion|your\s+growth|grow\s+into|career\s+(?:goal|step|"
    r"growth|path)|stretch\s+assignment|"
    r"i(?:['’]?d|\s+would)\s+(?:really\s+|also\s+|much\s+)?(?:like|love)\s+(?:to\s+see\s+you|"
    r"(?:for\s+)?(?:you|us)\s+to)|i\s+(?:really\s+|do\s+)?hope\s+(?:you|to\s+see\s+you)|my\s+hope\s+is|"
    r"so\s+(?:the|your|our)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:can|could|will)|"
    r"so\s+(?:that\s+)?(?:[\w-]+\s+){1,3}?(?:get|gets|see|sees|understand|understands|stay|stays)\s+"
    r"(?:the|a|it|what|how|on|up|ahead|informed|aligned)\b|"
    r"(?:we['’]ll|we\s+will|let['’]s)\b[^.!?]{0,40}\b(?:together|next\s+year|goals?)|"
    r"will\s+(?:improve|increase|reduce|boost|raise|strengthen|"
    r"make|help|lead|put|give)|can\s+become|could\s+become|would\s+make\s+a\s+(?:big|real)|"
    # a described benefit: "doing that will keep medication errors out", "would protect the
    # students' results", "will let us hit the launch date", "we can cut repeat visits"
    r"(?:will|would|should|['’]ll)\s+(?:also\s+|really\s+|certainly\s+)?(?:keep\s+(?!happening|"
    r"coming|going\s+wrong|slipping)|protect|prevent|avoid|save|spare|free\s+up|let\s+(?:us|you|"
    r"the|them|everyone|your|our)|allow|enable|cut|reduce|lower|shorten|speed\s+up|bring\s+"
    r"(?:down|back)|secure|guarantee|ensure|win|earn|build|stop|lift|boost|raise|improve|increase|"
    r"grow)\b|"
    r"(?:we|you|they|the\s+team)\s+(?:can|could)\s+(?:then\s+|easily\s+|finally\s+)?(?:cut|reduce|"
    r"save|avoid|prevent|speed\s+up|shorten|lower|free\s+up|halve|double|protect)\b|"
    r"(?:will|should|would|can|['’]ll)\s+(?:(?!know\b|have\b|be\s+late\b)[\w-]+\s+){0,3}?"
    r"(?:land|arrive|finish|ship|close|go\s+out|run|be\s+ready|be\s+done)\s+(?:on\s+(?:time|"
    r"schedule|the\s+first|the\s+day)|first\s+time|early|ahead)|"
    # a better future state: "releases will be faster and safer", "can finish on time"
    r"(?:will|['’]ll|should)\s+(?:(?!know\b|have\b|be\s+late\b)[\w-]+\s+){0,4}?on\s+(?:time|"
    r"schedule)|"
    r"(?:will|should|would|can|could|['’]ll)\s+(?!have\b)(?:(?!know\b|have\b)\w+\s+){0,2}?"
    r"(?:faster|safer|easier|better|"
    r"smoother|smoothly|cleaner|clean|on\s+time|on\s+schedule|quicker|sooner|match|add\s+up)"
    r"(?!\s+than\b)|"
    r"(?:you|we)\s+can\s+make\s+(?:this|these|it|them|the\s+[\w-]+)[^.!?]{0,30}?\b(?:more|better|"
    r"stronger|a\s+strong|a\s+great|great|work)|(?:doesn['’]t|won['’]t)\s+happen\s+again|"
    # "Once that's sorted, the night shift can start straight away": a condition, then a result
    # Round seven: a present-tense better result under a condition ("If we catch it at the
    # counter, residents get their permits faster")
    r"(?:once|if|when)\s+[^.!?,]{2,50},\s*(?!you\b|i\b|there\b)[^.!?]{0,50}?\b(?:faster|"
    r"sooner|quicker|more\s+smoothly|fewer\s+[\w-]+|(?:go|goes|get|gets)\s+home\s+safe(?:ly)?|"
    r"stays?\s+(?:confident|safe|happy|informed|on\s+track))(?!\s+than\b)|"
    # (not when the fault is what goes on: "If this continues, we will …" warns)
    r"(?:once|if|when|(?:(?<=[.!?]\s)|^)with)\s+(?!(?:this|it|that)\s+(?:continues|happens\s+again|"
    r"carries\s+on|keeps\s+(?:on|happening)|persists)\b)[^.!?,]{2,50},\s*(?!you\b|i\b|there\b)"
    r"[\w'’-]+\b"
    r"[^.!?]{0,40}?(?:\b(?:can|will|should|would)|['’]ll)\s+(?!need\b|have\s+to\b|have\s+been\b|"
    r"have\s+had\b|be\s+(?:late|fined|charged|escalated|reported|written|disciplined|"
    r"dismissed|removed|suspended|taken\s+off|moved\s+off|closed|lost)\b|lose\b|miss\b|fail\b|"
    r"escalate\b|report\b|take\s+(?:it|this|formal|further|action|disciplinary|steps|measures)\b|"
    r"issue\b|start\s+(?:a|the\s+"
    r"formal|formal|disciplinary)\b|go\s+(?:on|to\s+hr)\b|cost\b|complain\b|suffer\b|"
    r"struggle\b|stop\s+(?:using|trusting|coming|buying|booking)\b|walk\b|leave\b|quit\b|"
    r"get\s+(?:hurt|worse|fined|sued)\b|not\b|never\b)|"
    # a good practice that "means" a good result: "Keeping the exits clear means everyone gets
    # home safe" (not "Not signing it means…", nor "Being late means…")
    r"(?<!not\s)(?<!n['’]t\s)(?:keeping|checking|double-checking|following|updating|getting|"
    r"signing|logging|labell?ing|clearing|planning|booking|sending|sharing|flagging|confirming|"
    r"counting|locking|tagging|cleaning|wiping|recording|writing|filling|handing|briefing|"
    r"arriving|starting|finishing|reading|testing|wearing|securing|storing)\b[^.!?]{0,50}?"
    r"\bmeans\s+(?:that\s+)?(?:everyone|everybody|we|you|the|our|your|customers|guests|"
    r"patients|nobody|no\s+one|people|staff)\b(?![^.!?]{0,40}\b(?:won['’]t|can['’]t|"
    r"doesn['’]t|don['’]t|lose|miss|wait|fail|late)\b)|"
    r"(?:is|are)\s+(?:likely|set|on\s+course)\s+to\s+(?:win|hit|beat|land|get|reach|finish|close))\b",
    _F,
)
# A time to come ("next time", "going forward") is an outcome only when its sentence says what
# will get better ("next quarter, the new analyst can take over"), not when it states a rule
# ("Going forward, two approvals are required").
_FUTURE_TIME = _compile(
    r"\b(?:next\s+(?:time|quarter|sprint|cycle|year|review|release|round|project|one|launch|phase)|"
    r"going\s+forward|in\s+the\s+future|from\s+now\s+on)\b",
    _F,
)
_FUTURE_RESULT = _compile(
    r"\b(?:will|would|can|could|['’]ll|be\s+able)\b(?!\s+(?:need|have)\s+to)",
    _F,
)
_OBLIGATION = _compile(
    r"\b(?:must|required|requires?|need\s+to|needs\s+to|have\s+to|has\s+to|please|make\s+sure|"
    r"mandatory|not\s+allowed|no\s+longer\s+allowed|"
    # round fourteen: "Objectives for next year to be agreed at the review" plans; it promises none
    r"to\s+be\s+(?:agreed|set|confirmed|decided|finali[sz]ed))\b",
    _F,
)


# Round sixteen: a date set for targets ("Targets for next year will be set at the mid-year
# check-in") plans, and "I expect an improvement by the next review" demands; neither promises.
_PLAN_OR_DEMAND = re.compile(
    r"\bwill\s+be\s+(?:agreed|set|confirmed|decided|finali[sz]ed)\b|\bexpect\s+(?:to\s+see\s+)?"
    r"(?:an?\s+|some\s+|real\s+|immediate\s+|significant\s+|clear\s+)*(?:improvement|"
    r"turnaround)\b",
    _F,
)
# "next time" alone is an outcome unless its sentence is a rule ("Please follow it next time").
_NEXT_TIME = _compile(
    r"\bnext\s+(?:time|quarter|sprint|cycle|year|review|release|round)\b",
    _F,
)


# Round ten: a benefit with no "so that" ("doing it this way means fewer call-backs", "that means
# less rework for nights") and an imperative that promises a result ("Keep that up and the
# inspection will be easy", "Try the checklist and you'll save an hour"), not a threat.
_OUTCOME_R10 = _compile(
    r"\b(?:will|['’]ll|should|would)\s+(?:(?:also|easily|probably|roughly)\s+)?(?:halve|shave|trim|"
    r"shorten|ease|simplify)\b|"
    r"\b(?:won['’]t|will\s+not)\s+(?:have|need)\s+to\s+(?!be\b)[a-z]+|"
    r"\b(?:puts?|sets?)\s+(?:you|us|the\s+team|yourself|your\s+team)\s+(?:in\s+line\s+for|up\s+for|"
    r"in\s+(?:a\s+)?(?:strong|good|great|better|stronger)\s+position)|\bopens?\s+(?:the\s+|new\s+)?"
    r"doors?\s+(?:to|for)\b|"
    r"\bmeans\s+(?:(?:far|much|a\s+lot)\s+)?(?:fewer|less|no\s+more)\s+(?!revenue|profit|money|time\b|"
    r"sales|income|budget|pay|cover|staff|help|support|room|space|choice)[\w-]+|"
    r"(?:^|(?<=[.!?\n])\s*|(?<=[,;—–]\s))(?:keep|do|try|stick\s+with|carry\s+on|use|follow)\b[^.!?]{0,60}?"
    r"\band\s+(?:you|we|the|your|it|that|everyone|this|our)\b[^.!?]{0,40}?\b(?:will|['’]ll)\b"
    r"(?![^.!?]{0,40}\b(?:out|fired|sacked|gone|lose|regret|trouble|warning|disciplin\w*|"
    r"pay\s+for|answer\s+to|hear\s+about)\b)",
    _F,
)
_OUTCOME_R10_VERBS = _gate("halve shave trim shorten ease simplify")
_OUTCOME_R10_IMPERATIVE = _gate("keep do try stick carry use follow")


def _outcome_r10_gate(words: frozenset[str]) -> bool:
    """Each branch of ``_OUTCOME_R10`` needs its own pair of words."""
    return (
        not words.isdisjoint(_OUTCOME_R10_VERBS)
        or ("won" in words and ("have" in words or "need" in words))
        or ("means" in words and not words.isdisjoint({"fewer", "less", "no"}))
        or (
            not words.isdisjoint({"put", "puts", "set", "sets"})
            and not words.isdisjoint({"line", "up", "position"})
        )
        or (not words.isdisjoint({"open", "opens"}) and not words.isdisjoint({"door", "doors"}))
        or (
            "and" in words
            and not words.isdisjoint({"will", "ll"})
            and not words.isdisjoint(_OUTCOME_R10_IMPERATIVE)
        )
    )


# Round eleven: a result kept on track or within a limit ("we'll stay inside SLA and keep the
# renewal on track"), "With complete entries your results can go straight into…", "so other
# faculties can…", any imperative then "and you'll…" ("Nail the checklist and you'll be first
# pick"), "should put us back above 4.5", "could get you under 8 minutes", "we'd be able to".
_OUTCOME_R11 = _compile(
    r"\b(?:will|['’]ll|would|['’]d|should|can|could)\s+(?:(?!not\b|never\b)[\w'’-]+\s+){0,4}?"
    r"on\s+track\b|"
    r"\b(?:will|['’]ll|would|['’]d|should)\s+(?:stay|keep\s+(?:us|you|it|them|the\s+team))\s+"
    r"(?:inside|within|under|below|ahead)\b|"
    r"(?:^|(?<=[.!?]\s))with\s+(?:complete|accurate|correct|clean|better|tidy|full|proper|consistent|"
    r"regular|clear|up-to-date|timely|signed|finished|checked)\s+[\w-]+(?:\s+[\w-]+)?\s*,?\s+"
    r"(?:your|the|our|we|you|they)\b[^.!?]{0,40}?\b(?:can|will|could|should|['’]ll)\s+"
    r"(?!need\b|have\s+to\b|be\s+late\b|not\b)|"
    r"\bso\s+(?:other|all|more|every|each|both|future|new|the\s+other)\s+[\w-]+(?:\s+[\w-]+)?\s+"
    r"(?:can|could|will)\b(?!['’]t|\s+not)|"
    r"(?:^|(?<=[.!?]\s))(?:nail|get|tighten|fix|sort|hit|take|add|check|scan|book|log|plan|start|"
    r"finish|send|label|double-check|practi[sc]e|build|put|write|set\s+up|share|tidy|clear|"
    r"update|learn|master|run|close|lock|clean|wipe|sign|count|wear|ring|confirm|prep|prepare|"
    r"review|slow\s+down|speed\s+up|double|tick|switch|turn)\b[^.!?]{0,60}?\band\s+(?:you|we|the|"
    r"your|it|that|everyone|this|our)"
    r"\b[^.!?]{0,40}?\b(?:will|['’]ll)\b(?![^.!?]{0,40}\b(?:out|fired|sacked|gone|lose|regret|"
    r"trouble|warning|disciplin\w*|pay\s+for|answer\s+to|hear\s+about)\b)|"
    r"\b(?:will|would|should|could|can|['’]ll)\s+(?:get|put|bring|take)\s+(?:us|you|the\s+team|"
    r"your\s+team|it|them)\s+(?:back\s+)?(?:above|under|below|over|onto|on\s+to|up\s+to|ahead|"
    r"within|to\s+the\s+top)\b(?!\s+(?:the\s+)?(?:trouble|hot\s+water|a\s+disciplinary|"
    r"budget\s+again))|"
    r"\b(?:we|you|they|the\s+team)(?:['’]d|\s+would)\s+(?:then\s+|finally\s+|also\s+)?be\s+able\s+to\b",
    _F,
)
_OUTCOME_KEEP = _gate("stay keep")
_OUTCOME_LIMIT = _gate("inside within under below ahead")
_OUTCOME_QUALITY = _gate(
    "complete accurate correct clean better tidy full proper consistent regular clear up timely",
    "signed finished checked",
)
_OUTCOME_OTHERS = _gate("other all more every each both future new")
_OUTCOME_IMPERATIVE = _gate(
    "nail get tighten fix sort hit take add check scan book log plan start finish send label",
    "double practise practice build put write set share tidy clear update learn master run",
    "close lock clean wipe sign count wear ring confirm prep prepare review slow speed tick",
    "switch turn",
)
_OUTCOME_MOVE = _gate("get put bring take")
_OUTCOME_PLACE = _gate("above under below over onto up ahead within top")


def _outcome_r11_gate(words: frozenset[str]) -> bool:
    """The pair of words each branch of ``_OUTCOME_R11`` cannot match without."""
    return (
        "track" in words
        or ("able" in words and ("d" in words or "would" in words))
        or (not words.isdisjoint(_OUTCOME_KEEP) and not words.isdisjoint(_OUTCOME_LIMIT))
        or ("with" in words and not words.isdisjoint(_OUTCOME_QUALITY))
        or ("so" in words and not words.isdisjoint(_OUTCOME_OTHERS))
        or (
            "and" in words
            and ("will" in words or "ll" in words)
            and not words.isdisjoint(_OUTCOME_IMPERATIVE)
        )
        or (not words.isdisjoint(_OUTCOME_MOVE) and not words.isdisjoint(_OUTCOME_PLACE))
    )


# Round thirteen: a future for the person under a condition or a plan ("Once that's tight,
# you'll be ready to train the next hires", "you'll easily hit the weekly target", "you can lead
# the next migration independently", "you'd make a great shift lead", "a strong candidate for the
# partner track", "I reckon you're captain by spring", "getting it right keeps us off the penalty
# list"), not a threat nor a task ("you'll run the risk", "you'll run the morning shift").
_OUTCOME_R13 = _compile(
    r"\b(?:you|he|she|they|we)(?:['’]ll|\s+will|\s+can|\s+could|['’]d|\s+would|\s+should)\s+"
    r"(?:(?:easily|soon|then|definitely|comfortably|probably|be\s+able\s+to)\s+)?(?:hit|beat|"
    r"reach|smash|exceed|make)\s+(?:the|your|our|that|this|every|each|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:targets?|goals?|numbers|quota|bonus|kpis?|budget|sla)\b|"
    r"\b(?:you|he|she|they)(?:['’]ll|\s+will|\s+can|\s+could|['’]d|\s+would)\s+(?:(?:easily|soon|"
    r"then|definitely|probably|be\s+able\s+to|be)\s+){0,2}(?:lead|leading|run|running|train|"
    r"training|mentor|mentoring|coach|coaching|chair|chairing|take\s+over|taking\s+over|own|"
    r"owning|sign\s+off|signing\s+off|manage|managing|supervise|supervising)\s+(?!(?:the\s+)?"
    r"risk\b)[^.!?]{0,40}?\b(?:next|new\s+(?:hires|starters|team|recruits)|own|independently|"
    r"solo|by\s+(?:spring|summer|autumn|fall|winter|christmas|easter|the\s+end\s+of|next|"
    r"year-end|the\s+new\s+year))\b|"
    r"\b(?:you|he|she|they)(?:['’]ll|\s+will|['’]d|\s+would|\s+should|\s+can|\s+could)\s+"
    r"(?:(?:easily|comfortably|then)\s+)?(?:be\s+able\s+to\s+finish\s+(?:[\w'’-]+\s+){0,3}?|be\s+"
    r"(?:(?:more\s+than|well|fully|totally|easily)\s+)?(?:ready|finished|done|through)\s+)"
    r"(?:to\s+(?!face\b|explain\b|answer\b)|for\s+(?:promotion|the\s+next|more|a\s+bigger|"
    r"bigger)|well\s+(?:before|ahead)|before|early|ahead|in\s+(?:good\s+)?time)|"
    r"\b(?:you|he|she|they)(?:['’]d|\s+would|['’]ll|\s+will|\s+could|\s+can)\s+make\s+(?:a|an)\s+"
    r"(?:(?:really|truly)\s+)?(?:great|excellent|brilliant|fantastic|strong|superb|fine|good|"
    r"natural|first-class|outstanding)\s+(?!mess\b|hash\b|mistake\b|start\b)[\w-]+|"
    r"\b(?:strong|obvious|natural|real|prime|top|leading|serious|ideal)\s+candidate\s+for\b|"
    r"\bin\s+(?:the\s+)?running\s+for\b|\b(?:first|next)\s+in\s+line\s+for\b|"
    r"\b(?:reckon|bet|think|expect|see)\s+(?:that\s+)?(?:you|he|she|they)(?:['’]re|['’]ll|"
    r"\s+will|\s+are)\s+(?:be\s+)?(?:(?:the|our|a)\s+)?(?:captain|leading|running\s+the|in\s+line|"
    r"a\s+shoo-in|first\s+pick|next\s+up)\b|"
    r"\b(?:keeps?|keeping|will\s+keep|['’]ll\s+keep)\s+(?:us|you|the\s+team|them|everyone|"
    r"the\s+store|the\s+site)\s+(?:off|out\s+of)\s+(?:the\s+|their\s+|any\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:list|trouble|radar|league\s+table|red|headlines|penalt(?:y|ies))\b",
    _F,
)
_R13_TARGETS = _gate("target targets goal goals numbers quota bonus kpi kpis budget sla")
_R13_HIT = _gate("hit beat reach smash exceed make")
_R13_LEADS = _gate(
    "lead leading run running train training mentor mentoring coach coaching chair chairing",
    "take taking own owning sign signing manage managing supervise supervising",
)
_R13_AHEAD = _gate("next own independently solo")
_R13_SEASON = _gate("spring summer autumn fall winter christmas easter end year")
_R13_NEWBIES = _gate("hires starters team recruits")
_R13_READY = _gate("ready finished finish done through")
_R13_GOOD = _gate("great excellent brilliant fantastic strong superb fine good natural first")
_R13_GOOD |= _gate("outstanding")
_R13_THINK = _gate("reckon bet think expect see")
_R13_ROLE = _gate("captain leading running line shoo first next")
_R13_KEEP = _gate("keep keeps keeping")
_R13_OFF = _gate("list trouble radar league red headlines penalty penalties")


_R13_ANY = _R13_TARGETS | _R13_LEADS | _R13_READY | _R13_THINK | _R13_KEEP
_R13_ANY |= {"make", "candidate", "running", "line"}


def _outcome_r13_gate(words: frozenset[str]) -> bool:
    """The pair of words each branch of ``_OUTCOME_R13`` cannot match without."""
    return (
        (not words.isdisjoint(_R13_TARGETS) and not words.isdisjoint(_R13_HIT))
        or (
            not words.isdisjoint(_R13_LEADS)
            and (
                not words.isdisjoint(_R13_AHEAD)
                or ("by" in words and not words.isdisjoint(_R13_SEASON))
                or ("new" in words and not words.isdisjoint(_R13_NEWBIES))
            )
        )
        or (not words.isdisjoint(_R13_READY) and "be" in words)
        or ("make" in words and not words.isdisjoint(_R13_GOOD))
        or "candidate" in words
        or ("running" in words and "in" in words)
        or ("line" in words and "for" in words and ("first" in words or "next" in words))
        or (not words.isdisjoint(_R13_THINK) and not words.isdisjoint(_R13_ROLE))
        or (not words.isdisjoint(_R13_KEEP) and not words.isdisjoint(_R13_OFF))
    )


# "What would make it easier?" asks; "I know you can do better" encourages; "Let's go through the
# checklist together on Monday" books a meeting: none of them promises an outcome.
_DO_BETTER = re.compile(
    r"(?:can|could|will|would|['’]ll)\s+do\s+(?:(?:so|much|a\s+lot|even|far)\s+)?better$", _F
)
_MEETING = _compile(
    r"\b(?:go(?:ing)?\s+(?:through|over)|sit\s+down|meet|catch\s+up|look\s+(?:at|over)|"
    # round fourteen: "Let's listen to a few calls together next week"
    r"walk\s+(?:you\s+)?through|review|check|listen\s+(?:to|in\s+on)|run\s+through)\b",
    _F,
)
_SCHEDULED = _compile(
    rf"\b(?:on\s+{_DAYS}|at\s+\d|tomorrow|this\s+(?:afternoon|morning|evening)|first\s+thing|"
    rf"after\s+(?:lunch|the\s+shift|close|handover)|next\s+week|later\s+this\s+week)\b",
    _F,
)
_TOGETHER_LEAD = re.compile(r"(?:we['’]ll|we\s+will|let['’]s|i\b)", _F)


def _meeting_booked(text: str, start: int, end: int) -> bool:
    """A "let's / I'd like us to … together" sentence that books a meeting at a set time."""
    if not _TOGETHER_LEAD.match(text, start):
        return False
    sentence = _sentence_around(text, start, end)
    return bool(_MEETING.search(sentence) and _SCHEDULED.search(sentence))


_NEXT_END = re.compile(r"[.!?\n。！？]")


def _outcome_counts(text: str, m: re.Match[str]) -> bool:
    if "?" in text:
        end = _NEXT_END.search(text, m.end())
        if (
            end is not None
            and end.group() == "?"
            and WH_QUESTION.search(_sentence_around(text, m.start(), m.end()))
        ):
            return False
    found = m.group()
    if found.endswith("better") and _DO_BETTER.match(found):
        return False
    return found[0] not in "iIlLwW" or not _meeting_booked(text, m.start(), m.end())


# Round fourteen: the role is theirs ("Get the float counts right and the senior role is yours"),
# an imperative then a good result for others ("Add steps and a short video, and those bugs will
# get fixed first time round", "Get that right and the next claim goes through clean"), an
# expected result ("I'd expect the backlog cleared by August"; not "I expect the log on my desk
# by Friday"), a course or a nomination ahead ("We'd like to put him forward for the supervisor
# course", "I think he will do very well there"; not "you'd do well to remember"), less waste or
# more reach ("If we crack that we'll waste way less and feed more families"), back within a
# target ("you should be back under target within a month"). Each branch is a pattern of its own
# behind its own words; the imperative is read only at the start of a sentence that has "and".
_OUTCOME_BAD14 = (
    r"(?![^.!?]{0,40}\b(?:out|fired|sacked|gone|lose|regret|trouble|warning|disciplin\w*|"
    r"pay\s+for|answer\s+to|hear\s+about|keep\s+(?:coming|happening|bouncing|failing)|"
    r"get\s+worse|be\s+rejected)\b)"
)
_O14_YOURS = _rare(
    r"\b(?:the|that|this|a|your)\s+(?:[\w-]+\s+){0,2}?(?:role|job|promotion|post|position|spot|"
    r"place|seat|title|slot|contract|opportunity)\s+(?:is|['’]s|will\s+be|could\s+be|would\s+be)\s+"
    r"(?:all\s+)?yours\b",
    _F,
)
_O14_IMPERATIVES = _gate(
    "nail get tighten fix sort hit take add check scan book log plan start finish send label",
    "practise practice build put write set share tidy clear update learn master run close lock",
    "clean wipe sign count wear ring confirm prep prepare review slow speed tick switch turn keep",
    "do try use follow include attach double",
)
_O14_AND = _rare(
    r"[^.!?]{0,60}?\band\s+(?:(?:those|these|they|all|every|each|customers|clients|guests|"
    rf"patients|staff|people)\b[^.!?]{{0,40}}?\b(?:will|['’]ll|should)\b{_OUTCOME_BAD14}|"
    r"(?:the|your|our)\s+next\s+[\w-]+(?:\s+[\w-]+)?\s+(?:goes|runs|passes|sails|clears|lands|"
    r"gets\s+(?:paid|signed|approved|through)|comes\s+(?:back\s+)?(?:clean|right|through)|"
    r"is\s+(?:yours|clean|straightforward|easy|a\s+breeze))\b)",
    _F,
)
_O14_EXPECT = _rare(
    r"\b(?:I['’]d|I\s+would|we['’]d|we\s+would)\s+(?:fully\s+|really\s+|now\s+)?expect\s+(?:the|"
    r"your|our|that|this)\s+(?:[\w-]+\s+){0,2}?(?:to\s+be\s+)?(?:cleared|caught\s+up|gone|sorted|"
    r"fixed|resolved|halved|down\s+to|back\s+(?:under|on|within|to)|under\s+control)\b",
    _F,
)
_O14_NOMINATE = _rare(
    r"\b(?:(?:like|love|want|plan|planning|going|hope|intend|happy|keen)\s+to\s+(?:put|nominate|"
    r"recommend|propose|enrol|enroll|sign)|(?:we['’]re|we\s+are|I['’]m|I\s+am|(?:will|['’]ll)\s+be)\s+"
    r"(?:putting|nominating|recommending|proposing|enrolling|signing))\s+(?:you|him|her|them)\s+"
    r"(?:forward\s+|up\s+)?for\s+"
    r"(?:the|a|an|our|this|next\s+year['’]s)\s+(?:[\w-]+\s+){0,3}?(?:course|programme|program|"
    r"promotion|role|award|scheme|academy|training|qualification|apprenticeship|certificate|"
    r"certification|diploma|secondment|position|post)\b",
    _F,
)
_O14_DO_WELL = _rare(
    r"\bI(?:\s+(?:really\s+)?(?:think|know|believe|reckon|expect|am\s+sure|am\s+confident)|"
    r"['’]m\s+(?:really\s+)?(?:sure|confident))\s+(?:that\s+)?(?:you|he|she|they)(?:['’]ll|\s+will|"
    r"\s+would|['’]d)\s+(?:(?:do\s+(?:(?:very|really|extremely|so)\s+)?well|thrive|excel|shine|"
    r"flourish|go\s+far)\b(?!\s+to\b))",
    _F,
)
_O14_LESS = _rare(
    r"\b(?:if|once|when)\s+(?:we|you)\s+[^.!?,]{2,40}?\s+(?:we|you)(?:['’]ll|\s+will|\s+can|"
    r"\s+could|['’]d|\s+would)\s+(?:(?:waste|lose|spend|use|throw\s+away|bin)\s+(?:(?:way|"
    r"far|much|a\s+lot)\s+)?(?:less|fewer)|(?:save|feed|serve|help|reach|sell|win|earn)\s+(?:(?:way|"
    r"far|much|a\s+lot)\s+)?more)\b",
    _F,
)
_O14_BACK = _rare(
    r"\b(?:should|will|['’]ll|would|['’]d|could)\s+(?:(?:easily|soon|comfortably|then|"
    r"probably)\s+)?be\s+back\s+(?:under|on|within|inside|below|above|to|at)\s+(?:the\s+|your\s+|"
    r"our\s+)?(?:target|track|budget|schedule|plan|sla|normal|full\s+strength)\b",
    _F,
)
_O14_ROLE = _gate("role job promotion post position spot place seat title slot contract")
_O14_ROLE |= _gate("opportunity")
_O14_DONE = _gate("cleared caught gone sorted fixed resolved halved down back control")
_O14_NOMINATE_WORDS = _gate("put nominate recommend propose enrol enroll sign putting")
_O14_NOMINATE_WORDS |= _gate("nominating recommending proposing enrolling signing")
_O14_COURSE = _gate(
    "course programme program promotion role award scheme academy training qualification",
    "apprenticeship certificate certification diploma secondment position post",
)
_O14_WELL = _gate("well thrive excel shine flourish far")
_O14_THINK = _gate("think know believe reckon expect sure confident")
_O14_MORE = _gate("less fewer more")
_O14_FUTURE = _gate("ll will would d can could")
_O14_THRIFT = _gate("waste lose spend use throw bin save feed serve help reach sell win earn")
_O14_TARGET = _gate("target track budget schedule plan sla normal strength")
_O14_ANY = _gate("yours and expect forward think know believe reckon sure confident if once")
_O14_ANY |= _gate("when back") | _O14_NOMINATE_WORDS


def _outcome_r14(text: str, words: frozenset[str]) -> bool:
    """Round fourteen's outcomes, each branch behind the words it cannot match without."""
    branches = []
    if "yours" in words and not words.isdisjoint(_O14_ROLE):
        branches.append(_O14_YOURS)
    if "expect" in words and not words.isdisjoint(_O14_DONE):
        branches.append(_O14_EXPECT)
    if (
        "for" in words
        and not words.isdisjoint(_O14_NOMINATE_WORDS)
        and not words.isdisjoint(_O14_COURSE)
    ):
        branches.append(_O14_NOMINATE)
    future = not words.isdisjoint(_O14_FUTURE)
    if future and not words.isdisjoint(_O14_WELL) and not words.isdisjoint(_O14_THINK):
        branches.append(_O14_DO_WELL)
    if (
        future
        and not words.isdisjoint({"if", "once", "when"})
        and not words.isdisjoint(_O14_MORE)
        and not words.isdisjoint(_O14_THRIFT)
    ):
        branches.append(_O14_LESS)
    if "back" in words and "be" in words and not words.isdisjoint(_O14_TARGET):
        branches.append(_O14_BACK)
    for rx in branches:
        for m in rx.finditer(text):
            if not text.startswith("?", _sentence_end(text, m.end())):
                return True
    if "and" in words and not words.isdisjoint(_O14_IMPERATIVES):
        lower = text.lower()
        for start, _end in sentence_spans(text):
            head = _WORD.match(lower, start)
            if head is None or head.group() not in _O14_IMPERATIVES:
                continue
            result = _O14_AND.match(text, head.end())
            if result and not text.startswith("?", _sentence_end(text, result.end())):
                return True
    return False


def _has_positive_outcome_r19(text: str) -> bool:
    m = POSITIVE_OUTCOME.search(text)
    while m is not None:
        if _outcome_counts(text, m):
            return True
        m = POSITIVE_OUTCOME.search(text, m.end() + 1)
    if not _r13_words(text).isdisjoint(_R13_ANY) and _outcome_r13_gate(_words(text)):
        for m in _OUTCOME_R13.finditer(text):
            if not text.startswith("?", _sentence_end(text, m.end())):
                return True
    if _outcome_r11_gate(_words(text)):
        for m in _OUTCOME_R11.finditer(text):
            if not text.startswith("?", _sentence_end(text, m.end())):
                return True
    if _outcome_r10_gate(_words(text)) and _OUTCOME_R10.search(text):
        return True
    for m in _NEXT_TIME.finditer(text):
        sentence = _sentence_around(text, m.start(), m.end())
        if not _OBLIGATION.search(sentence) and not _PLAN_OR_DEMAND.search(sentence):
            return True
    for m in _FUTURE_TIME.finditer(text):
        sentence = _sentence_around(text, m.start(), m.end())
        if text.startswith("?", _sentence_end(text, m.end())):
            continue  # "Could you confirm dates from now on?" asks; it promises nothing
        if _FUTURE_RESULT.search(sentence) and not (
            _OBLIGATION.search(sentence) or _PLAN_OR_DEMAND.search(sentence)
        ):
            return True
    return not _r14_words(text).isdisjoint(_O14_ANY) and _outcome_r14(text, _words(text))


PRAISE = _compile(
    r"\b(?:great|excellent|well\s+done|good\s+job|nice\s+work|good\s+work|nice\s+job|"
    r"thank(?:s|\s+you)|appreciate[sd]?|appreciated|impressive|impressed|outstanding|fantastic|"
    r"brilliant|strong|solid|proud|terrific|awesome|wonderful|superb|exceptional|"
    r"love[sd]?\s+(?:how|the\s+way|your|that|working)|really\s+(?:good|helpful|valuable|liked)|"
    r"valuable|values\s+your|relies\s+on\s+you|keep\s+(?:it\s+)?up|keep\s+(?:(?:it|this|that)\s+)?going|"
    r"i['’]?m\s+here\s+(?:to|for)|i\s+am\s+here\s+(?:to|for)|i['’]ll\s+(?:support|help|back)|"
    r"i\s+will\s+(?:support|help|back)|happy\s+to\s+(?:help|support|pair|review|"
    r"go\s+through|walk\s+(?:you\s+)?through|sit\s+down|talk)|my\s+support|"
    r"count\s+on\s+me|let\s+me\s+know\s+(?:how|what|if)\s+i\s+can|i['’]?m\s+confident|"
    r"i\s+am\s+confident|i\s+believe\s+in\s+you|i\s+know\s+you\s+can|look(?:ing)?\s+forward|"
    r"glad|pleased|good\s+progress|(?:good|great|real)\s+effort|(?:a\s+lot\s+of|lots\s+of|real|great|"
    r"huge|so\s+much|enormous)\s+potential|i\s+believe\s+you\s+can|i\s+have\s+(?:every\s+|real\s+)?"
    r"faith\s+in\s+you|i\s+trust\s+you|turn\s+(?:this|it|things)\s+around|good\s+stuff|"
    r"did\s+(?:a\s+)?(?:great|good|fantastic|solid|excellent|"
    r"really\s+good)|nicely\s+done|kudos|congrat(?:s|ulations)|huge\s+help|big\s+help|"
    r"really\s+helped|you\s+helped|made\s+a\s+(?:real\s+|big\s+)?difference|well\s+received|"
    r"good\s+(?:call|catch|instincts|start)|stepped\s+up|went\s+above|above\s+and\s+beyond|"
    r"the\s+extra\s+mile|you['’]?re\s+(?:doing\s+)?(?:great|good|a\s+strength)|"
    r"(?:work|figure\s+(?:it|this)\s+out|tackle\s+(?:it|this)|get\s+there|solve\s+(?:it|this))"
    r"\s+together|"
    r"i['’]?m\s+sure\s+you|can\s+do\s+(?:it|this)|rooting\s+for\s+you|on\s+your\s+side|"
    r"you['’]?ve\s+got\s+this|strengths?|asset|reliable|dependable|thorough|professional|"
    r"helpful|praised|compliment(?:ed|s)?|happy\s+with|real\s+progress|"
    r"a\s+pleasure|enjoy(?:ed)?\s+working|clearly|confidently|effectively|skil+fully|"
    r"professionally|brilliantly|beautifully|calmly|warmly|graciously|courteously|"
    r"(?:a\s+)?(?:real|genuine|true|the)\s+highlight|a\s+credit\s+to|"
    r"i(?:['’]?d|\s+would)\s+(?:really\s+)?(?:like|love)\s+to\s+see\s+you|"
    r"(?:we['’]ll|we\s+will|let['’]s)\b[^.!?]{0,40}\btogether|grateful|"
    # round ten: "a careful job", "handled the caller really well", "I know you'll", "a natural mentor"
    r"(?:an?|really|very)\s+(?:(?:really|very)\s+)?(?:careful|meticulous|cracking|sterling|tidy|"
    r"thorough|fine|lovely|first-rate|top-notch)\s+(?:job|piece\s+of\s+work)|"
    r"(?:handled|dealt\s+with|managed|ran|led|chaired|coped\s+with|presented)\b[^.!?,]{0,60}?\b"
    r"(?:really|very|so|extremely|incredibly|remarkably|exceptionally)\s+well|"
    r"i\s+know\s+you(?:['’]ll|\s+will)\s+(?!need|have|be\s+(?:late|careful))|"
    r"(?:a|such\s+a)\s+natural\s+(?:with|at|leader|teacher|mentor|fit|communicator|manager|coach|"
    r"host|presenter|salesperson)|"
    r"(?:was|were|is|are|been|looked|felt|sounded)\s+(?:(?:very|really|so|extremely|incredibly|"
    r"truly|genuinely|particularly|exceptionally|consistently|always)\s+)?(?:clear|sharp|"
    r"insightful|compelling|persuasive|polished|meticulous|crisp|concise|creative|innovative|"
    r"engaging|inspiring|remarkable|exemplary|first-rate|top-notch|spot[\s-]on|impeccable|"
    r"careful|diligent|patient|generous|smooth|effective|useful|articulate|convincing|confident|lovely|"
    r"rigorous|accurate|precise|on\s+point|insightful|well[\s-]\w+|tidy|neat|spotless|"
    r"immaculate|consistent|excellent|superb|first-class|thorough|organi[sz]ed|calm|composed|"
    r"unflappable)\b|"
    # round eight: enjoyment, an audience's delight, good energy, calm under pressure
    r"\b(?:I|we)\s+(?:really\s+|truly\s+|thoroughly\s+|genuinely\s+)?(?:enjoyed|loved|admired)\b|"
    r"\b(?:members|children|kids|pupils|students|customers|guests|patients|clients|residents|"
    r"class|audience|crowd|families|parents|diners|delegates|team)\s+(?:really\s+|all\s+|"
    r"clearly\s+)?(?:loved|enjoyed|were\s+(?:engaged|delighted|thrilled|impressed|captivated|"
    r"hooked|buzzing))\b(?!\s+(?:in|with|by)\b)|\b(?:good|positive|lovely|fantastic|real)\s+(?:energy|vibes|atmosphere)\b|"
    r"\b(?:calm|cool|composed|steady|unflappable)\s+under\s+pressure\b|"
    r"\blovely\s+(?:work|job|stuff|to\s+see|to\s+hear)|"
    # round nine: warmth with the people served, a superlative record, good reviews
    r"\b(?:lovely|amazing|so\s+good|really\s+good|gentle|wonderful)\s+with\s+(?:the\s+|our\s+|"
    r"your\s+)?(?:children|kids|customers|clients|patients|guests|residents|families|students|"
    r"pupils|animals|visitors|toddlers|babies|parents|new\s+starters)\b|"
    r"\b(?:clearest|best|strongest|finest|neatest|tidiest|sharpest)\s+(?:we|I)(?:['’]ve|\s+have)\s+(?:ever\s+)?(?:had|"
    r"seen|received|read)\b|\b(?:lovely|glowing|rave|positive|five-star|5-star)\s+(?:reviews|"
    r"feedback|comments|ratings)\b|"
    r"\bwith\s+(?:real|great|remarkable|impressive|admirable|such|genuine|so\s+much|obvious|"
    r"real\s+care\s+and)\s+(?:patience|care|skill|clarity|poise|tact|calm|energy|focus|confidence|"
    r"authority|warmth|conviction|composure|empathy|precision|rigou?r|humou?r|compassion|"
    r"kindness|sensitivity|grace|professionalism|dignity|respect|courage|diplomacy|maturity|"
    r"thoughtfulness|attention|enthusiasm|dedication|good\s+humou?r)|"
    r"\b(?:picked\s+up|learned|learnt|grown|improved|developed)\s+(?:so\s+)?(?:a\s+lot|so\s+much|"
    r"hugely|enormously|quickly|fast)|come\s+(?:such\s+|a\s+)?(?:a\s+)?long\s+way|"
    r"(?:made|making)\s+(?:great|real|huge|big|good)\s+strides|(?:a\s+)?(?:quick|fast)\s+learner|"
    r"i\s+(?:really\s+|truly\s+|genuinely\s+|do\s+)?value|(?:we|i)\s+(?:really\s+)?value\s+"
    r"(?:that|this|you|your|it|how|the\s+way)|(?:want|here|happy|going)\s+to\s+back\s+you|"
    r"i['’]?ve\s+got\s+your\s+back|(?:is|are|was|were|been)\s+(?:easily\s+|by\s+far\s+)?the\s+"
    r"(?:best|strongest|finest)\s+(?:in|on|across|I['’]ve|we['’]ve)\b|(?:will|['’]ll)\s+be\s+even\s+"
    r"better|(?:will|['’]ll)\s+make\s+(?:your|the|it|this)\s+(?:[\w-]+\s+){0,2}?even\s+(?:better|"
    r"stronger|sharper|more\s+(?:convincing|polished|effective|impressive))|you['’]ll\s+get\s+there|(?:wrote|rang|called|phoned|emailed)\s+in\s+to\s+(?:praise|"
    r"thank|compliment)|(?:strongest|best|finest|most\s+(?:reliable|trusted|"
    r"capable|valued|dependable|experienced))\s+(?:[\w-]+\s+)?(?:supervisors?|nurses?|"
    r"engineers?|people|members?|staff|colleagues?|leads?|managers?|teachers?|agents?|"
    r"analysts?|workers?|hires?|performers?|players?)|kept\s+(?:everyone|everybody|the\s+\w+|them|us)\s+"
    r"(?:engaged|informed|calm|focused|on\s+track|aligned|motivated)|nailed|"
    r"keep\s+(?:doing|at\s+it)|exceed(?:ed|s)?|beat\s+(?:the|your|our)\s+(?:target|goal|"
    r"forecast)|ahead\s+of\s+(?:schedule|target|plan)|above\s+(?:target|plan|goal)|"
    r"well\s+(?:organi[sz]ed|prepared|written|structured|"
    r"run|handled)|"
    # round eleven: "Amazing job", "Cheers for covering", "what a quarter.", "settled in quickly",
    # "a skilled carpenter", "one of our strongest", "keep this up", "really enjoy your writing"
    r"amazing\s+(?:[\w-]+\s+)?(?:job|work|effort|stuff|results?|turnaround|prep|service|progress|"
    r"session|presentation|display|shift|week|month|quarter|season|year|term|campaign)|cheers\s+for|"
    r"what\s+an?\s+(?:(?:great|brilliant|fantastic|amazing|strong|cracking|superb|terrific)\s+)?"
    r"(?:quarter|week|month|year|job|effort|result|shift|performance|turnaround|save|start|launch|"
    r"season|term|debut|first\s+[\w-]+)(?=\s*(?:,\s*(?-i:[A-Z][a-z]+)\s*)?[.!])|"
    r"settled\s+in(?:to\s+(?:[\w-]+\s+){0,5}?)?\s*(?:really\s+|so\s+|very\s+)?(?:quickly|well|"
    r"nicely|brilliantly|fast|smoothly)|"
    r"(?:skilled|talented|gifted|accomplished)(?!\s+(?:labou?r|trades?|workers?\s+shortage))|one\s+of\s+(?:our|the|my|your\s+team['’]s)\s+(?:strongest|best|finest|"
    r"brightest|most\s+(?:reliable|valued|trusted|capable|talented|experienced|dependable))|"
    r"keep\s+(?:this|that|these|them)\s+up|i\s+know\s+we\s+can|"
    r"enjoy(?:ed|ing)?\s+(?:reading\s+)?your\s+(?:writing|work|pieces?|articles?|reports?|ideas|"
    r"presentations?|energy|sessions?|classes|lessons|columns?|designs?|humou?r|stories)|"
    r"sharp\s+(?:reporting|analysis|writing|thinking|eye|questions|insights?|piece|catch|spotting))\b",
    _F,
)


# Round thirteen, kept apart from PRAISE and read only when one of its words is there (PRAISE is
# scanned on every opening and closing part; a bigger PRAISE slowed every comment):
_PRAISE_R13 = _compile(
    # round thirteen: confidence and belief at the close ("I have every confidence in you", "I've
    # no doubt you'll nail it", "I know you've got it", "you've got the talent", "we're lucky to
    # have her"), thanks to a team ("big shout-out to", "hats off to"), "doing well", "keep it
    # going", "top effort", "a good sort", "been a rock", "brought real energy to", a top rank
    # ("the best sellers in the store", "rate her the highest in the practice")
    r"\b(?:(?:every|complete|full|total|absolute|great|real|huge)\s+confidence\s+in\s+(?:you|him|her|"
    r"them|your|(?-i:[A-Z][a-z]+))|"
    r"(?:i['’]?ve|i\s+have|i['’]?m\s+in|there['’]?s|there\s+is)\s+no\s+doubt(?:\s+in\s+my\s+mind)?"
    r"\s+(?:that\s+)?(?:you|he|she|they|(?-i:[A-Z][a-z]+))\b(?!(?:\s+will|['’]ll)\s+(?:need|"
    r"have|be\s+(?:late|back|fine)))|i\s+don['’]t\s+doubt\s+(?:that\s+)?(?:you|he|she)|"
    r"i\s+know\s+(?:you|he|she|they)(?:['’]ve|\s+have|['’]s|\s+has)\s+got\s+(?:it|this|what\s+it\s+"
    r"takes)|got\s+what\s+it\s+takes|"
    r"(?:you|he|she|they)(?:['’]ve|\s+have|['’]s|\s+has)\s+(?:really\s+)?got\s+(?:the|real|so\s+"
    r"much|loads\s+of|bags\s+of|plenty\s+of|a\s+lot\s+of)\s+(?:talent|ability|skills?|"
    r"instincts|potential)|"
    r"(?:lucky|fortunate|blessed)\s+to\s+have\s+(?:you|him|her|them|(?-i:[A-Z][a-z]+))\b|"
    r"(?:shout[\s-]?outs?|hats\s+off|props|kudos)\s+to\b|"
    r"(?:you|he|she|they)(?:['’]re|['’]s|\s+(?:are|is|were|was)|(?:['’]ve|['’]s|\s+have|\s+has)\s+"
    r"been)\s+"
    r"doing\s+(?:(?:really|so|very|extremely|incredibly|exceptionally)\s+)?(?:well|brilliantly|"
    r"fantastically|superbly)|"
    r"top\s+(?:effort|job|work|stuff|marks|performer)|"
    r"(?:(?:a|such\s+a)\s+)?(?:good|great|top|lovely|decent|diamond)\s+(?:sort|bloke|egg|lad|"
    r"lass|operator)\b(?!\s+(?:order|of|key|field|code|column))|"
    r"(?:been|is|are|was|were|you['’]re|she['’]s|he['’]s)\s+(?:an?\s+|such\s+a\s+|a\s+real\s+|"
    r"an\s+absolute\s+)(?:rock|star|gem|legend|superstar|treasure|godsend|lifesaver|diamond)\b|"
    r"brought\s+(?:real|so\s+much|great|genuine|a\s+lot\s+of|fresh|new|such)\s+(?:life|energy|"
    r"enthusiasm|warmth|calm|clarity|fun|ideas|rigou?r|structure|care|spark)\s+to|"
    r"(?:is|are|was|were|been)\s+(?:easily\s+|by\s+far\s+)?the\s+(?:best|strongest|top(?=[\s-]+"
    r"(?:sellers?|performers?|earners?|scorers?|rated|selling|sales|fundraisers?|recruiters?)))"
    r"(?:[\s-]+[\w-]+){0,2}?\s+(?:in|on|across|at)\s+(?:the|our|this|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:store|team|practice|branch|company|office|ward|department|unit|region|district|shop|"
    r"site|floor|business|firm|group|school|class|network|country|state)|"
    r"rat(?:e|es|ed|ing)\s+(?:him|her|them|you|your|his|their)\s+(?:[\w-]+\s+){0,3}?(?:the\s+)?"
    r"(?:highest|best|top)\b|better\s+than\s+anyone(?!\s+(?:else\s+)?(?:I|we)\b))\b",
    _F,
)
# ``praise.has_praise`` reads it after PRAISE, with the same checks for negation and harshness,
# when ``praise_more_possible`` says the comment has the words it needs.
PRAISE_MORE = _PRAISE_R13
_P13_ALONE = _gate(
    "confidence doubt lucky fortunate blessed shout shoutout shoutouts hats props kudos bloke egg",
    "lad lass operator rock star gem legend superstar treasure godsend lifesaver diamond brought",
)
_P13_GOT = _gate("takes talent ability skill skills instincts potential know")
_P13_WELL = _gate("well brilliantly fantastically superbly")
_P13_TOP = _gate("effort job work stuff marks performer")
_P13_BEST = _gate("best strongest top")
_P13_RATE = _gate("rate rates rated rating")
_P13_PLACE = _gate(
    "store team practice branch company office ward department unit region district shop site",
    "floor business firm group school class network country state",
)
_P13_HIGH = _gate("highest best top")


_P13_ANY = _P13_ALONE | _P13_BEST | _P13_RATE
_P13_ANY |= {"got", "doing", "top", "sort", "anyone"}


def praise_more_possible(text: str) -> bool:
    """The words each branch of ``PRAISE_MORE`` cannot match without (read on the whole comment,
    whose word set the rules have already taken)."""
    if _r13_words(text).isdisjoint(_P13_ANY):
        return False
    words = _words(text)
    return (
        not words.isdisjoint(_P13_ALONE)
        or ("got" in words and not words.isdisjoint(_P13_GOT))
        or ("doing" in words and not words.isdisjoint(_P13_WELL))
        or ("top" in words and not words.isdisjoint(_P13_TOP))
        or ("sort" in words and not words.isdisjoint({"good", "great", "lovely", "decent"}))
        or (not words.isdisjoint(_P13_BEST) and not words.isdisjoint(_P13_PLACE))
        or (not words.isdisjoint(_P13_RATE) and not words.isdisjoint(_P13_HIGH))
        or ("anyone" in words and "better" in words)
    )


# Round fourteen's praise, one pattern a branch, each read (``praise_r14_patterns``) only when the
# comment has its words: the trust of others ("she has the full confidence of the department"),
# looking ahead ("Excited to see where you take it"; not "… what excuse you come up with"), a
# season praised ("Lovely season, Jess!", "you've had a cracking year"; not "a lovely week off"),
# a clever lad ("Ade is a clever lad"; not "a clever trick"), and a good measure up ("your call
# quality scores are up to 91%"; not "complaints are up", "your error scores are up").
_P14_TRUST_RX = _rare(
    r"\b(?:has|have|had|enjoys?|enjoyed|with)\s+(?:the|my|our)\s+(?:full|complete|total|absolute|"
    r"unanimous|unreserved)\s+(?:confidence|backing|support|trust)\b",
    _F,
)
_P14_KEEN_RX = _rare(
    r"\b(?:excited|can['’]t\s+wait|cannot\s+wait|keen|eager|thrilled)\s+to\s+see\s+(?:where|what|"
    r"how)\s+(?:you|he|she|they|this|it|the\s+team)\b(?![^.!?]{0,30}\b(?:excuse|mess|disaster)\b)",
    _F,
)
_P14_SEASON_RX = _rare(
    r"(?:(?:^|(?<=[.!?]\s)|(?<=\n))|\b(?:had|having|has\s+been|['’]s\s+been|['’]ve\s+had|"
    r"what|such)\s+an?\s+)(?:(?:really|truly)\s+)?(?:lovely|cracking|stellar|storming|smashing|"
    r"belting|superb|super|great|brilliant|fantastic|terrific|wonderful)\s+(?:season|year|quarter|"
    r"month|term|first\s+(?:year|month|season|term|quarter))\b",
    _F,
)
_P14_CLEVER_RX = _rare(
    r"\b(?:an?|such\s+an?|really\s+an?)\s+(?:(?:really|very|genuinely)\s+)?(?:clever|bright|"
    r"smart|able|capable)\s+(?:lad|lass|guy|cookie|operator|young\s+(?:man|woman|lad))\b",
    _F,
)
_P14_MEASURE_RX = _rare(
    r"\b(?:your|his|her|their|the\s+team['’]s)\s+(?:(?!error|complaint|risk|defect|wait|"
    r"absence|sickness|cost|return|churn|arrears|incident|accident|fault|failure|reject|"
    r"void|refund|handling)[\w-]+\s+){0,2}?(?:scores?|ratings?|sales|revenue|conversions?|nps|"
    r"satisfaction|csat|attendance|bookings|takings|margins?|output|productivity|yields?|"
    r"retention)\s+(?:are|is|were|was|have\s+been|has\s+been|['’]re|['’]s)\s+(?:(?:well|way|"
    r"right|all)\s+)?(?:up|higher|rising|climbing|improving|at\s+(?:a\s+)?record)\b",
    _F,
)
_P14_TRUST = _gate("confidence backing support trust")
_P14_FULL = _gate("full complete total absolute unanimous unreserved")
_P14_KEEN = _gate("excited wait keen eager thrilled")
_P14_SEASON = _gate("season year quarter month term")
_P14_GOOD = _gate("lovely cracking stellar storming smashing belting superb great brilliant")
_P14_GOOD |= _gate("fantastic terrific wonderful super")
_P14_CLEVER = _gate("clever bright smart able capable")
_P14_LAD = _gate("lad lass guy cookie operator young")
_P14_MEASURE = _gate(
    "score scores rating ratings sales revenue conversion conversions nps satisfaction csat",
    "attendance bookings takings margin margins output productivity yield yields retention",
)
_P14_UP = _gate("up higher rising climbing improving record")
_P14_ANY = _P14_TRUST | _P14_KEEN | _P14_SEASON | _P14_CLEVER | _P14_MEASURE
_P14_ALL = (_P14_TRUST_RX, _P14_KEEN_RX, _P14_SEASON_RX, _P14_CLEVER_RX, _P14_MEASURE_RX)


@lru_cache(maxsize=64)
def praise_r14_patterns(context: str | None) -> tuple[re.Pattern[str], ...]:
    """The round-fourteen praise patterns whose words the comment (``context``) has, for
    ``praise.praise_reading`` to read after PRAISE and PRAISE_MORE (all of them without one)."""
    if context is None:
        return _P14_ALL
    if _r14_words(context).isdisjoint(_P14_ANY):
        return ()
    words = _words(context)
    found: list[re.Pattern[str]] = []
    if not words.isdisjoint(_P14_TRUST) and not words.isdisjoint(_P14_FULL):
        found.append(_P14_TRUST_RX)
    if "see" in words and not words.isdisjoint(_P14_KEEN):
        found.append(_P14_KEEN_RX)
    if not words.isdisjoint(_P14_SEASON) and not words.isdisjoint(_P14_GOOD):
        found.append(_P14_SEASON_RX)
    if not words.isdisjoint(_P14_CLEVER) and not words.isdisjoint(_P14_LAD):
        found.append(_P14_CLEVER_RX)
    if not words.isdisjoint(_P14_MEASURE) and not words.isdisjoint(_P14_UP):
        found.append(_P14_MEASURE_RX)
    return tuple(found)


@lru_cache(maxsize=64)
def more_praise(context: str | None) -> tuple[re.Pattern[str], ...]:
    """The praise patterns beyond PRAISE that can match in the comment (``context``; all of
    them without one), for ``praise.praise_reading`` to read in this order: round thirteen's
    ``PRAISE_MORE``, then round fourteen's branches."""
    more = (PRAISE_MORE,) if context is None or praise_more_possible(context) else ()
    return more + praise_r14_patterns(context)


# Praise adjectives that are harsh about conduct: "your tone was sharp", "sharp with Jamal",
# "sharp in tone" (while "your analysis was sharp" is praise).
_AMBIGUOUS_PRAISE = _compile(r"\b(?:sharp|crisp|direct|pointed|intense)\b", _F)
_HARSH_BEFORE = _compile(
    r"\b(?:tone|voice|manner|language|words|wording|reply|replies|response|responses|remarks?|"
    r"retorts?|comebacks?|temper|way\s+(?:you|he|she|they)\s+(?:spoke|talked|replied|answered))"
    r"(?:\s+[\w'’-]+){0,5}\s*$",
    _F,
)
_HARSH_AFTER = _compile(
    r"\s*(?:-\s*tongued|\s+with\b|\s+towards?\b|\s+in\s+(?:tone|manner|the\s+way|how)\b|"
    r"\s+to\s+(?:him|her|them|me|us|people|colleagues|everyone|the\s+\w+|(?-i:[A-Z][a-z]+))\b)",
    _F,
)


# "will make the decisions faster and more reliable": a comparative about a thing to come
# describes an outcome, not the person.
_COMPARATIVE_BEFORE = _compile(r"\b(?:more|less)\s+$", _F)
_WILL = _compile(r"\b(?:will|would|should|['’]ll)\b", _F)
_PURPOSE_BEFORE = re.compile(r"\bso\s+that\b|\bin\s+order\s+(?:to|that)\b", _F)


def praise_is_harsh(part: str, start: int, end: int) -> bool:
    """True when the praise match ``part[start:end]`` does not praise here: an adjective that
    is harsh about conduct ("your tone was sharp"), or a comparative outcome ("will make it
    more reliable")."""
    if _COMPARATIVE_BEFORE.search(part[max(0, start - 8) : start]) and _WILL.search(part, 0, start):
        return True
    if _PURPOSE_BEFORE.search(part, 0, start):
        return True  # "…, so that our payouts are accurate" states a goal, not praise
    if _meeting_booked(part, start, end):
        return True  # "Let's go through the checklist together on Monday" books a meeting
    if not _AMBIGUOUS_PRAISE.search(part, start, end):
        return False
    return bool(
        _HARSH_BEFORE.search(part[max(0, start - 40) : start]) or _HARSH_AFTER.match(part, end)
    )


PRAISE_NEGATION = _compile(
    r"\b(?:not|never|no|hardly|barely|isn['’]t|wasn['’]t|aren['’]t|weren['’]t|n['’]t|far\s+from|"
    r"less\s+than|not\s+very|not\s+so|not\s+that)\s+(?:\w+\s+)?$|(?<=\w)n['’]t\s+(?:\w+\s+)?$",
    _F,
)
# A sentence-final "though" / "however" ("You're a natural with numbers, though.") turns on the
# sentence before; inside its own sentence it splits nothing.
CONTRAST = _compile(
    r"\b(?:but|although|that\s+said|yet|unfortunately|except|on\s+the\s+other\s+hand|"
    r"(?:however|though)(?![\s.!?…\"”)]*$))\b",
    _F,
)


# Every word a round-thirteen gate starts from (``_r13_words``).
_R13_KEYS = _D13_ANY | _C13_ANY | _R13_ANY | _P13_ANY
# Every word a round-fourteen gate starts from (``_r14_words``).
_R14_KEYS = _D14_ANY | _A14_ANY | _C14_ANY | _O14_ANY | _P14_ANY


# ---------------------------------------------------------------------------------------------
# Round fifteen: frames with an open slot (heldout13's idioms), each behind its own words
# ---------------------------------------------------------------------------------------------

# Who a slot may name without labelling anyone: roles and jobs, praise, neutral descriptions.
_R15_ROLES = _ROLE_WORDS | _gate(
    """manager leader lead boss coder programmer developer designer writer analyst tester
    scientist researcher teacher nurse doctor salesman saleswoman salesperson seller marketer
    specialist generalist expert engineer architect consultant planner strategist technician
    mentor coach player captain member parent mum mother dad father student graduate learner
    beginner newcomer novice junior senior veteran local regular fan"""
)
_R15_PRAISE = _gate(
    """star gem hero legend asset natural pro professional rock talent whizz whiz wizard genius
    credit delight pleasure joy treat godsend lifesaver champion ace treasure sweetheart
    diamond grafter worker doer finisher listener problem-solver self-starter go-getter
    perfectionist team-player help helper trooper sport sport diplomat networker
    lovely great good nice brilliant excellent fantastic wonderful amazing kind warm calm
    clever bright smart able capable strong solid safe reliable talented gifted
    dedicated loyal popular friendly decent genuine thoughtful natural advantage plus bonus
    strength boost bonus inspiration example role-model success"""
)
_R15_NEUTRAL = _gate(
    """night owl early bird morning person introvert extrovert traveller foodie reader runner
    character hurry rush way while minute moment second time change surprise newbie
    learning curve stretch challenge departure first"""
)
# "is a bit of a / is such a / is a real / is a proper / is something of a" + any noun.
_R15_FRAME = _rare(
    rf"{_SUBJ}(?:['’]s|['’]re|\s+(?:is|are|was|were|can\s+be|could\s+be|seems|seemed|"
    rf"has\s+become|became|comes\s+across\s+as|came\s+across\s+as))\s+(?:(?:just|really|honestly|"
    rf"frankly|still|also|always|quite|becoming|turning\s+into|turned\s+into)\s+)?"
    rf"(?P<frame>a\s+bit\s+of\s+an?|a\s+little\s+bit\s+of\s+an?|such\s+an?|a\s+real|a\s+proper|"
    rf"a\s+right|something\s+of\s+an?|a\s+total|a\s+complete|a\s+typical|a\s+classic)\s+"
    rf"(?P<slot>[\w'’-]+(?:\s+[\w'’-]+){{0,2}}?)"
    rf"(?=\s*(?:[,.;:!?()\-–—]|$)|\s+(?:in|on|at|with|about|around|when|whenever|who|that|and|"
    rf"but|if|to|for|of|these|this|lately|sometimes|recently|really)\b)",
    _F,
)
# "more of a talker than a doer": the second noun a working virtue.
_R15_MORE_OF = _rare(
    rf"{_SUBJ}(?:['’]s|['’]re|\s+(?:is|are|was|were|seems|seemed|comes\s+across\s+as))\s+"
    rf"(?:(?:very\s+much|much|definitely|really|just|always|probably)\s+)?more\s+of\s+an?\s+"
    rf"(?P<slot>[\w'’-]+(?:\s+[\w'’-]+)?)\s+than\s+an?\s+(?:(?:real|actual|true|proper)\s+)?"
    rf"(?:doer|worker|grafter|finisher|player|team\s+player|contributor|listener|leader|"
    rf"achiever|performer|deliverer|closer|starter|helper)\b",
    _F,
)
# "you're a people-pleaser", "she's a corner-cutter": a noun-verb-er compound as what one is.
_R15_COMPOUND = _rare(
    rf"{_SUBJ}(?:['’]s|['’]re|\s+(?:is|are|was|were|seems\s+like))\s+(?:(?:just|really|such|"
    rf"quite|a\s+bit\s+of|always|honestly|basically)\s+)*an?\s+(?:(?:real|bit\s+of\s+an?|total|"
    rf"born|natural|serial|habitual|terrible|chronic|bit)\s+)?"
    rf"(?P<first>[a-z]+)-(?P<second>[a-z]+er)s?\b",
    _F,
)
_R15_COMPOUND_OK = _gate(
    """self go problem trouble record hard team pace trend trail path ground game deal risk
    first care time book goal gate house shop bar bus lorry forklift van taxi truck crane
    decision policy law baby pet dog"""
)
_R15_COMPOUND_ROLE = _gate(
    """driver leader manager worker aider keeper holder owner maker writer designer setter
    starter getter solver breaker shooter builder fighter minder runner checker
    taker giver teacher trainer"""
)
# "Not supervisor material." (a fragment) and "she's just not partner material".
_R15_MATERIAL = _rare(
    rf"(?:(?:^|[.!?]\s+|\n)(?=not\b)|{_SUBJ}(?:['’]s|['’]re|\s+(?:is|are|was|were))\s+"
    rf"(?:(?:just|simply|really|clearly|honestly|frankly|probably)\s+)?)"
    rf"not\s+(?:really\s+|quite\s+)?(?P<slot>[\w-]+(?:\s+[\w-]+)?)\s+material\b",
    _F,
)
_R15_MATERIAL_NOT = _gate(
    """raw reading training marketing promotional building source teaching course printed
    the this that any enough good sales press background reference support publicity"""
)
# "Attitude problem." as a note of its own.
_R15_ATTITUDE_NOTE = _rare(
    r"(?:^|[.!?]\s+|\n)(?:(?:a|an|real|big|serious|major)\s+)?attitude\s+(?:problem|issues?)\s*"
    r"(?:[.!;]|$)",
    _F,
)
# "treats the grunt work as beneath him", "seems to regard the rota as optional".
_R15_BENEATH = _rare(
    rf"(?:{_SUBJ}\s+(?:(?:clearly|obviously|just|really|still|seems\s+to|seemed\s+to|appears\s+to|"
    rf"appeared\s+to|tends\s+to)\s+)*|\band\s+(?:(?:clearly|obviously)\s+)?(?:seems|seemed|"
    rf"appears|appeared|tends)\s+to\s+)(?:treat|treats|treated|regard|regards|regarded|see|sees|"
    rf"saw|view|views|viewed|consider|considers|considered|think|thinks|thought|feel|feels|felt|"
    rf"find|finds|found)\s+(?:that\s+)?(?:[\w'’-]+\s+){{0,5}}?(?:as\s+|is\s+|are\s+|was\s+|were\s+)"
    rf"(?:(?:somehow|a\s+bit|rather|just|all|completely|entirely|totally|purely)\s+)?"
    rf"(?:beneath\s+(?:him|her|them|you|himself|herself)|optional|(?:a\s+)?(?:mere\s+)?"
    rf"suggestions?|a\s+joke|an\s+afterthought|someone\s+else['’]s\s+(?:job|problem))\b",
    _F,
)
# "which is typical of you", "that's so typical of him" after a fault.
_R15_TYPICAL_OF = _rare(
    r"\b(?:which|that)(?:['’]s|\s+is|\s+was)\s+(?:so\s+|just\s+|very\s+|all\s+too\s+)?typical\s+of\s+"
    r"(?:you|him|her|them)\b(?!\s+to\b)(?=\s*(?:[,.;:!?\-–—]|$))",
    _F,
)
# "comes across as someone who …" unless it is praise.
_R15_ACROSS_SOMEONE = _rare(
    rf"{_SUBJ}\s+(?:(?:can|does|do|often|really|just|definitely|sometimes|tends\s+to|tend\s+to)\s+)*"
    rf"(?:come|comes|came)\s+across\s+(?:to\s+\w+\s+)?as\s+(?:someone|somebody|a\s+person|"
    rf"the\s+(?:kind|sort|type)\s+of\s+(?:person|guy|man|woman|lad|girl))\s+(?:who|that)"
    rf"(?:['’](?:s|d|ll)\s+|\s+)"
    rf"(?P<rest>[^.;!?\n]{{3,80}})",
    _F,
)
_R15_GOOD_SOMEONE = _compile(
    r"\b(?:cares?|knows?|loves?|enjoys?|wants?\s+to\s+(?:learn|help|grow)|takes?\s+pride|"
    r"listens?|means?\s+well|can\s+be\s+trusted|gets?\s+things\s+done|leads?|helps?|"
    r"puts?\s+(?:the\s+)?(?:patients?|customers?|guests?|residents?|pupils?|clients?)\s+first)\b",
    _F,
)
# "The issue is your attitude", "the real problem here is his personality".
_R15_ISSUE_IS = _rare(
    rf"\bthe\s+(?:real\s+|main\s+|big\s+|only\s+)?(?:issue|problem|trouble|difficulty)\s+"
    rf"(?:here\s+|with\s+(?:you|him|her)\s+)?(?:is|was)\s+(?:simply\s+|just\s+|really\s+)?"
    rf"{_POSSESSIVE}\s+(?:attitude|personality|character|mindset|temperament|work\s+ethic|"
    rf"ego)\b(?!\s+(?:to|towards|on|about|in)\b)",
    _F,
)
# "there's not much fire in his belly", "no fire in the belly".
_R15_BELLY = _rare(
    r"\b(?:no|not\s+(?:much|a\s+lot\s+of|enough)|little|not\s+an\s+ounce\s+of)\s+(?:real\s+)?"
    r"fire\s+in\s+(?:the|his|her|your|their)\s+belly\b",
    _F,
)
# "The lads from up north tend to be slow …, and Jamie is no exception."
_R15_NO_EXCEPTION = _rare(
    rf"(?:\bknow\s+(?:how|what)\s+(?P<group2>(?:[\w-]+\s+){{1,4}}?)(?:are|get|can\s+be)\b|"
    rf"\b(?P<group>(?:[\w-]+\s+){{1,5}}?)(?:tend\s+to\s+be|tend\s+to|are\s+(?:all|always|usually|"
    rf"often|generally)|are\s+notoriously)\b)[^.;!?\n]{{3,80}}?,?\s+and\s+(?P<subj>you|he|she|"
    rf"{_NAME})(?:['’]s|['’]re|\s+(?:is|are|was))\s+no\s+(?:exception|different)\b",
    _F,
)
_R15_ORIGIN_GROUP = _compile(
    r"\b(?:from\s+(?:up|down|over|out|back|the|round|around)\b|lads|girls|women|men|ladies|"
    r"mums|mothers|dads|older|young|youngsters|millennials|boomers|foreigners|immigrants|"
    r"graduates\s+from\s+abroad|(?:polish|irish|scottish|welsh|indian|african|eastern\s+european|"
    r"northern|southern|country|city|farm|valley)\s+(?:lads|girls|people|folk|types|boys))\b",
    _F,
)
_J15_FRAME = _gate("bit such real proper right something total complete typical classic")
_J15_ANY = _J15_FRAME | _gate(
    "more material attitude beneath optional suggestion suggestions joke afterthought typical",
    "across belly exception different issue problem trouble difficulty else",
)


def _slot_is_label(slot: str) -> bool:
    words = [w for w in re.split(r"[\s'’]+", slot.lower()) if w]
    if not words:
        return False
    if any(w in _R15_PRAISE or w in _R15_ROLES for w in words):
        return False
    if slot.lower() in _R15_NEUTRAL or words[0] in _R15_NEUTRAL:
        return False
    return not _R15_NEUTRAL.issuperset(words)


# The gates of the function below, built once.
_J15_BENEATH_WORDS = _gate("beneath optional suggestion suggestions joke afterthought else")
_J15_ISSUE_WORDS = _gate("issue problem trouble difficulty")
_J15_TRAIT_WORDS = _gate("attitude personality character mindset temperament ethic ego")


def _judges_r15(text: str, words: frozenset[str]) -> Iterator[Span]:
    """Round fifteen's label frames: an open slot after "a bit of a", "more of a … than a …",
    a noun-verb-er compound, "not … material", "treats … as beneath him", "typical of you"."""
    if not words.isdisjoint(_J15_FRAME) and ("of" in words or "such" in words or "a" in words):
        for m in _R15_FRAME.finditer(text):
            if _is_person_subject(m.group("subj")) and _slot_is_label(m.group("slot")):
                if _NEGATED.search(text, max(0, m.start() - 12), m.start("frame")):
                    continue  # "he's not a bit of a slacker" (rare) or "never such a …"
                yield m.start(), m.end("slot")
    if "more" in words and "than" in words:
        for m in _R15_MORE_OF.finditer(text):
            if _is_person_subject(m.group("subj")) and _slot_is_label(m.group("slot")):
                yield m.start(), m.end()
    if "-" in text:
        for m in _R15_COMPOUND.finditer(text):
            first, second = m.group("first").lower(), m.group("second").lower()
            if not _is_person_subject(m.group("subj")):
                continue
            if first in _R15_COMPOUND_OK or second in _R15_COMPOUND_ROLE:
                continue
            if f"{first}-{second}" in _R15_PRAISE or second in _R15_ROLES:
                continue
            yield m.start(), m.end()
    if "material" in words and "not" in words:
        for m in _R15_MATERIAL.finditer(text):
            subj = m.group("subj")
            if subj is not None and not _is_person_subject(subj):
                continue
            if _R15_MATERIAL_NOT.isdisjoint(m.group("slot").lower().split()):
                yield m.start() if subj else m.start("slot") - 4, m.end()
    if "attitude" in words:
        for m in _R15_ATTITUDE_NOTE.finditer(text):
            yield m.start() + len(m.group()) - len(m.group().lstrip(".!? \n")), m.end()
    if not words.isdisjoint(_J15_BENEATH_WORDS):
        for m in _R15_BENEATH.finditer(text):
            if m.group("subj") is None or _is_person_subject(m.group("subj")):
                yield m.start(), m.end()
    if "typical" in words:
        for m in _R15_TYPICAL_OF.finditer(text):
            yield m.start(), m.end()
    if "across" in words:
        for m in _R15_ACROSS_SOMEONE.finditer(text):
            if not _is_person_subject(m.group("subj")):
                continue
            if _NEGATED.search(text, m.start(), m.start("rest")):
                continue
            rest = m.group("rest")
            if _R15_GOOD_SOMEONE.search(rest) or _POSITIVE_BEHAVIOUR.search(rest):
                continue
            yield m.start(), m.end()
    if not words.isdisjoint(_J15_ISSUE_WORDS) and not words.isdisjoint(_J15_TRAIT_WORDS):
        for m in _R15_ISSUE_IS.finditer(text):
            yield m.start(), m.end()
    if "belly" in words:
        for m in _R15_BELLY.finditer(text):
            yield m.start(), m.end()
    if "exception" in words or "different" in words:
        for m in _R15_NO_EXCEPTION.finditer(text):
            if _is_person_subject(m.group("subj")):
                yield m.start(), m.end()


# Sarcastic praise of a fault: a praise opener, then the fault in the same sentence.
_R15_SARCASM = _rare(
    r"(?:^|(?<=[.!?\n])\s*)(?:well\s+done|congratulations|congrats|great\s+job|good\s+job|"
    r"nice\s+work|nice\s+one|great\s+work|bravo|kudos|brilliant\s+work|top\s+work|hats\s+off)"
    r"\b[^.!?\n]{0,80}?(?:\bmanaged\s+to\s+(?:be\s+late|turn\s+up\s+late|miss|lose|break|"
    r"crash|forget|double-book|overbook|be\s+off)\b[^.!?\n]{0,40}\b(?:only|just)\b|"
    r"\b(?:it|that|which|this)\s+only\s+(?:(?:took|brought|knocked|put)\s+[\w\s-]{0,30}?\b(?:down|"
    r"offline|out\s+of\s+action)\b|(?:crashed|broke|deleted|wiped|locked)\b|(?:[\w-]+\s+){1,5}?"
    r"(?:the\s+)?wrong\b)|"
    r"\bonly\s+(?:\w+|\d+)\s+(?:years?|months?|weeks?|days?|hours?)\s+late\b|"
    r"\b(?:discovering|finding|learning|working\s+out|figuring\s+out|remembering|noticing|"
    r"mastering)\b[^.!?\n]{0,50}?,?\s+only\s+(?:\w+|\d+)\s+(?:years?|months?|weeks?|days?|shifts?)\s+(?:in|late|after)\b|"
    r"\b(?:late|off\s+sick|absent|missed|lost)\b[^.!?\n]{0,40}\b(?:a\s+)?(?:new\s+)?personal\s+"
    r"best\b)",
    _F,
)
# "I'm sure the guests loved the extra suspense."
_R15_SURE_LOVED = _rare(
    r"\bI['’]m\s+sure\s+(?:the\s+|our\s+|your\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:really\s+)?"
    r"(?:loved|enjoyed|appreciated|relished)\s+(?:the|that|all\s+the)\s+(?:extra|added|"
    r"unexpected|little|bonus)\s+(?:suspense|excitement|drama|thrill|adventure|mystery|wait|"
    r"entertainment|surprise|workout)\b",
    _F,
)
# "Thanks so much for gracing us with your presence", "nice of you to finally join us".
_R15_THANKS_SNEER = _rare(
    r"\b(?:thanks|thank\s+you|nice|good|kind|lovely)\s+(?:so\s+much\s+|very\s+much\s+|a\s+lot\s+|"
    r"of\s+you\s+)?(?:for|to)\s+(?:finally\s+|eventually\s+)?(?:grac(?:ing|e)|honou?r(?:ing)?|"
    r"bless(?:ing)?|deign(?:ing)?)\s+(?:us\s+|the\s+\w+\s+)?(?:with\s+(?:your|his|her)\s+"
    r"(?:presence|company)|to\b)",
    _F,
)
# "the rota spreadsheet is just a bit beyond him", "Bless her, she tries".
_R15_BEYOND = _rare(
    r"\b(?:is|was|are|were|['’]s|seems|seemed|proved|proving)\s+(?:just\s+|simply\s+|clearly\s+|"
    r"obviously\s+)?(?:(?:a\s+(?:bit|little|tad)|rather|way|well|slightly|completely|totally|"
    r"a\s+step|one\s+step)\s+)?beyond\s+(?:him|her|them|you)\b(?!\s+(?:control|now|today|this|"
    r"that|the|to|in|at|for|by)\b)|"
    r"(?:^|[.!?]\s+|[,;(—–-]\s*)bless\s+(?:him|her|them|his\s+heart|her\s+heart)\s*[,—–-]+\s*"
    r"(?:he|she|they)\s+(?:(?:really|does|do|genuinely)\s+)?(?:tries|try|means?\s+well|is\s+trying|"
    r"are\s+trying|does\s+try|do\s+try|gives?\s+it\s+a\s+go)\b",
    _F,
)
# "Apparently labelling a tube is rocket science."
_R15_ROCKET = _rare(
    r"\b(?:apparently|evidently|clearly|obviously|seems|because)\b[^.!?\n]{0,50}\b(?:is|was|are|"
    r"counts\s+as)\s+(?:now\s+)?(?:rocket\s+science|brain\s+surgery|a\s+dark\s+art|quantum\s+physics)\b",
    _F,
)
# "I shouldn't have to explain this to someone with a PhD."
_R15_EXPLAIN_TO = _rare(
    r"\b(?:I|we)\s+(?:shouldn['’]t|should\s+not|should\s+never|wouldn['’]t\s+expect\s+to)\s+"
    r"(?:have|need)\s+to\s+(?:explain|tell|teach|spell|show|remind)\s+(?:this|that|it|"
    r"something\s+this\s+basic|the\s+basics)?\s*(?:out\s+)?to\s+(?:someone|somebody|a\s+grown|"
    r"an\s+adult|a\s+qualified|a\s+(?:senior|trained|professional)|a\s+person|someone\s+of)\b",
    _F,
)
# "honestly, it's like managing a teenager", "like listening to my nan chat".
_R15_LIKE_CHILD = _rare(
    r"\b(?:it['’]s|it\s+is|it\s+was|it['’]s\s+been|it\s+feels)\s+(?:just\s+|honestly\s+|"
    r"literally\s+|a\s+bit\s+|more\s+)?like\s+(?:managing|watching|listening\s+to|dealing\s+with|"
    r"supervising|talking\s+to|babysitting|working\s+with|teaching|minding|herding|"
    r"training|waiting\s+for|coaching|running\s+after)\s+(?:a|an|my|your|some|his|her)\s+"
    r"(?:(?:little|old|stroppy|sulky|moody|bored|overgrown|spoilt|spoiled)\s+)?"
    r"(?:teenager|teen|toddler|child|kid|schoolboy|schoolgirl|nan|nana|gran|granny|grandma|"
    r"grandad|grandpa|pensioner|\w+-year-old|infant|baby|sloth|snail|tortoise)\b",
    _F,
)
# Health waved away: "someone in her condition", "her nerves - or whatever the term is".
_R15_CONDITION = _rare(
    r"\b(?:someone|somebody|anyone|a\s+(?:man|woman|lad|girl|person))\s+(?:in|with)\s+"
    r"(?:his|her|your|their|that)\s+condition\b|"
    r"\b(?:busy|occupied|tied\s+up|engrossed)\s+(?:with|in|doing)\s+whatever\s+(?:it\s+is|else)\s+"
    r"(?:that\s+)?(?:you|he|she|they)(?:['’]re|['’]s|\s+(?:are|is|do|does))\b|"
    r"\bor\s+whatever\s+(?:the\s+(?:medical|proper|official|fancy|correct|latest)\s+(?:term|word|"
    r"name|label)\s+is|(?:they|you|she|he|doctors)(?:\s+(?:call|calls|are\s+calling)|['’]re\s+"
    r"calling)\s+it)\b",
    _F,
)
_R15_HEALTH = _gate(
    "condition nerves anxiety stress depression diagnosis adhd autism dyslexia back migraines",
    "migraine therapy medical illness health breakdown panic wellbeing mental",
)
# "Perhaps retirement is something she should be thinking about."
_R15_RETIRE = _rare(
    r"\b(?:retirement|retiring)\s+(?:is|might\s+be|may\s+be|could\s+be)\s+(?:something|"
    r"an\s+option)\s+(?:that\s+)?(?:he|she|you|they)\s+(?:should|ought|might|may|could)\b|"
    r"\b(?:he|she|you)\s+(?:should|ought\s+to|might\s+want\s+to|may\s+want\s+to)\s+(?:be\s+)?"
    r"(?:think|thinking|consider|considering|look\s+at|looking\s+at)\s+(?:about\s+)?"
    r"(?:(?:early|taking)\s+)?(?:retirement|retiring|hanging\s+up\s+(?:his|her|your))\b|"
    r"\b(?:time|about\s+time)\s+(?:he|she|you)\s+(?:thought\s+about|considered|looked\s+at)\s+"
    r"(?:(?:early)\s+)?(?:retirement|retiring)\b",
    _F,
)
# Origin as the reason: "maybe they do things differently where he's from".
_R15_WHERE_FROM = _rare(
    r"\b(?:differently|like\s+that|that\s+way|how\s+(?:things\s+are|it['’]s|they)\s+(?:done|do)|"
    r"the\s+way\s+they\s+do\s+(?:it|things))\s+(?:back\s+)?(?:where\s+(?:he|she|you|they)(?:['’]s|"
    r"['’]re|\s+is|\s+are|\s+comes?|\s+came)\s+from|(?:back\s+)?(?:home|in\s+(?:his|her|your|"
    r"their)\s+country))\b",
    _F,
)
# A rhetorical question about prayer or worship.
_R15_PRAYER = _rare(
    r"\b(?:does|do|did)\s+(?:he|she|you|they)\s+(?:really\s+)?(?:think|expect|imagine|reckon|"
    r"suppose)\b[^.!?\n]{0,80}\b(?:prayers?|praying|rosary|namaz|salah|mass|church|mosque|"
    r"temple|synagogue|gurdwara|fasting|ramadan|sabbath)\b[^.!\n]{0,30}\?",
    _F,
)
# "…, as the women on the team sometimes do": a group of sex, age or origin as the cause.
_R15_AS_GROUP = _rare(
    r",?\s+(?:as|like)\s+(?:the\s+|most\s+|many\s+|some\s+|all\s+)?(?:(?:young|older|new|"
    r"foreign)\s+)?(?:women|ladies|girls|men|lads|boys|mums|mothers|new\s+mums|dads|"
    r"millennials|boomers|youngsters|pensioners|foreigners|immigrants|older\s+staff)\b"
    r"(?:\s+(?:on|in|at)\s+(?:the|this|our)\s+\w+)?\s+(?:sometimes|often|usually|always|tend\s+to|"
    r"so\s+often|invariably|generally)?\s*(?:do|does|did|are|will)\b(?!\s+\w+ing\b)",
    _F,
)
# "fewer trips to the vending machine and he'd get round quicker".
_R15_FOOD = _rare(
    r"\b(?:fewer|less|lay(?:s|ing)?\s+off|laid\s+off|go\s+easy\s+on|went\s+easy\s+on|cut(?:ting)?\s+"
    r"(?:down|back)\s+on|skip(?:ped|ping)?|put\s+down)\s+(?:the\s+)?(?:(?:trips?|visits?|runs?)\s+"
    r"to\s+the\s+)?(?:[\w-]+\s+)?(?:vending\s+machine|snacks?|biscuits?|biscuit\s+tin|cakes?|pies?|"
    r"doughnuts?|donuts?|chips|takeaways?|burgers?|sweets|chocolate|canteen|fry-ups?|pastries|"
    r"second\s+helpings|seconds|kebabs?|crisps|sausage\s+rolls?|chippy|bakery|fizzy\s+drinks?)\b"
    r"[^.!?\n]{0,20}\b(?:he|she|you|they)(?:['’]d|['’]ll|\s+(?:would|might|could|will|may))\b",
    _F,
)
# Children at home named as why "her priorities are elsewhere".
_R15_FAMILY_ELSEWHERE = _rare(
    r"\b(?:children|kids|baby|babies|toddlers?|twins|family|little\s+ones)\b[^.!?\n]{0,60}"
    r"\b(?:priorities|head|mind|heart|focus)\s+(?:are|is|were|was|has\s+been|have\s+been|lies|lie)"
    r"\s+(?:clearly\s+|obviously\s+|evidently\s+|now\s+)?(?:elsewhere|somewhere\s+else|at\s+home)\b",
    _F,
)
_D15_WORSHIP = _gate(
    "prayers prayer praying rosary namaz salah mass church mosque temple synagogue gurdwara",
    "fasting ramadan sabbath",
)
_D15_GROUP = _gate(
    "women ladies girls men lads boys mums mothers dads millennials boomers youngsters",
    "pensioners foreigners immigrants staff",
)
_D15_CHILD = _gate(
    "teenager teen toddler child kid schoolboy schoolgirl nan nana gran granny grandma grandad",
    "grandpa pensioner infant baby sloth snail tortoise year old",
)
_D15_FOOD = _gate(
    "vending snack snacks biscuit biscuits cake cakes pie pies doughnuts doughnut donuts donut",
    "chips takeaway takeaways burger burgers sweets chocolate canteen fry ups pastries helpings",
    "seconds kebab kebabs crisps rolls chippy bakery fizzy",
)
_D15_ANY = (
    _D15_GROUP
    | _D15_CHILD
    | _D15_FOOD
    | _gate(
        "fewer less easy skip skipped skipping busy occupied exception different",
        "done congratulations congrats job work one bravo kudos off sure loved enjoyed appreciated",
        "relished gracing grace honouring honoring blessing deigning beyond bless science surgery",
        "art physics explain tell teach spell remind condition whatever retirement retiring",
        "differently home prayers prayer praying rosary namaz salah mass church mosque temple",
        "synagogue gurdwara fasting ramadan sabbath as elsewhere else",
    )
)


# The gates of the function below, built once.
_D15_SARCASM_WORDS = _gate("done congratulations congrats job work one bravo kudos off")
_D15_GRACE_WORDS = _gate("gracing grace honouring honoring blessing deigning deign")
_D15_ROCKET_WORDS = _gate("science surgery art physics")
_D15_LOVED_WORDS = _gate("loved enjoyed appreciated relished")
_D15_EXPLAIN_WORDS = _gate("explain tell teach spell remind show")
_D15_WHERE_WORDS = _gate("differently that way done do")
_D15_BUSY_WORDS = _gate("busy occupied")


def _demeaning_r15(text: str, words: frozenset[str]) -> Iterator[Span]:
    """Round fifteen's belittling frames, each behind the words it cannot match without."""
    branches: list[re.Pattern[str]] = []
    if not words.isdisjoint(_D15_SARCASM_WORDS):
        branches.append(_R15_SARCASM)
    if "sure" in words and not words.isdisjoint(_D15_LOVED_WORDS):
        branches.append(_R15_SURE_LOVED)
    if not words.isdisjoint(_D15_GRACE_WORDS):
        branches.append(_R15_THANKS_SNEER)
    if "beyond" in words or "bless" in words:
        branches.append(_R15_BEYOND)
    if not words.isdisjoint(_D15_ROCKET_WORDS):
        branches.append(_R15_ROCKET)
    if "to" in words and not words.isdisjoint(_D15_EXPLAIN_WORDS):
        branches.append(_R15_EXPLAIN_TO)
    if "like" in words and not words.isdisjoint(_D15_CHILD):
        branches.append(_R15_LIKE_CHILD)
    if "condition" in words or (
        "whatever" in words
        and (not words.isdisjoint(_R15_HEALTH) or not words.isdisjoint(_D15_BUSY_WORDS))
    ):
        branches.append(_R15_CONDITION)
    if "retirement" in words or "retiring" in words:
        branches.append(_R15_RETIRE)
    if ("from" in words or "home" in words or "country" in words) and not words.isdisjoint(
        _D15_WHERE_WORDS
    ):
        branches.append(_R15_WHERE_FROM)
    if "?" in text and not words.isdisjoint(_D15_WORSHIP):
        branches.append(_R15_PRAYER)
    if ("as" in words or "like" in words) and not words.isdisjoint(_D15_GROUP):
        branches.append(_R15_AS_GROUP)
    if not words.isdisjoint(_D15_FOOD):
        branches.append(_R15_FOOD)
    if "elsewhere" in words or "else" in words or "home" in words:
        branches.append(_R15_FAMILY_ELSEWHERE)
    if "exception" in words or "different" in words:
        for m in _R15_NO_EXCEPTION.finditer(text):
            group = m.group("group") or m.group("group2")
            if _is_person_subject(m.group("subj")) and _R15_ORIGIN_GROUP.search(group):
                yield m.start(), m.end()
    for rx in branches:
        for m in rx.finditer(text):
            yield m.start(), m.end()


# "She consistently fails to respond", "he invariably forgets to sign out".
_R15_HABIT_FAIL = _rare(
    rf"{_SUBJ}\s+(?:(?:just|also|still|simply)\s+)?(?:consistently|invariably|persistently|"
    rf"routinely|habitually|perpetually|continually|chronically|reliably)\s+(?:fails?|forgets?|"
    rf"neglects?|misses|miss|ignores?|omits?|overlooks?|skips?|arrives?\s+late|turns?\s+up\s+late|"
    rf"leaves?\s+early|refuses?|ducks?|dodges?|avoids?|under-?delivers?)\b",
    _F,
)
# "Argues with every instruction." (a note without a subject), "rolls her eyes at every session".
_R15_FRAGMENT_EVERY = _rare(
    rf"(?:^|[.!?]\s+|\n)(?P<verb>{_FAULT_VERB}|rolls?\s+(?:his|her|their|your)\s+eyes\s+at|"
    rf"(?:sighs?|scoffs?|sneers?|smirks?|tuts?|groans?)\s+at|ducks?|duck|swerves?)\s+(?:(?:just\s+)?about\s+|almost\s+|"
    rf"nearly\s+)?(?:every|each)\s+(?:single\s+)?[\w-]+",
    _F,
)
_R15_EYES_EVERY = _rare(
    rf"{_SUBJ}\s+(?:(?:just|still|always|also)\s+)?(?:roll|rolls|rolled|rolling)\s+(?:your|his|"
    rf"her|their)\s+eyes\s+(?:at|in|during|through)\s+(?:just\s+about\s+|almost\s+)?(?:every|each)"
    rf"\b|{_SUBJ.replace('<subj>', '<subj2>')}\s+(?:(?:just|still|always|also)\s+)?(?:sighs?|"
    rf"scoffs?|sneers?|smirks?|tuts?|groans?|sighed|scoffed|sneered|smirked|tutted|groaned)\s+"
    rf"(?:at|through|during)\s+(?:just\s+about\s+|almost\s+)?(?:every|each)\b",
    _F,
)
# "The site diary is never filled in by you unless someone chases it."
_R15_PASSIVE_NEVER = _rare(
    rf"\b(?:is|are|gets|get)\s+(?P<mark>never|always|constantly|forever)\s+(?P<rest>(?:[\w-]+\s+)?"
    rf"[\w-]+(?:ed|en|t)\b(?:\s+(?:in|up|out|off|back|on\s+time|properly|correctly|late))?)"
    rf"\s+by\s+(?P<subj>you|him|her|{_NAME})\b",
    _F,
)
# "Every handover with Marco ends in a scramble."
_R15_EVERY_WITH = _rare(
    rf"\b(?:every|each)\s+(?:single\s+)?[\w-]+\s+(?:with|from|involving)\s+(?P<subj>you|him|her|"
    rf"{_NAME})\s+(?:(?:just|always|somehow)\s+)?(?:ends?|ended|turns?|turned|descends?|"
    rf"descended|becomes?|became|dissolves?|finishes?)\s+(?:up\s+)?(?:in|into|with|as)\s+"
    rf"(?:an?\s+|the\s+)?(?:(?:mad|last-minute|full-blown|right|total|shouting|blazing)\s+)?"
    rf"(?:scramble|mess|row|argument|shouting\s+match|chaos|panic|drama|fight|complaint|"
    rf"firefight|stand-off|standoff|blame\s+game|slanging\s+match|disaster|tears|search|hunt)\b",
    _F,
)
# "Each and every purchase order you raise has to be sent back at least once."
_R15_EVERY_YOU = _rare(
    rf"\b(?:each\s+and\s+every|every\s+single|every)\s+(?:[\w-]+\s+){{1,3}}?(?P<subj>you|he|she|"
    rf"{_NAME})\s+(?:raise|raises|raised|write|writes|wrote|send|sends|sent|submit|submits|"
    rf"submitted|enter|enters|entered|file|files|filed|produce|produces|produced|book|books|"
    rf"booked|draft|drafts|drafted|log|logs|logged|process|processes|processed|touch|touches|"
    rf"touched|pick|picks|picked|pack|packs|packed|build|builds|built|make|makes|made|key|keys|"
    rf"keyed)\s+(?:(?:has|have|had|needs?|needed|seems)\s+to\s+be|gets?|got|is|was|ends?\s+up|"
    rf"ended\s+up|comes?|came)\s+(?:being\s+)?(?:sent\s+back|returned|redone|re-done|rejected|"
    rf"bounced|corrected|fixed|reworked|re-worked|checked\s+again|queried|wrong|late|back)\b",
    _F,
)
_A15_ANY = _gate(
    "consistently invariably persistently routinely habitually perpetually continually",
    "chronically reliably every each never always constantly forever",
)


# The gates of the function below, built once.
_A15_PLAIN_WORDS = _gate("never always constantly forever")
_A15_HABIT_WORDS = _A15_ANY - _A14_EVERY - _A15_PLAIN_WORDS
_A15_SCOFF_WORDS = _gate("sigh sighs scoff scoffs sneer sneers")


def _absolute_r15(text: str, words: frozenset[str]) -> Iterator[Span]:
    """Round fifteen's sweeps, each behind the words it cannot match without."""
    if not words.isdisjoint(_A15_HABIT_WORDS):
        for m in _R15_HABIT_FAIL.finditer(text):
            if _is_person_subject(m.group("subj")):
                yield m.start(), m.end()
    every = not words.isdisjoint(_A14_EVERY)
    if every:
        for m in _R15_FRAGMENT_EVERY.finditer(text):
            start = m.start("verb")
            at_start = text[start].isupper() or text[start - 1 : start] == "\n" or start == 0
            if at_start and not _ONE_DAY.search(_clause_of(text, m.start(), m.end())):
                yield start, m.end()
        if "eyes" in words or not words.isdisjoint(_A15_SCOFF_WORDS):
            for m in _R15_EYES_EVERY.finditer(text):
                subj = m.group("subj") or m.group("subj2")
                if _is_person_subject(subj):
                    yield m.start(), m.end()
    if "by" in words and not words.isdisjoint(_A15_PLAIN_WORDS):
        for m in _R15_PASSIVE_NEVER.finditer(text):
            subj = m.group("subj")
            person = subj.lower() in ("him", "her") or _is_person_subject(subj)
            if person and not _is_praise(m.group("mark"), m.group("rest")):
                yield m.start(), m.end()
    if every and ("with" in words or "from" in words or "involving" in words):
        for m in _R15_EVERY_WITH.finditer(text):
            subj = m.group("subj")
            if subj.lower() in ("him", "her") or _is_person_subject(subj):
                yield m.start(), m.end()
    if every:
        for m in _R15_EVERY_YOU.finditer(text):
            if _is_person_subject(m.group("subj")):
                yield m.start(), m.end("subj")


# Every word a round-fifteen gate starts from (``_r15_words``).
_R15_KEYS = (
    _J15_ANY
    | _D15_ANY
    | _D15_WORSHIP
    | _A15_ANY
    | _R15_HEALTH
    | _gate("fewer less easy down back skip skipped skipping to from country show")
)


# ---------------------------------------------------------------------------------------------
# Round sixteen: more frames with an open slot (heldout14's families), each behind its own words
# ---------------------------------------------------------------------------------------------


def _person_hits(rx: re.Pattern[str], text: str, group: str = "subj") -> Iterator[re.Match[str]]:
    """Matches whose subject is a person, retrying after a capitalised word wrongly taken for a
    name ("Frankly he …")."""
    pos = 0
    while (m := rx.search(text, pos)) is not None:
        if _is_person_subject(m.group(group)):
            yield m
            pos = max(m.end(), pos + 1)
        else:
            pos = m.end(group)


# Idioms of character kept out of the big _TRAITS (speed): "slow on the uptake", "set in his
# ways", "a chancer"; and a sweeping adverb before a label ("you're perpetually disorganised").
_R16_TRAITS = _alt(
    """slow_on_the_uptake set_in_his_ways set_in_her_ways set_in_their_ways set_in_your_ways
    stuck_in_his_ways stuck_in_her_ways stuck_in_their_ways stuck_in_your_ways chancer
    bone_idle bone-idle"""
)
_R16_SWEEPING = r"(?:perpetually|permanently|eternally|endlessly|forever|constantly|continually)"
_R16_LABEL = _rare(
    rf"{_SUBJ}(?:\s+(?:just|simply|clearly|obviously|really|honestly|frankly|still|also))?"
    rf"{_COPULA}(?P<mods>(?:\s+{_MOD}\b){{0,3}})\s+(?:(?:an?\s+)?(?:real\s+|total\s+)?{_R16_TRAITS}|"
    rf"{_R16_SWEEPING}\s+(?:{_MOD}\s+){{0,2}}(?P<trait>{_TRAITS}))\b",
    _F,
)
_J16_LABEL = _gate(
    "uptake ways chancer idle perpetually permanently eternally endlessly forever constantly",
    "continually",
)
# "She's lovely with the patients but a bit scatterbrained", "he's quiet and set in his ways":
# a label after "but" / "and" / "yet" still has the subject of its sentence.
_R16_CARRIED = _rare(
    rf"{_SUBJ}(?:['’](?:re|s)|\s+(?:is|are|was|were|can\s+be|seems|seemed))\s+"
    rf"(?P<mid>[^.;:!?\n\"“”‘]{{2,60}}?)\s+(?:but|and|yet)\s+(?:(?:also|at\s+times|often|"
    rf"sometimes)\s+)?"
    rf"(?P<mods>(?:{_MOD}\s+){{0,3}})(?P<trait>{_TRAITS}|{_R16_TRAITS})\b"
    rf"(?!\s+to\s+(?:reach|find|contact|get\s+hold\s+of|catch|replace|read|see)\b)",
    _F,
)
_R16_QUOTE_OPEN = re.compile(r"(?:^|\s)['’]")
# "Bit of a lone wolf, our Rhys." / "A real worrier, that lad."
_R16_FRONTED = _rare(
    rf"(?:^|[.!?]\s+|\n)(?P<frame>(?:a\s+)?(?:(?:little\s+)?bit\s+of\s+an?|real|proper|right|"
    rf"total|complete))\s+(?P<slot>[\w'’-]+(?:\s+[\w'’-]+){{0,2}}?)\s*,\s+(?:is\s+)?(?:(?:our|your|that|"
    rf"this|young|old|my)\s+)?(?P<subj>{_NAME}|lad|lass|girl|boy|guy|fella|fellow|bloke|chap)\b"
    rf"(?!\s+(?:is|was|has|had|will|and|or)\b)",
    _F,
)
# Disengagement: "has mentally checked out", "tends to coast", "going through the motions".
_R16_CHECKED_OUT = _rare(
    rf"{_SUBJ}(?:['’](?:s|ve|re)|\s+(?:has|have|had|is|are|was|were))?\s+(?:(?:clearly|obviously|"
    rf"just|already|completely|totally|mentally|emotionally|basically|long\s+since|quietly|been|"
    rf"kind\s+of|sort\s+of|pretty\s+much|well\s+and\s+truly|seems\s+to\s+have|seem\s+to\s+have|"
    rf"appears\s+to\s+have|tends\s+to|tend\s+to|likes\s+to|seems\s+happy\s+to|seems\s+content\s+to|"
    rf"is\s+happy\s+to|is\s+content\s+to|happy\s+to|content\s+to)\s+)*(?:checked\s+out|"
    rf"switched\s+off|clocked\s+off\s+mentally|given\s+up|coast(?:s|ing|ed)?(?:\s+along)?|"
    rf"cruis(?:es|ing|ed)\s+along|drift(?:s|ing|ed)\s+along|(?:going|goes|went)\s+through\s+the\s+"
    rf"motions|phon(?:ing|es|ed)\s+it\s+in|quietly\s+quit(?:ting)?|stopped\s+trying|"
    rf"stopped\s+caring)\b(?!\s+(?:of|the|a|an|his|her|their|your|my|our|this|that|these|those|"
    rf"early|to|at|\w+ing)\b)",
    _F,
)
# "I don't think Chidi has the hunger for this", "she doesn't have the drive".
_R16_DENIED_HAS = _rare(
    rf"\b(?:(?:I|we)\s+(?:(?:really|just|honestly|genuinely)\s+)?(?:don['’]t|do\s+not|can['’]t|"
    rf"cannot)\s+(?:think|believe|feel|see|say)|(?:I['’]m|I\s+am|we['’]re|we\s+are)\s+not\s+"
    rf"convinced)\s+(?:that\s+)?{_SUBJ}\s+(?:has|have|['’]s\s+got|"
    rf"has\s+got|shows?|brings?)\s+(?:(?:enough|a\s+lot\s+of|the\s+right)\s+)?"
    rf"(?P<q>{_QUALITY_NP})(?!\s+(?:of|over)\b)|"
    rf"{_SUBJ.replace('<subj>', '<subj2>')}\s+(?:(?:just|simply|really|clearly)\s+)?(?:doesn['’]t|"
    rf"does\s+not|don['’]t|do\s+not|hasn['’]t\s+got|has\s+not\s+got|haven['’]t\s+got)\s+"
    rf"(?:(?:seem\s+to|really|quite)\s+)?(?:have\s+|show\s+|bring\s+)?(?:the|enough|much|"
    rf"a\s+lot\s+of|the\s+right|real)\s+(?P<q2>{_QUALITY_NP})(?!\s+(?:of|over)\b)",
    _F,
)
_R16_ROLE_QUALITY = _gate("responsibility ownership accountability leadership focus energy")
# "Some people just aren't cut out for a lead role", "some people are simply lazy".
_R16_SOME_PEOPLE = _rare(
    rf"\b(?:some|certain)\s+(?:people|folk|folks|individuals)\s+(?:(?:here|around\s+here)\s+)?"
    rf"(?:(?:just|simply|clearly|obviously|really|frankly)\s+)?(?P<cop>are(?:n['’]t|\s+not)?|"
    rf"will\s+never\s+be|won['’]t\s+ever\s+be|will\s+always\s+be)\s+"
    rf"(?P<mods>(?:{_MOD}\s+){{0,3}})(?P<trait>{_TRAITS}|{_NEGATABLE})\b",
    _F,
)
# "You're a chancer, plain and simple." / "He's a bully, full stop."
_R16_CODA = _rare(
    rf"{_SUBJ}(?:['’](?:s|re)|\s+(?:is|are|was|were))\s+(?:(?:just|simply|basically)\s+)?an?\s+"
    rf"(?P<slot>[\w'’-]+(?:\s+[\w'’-]+)?)\s*[,—–-]?\s+(?:plain\s+and\s+simple|pure\s+and\s+simple|"
    rf"full\s+stop|period|end\s+of\s+story|end\s+of|no\s+two\s+ways\s+about\s+it|"
    rf"simple\s+as\s+that)\b",
    _F,
)
# "Typical Brendan: never reads the brief" / "Typical Sophie, late again."
_R16_TYPICAL_NAME = _rare(
    rf"(?:^|[.!?]\s+|\n)(?P<head>(?:(?:that['’]s|that\s+is|how)\s+)?typical\s+(?:of\s+)?)(?P<subj>{_NAME})"
    rf"\s*[:;,!—–-]\s*(?P<rest>(?:(?:he|she|you|they)\s+|(?:never|always|late|forgot|forgets|"
    rf"forgotten|missed|misses|ignores|ignored|blames|blamed|again|no-show|not\s+a)\b)"
    rf"[^.!?\n]{{0,100}})",
    _F,
)
_R16_HABIT_MARK = re.compile(r"\b(?:never|always|constantly|forever)\b", _F)
# "a real she'll-be-right attitude", "his couldn't-care-less approach".
_R16_COMPOUND_ATTITUDE = _rare(
    r"\b(?:a|an|this|that|such\s+a|his|her|their|your)\s+(?:(?:real|bit\s+of\s+an?|very|typical|"
    r"total|complete|proper)\s+)*(?P<compound>[\w'’]+(?:-[\w'’]+){1,5})\s+(?:attitude|mentality|"
    r"mindset|approach|outlook)\b",
    _F,
)
_R16_BAD_COMPOUND = re.compile(
    r"n['’]t\b|['’]ll\b|\b(?:whatever|bothered|enough|not|someone|somebody|else|may|later|"
    r"tomorrow|me)\b",
    _F,
)
# "he's a rockstar who's above code review" (not "above average", "above gossip").
_R16_ABOVE = _rare(
    rf"(?:{_SUBJ}|\b(?P<who>who))(?:['’]s|['’]re|\s+(?:is|are|was|were|feels?|felt))\s+"
    rf"(?:(?:clearly|apparently|obviously|somehow|far|way|just|now|still|evidently)\s+)?"
    rf"above\s+(?:(?:the|such|basic|doing|any|our|mere|silly|boring|menial)\s+)*"
    rf"(?P<slot>[\w-]+(?:\s+[\w-]+)?)",
    _F,
)
_R16_ABOVE_OK = _gate(
    """average target targets par expectations expectation budget forecast plan benchmark board
    water ground reproach suspicion criticism line threshold standard standards grade level
    limit quota me us him her them you it all that this everyone everybody gossip politics
    petty pettiness squabbles squabbling drama bickering rumours rumour spite sniping backbiting
    point-scoring name-calling rest others floor desk stairs office"""
)
# "very much a nine-to-five merchant", "a bit of a panic merchant" (not "a timber merchant").
_R16_MERCHANT = _rare(
    r"\b(?:an?|the|real|proper|right|total|resident|bit\s+of\s+an?)\s+(?:(?:real|proper|right|"
    r"total|complete|office|resident|team|ward|site|shop|floor|local)\s+)?(?P<slot>[\w'’-]+)\s+"
    r"merchants?\b",
    _F,
)
_R16_TRADES = _gate(
    """timber wine coal builders builder tea coffee spice fish corn grain cloth seed scrap metal
    art antique antiques wool silk diamond fruit flower coin stamp book arms fabric lumber steel
    textile produce cattle horse grocery card"""
)
# A sulk as a habit: "she's always got a face on her", "in one of his moods".
_R16_FACE = _rare(
    rf"{_SUBJ}[^.;!?\n]{{0,25}}?\b(?:got|has|had|wears|wearing|with|pulls|pulling|puts)\s+"
    rf"(?:such\s+|a\s+(?:right\s+|real\s+|proper\s+)?|that\s+)?face\s+(?:on\s+(?:her|him|them|"
    rf"you)\b|like\s+(?:thunder|a\s+wet\s+(?:weekend|week)|a\s+smacked\s+\w+|a\s+slapped\s+\w+|"
    rf"a\s+bulldog\s+\w+))|"
    rf"{_SUBJ.replace('<subj>', '<subj2>')}(?:['’](?:s|re)|\s+(?:is|are|was|were|gets|got))\s+"
    rf"(?:(?:often|always|usually|clearly|still|just)\s+)?in\s+one\s+of\s+(?:his|her|their|your)\s+"
    rf"moods\b",
    _F,
)
# "a new gradebook may feel beneath you"
_R16_FEEL_BENEATH = _rare(
    r"\b(?:feel|feels|felt|seem|seems|seemed)\s+(?:a\s+(?:bit|little)\s+|somehow\s+|rather\s+)?"
    r"beneath\s+(?:you|him|her|them)\b",
    _F,
)
_J16_ANY = (
    _gate(
        "some certain plain pure stop period story ways simple typical attitude mentality",
        "mindset approach outlook above merchant merchants face moods beneath checked switched",
        "clocked given coast coasts coasting coasted cruises cruising cruised drifts drifting",
        "drifted motions phoning phones phoned quit quitting stopped think believe doesn don hasn",
        "convinced",
        "haven bit real proper right total complete",
    )
    | _J16_LABEL
)
_J16_COAST = _gate(
    "checked switched clocked given coast coasts coasting coasted cruises cruising cruised",
    "drifts drifting drifted motions phoning phones phoned quit quitting stopped",
)
_J16_FRONTED = _gate("bit real proper right total complete")
_J16_CODA = _gate("plain pure stop period story ways simple")
_J16_DENY = _gate("think believe doesn don hasn haven convinced")
_J16_ATTITUDE = _gate("attitude mentality mindset approach outlook")


# Cheap literal checks before the patterns that open on a subject (plain re tries those at
# every pronoun and capitalised word).
_R16_SWEEP_WORDS = _gate(
    "perpetually permanently eternally endlessly forever constantly continually"
)


def _r16_label_possible(words: frozenset[str]) -> bool:
    if "uptake" in words or "chancer" in words or ("idle" in words and "bone" in words):
        return True
    if "ways" in words and ("set" in words or "stuck" in words):
        return True
    return not words.isdisjoint(_R16_SWEEP_WORDS) and not words.isdisjoint(TRAIT_WORDS)


_R16_CARRY_WORDS = TRAIT_WORDS | _gate("uptake ways chancer idle")
_R16_COAST_ALONE = _gate("coast coasts coasting coasted motions quit quitting")
_R16_PHONING = _gate("phoning phones phoned")
_R16_DRIFTING = _gate("cruises cruising cruised drifts drifting drifted")


def _r16_coast_possible(words: frozenset[str]) -> bool:
    """The two words each disengagement idiom needs ("checked out", "given up" …)."""
    if not words.isdisjoint(_R16_COAST_ALONE):
        return True
    return (
        ("out" in words and "checked" in words)
        or ("off" in words and ("switched" in words or "clocked" in words))
        or ("up" in words and "given" in words)
        or ("stopped" in words and ("trying" in words or "caring" in words))
        or ("in" in words and not words.isdisjoint(_R16_PHONING))
        or ("along" in words and not words.isdisjoint(_R16_DRIFTING))
    )


_R16_QUALITY_WORDS = _last_words(_QUALITY)
_R16_PEOPLE = _gate("people folk folks individuals")
_R16_CODAS = (
    "plain and simple",
    "pure and simple",
    "full stop",
    "period",
    "end of story",
    "no two ways",
    "simple as that",
)


_R16_FRONT_TAILS = (", our ", ", that ", ", this ", ", young ", ", old ", ", my ", ", your ")


def _r16_fronted_possible(text: str, words: frozenset[str], keys: frozenset[str]) -> bool:
    """A fronted "Bit of a …,", or another frame word with a person after its comma."""
    if "bit" in keys and "of" in words:
        return True
    if keys.isdisjoint(_J16_FRONTED):
        return False
    low = text.lower()
    return any(tail in low for tail in _R16_FRONT_TAILS)


def _r16_coda_possible(low: str) -> bool:
    return any(c in low for c in _R16_CODAS)


def _carried_label_possible(text: str, words: frozenset[str]) -> bool:
    """A label word with "but" / "and" / "yet" in the 45 characters before it."""
    low = text.lower()
    for word in words & _R16_CARRY_WORDS:
        at = low.find(word)
        while at >= 0:
            window = low[max(0, at - 45) : at]
            if " but " in window or " and " in window or " yet " in window:
                return True
            at = low.find(word, at + 1)
    return False


def _judges_r16(text: str, words: frozenset[str], keys: frozenset[str]) -> Iterator[Span]:
    """Round sixteen's label frames, each behind the words it cannot match without."""
    if _r16_label_possible(words):
        for m in _person_hits(_R16_LABEL, text):
            if not _NEGATED.search(m.group("mods")):
                yield m.start(), m.end()
    if (
        not words.isdisjoint(_R16_CARRY_WORDS)
        and ("but" in words or "and" in words or "yet" in words)
        and _carried_label_possible(text, words)
    ):
        for m in _person_hits(_R16_CARRIED, text):
            if _R16_QUOTE_OPEN.search(m.group("mid")):
                continue  # "said you were 'slow and rude'": their words, not ours
            if not _NEGATED.search(m.group("mods")):
                yield m.start(), m.end()
    if "," in text and _r16_fronted_possible(text, words, keys):
        for m in _R16_FRONTED.finditer(text):
            if _is_person_subject(m.group("subj")) and _slot_is_label(m.group("slot")):
                yield m.start("frame"), m.end()
    if not keys.isdisjoint(_J16_COAST) and _r16_coast_possible(words):
        for m in _person_hits(_R16_CHECKED_OUT, text):
            yield m.start(), m.end()
    if (
        not keys.isdisjoint(_J16_DENY)
        and not words.isdisjoint(_R16_QUALITY_WORDS)
        and ("t" in words or "not" in words)
    ):
        for m in _R16_DENIED_HAS.finditer(text):
            subj = m.group("subj") or m.group("subj2")
            quality = (m.group("q") or m.group("q2")).split()[-1].lower()
            if _is_person_subject(subj) and quality not in _R16_ROLE_QUALITY:
                yield m.start(), m.end()
    if ("some" in keys or "certain" in keys) and not words.isdisjoint(_R16_PEOPLE):
        for m in _R16_SOME_PEOPLE.finditer(text):
            trait = re.sub(r"\s+", " ", m.group("trait").lower())
            negated = bool(_NEGATED.search(m.group("cop")) or _NEGATED.search(m.group("mods")))
            if (trait in _NEGATABLE_SET) == negated:
                yield m.start(), m.end()
    if not keys.isdisjoint(_J16_CODA) and _r16_coda_possible(text.lower()):
        for m in _person_hits(_R16_CODA, text):
            if _slot_is_label(m.group("slot")):
                yield m.start(), m.end()
    if "typical" in keys:
        for m in _R16_TYPICAL_NAME.finditer(text):
            rest = m.group("rest")
            if not _is_person_subject(m.group("subj")) or _is_praise("always", rest):
                continue
            # A catalogue of habits ("never reads …, never asks …") reads as character; one
            # fault ("Typical Marco, late as ever") is the habit alone.
            if len(_R16_HABIT_MARK.findall(rest)) >= 2:
                yield m.start("head"), m.end("subj")
    if "-" in text and not keys.isdisjoint(_J16_ATTITUDE):
        for m in _R16_COMPOUND_ATTITUDE.finditer(text):
            if _R16_BAD_COMPOUND.search(m.group("compound")):
                yield m.start(), m.end()
    if "above" in keys:
        for m in _R16_ABOVE.finditer(text):
            if m.group("who") is None and not _is_person_subject(m.group("subj")):
                continue
            if _R16_ABOVE_OK.isdisjoint(m.group("slot").lower().split()):
                yield m.start(), m.end()
    if "merchant" in keys or "merchants" in keys:
        for m in _R16_MERCHANT.finditer(text):
            if m.group("slot").lower() not in _R16_TRADES:
                yield m.start(), m.end()
    if "face" in keys or "moods" in keys:
        for m in _R16_FACE.finditer(text):
            if _is_person_subject(m.group("subj") or m.group("subj2")):
                yield m.start(), m.end()
    if "beneath" in keys:
        for m in _R16_FEEL_BENEATH.finditer(text):
            yield m.start(), m.end()


# "He is like a small child", "you write emails like a Year 7 pupil" (not "treats them like a
# child", "like a kid in a sweet shop").
_R16_LIKE_CHILD = _rare(
    r"\blike\s+(?:a|an|some)\s+(?:(?:small|little|spoilt|spoiled|sulky|stroppy|naughty|moody|"
    r"overgrown|petulant|bored|big)\s+)?(?:child|kid|toddler|schoolboy|schoolgirl|schoolkid|"
    r"teenager|teen|infant|baby|year\s+\d+\s+(?:pupil|student|kid|child)?|[\w]+-year-old|"
    r"(?:primary|nursery)\s+school(?:er|\s+kid|\s+pupil|\s+child)?|pupil|first-year)\b"
    r"(?![-'’])(?!\s+(?:of|in\s+a|would|does|did|could)\b)",
    _F,
)
_R16_CHILD_PERSON = _compile(r"\b(?:you|he|she|they|(?-i:[A-Z][a-z]{1,20}))\b", _F)
_R16_ACTING = re.compile(r"\b(?:act|acts|acted|acting|behave|behaves|behaved|behaving)\s+$", _F)
_R16_CHILD_CARE = _compile(
    r"\b(?:treat\w*|talk\w*\s+to|speak\w*\s+to|spoke\s+to|handl\w*|look\w*\s+after|"
    r"car(?:e|es|ed|ing)\s+for|protect\w*|sleep\w*|slept|excited|grinning|beaming)\b",
    _F,
)
# "For someone with a master's, you write like …": a credential as the yardstick of a fault.
_R16_CREDENTIAL = _rare(
    r"\bfor\s+(?:someone|somebody|a\s+(?:man|woman|person|guy|graduate)|an\s+adult)\s+(?:with|"
    r"who\s+(?:has|holds|had)|holding)\s+(?:a|an|your|his|her|their|all\s+(?:those|that|your|his|"
    r"her|the)|two|three|so\s+many|\w+\s+years['’]?)\s+(?:[\w'’-]+\s+){0,2}?(?:master['’]?s|"
    r"degrees?|phd|doctorate|mba|qualifications?|diplomas?|credentials|education|experience|"
    r"letters\s+after\s+(?:his|her|your)\s+name)\b[^.!?\n]{0,15}?,\s*(?P<rest>[^.!?\n]{3,100})",
    _F,
)
_R16_FAULT_REST = _compile(
    r"\blike\s+an?\b|\bstill\b|\bbasic\b|\bcan['’]t\b|\bcannot\b|n['’]t\b|\bnot\b|\bnever\b", _F
)
# Sarcastic talent for a fault: "has a gift for finding the break room whenever a truck comes
# in", "has perfected the art of disappearing" (not "a gift for calming patients").
_R16_TALENT = _rare(
    r"\b(?:(?:has|have|had|['’]s\s+got|['’]ve\s+got|has\s+got|with|shows?)\s+(?:(?:a|an|such\s+a|"
    r"quite\s+a|real|rare|remarkable|uncanny|special|certain|genuine|amazing|incredible|"
    r"impressive|definite|true)\s+)+(?:gift|talent|knack|flair|genius|nose)\s+for|perfected\s+"
    r"the\s+(?:fine\s+|noble\s+|ancient\s+)?art\s+of|(?:an?\s+)?(?:master|expert|past\s+master)\s+"
    r"(?:at|of|in))\s+(?:disappear\w*|vanish\w*|go(?:ing)?\s+missing|find(?:ing)?\s+(?:the\s+)?"
    r"(?:break|tea|smoking|staff|toilets?|loo|canteen|rest|coffee)|making\s+(?:himself|herself|"
    r"themselves|yourself)\s+scarce|being\s+(?:elsewhere|somewhere\s+else|on\s+(?:a\s+)?break|"
    r"busy\s+elsewhere|unavailable|off\s+sick|away)|slipping\s+(?:away|off|out)|sneaking\s+(?:off|"
    r"away|out)|wandering\s+off|dodging|ducking\s+out|avoiding\s+(?:work|any|anything|the\s+"
    r"(?:phones?|heavy|hard|difficult|dirty|busy))|skiving|looking\s+busy|calling\s+in\s+sick|"
    r"getting\s+out\s+of|passing\s+the\s+buck|shirking|making\s+excuses|leaving\s+early|"
    r"turning\s+up\s+late|arriving\s+late|taking\s+(?:long\s+)?breaks)\b"
    r"(?P<rest>[^.!?\n]{0,80})",
    _F,
)
_R16_WHENEVER = _compile(
    r"\b(?:whenever|every\s+(?:single\s+)?time|each\s+time|the\s+(?:moment|minute|second)|"
    r"as\s+soon\s+as|just\s+when)\b",
    _F,
)
# "I'm sure the team appreciates her sense of timing", "I'm sure you had better things to do".
_R16_SURE = _rare(
    r"\bI['’]m\s+sure\s+(?:[\w-]+\s+){1,4}?(?:really\s+)?(?:appreciates?|appreciated|loves?|loved|"
    r"enjoys?|enjoyed|values?|valued|admires?|admired)\s+(?:her|his|your|their)\s+(?:impeccable\s+|"
    r"excellent\s+|great\s+|fine\s+|perfect\s+)?(?:sense\s+of\s+timing|timing|absences?|"
    r"disappearing\s+act|vanishing\s+act|disappearances|extra\s+breaks|long\s+lunches)\b|"
    r"\bI['’]m\s+sure\s+(?:you|he|she|they)\s+(?:had|have|has)\s+(?:(?:far|much|so\s+much|many)\s+)?"
    r"(?:more\s+important|better)\s+things\s+to\b",
    _F,
)
# "I know you lot from the regional office do things differently, but here …"
_R16_YOU_LOT = _rare(
    r"\byou\s+(?:lot|people|types)\b[^.!?\n]{0,50}?\b(?:do|did)\s+(?:things|it|stuff)\s+(?:a\s+bit\s+|"
    r"very\s+|quite\s+)?differently\b[^.!?\n]{0,20}?\bbut\s+(?:here|round\s+here|in\s+this\s+\w+|"
    r"at\s+this\s+\w+)\b|"
    r"\b(?:do|did)\s+(?:things|it|stuff)\s+(?:a\s+bit\s+|very\s+|quite\s+)?differently\b"
    r"[^.!?\n]{0,30}?\bbut\s+(?:here|round\s+here|in\s+this\s+\w+)\s*,?\s+we\s+actually\b",
    _F,
)
# "a lazy so-and-so", "an idle beggar": a label with a mild insult for its noun.
_R16_SO_AND_SO = _rare(
    r"\b(?:an?|you|that|the)\s+(?P<adj>[\w-]+)\s+(?:so-and-so|sod|beggar|article|specimen|git|lump|"
    r"toerag|waster|good-for-nothing|wretch|oaf|layabout|skiver)\b",
    _F,
)
_R16_SO_ADJ = TRAIT_WORDS | _gate(
    "idle bone-idle miserable sneaky dozy daft thick dim clumsy gormless bolshy stroppy sly lying"
)
_D16_CHILD = _gate(
    "child kid toddler schoolboy schoolgirl schoolkid teenager teen infant baby year pupil",
    "school first",
)
# "He's too emotional for it, like a lot of the young girls we hire": a label, then the person's
# group of sex, age or origin as its cause.
_R16_LIKE_GROUP = _rare(
    r"(?P<like>\b(?:just\s+)?like)\s+(?:(?:a\s+lot|lots|so\s+many|many|most|half|all|plenty)\s+of\s+)?"
    r"(?:the|these|those|our|all\s+the)\s+(?P<mod>(?:(?:young|younger|old|older|new|foreign|"
    r"local|country|city|northern|southern|eastern|western|immigrant|overseas)\s+)*)"
    r"(?P<noun>guys|blokes|fellas|chaps|girls|lads|women|ladies|men|boys|ones|lot|folk|people|"
    r"staff|kids|graduates|mums|dads)\b",
    _F,
)
_R16_GENDERED = _gate("blokes fellas chaps girls lads women ladies men boys mums dads")
_R16_TOO = re.compile(r"\btoo\s+\w+", _F)
# A mock award: "shall we get you a certificate?", "perhaps we can get him a cape".
_R16_AWARD = _rare(
    r"\b(?:(?:should|shall)\s+(?:we|I)|(?:perhaps|maybe)\s+(?:we|I)\s+(?:can|could|should))\s+"
    r"(?:throw|give|get|hold|organi[sz]e|buy|build|make|award|order)\s+(?:you|him|her|them)\s+"
    r"(?:a|an)\s+(?:\w+\s+)?(?:parade|medal|trophy|statue|gold\s+star|round\s+of\s+applause|cape|"
    r"crown|knighthood|certificate(?!\s+for\s+(?:completing|finishing|passing|attending)))\b",
    _F,
)
_D16_AWARD = _gate("parade medal trophy statue star applause cape crown knighthood certificate")
# A life event, then focus denied: "Since she came back from having the baby, her head just
# hasn't been in the game" (round eleven's frame with more ways to say both).
_R16_LIFE_FOCUS = _rare(
    r"\b(?:since|ever\s+since|now\s+that|after|once)\s+(?:(?:the|your|his|her)\s+(?:new\s+)?"
    r"(?:baby|babies|twins|kids?|wedding|divorce|pregnancy|maternity\s+leave|paternity\s+leave|"
    r"honeymoon|breakup|break-up|separation)|(?:you|she|he)(?:['’]ve|\s+have|\s+has|['’]s)?\s+"
    r"(?:had|got|become|became)\s+(?:(?:the|a|her|his|your)\s+)?(?:baby|babies|twins|kids|married|"
    r"engaged|pregnant|mum|mom|dad)|(?:you|she|he)\s+(?:came|come|got)\s+back\s+from\s+"
    r"(?:having\s+(?:the|a|her|his|your)\s+(?:baby|twins)|(?:(?:her|his|your)\s+)?(?:maternity|"
    r"paternity)(?:\s+leave)?))\b[^.!?\n]{0,60}?\b(?:head|mind|heart|focus)\s+(?:just\s+|"
    r"really\s+|simply\s+)?(?:isn['’]t|hasn['’]t\s+been|wasn['’]t|is\s+not|has\s+not\s+been)\s+"
    r"(?:fully\s+|really\s+|quite\s+)?(?:in\s+the\s+game|in\s+it|on\s+the\s+job|on\s+work)\b",
    _F,
)
_D16_FOCUS = _gate("head mind heart focus")
_D16_LIFE = _gate(
    "baby babies twins kids kid wedding divorce pregnancy maternity paternity honeymoon breakup",
    "separation married engaged pregnant",
)
# An age named, then a nudge towards the door: "At 63 maybe it's time he thought about what he
# wants", "at sixty she should be thinking about slowing down" (not "At 63 he still …").
_R16_AGE_NUDGE = _rare(
    r"\bat\s+(?:[5-7]\d|fifty|sixty|seventy)(?:-\w+)?\b[^.!?\n]{0,40}?\b(?:(?:time|high\s+time)\s+"
    r"(?:he|she|you|they)\s+(?:thought|started\s+thinking|considered|looked|had\s+a\s+think)\s+"
    r"(?:about|at)|(?:he|she|you|they)\s+(?:should|ought\s+to|might\s+want\s+to|may\s+want\s+to)\s+"
    r"(?:be\s+)?(?:thinking|think|consider|considering)\s+(?:about\s+)?)\s*(?:what\s+(?:he|she|you|"
    r"they)\s+(?:wants?|want\s+to\s+do)|(?:his|her|your|their)\s+(?:future|options|next\s+steps|"
    r"plans|pension)|slowing\s+down|taking\s+it\s+easy|stepping\s+(?:back|down)|winding\s+down)\b",
    _F,
)
_R16_AGE_AT = re.compile(r"\bat\s+(?:[5-7]\d|fifty|sixty|seventy)\b")
_D16_AGE_WORDS = _gate("thought thinking think consider considering considered looked")
_D16_TALENT = _gate("gift talent knack flair genius nose art master expert")
_D16_CREDENTIAL = _gate(
    "master masters degree degrees phd doctorate mba qualifications qualification diploma",
    "diplomas credentials education experience letters",
)
_D16_INSULT = _gate("sod beggar article specimen git lump toerag waster wretch oaf layabout skiver")
_D16_GROUP = _R16_GENDERED | _gate("guys ones lot folk people staff kids graduates")
_D16_ANY = (
    _D16_GROUP
    | _D16_CHILD
    | _D16_TALENT
    | _D16_CREDENTIAL
    | _D16_AWARD
    | _D16_AGE_WORDS
    | _D16_LIFE
    | _gate(
        "sure differently sod beggar article specimen git lump toerag waster wretch oaf",
        "layabout skiver",
    )
)


# Cheap substring checks before the patterns (C-level ``in`` on the lower-cased text).
_R16_FOR_SOMEONE = ("for someone", "for somebody", "for a ", "for an adult")
_R16_TALENTS: tuple[str, ...] = (
    "gift for",
    "talent for",
    "knack for",
    "flair for",
    "genius for",
    "nose for",
    "art of",
    "master at",
    "master of",
    "master in",
    "expert at",
    "expert in",
)
_R16_AWARD_LEADS = ("shall we", "should we", "shall i", "should i", "perhaps we", "maybe we")
_R16_LIKES: tuple[str, ...] = (
    "like the",
    "like these",
    "like those",
    "like our",
    "like all",
    "like a lot",
    "like lots",
    "like so many",
    "like many",
    "like most",
    "like half",
    "like plenty",
)


def _r16_talent_possible(low: str) -> bool:
    return any(t in low for t in _R16_TALENTS)


def _demeaning_r16(text: str, words: frozenset[str], keys: frozenset[str]) -> Iterator[Span]:
    """Round sixteen's belittling frames, each behind the words it cannot match without."""
    low = text.lower()
    like_a = "like a" in low or "like some" in low
    if like_a and not keys.isdisjoint(_D16_CHILD):
        for m in _R16_LIKE_CHILD.finditer(text):
            start = _sentence_start(text, m.start())
            before = text[start : m.start()]
            if _R16_CHILD_CARE.search(before) or _R16_ACTING.search(before):
                continue  # "treats them like a child"; "acting like a spoilt child" is a label
            if before.lstrip().lower().startswith(("it", "this", "that")):
                continue
            if any(_is_person_subject(p) for p in _R16_CHILD_PERSON.findall(before)):
                yield m.start(), m.end()
    if not keys.isdisjoint(_D16_CREDENTIAL) and any(f in low for f in _R16_FOR_SOMEONE):
        for m in _R16_CREDENTIAL.finditer(text):
            rest = m.group("rest")
            if _R16_CHILD_PERSON.search(rest) and (
                _R16_FAULT_REST.search(rest) or _FAULT.search(rest)
            ):
                yield m.start(), m.end()
    if not keys.isdisjoint(_D16_TALENT) and _r16_talent_possible(low):
        for m in _R16_TALENT.finditer(text):
            yield m.start(), m.start("rest")
    if "like" in words and not keys.isdisjoint(_D16_GROUP) and any(g in low for g in _R16_LIKES):
        for m in _R16_LIKE_GROUP.finditer(text):
            if m.group("noun").lower() not in _R16_GENDERED and not m.group("mod"):
                continue
            start = _sentence_start(text, m.start())
            before = text[start : m.start()]
            if (
                _R16_TOO.search(before)
                or not _words(before).isdisjoint(TRAIT_WORDS)
                or next(find_judges(before), None) is not None
            ):
                yield m.start("like"), m.end()
    if not keys.isdisjoint(_D16_AWARD) and any(w in low for w in _R16_AWARD_LEADS):
        for m in _R16_AWARD.finditer(text):
            yield m.start(), m.end()
    if not keys.isdisjoint(_D16_LIFE) and not words.isdisjoint(_D16_FOCUS):
        for m in _R16_LIFE_FOCUS.finditer(text):
            yield m.start(), m.end()
    if "at" in words and not words.isdisjoint(_D16_AGE_WORDS) and _R16_AGE_AT.search(low):
        for m in _R16_AGE_NUDGE.finditer(text):
            yield m.start(), m.end()
    if "sure" in keys and ("i'm sure" in low or "i’m sure" in low):
        for m in _R16_SURE.finditer(text):
            yield m.start(), m.end()
    if "differently" in keys:
        for m in _R16_YOU_LOT.finditer(text):
            yield m.start(), m.end()
    if not keys.isdisjoint(_D16_INSULT) or "so-and-so" in text or "good-for-nothing" in text:
        for m in _R16_SO_AND_SO.finditer(text):
            if m.group("adj").lower() in _R16_SO_ADJ:
                yield m.start(), m.end()


# "… without a comment from you every single time", "… had to pick up the slack each and every
# time": a clause closed by an emphatic sweep.
_R16_TRAILING = _rare(
    r"(?:^|(?<=[.;!?\n]))(?P<clause>[^.;!?\n]{8,200}?)\s*,?\s+(?P<mark>(?:each\s+and\s+every|"
    r"every\s+single)\s+time|without\s+fail|every\s+time)(?=\s*(?:[.!;,)]|$))",
    _F,
)
_R16_PRONOUN_IN = _compile(r"\b(?:you|your|he|his|him|she|her|they|their|them)\b", _F)
_R16_CAPITAL = re.compile(r"\b[A-Z][a-z]{1,20}\b")


def _names_a_person(text: str) -> bool:
    """A pronoun, or a capitalised word that can be a colleague's name (one opening a sentence
    may be any noun: "Handovers …")."""
    if _R16_PRONOUN_IN.search(text):
        return True
    for m in _R16_CAPITAL.finditer(text):
        before = text[: m.start()].rstrip()
        if before and before[-1] not in ".!?" and _is_person_subject(m.group()):
            return True
    return False


_R16_SWEEP_FAULT = _compile(
    r"\bwithout\b|\b(?:had|have\s+had|['’]ve\s+had|has\s+had)\s+to\b|n['’]t\b|\bnot\b|\bno\b|"
    r"\bnever\b|\bnobody\b|\bno\s+one\b|\bchas\w+",
    _F,
)
# "nothing he does is ever written down" (not "nothing she does is ever wrong", praise).
_R16_NOTHING_EVER = _rare(
    rf"\bnothing\s+(?:that\s+)?(?P<subj>you|he|she|they|{_NAME})\s+(?:[\w-]+\s+){{1,2}}?"
    rf"(?:(?:is|was|gets|has\s+been|comes|goes)\s+)?ever\s+(?P<rest>[^.,;!?\n]{{1,60}})|"
    rf"\bnothing\s+(?:is|was|gets|has)\s+ever\s+(?P<rest2>[^.,;!?\n]{{1,50}}?)\s+with\s+"
    rf"(?P<subj2>you|him|her|them|{_NAME})\b",
    _F,
)
# "it's never you", "it's always Sam who forgets the keys".
_R16_NEVER_YOU = _rare(
    rf"\b(?:it['’]s|it\s+is|it\s+was|it['’]s\s+been)\s+(?P<mark>never|always|invariably)\s+"
    rf"(?P<subj>you|him|her|them|{_NAME})\b(?!['’])(?P<rest>[^.;!?\n]{{0,60}})",
    _F,
)
# "… late again - that's been the story every month since I joined".
_R16_STORY_EVERY = _rare(
    r"\b(?:that|this|it)(?:['’]s|\s+is|\s+has|\s+was)\s+(?:been\s+)?(?:the\s+(?:(?:same\s+)?"
    r"(?:story|pattern|case)|way\s+of\s+it)|how\s+it\s+(?:goes|has\s+gone|is))\s+(?:(?:pretty\s+"
    r"much|nearly|almost|just\s+about)\s+)?(?:every|each)\s+(?:single\s+)?(?:day|week|month|"
    r"quarter|term|shift|time|year|sprint|cycle|month-end|close|rota)\b",
    _F,
)
# "Every time I pull the batch records, there's a step missing your signature."
_R16_EVERY_I_FIND = _rare(
    r"\b(?:every\s+(?:single\s+)?time|each\s+time|whenever)\s+(?:I|we)\s+[^,.;!?\n]{3,50}?,\s*"
    r"(?:there['’]s|there\s+is|there\s+are|I\s+(?:find|see|spot|get)|it['’]s|they['’]re)\b"
    r"(?P<rest>[^.;!?\n]{3,80})",
    _F,
)
_R16_YOURS = _compile(r"\b(?:your|you|his|him|her|their|them)\b|(?-i:[A-Z][a-z]{1,20})['’]s\b", _F)
# "Not once this term have your lesson plans been in on time."
_R16_NOT_ONCE = _rare(
    r"\bnot\s+(?:once|a\s+single\s+time)(?:\s+(?:this|last|in|all|during|since|over|the|a|an|past|"
    r"whole|entire|[\w-]*(?:day|week|month|year|quarter|term|shift|sprint)s?)){0,5}\s+(?:have|has|"
    r"did|were|was)\s+(?:your|his|her|their|(?-i:[A-Z][a-z]{1,20})['’]s)\s+(?!own\b)[\w-]+",
    _F,
)
# A note with no subject: "Never reads the brief, never asks a question."
_R16_NOTE = _rare(
    r"\b(?P<mark>never|always|constantly|forever)\s+(?P<rest>(?P<verb>[a-z]+s)\b[^.,;!?\n]{0,60})",
    _F,
)
_R16_NOTE_START = re.compile(r"(?:^|[.!?:;\n—–]|\s-)\s*$")
_R16_NOTE_NOT_VERBS = _gate("is was has does as this us rains ceases its")
# "you cut corners every chance you get", "he moans at every opportunity".
_R16_EVERY_CHANCE = _rare(
    rf"{_SUBJ}\b(?P<rest>(?:(?!\s[-—–]\s)[^.;:!?\n]){{1,60}}?)\s+(?:at\s+every\s+(?:single\s+)?"
    rf"(?:opportunity|"
    rf"chance|turn)|(?:every|any)\s+(?:single\s+)?(?:chance|opportunity)\s+(?:you|he|she|they)\s+"
    rf"(?:get|gets|got)|whenever\s+(?:you|he|she|they)\s+(?:can|could|get\s+the\s+chance)|"
    rf"given\s+half\s+a\s+chance)\b",
    _F,
)
_R16_BAD_ACT = re.compile(
    rf"\b{_FAULT_VERB}\b|\b(?:skiv\w*|slop\w+\s+off|sneak\w*\s+off|disappear\w*|vanish\w*|"
    rf"duck\w*|shirk\w*|moan\w*|whing\w*|gossip\w*|avoid\w*|pass\w*\s+the\s+buck|cut\w*\s+corners|"
    rf"leaves?\s+early|left\s+early|argu\w*|interrupt\w*|blam\w*|complain\w*)\b",
    _F,
)
_A16_MARKS = _gate("never always invariably constantly forever")
_A16_STORY = _gate("story pattern case way goes gone")
_A16_CHANCE = _gate("chance opportunity turn half")
_A16_ANY = _gate(
    "once every each fail nothing never always invariably story pattern case way goes gone whenever",
    "constantly forever chance opportunity turn half gift talent knack flair genius art master",
    "expert",
)


_R16_CHANCES: tuple[str, ...] = (
    "every chance",
    "every single chance",
    "every opportunity",
    "any chance",
    "every single opportunity",
    "at every turn",
    "half a chance",
    "whenever ",
)
_R16_EMPHATIC = ("every single time", "each and every time", "without fail", "every time")
_R16_MARK_WORDS = ("never ", "always ", "constantly ", "forever ")


def _r16_trailing_possible(low: str) -> bool:
    """An emphatic sweep closing a clause (a stop, comma or bracket after it, or the end)."""
    for mark in _R16_EMPHATIC:
        at = low.find(mark)
        while at >= 0:
            after = low[at + len(mark) :].lstrip()
            if not after or after[0] in ".!;,)":
                return True
            at = low.find(mark, at + 1)
    return False


def _r16_note_possible(low: str) -> bool:
    """A sweep word opening a sentence or a note ("Never reads the brief")."""
    for mark in _R16_MARK_WORDS:
        at = low.find(mark)
        while at >= 0:
            before = low[:at].rstrip()
            if not before or before[-1] in ".!?:;—–-\n":
                return True
            at = low.find(mark, at + 1)
    return False


def _absolute_r16(text: str, words: frozenset[str], keys: frozenset[str]) -> Iterator[Span]:
    """Round sixteen's sweeps, each behind the words it cannot match without."""
    low = text.lower()
    every = "every" in keys or "each" in keys
    if ((every and "time" in words) or "fail" in keys) and _r16_trailing_possible(low):
        for m in _R16_TRAILING.finditer(text):
            clause = m.group("clause")
            mark = m.group("mark").lower()
            emphatic = not mark.startswith("every time")
            if not _names_a_person(clause) and not (
                emphatic and _names_a_person(text[: m.start()])
            ):
                continue
            if not (
                _R16_SWEEP_FAULT.search(clause)
                or _FAULT.search(clause)
                or _OFF.search(clause)
                or _NEGATIVE_BEHAVIOUR.search(clause)
            ):
                continue
            if _is_praise("always", clause) or _MODAL_BEFORE.search(clause):
                continue
            if _OBLIGATION.search(clause) or _IMPERATIVE_HEAD.search(clause):
                continue
            yield m.start("mark"), m.end()
    if "once" in words and "not once" in low:
        for m in _R16_NOT_ONCE.finditer(text):
            yield m.start(), m.end()
    if "nothing" in keys and "ever" in words:
        for m in _R16_NOTHING_EVER.finditer(text):
            subj = m.group("subj") or m.group("subj2")
            rest = m.group("rest") or m.group("rest2")
            person = subj.lower() in ("him", "her", "them") or _is_person_subject(subj)
            if person and not _is_praise("never", rest):
                yield m.start(), m.end()
    marks = not keys.isdisjoint(_A16_MARKS)
    if marks and ("it's " in low or "it’s " in low or "it is " in low or "it was " in low):
        for m in _R16_NEVER_YOU.finditer(text):
            subj = m.group("subj")
            if subj.lower() not in ("him", "her", "them") and not _is_person_subject(subj):
                continue
            if not _is_praise(m.group("mark"), m.group("rest")):
                yield m.start(), m.end("subj")
    for m in _R16_NOTE.finditer(text) if marks and _r16_note_possible(low) else ():
        if m.group("verb").lower() in _R16_NOTE_NOT_VERBS:
            continue
        if not _R16_NOTE_START.search(text, max(0, m.start() - 3), m.start()):
            continue
        mark, rest = m.group("mark"), m.group("rest")
        if mark.lower() != "never" and not (
            _FAULT.search(rest) or _OFF.search(rest) or _NEGATIVE_BEHAVIOUR.search(rest)
        ):
            continue  # "Always greets the residents by name"
        if _is_praise(mark, rest):
            continue
        if mark.lower() == "never" and _beside_praise(text, m.start(), m.end("mark")):
            continue  # "Never settles - always looking for a better way"
        yield m.start("mark"), m.end()
    if every and not keys.isdisjoint(_A16_STORY):
        for m in _R16_STORY_EVERY.finditer(text):
            sentence = _sentence_around(text, m.start(), m.end())
            if not _names_a_person(sentence):
                continue
            fault = _FAULT.search(sentence) or _OFF.search(sentence) or "again" in sentence.lower()
            if fault and not _is_praise("always", sentence):
                yield m.start(), m.end()
    if (every or "whenever" in keys) and ("i" in words or "we" in words) and "," in text:
        for m in _R16_EVERY_I_FIND.finditer(text):
            rest = m.group("rest")
            if _R16_YOURS.search(rest) and (_FAULT.search(rest) or _OFF.search(rest)):
                yield m.start(), m.end()
    chance = not keys.isdisjoint(_A16_CHANCE) or (
        "whenever" in words and ("can" in words or "could" in words)
    )
    if chance and any(c in low for c in _R16_CHANCES):
        for m in _person_hits(_R16_EVERY_CHANCE, text):
            rest = m.group("rest")
            bad = _R16_BAD_ACT.search(rest) or _NEGATIVE_BEHAVIOUR.search(rest)
            if bad and not _MODAL_BEFORE.search(rest):
                yield m.start(), m.end()
    if not keys.isdisjoint(_D16_TALENT) and _r16_talent_possible(low):
        for m in _R16_TALENT.finditer(text):
            if _R16_WHENEVER.search(m.group("rest")):
                yield m.start(), m.end()


# Every word a round-sixteen gate starts from (``_r16_words``).
_R16_KEYS = _J16_ANY | _D16_ANY | _A16_ANY


# ---------------------------------------------------------------------------------------------
# Round seventeen: frames with an open slot (the written17 families), each behind its own words
# ---------------------------------------------------------------------------------------------

_R17_BE = r"(?:['’](?:s|re)|\s+(?:is|are|was|were|seems?|seemed|can\s+be))"
_R17_ADV = (
    r"(?:(?:just|simply|really|clearly|frankly|honestly|basically|fundamentally|a\s+bit|"
    r"a\s+little|a\s+touch|kind\s+of|sort\s+of|very\s+much|pretty\s+much|always|still|also|"
    r"rather|quite|so|way|far)\s+)*"
)
# Wits as an amount: "not the brightest bulb", "thick as a plank", "slow upstairs", "nothing
# between his ears", "does she even have a brain?", "the memory of a mayfly", "about as useful as
# a paper umbrella", "two cards short of a deck". A thing as the subject does not count.
_R17_WITS = _rare(
    rf"{_SUBJ}{_R17_BE}(?:n['’]t|\s+not)\s+(?:(?:exactly|really|quite|always)\s+)?the\s+"
    rf"(?:sharpest|brightest|smartest|cleverest)\s+(?P<noun>[\w-]+)|"
    rf"{_SUBJ.replace('<subj>', '<subj2>')}(?:{_R17_BE}\s+{_R17_ADV}(?:as\s+)?|\s*,\s*)"
    rf"(?:thick|dense|daft)\s+as\s+(?:an?\s+|two\s+|a\s+pair\s+of\s+)?[\w-]+|"
    rf"{_SUBJ.replace('<subj>', '<subj3>')}{_R17_BE}\s+{_R17_ADV}(?:slow|dim|empty|dense)\s+"
    rf"upstairs\b|"
    rf"\b(?:not\s+(?:much|a\s+lot|a\s+great\s+deal)|nothing\s+(?:much\s+)?)\s+going\s+on\s+"
    rf"upstairs(?=\s*(?:[.!?,;]|$|with\s|in\s+(?:that|his|her)\s))|"
    rf"\b(?:anything|nothing|much|something|little)\s+(?:at\s+all\s+)?(?:going\s+on\s+)?"
    rf"between\s+(?:your|his|her|their|those)\s+ears\b|"
    rf"\b(?:do|does|did)\s+{_SUBJ.replace('<subj>', '<subj4>')}\s+(?:(?:actually|even|really|"
    rf"honestly|ever)\s+)*have\s+a\s+(?:working\s+|functioning\s+)?brain(?=\s*(?:[?,]|or\b))|"
    rf"{_SUBJ.replace('<subj>', '<subj5>')}(?:['’]s|['’]ve|\s+(?:has|have|had))\s+(?:got\s+)?"
    rf"the\s+(?P<faculty>brains?|attention\s+span|memory|intelligence|iq|common\s+sense|"
    rf"focus|people\s+skills|social\s+skills)\s+of\s+an?\s+(?P<animal>[\w-]+)|"
    rf"{_SUBJ.replace('<subj>', '<subj6>')}{_R17_BE}\s+(?:about\s+as\s+(?:useful|helpful|much\s+use)|"
    rf"as\s+much\s+use)\s+as\s+an?\s+[\w-]+|"
    rf"(?:^|[.!?]\s+)useless\s+as\s+(?:an?\s+)?[\w-]+(?:\s+[\w-]+){{0,3}}\s*,\s+(?:that|this|"
    rf"the|our|your|{_NAME})\b|"
    rf"{_SUBJ.replace('<subj>', '<subj7>')}{_R17_BE}\s+{_R17_ADV}an?\s+(?:few|couple\s+of)\s+"
    rf"[\w-]+\s+short\s+of\s+an?\s+[\w-]+",
    _F,
)
# "the memory of an elephant" is praise.
_R17_GOOD_ANIMAL = _gate(
    """elephant saint ox lion eagle hawk owl fox bloodhound detective diplomat genius surgeon
    tiger bull horse machine computer"""
)
_R17_WITS_WORDS = _gate(
    "sharpest brightest smartest cleverest thick dense daft upstairs ears brain brains span",
    "memory intelligence iq useful helpful use useless short",
)
# A person in a dim light: "she's a bit dim", "he's thick" (a screen or a fog is no one).
_R17_DIM = _rare(
    rf"{_SUBJ}{_R17_BE}\s+{_R17_ADV}(?P<w>dim|thick|dense|dozy|gormless)\b"
    rf"(?!\s+(?:as|fog|smoke|layer|coat|paint|soup|accent)\b)(?<!thick(?=\s+with\b))",
    _F,
)
# "a follower, not a leader", "a talker rather than a doer" (not "a designer, not a developer").
_R17_NOT_A = _rare(
    rf"{_SUBJ}{_R17_BE}\s+{_R17_ADV}an?\s+(?P<x>[\w-]+),?\s+(?:not|rather\s+than|instead\s+of|"
    rf"never)\s+an?\s+(?P<y>leader|doer|finisher|team\s+player|self-starter|closer|grafter|"
    rf"worker|hard\s+worker|contributor|problem-solver|decision-maker|thinker|player|achiever|"
    rf"performer)\b",
    _F,
)
_R17_VIRTUES = _gate(
    """leader doer finisher self-starter closer grafter worker contributor problem-solver
    decision-maker thinker player achiever performer"""
)
# A quality lacked, in more words: "has no commercial nous", "fundamentally lacks judgement",
# "hasn't once shown any real leadership", "doesn't have the gravitas", "I'd question whether
# Ola has the presence"; a quality, not access, time or budget.
_R17_QUALITY = (
    rf"(?:{_QUALITY}|gravitas|instinct|horsepower|nous|spark|presence|acumen|savvy|bottle|"
    rf"mettle|stamina|resilience|grip|authority|edge|hunger|flair|composure)"
)
_R17_QUALITY_MODS = (
    r"(?:(?:the|any|real|much|enough|a|an|commercial|intellectual|emotional|killer|basic|"
    r"natural|genuine|required|necessary|personal|people|business|political|slightest)\s+)*"
    r"(?:(?:sense|spirit)\s+of\s+)?"
)
_R17_LACKS = _rare(
    rf"{_SUBJ}(?:\s+(?:just|simply|really|clearly|fundamentally|totally|completely|sadly|"
    rf"still|also|genuinely|frankly))*\s*(?:lacks|lacked|doesn['’]t\s+have|does\s+not\s+have|"
    rf"didn['’]t\s+have|hasn['’]t\s+got|has\s+not\s+got|has\s+no|had\s+no|have\s+no|"
    rf"['’](?:s|ve)\s+got\s+no|(?:has|have)\s+got\s+no|hasn['’]t\s+(?:once\s+|ever\s+)?(?:shown|displayed)|"
    rf"has\s+(?:never|not\s+once)\s+(?:shown|displayed)|shows?\s+no)\s+{_R17_QUALITY_MODS}"
    rf"(?P<q>{_R17_QUALITY})\b(?!\s+(?:of|over|to\s+(?:the|a)|for\s+(?:the|a)\s+(?:team|project)))|"
    rf"\b(?:I['’]d\s+question\s+whether|I\s+would\s+question\s+whether|I['’]m\s+not\s+sure(?:\s+"
    rf"(?:that|whether|if))?|I\s+am\s+not\s+sure(?:\s+(?:that|whether|if))?|I\s+doubt(?:\s+"
    rf"(?:that|whether|if))?|I\s+question\s+whether)\s+{_SUBJ.replace('<subj>', '<subj2>')}\s+"
    rf"(?:has|have|['’]s\s+got|has\s+got|shows?|brings?|possesses)\s+{_R17_QUALITY_MODS}"
    rf"(?P<q2>{_R17_QUALITY})\b|"
    rf"\bnot\s+once\s+(?:(?:this|last|in\s+the\s+last)\s+\w+\s+)?(?:has|did)\s+"
    rf"{_SUBJ.replace('<subj>', '<subj3>')}\s+(?:shown|show|displayed|taken)\s+{_R17_QUALITY_MODS}"
    rf"(?P<q3>{_R17_QUALITY})\b|"
    rf"\b(?P<carry>but|yet|and)\s+(?:(?:just|simply|fundamentally|totally|completely|sadly|still|"
    rf"also|clearly)\s+)*(?:lacks|has\s+no|hasn['’]t\s+got|doesn['’]t\s+have)\s+"
    rf"{_R17_QUALITY_MODS}(?P<q4>{_R17_QUALITY})\b",
    _F,
)
_R17_LACK_VERBS = _gate("lacks lacked no doesn hasn didn never question sure doubt once")
_R17_LACK_WORDS = _gate(
    "lacks lacked have got no shown displayed show shows question sure doubt once",
)
_R17_QUALITY_WORDS = _last_words(_QUALITY) | _gate(
    """gravitas instinct horsepower nous spark presence acumen savvy bottle mettle stamina
    resilience grip authority edge hunger flair composure"""
)
_R17_AUTHORITY_TO = re.compile(r"\s+(?:to|over|for|on)\b", _F)
_R17_NOT_QUALITY = _gate("access time budget money space room staff headcount tools")
# "a worrier by nature", "a born moaner" (not "a born leader", "a Londoner born and bred").
_R17_BORN = _rare(
    rf"{_SUBJ}{_R17_BE}\s+{_R17_ADV}an?\s+(?:born\s+(?P<a>[a-z][\w-]+)|(?P<b>[a-z][\w-]+)\s+by\s+"
    rf"nature)\b",
    _F,
)
_R17_BORN_OK = _gate(
    """leader teacher salesman saleswoman salesperson natural communicator organiser organizer
    problem-solver diplomat host listener performer entertainer carer coach storyteller optimist
    introvert extrovert planner fixer networker negotiator engineer nurse mentor"""
)
# "Typical graduate, expects a corner office" / "typical intern mentality": a group as the label.
_R17_GROUP = (
    r"(?:millennials?|youngsters?|teenagers?|teens?|boomers?|graduates?|grads?|students?|"
    r"interns?|engineers?|developers?|salesm[ae]n|sales\s+types?|lads?|blokes?|gen\s+z(?:ers?)?|"
    r"zoomers?|kids?|apprentices?|trainees?|consultants?|academics?|accountants?|lawyers?|"
    r"creatives?|techies?|managers?|agency\s+staff|temps?)"
)
_R17_TYPICAL = _rare(
    rf"(?:^|[.!?]\s+|\n)(?:(?:that['’]s|it['’]s)\s+)?typical\s+(?P<g>{_R17_GROUP})(?:\s+these\s+"
    rf"days)?\s*[,:;—–-]\s*(?P<rest>[^.!?\n]{{3,120}})|"
    rf"\btypical\s+{_R17_GROUP}\s+(?:mentality|attitude|behaviou?r|mindset)\b",
    _F,
)
_R17_TYPICAL_FAULT = _compile(rf"\b(?:no|zero)\s+(?:real\s+)?{_QUALITY}\b", _F)
# Attitude judged: "your attitude on the ward has been poor", "displays a negative attitude",
# "has a very casual attitude" (not "a positive attitude", "the attitude survey").
_R17_ATTITUDE = _rare(
    rf"\b(?:your|his|her|their|{_NAME}['’]s)\s+attitude\b[^.;!?\n]{{0,40}}?\b(?:has\s+been|have\s+been|"
    rf"is|was|remains)\s*(?:,\s*let['’]s\s+say,\s*|(?:frankly|honestly|pretty|really|very|quite|"
    rf"consistently|often|at\s+times)\s+)*(?P<verdict>poor|bad|negative|unacceptable|"
    rf"disappointing|dreadful|terrible|awful|less\s+than\s+ideal|not\s+(?:good|great|acceptable|"
    rf"what\s+it\s+should\s+be)|a\s+problem|an\s+issue|a\s+concern|lacking|sloppy|lax)\b|"
    rf"\b(?:displays?|displayed|demonstrates?|demonstrated|shows|showed|is\s+having|has|had)\s+"
    rf"(?:an?\s+)?(?:(?:very|really|quite|consistently|generally)\s+)?(?P<kind>poor|bad|negative|"
    rf"careless|casual|lax|sloppy|lazy|dismissive|cavalier|lackadaisical|couldn['’]t-care-less|"
    rf"unprofessional|defeatist|indifferent)\s+attitude\b",
    _F,
)
# A form note with no person named: "Appraisal: demonstrates a careless attitude and lacks
# professionalism", "Comment: employee lacks the maturity for…", "employee consistently fails".
_R17_FORM = _rare(
    r"(?:^|\n)\s*(?:[\w ]{0,30}?(?:appraisal|comment|review|note|rating|feedback)[\w ]{0,40}?)"
    r"\s*[:–—-]\s*(?:the\s+)?(?:(?:employee|staff\s+member|colleague|candidate|team\s+member|"
    r"(?:mr|mrs|ms|miss|dr)\.?\s+[A-Z][a-z]+)\s+)?(?P<rest>[^\n]{3,220})",
    _F,
)
_R17_FORM_LACKS = re.compile(
    rf"(?:^|\band\s+)(?:(?:clearly|fundamentally|still|also)\s+)?lacks\s+{_R17_QUALITY_MODS}"
    rf"(?:{_R17_QUALITY})\b|(?:^|\band\s+)is\s+(?:never|not)\s+(?:an?\s+)?(?:natural\s+)?"
    rf"(?:team\s+player|leader|self-starter)\b",
    _F,
)
_R17_FORM_SWEEP = re.compile(
    r"(?:^|\band\s+)(?:consistently|persistently|repeatedly|routinely|continually|constantly|"
    r"regularly|invariably)\s+(?:fails|forgets|ignores|neglects|misses|arrives\s+late|displays|"
    r"shows|is\s+late)\b|(?:^|\band\s+)is\s+never\s+(?:an?\s+)?\w+",
    _F,
)
_R17_FORM_WORDS = _gate("appraisal comment review note rating feedback")
# "not a natural communicator" said of a person (a plain "natural" is praise: round fifteen).
_R17_VERDICTS = _gate(
    """poor bad negative careless casual lax sloppy lazy dismissive cavalier lackadaisical
    unprofessional defeatist indifferent unacceptable disappointing dreadful terrible awful
    ideal problem issue concern lacking couldn"""
)
_R17_NOT_NATURAL = _rare(
    rf"{_SUBJ}(?:{_R17_BE}(?:n['’]t|\s+not)|\s+is\s*,[^,]{{2,30}},\s*not)\s+(?:(?:really|exactly|"
    rf"quite|yet)\s+)?an?\s+natural\s+(?P<role>[\w-]+)",
    _F,
)
# "what do you expect from a Scouser", "one of those spoilt city boys who…": a group for a person.
_R17_EXPECT_FROM = _rare(
    rf"\bwhat\s+(?:do|did|would|can|could)\s+(?:you|we|they|I)\s+expect\s+from\s+(?:an?\s+|one\s+of\s+"
    rf"(?:them|those)\s+)?(?:(?:boy|girl|lad|lass|man|woman|kid)\s+(?:of|from)\s+|"
    rf"(?P<nat>{_NAME})\b(?!\s+(?:morning|meeting|deadline|account|report|contract|review)\b))|"
    rf"{_SUBJ}{_R17_BE}\s+one\s+of\s+(?:those|these|them)\s+(?:\w+\s+)?(?P<nat2>{_NAME})\s+"
    rf"(?:boys|girls|lads|lasses|men|women|types|kids)\b",
    _F,
)
# Sweeping openers and codas: "As per usual, your …", "Same as every week, …", "the story of
# your month has been …", "… all year", "week in, week out", "nine times out of ten".
_R17_USUAL = _rare(
    r"(?:^|[.!?]\s+|\n)(?P<mark>(?:(?:oh|well|and)\s*,?\s+)?(?:as\s+(?:per\s+)?usual|same\s+as\s+"
    r"(?:ever|always|usual|every\s+\w+)|same\s+old\s+(?:story|(?P<who>(?-i:[A-Z][a-z]+)))|"
    r"story\s+of\s+your\s+life|"
    r"the\s+usual\s+from\s+(?:you|him|her)|here\s+we\s+go\s+again))\s*[,:;—–-]?\s*"
    r"(?P<rest>[^.!?\n]{3,160})|"
    r"\b(?P<mark2>the\s+story\s+of\s+(?:your|his|her|their)\s+(?:year|month|quarter|term|week|"
    r"life)\s+(?:has\s+been|is|was))\s+(?P<rest2>[^.!?\n]{3,120})",
    _F,
)
# "…, late as per usual." (the words before it are read back to the start of the sentence)
_R17_USUAL_TAIL = _rare(
    r"[,\s]+(?P<mark3>as\s+(?:per\s+)?usual|like\s+always|same\s+as\s+always)\s*[.!?,]", _F
)
_R17_STORY = re.compile(r"story|here\s+we\s+go|the\s+usual\s+from", _F)
_R17_USUAL_WORDS = _gate("usual ever always same story again")
_R17_PERSON = _compile(
    r"\b(?:you|your|yours|he|his|him|she|her|they|their|them)\b|(?-i:\b[A-Z][a-z]{1,20}\b)", _F
)
_R17_DURATION = _rare(
    r"\b(?:the\s+(?:whole|entire)\s+(?:year|quarter|term|month|season)|all\s+(?:year|quarter|"
    r"term|month|season)(?:\s+long)?|every\s+(?:week|day|month|shift|sprint)\s+since|"
    r"(?P<in>week|day|month|shift)\s+in\s*,?\s+(?P=in)\s+out|nine\s+times\s+out\s+of\s+ten|"
    r"for\s+every\s+(?:single\s+)?[\w-]+(?:\s+[\w-]+)?\s+this\s+(?:year|quarter|term|month))\b",
    _F,
)
_R17_DURATION_WORDS = _gate("whole entire all since in ten this")
_R17_ANY_SUBJ = re.compile(r"\b(?:your|his|her|you|he|she)\b", _F)
_R17_NOUN_PRED = re.compile(r"\b(?:been|is|are|was|were|['’]s|['’]re)\s+(?:a|an|the|such)\s", _F)
# "There's always a typo in your letters", "there's always something with Declan".
_R17_THERE_ALWAYS = _rare(
    rf"\bthere['’]s\s+always\s+(?:(?:a|an|some|one|another)\s+)?(?P<what>[\w-]+(?:\s+[\w-]+)?)\s+"
    rf"(?:(?:missing|wrong|off|out)\s+)?(?:in|from|on|with)\s+(?:your|his|her|their|you|him|"
    rf"(?-i:{_NAME}))\b",
    _F,
)
_R17_THERE_FAULT = _compile(
    r"\b(?:typos?|errors?|mistakes?|problems?|issues?|something|excuses?|drama|complaints?|"
    r"missing|wrong|gaps?|holes?|reasons?\s+why|fuss|crisis|mess)\b",
    _F,
)
# A coda: "You don't copy me in, ever." / "…, not even once." / "He's unreliable, always has been."
_R17_CODA = _rare(
    r",\s*(?P<mark>ever|not\s+(?:even\s+)?once(?:\s+this\s+\w+)?|"
    r"not\s+(?:one|a)\s+single\s+time(?:\s+this\s+\w+)?|not\s+one\s+time(?:\s+this\s+\w+)?|"
    r"never\s+(?:has|have)|always\s+(?:has|have)\s+been)\s*(?:[.!?]|,\s+(?:not|and)\b)",
    _F,
)
_R17_SUBJ_HEAD = _compile(
    rf"^\s*(?:(?:honestly|frankly|look|mate|so)\s*,?\s+)*{_SUBJ}\b(?:['’]\w+)?\s+(?P<pred>.*)$", _F
)
_R17_ADVICE = _compile(
    r"\b(?:need\s+to|needs\s+to|have\s+to|has\s+to|must|should|can|could|may|might|ought|"
    r"worry|apologi[sz]e|hesitate)\b",
    _F,
)
_R17_CODA_WORDS = _gate("ever once single time never always")
_R17_DENY = re.compile(r"n['’]t\b|\b(?:not|never|no)\b", _F)
# "each and every paper you've drafted has needed a rewrite", "after every single batch you run".
_R17_EACH_YOU = _rare(
    r"\b(?:each\s+and\s+every|every\s+single|not\s+(?:a\s+)?single\s+one\s+of)\s+(?:(?:your|his|"
    r"her|their|the)\s+)?[\w-]+(?:\s+[\w-]+){0,2}?\s+(?:(?:you|he|she|they)(?:['’]ve|\s+have|"
    r"\s+has)?\s+\w+|(?:this|last)\s+\w+)",
    _F,
)
_R17_EACH_FAULT = _compile(
    r"\b(?:rewrite|rewritten|redone|redo|re-?done|corrected|correcting|mess|missing|wrong|"
    r"errors?|mistakes?|sent\s+back|returned|rejected|without|late|half[-\s]done|unfinished|"
    r"filled\s+in|needed|had\s+to\s+be)\b",
    _F,
)
# "Kit is what I'd call a passenger" (not "… a natural", "… a specialist in tax").
_R17_CALL = _rare(
    rf"{_SUBJ}(?:['’]s|\s+is|\s+was)\s+what\s+(?:I|you|we|most\s+people)(?:['’]d|\s+would)\s+"
    rf"(?:call|describe\s+as)\s+an?\s+(?:(?:real|proper|classic|textbook)\s+)?(?P<slot>[\w'’-]+)\b"
    rf"(?!\s+(?:in|of|for|with)\b)",
    _F,
)
# An open slot after "a bit of a / such a / a right": two words ("a bit of a lost sheep").
_R17_BIT_OF = _rare(
    rf"{_SUBJ}{_R17_BE}\s+{_R17_ADV}(?:a\s+bit\s+of\s+an?|such\s+an?|a\s+(?:real|right|proper|"
    rf"total|complete)|something\s+of\s+an?|kind\s+of\s+an?|sort\s+of\s+an?)\s+"
    rf"(?P<slot>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)(?=\s*(?:[,.;!?]|$|\s+(?:under|when|with|"
    rf"about|around|at|in|on|if|whenever|and|but)\b))",
    _F,
)
# Nobody behind the eyes: "is anyone in there behind those eyes?", "nobody home with that lad".
_R17_HOME = _rare(
    r"\b(?:any(?:one|body)|no(?:body|\s+one))(?:['’]s|\s+is)?\s+(?:at\s+)?home\s+(?:behind|in|up)\s+"
    r"(?:those|these|his|her|your|their|that|this)\s+(?:eyes|head|skull|ears)\b|"
    r"\bno(?:body|\s+one)(?:['’]s|\s+is)\s+(?:at\s+)?home\s+with\s+(?:that|this)\s+(?:new\s+)?"
    r"(?:kid|lad|lass|girl|boy|guy|one|bloke|fella)\b",
    _F,
)
# Carried wits: "a friendly chap but thick as mince".
_R17_THICK_CARRIED = _rare(
    rf"\b(?:but|yet)\s+{_R17_ADV}(?:thick|dense|daft)\s+as\s+(?:an?\s+|two\s+)?[\w-]+", _F
)
# Worth less than nothing: "a waste of a lanyard", "a glorified kettle-minder", "more hassle than
# she's worth" (a meeting or a van is no one).
_R17_WORTH = _rare(
    rf"{_SUBJ}{_R17_BE}\s+{_R17_ADV}(?:(?:an?\s+)?(?:total\s+|complete\s+|absolute\s+|utter\s+)?"
    rf"(?P<waste>waste)\s+of\s+an?\s+[\w-]+|(?:nothing\s+(?:more\s+)?(?:but|than)\s+|no\s+more\s+than\s+)?"
    rf"an?\s+(?P<glorified>glorified)\s+[\w-]+(?:\s+[\w-]+)?|more\s+(?:trouble|hassle|bother|work|"
    rf"grief)\s+than\s+(?:you|he|she|they)['’](?:re|s)\s+worth)|"
    rf"(?:^|[.!?]\s+)(?:a\s+)?(?:(?:bit|total|complete)\s+(?:of\s+)?)?(?:an?\s+)?waste\s+of\s+an?\s+"
    rf"[\w-]+\s*,\s+(?:that|this)\s+(?:one|lad|lass|girl|boy|guy|bloke)\b",
    _F,
)
# A yardstick below the person: "a work-experience kid would have spotted that quicker than you".
_R17_YARDSTICK = _rare(
    r"\b(?:an?|my|our|the|any)\s+(?:[\w-]+\s+){0,2}?(?P<who>intern|child|kid|monkey|chimp|"
    r"trainee|toddler|labrador|dog|hamster|goldfish|parrot|school-?kid|schoolboy|schoolgirl|"
    r"teenager|nephew|niece|grandma|grandmother|granny|nan|gran|\w+-year-old|work-experience\s+"
    r"kid|first-year|first-week\s+\w+)\s+(?:could|would|can|will)\s+(?:(?:have|probably|easily|"
    r"still)\s+)*[^.!?\n]{2,80}?\b(?:than\s+(?:you|him|her|them)\b|(?:your|his|her)\s+job\b)",
    _F,
)
# A life circumstance as the reason: "Being a new mum, she won't manage the late shifts",
# "Being from the valleys, he'll never get the hang of the app" (not "Being from Lagos is an asset").
_R17_BEING = _rare(
    rf"(?:^|[.!?]\s+|\n)being\s+(?P<what>(?:an?\s+)?(?:single|new|young|working|expectant)\s+"
    rf"(?:mum|mom|mother|dad|father|parent)|(?:a\s+)?(?:mum|mom|mother)|pregnant|married|"
    rf"from\s+(?:an?|the)\s+[\w-]+|from\s+{_NAME}|foreign|an?\s+(?:immigrant|foreigner|woman|girl|"
    rf"older\s+\w+))\s*(?:['’]s\s+made|,)\s+(?P<rest>[^.!?\n]{{3,140}})",
    _F,
)
_R17_FROM_PERSON = re.compile(r"\bfrom\s+an?\s+(?-i:[A-Z][a-z]+)\b|\btypical\s+(?-i:[A-Z])", _F)
_R17_CANT = _compile(
    r"\b(?:never\s+going\s+to|not\s+going\s+to|won['’]t|will\s+not|can['’]t|cannot|"
    r"will\s+never|unable)\b",
    _F,
)
# Back from leave, then a label: "since she came back from maternity leave she's been so flaky".
_R17_LEAVE = _rare(
    r"\bsince\s+(?:she|he|you)\s+(?:came|got|has\s+been|have\s+been|returned|went)\s+(?:back\s+)?"
    r"(?:from\s+)?(?:maternity|paternity|adoption|parental)\s+leave\b",
    _F,
)
# A child as the likeness of a colleague: "acts like a spoilt toddler", "is a bit of a baby when…",
# "like my teenage son" (not "a child psychologist", "my son loves the app").
_R17_CHILD = _rare(
    rf"{_SUBJ}\s+(?:(?:\w+\s+)?(?:act|acts|acted|behave|behaves|behaved|carr(?:y|ies)\s+on)|"
    rf"(?:is|are|was|were|keeps?|kept|['’]s|['’]re)\s+(?:acting|behaving|carrying\s+on))\s+like\s+(?:a|an|some)\s+(?:[\w-]+\s+)?(?:child|toddler|kid|baby|teenager|schoolboy|"
    rf"schoolgirl|brat)\b|"
    rf"{_SUBJ.replace('<subj>', '<subj2>')}{_R17_BE}\s+{_R17_ADV}(?:a\s+bit\s+of\s+|such\s+|"
    rf"a\s+real\s+|a\s+big\s+)?(?:a\s+)?(?:child|baby|toddler|big\s+kid)\b(?=\s*(?:[,.;!?]|$|"
    rf"\s+(?:when|whenever|about|if|sometimes|at\s+times)\b))|"
    rf"\blike\s+my\s+(?:\w+\s+)?(?:daughter|son|kids|children|toddler|nephew|niece|grandson|"
    rf"granddaughter)\b",
    _F,
)
# "Once again you've left the cage open", "yet again the float was short on your shift".
_R17_AGAIN = _rare(
    r"(?:^|[.!?]\s+|\n)(?:(?:oh|so|and|well)\s*,?\s+)?(?P<mark>once\s+again|yet\s+again)\s*,?\s+"
    r"(?P<rest>[^.!?\n]{3,140})",
    _F,
)
# A fronted label with a tag: "Proper fusspot, isn't he?" / "Bit of a diva, that one."
_R17_FRONT_TAG = _rare(
    r"(?:^|[.!?]\s+|\n)(?:a\s+)?(?:(?:little\s+)?bit\s+of\s+an?|proper|real|right|total|"
    r"complete)\s+(?P<slot>[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s*,\s+(?:isn['’]t|is|ain['’]t|wasn['’]t)\s+"
    r"(?:she|he)\b|"
    r"(?:^|[.!?]\s+|\n)(?:a\s+)?(?:(?:little\s+)?bit\s+of\s+an?|proper|real|right|total|"
    r"complete)\s+(?P<slot2>waste\s+of\s+an?\s+[\w-]+)\s*,\s+(?:that|this)\s+(?:one|lad|lass|"
    r"girl|boy|guy|bloke)\b",
    _F,
)
# "all bluster and no delivery", "all talk and no follow-through" said of a person.
_R17_ALL_NO = _rare(
    r"\ball\s+(?:[\w-]+\s+){1,2}?and\s+no\s+(?:substance|follow-through|follow\s+through|"
    r"delivery|action|results|depth|output|graft|work|trousers)\b",
    _F,
)
# Origin, faith and family as the reproach: "go back to where you came from", "you know how
# they are … where she's from", "for a Sikh lad he's …", faith days beside a gripe, questions
# about a partner or children before work.
_R17_ORIGIN = _rare(
    r"\bgo\s+back\s+(?:to\s+)?where\s+(?:you|he|she|they)\s+(?:came|come|comes)\s+from\b|"
    r"\b(?:you\s+know\s+)?(?:how\s+they\s+are|what\s+they['’]re\s+like)\b[^.!?\n]{0,50}?"
    r"\bwhere\s+(?:he|she|you)['’]s\s+from\b|"
    r"\bfor\s+an?\s+(?P<faith>Muslim|Hindu|Sikh|Jewish|Christian|Catholic|Buddhist|religious|"
    r"devout)\s+(?:lad|lass|girl|boy|man|woman|bloke|guy|fella|lady|person)\b",
    _F,
)
_R17_FAITH = _rare(
    r"\b(?:mosque|church|temple|synagogue|gurdwara|ramadan|eid|diwali|sabbath|prayers|"
    r"prayer\s+time|fasting|lent)\b",
    _F,
)
_R17_FAITH_GRIPE = _compile(
    r"\b(?:vanish\w*|disappear\w*|slow\w*\s+(?:right\s+)?down|wrapped\s+up|too\s+busy|"
    r"the\s+slack|you\s+lot|conveniently|skiv\w+|sneak\w*\s+off|off\s+to\s+the|serious\s+"
    r"candidate|rest\s+of\s+us)\b",
    _F,
)
_R17_FAMILY_Q = _rare(
    r"\b(?:are|is)\s+(?:you|she|he)\s+(?:planning|thinking|hoping)\s+(?:on|of|about|to)\s+"
    r"(?:having|have|starting|start)\s+(?:a\s+family|(?:more\s+|any\s+)?(?:kids|children|babies)|"
    r"a\s+baby|another\s+baby)\b|"
    r"\bis\s+(?:your|her|his)\s+(?:husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?)\s+"
    r"(?:okay|ok|happy|fine|alright|all\s+right|cool)\s+with\s+(?:you|her|him)\b",
    _F,
)
# "a grumpy old man" said of a colleague (not "a 70-year-old man who still runs").
_R17_OLD = _rare(
    rf"{_SUBJ}{_R17_BE}\s+{_R17_ADV}an?\s+(?:(?:grumpy|silly|stubborn|miserable|cranky|"
    rf"doddery|daft|stupid|bitter|boring|moaning|cantankerous)\s+)?old\s+(?:man|woman|git|fart|"
    rf"codger|fogey|fogy|biddy|dear|duffer)\b",
    _F,
)
# Round seventeen, second pass. Sweeps: "you lot never …", "…, it's the same every week",
# "Whatever the job, you're …", "a fusspot, forever re-checking …", a note opening on the habit
# ("Forever losing the pallet truck, Ed."), "Never fails, …", "never once has he …", "That's
# NAME for you, …".
_R17_YOU_LOT = _rare(
    r"\byou\s+lot\s+(?P<mark>always|never|constantly|forever)\b(?P<rest>[^.!?\n]*)", _F
)
_R17_SAME_EVERY = _rare(
    r"[,;—–-]\s*(?:and\s+)?(?:it['’]s|that['’]s|it\s+is)\s+(?:the\s+same\s+)?every\s+(?:single\s+)?"
    r"(?:shift|day|week|time|month|morning|night|round|run)(?:\s+now)?\b",
    _F,
)
_R17_WHATEVER = _rare(
    rf"(?:^|[.!?]\s+|\n)(?:whatever|whichever|no\s+matter\s+(?:what|which))\s+(?:the\s+)?[\w-]+\s*,\s*"
    rf"{_SUBJ}(?:['’]re|['’]s|\s+(?:is|are))\s+(?:always\s+)?the\s+(?:one|last|first\s+to\s+"
    rf"(?:leave|go|complain))\b(?P<rest>[^.!?\n]*)",
    _F,
)
_R17_LABEL_HABIT = _rare(
    rf"{_SUBJ}(?:['’]s|\s+is|\s+was)\s+(?:just\s+)?an?\s+[\w'’-]+(?:\s+[\w'’-]+)?\s*,\s+"
    rf"(?P<mark>always|constantly|forever|perpetually|continually)\s+(?P<rest>[\w-]+ing\b[^.!?\n]*)",
    _F,
)
_R17_NOTE_HABIT = _rare(
    r"(?:^|[.!?]\s+|\n)(?P<mark>forever|constantly|perpetually|continually)\s+"
    r"(?P<rest>(?:[\w-]+ing|late)\b[^.!?\n]{0,100})",
    _F,
)
_R17_NEVER_FAILS = _rare(
    r"(?:^|[.!?]\s+|\n)(?P<mark>never\s+fails|like\s+clockwork|sure\s+as\s+anything)\s*,\s*"
    r"(?P<rest>[^.!?\n]{3,140})",
    _F,
)
_R17_NEVER_ONCE = _rare(
    rf"(?:^|[,;.!?]\s*)(?P<mark>never\s+once)\s+(?:has|have|did)\s+{_SUBJ}\s+(?P<rest>[^.!?\n]+)",
    _F,
)
_R17_THATS_NAME = _rare(
    rf"(?:^|[.!?]\s+|\n)(?P<head>that['’]s\s+(?P<subj>{_NAME})\s+for\s+you)\s*[,:;—–-]\s*"
    rf"(?P<rest>[^.!?\n]{{3,140}})",
    _F,
)
_R17_MARKS = re.compile(r"\b(?P<mark>never|always|constantly|forever|again)\b", _F)
# Labels: "Why can't you be more like Ravi?", "I wouldn't trust her with anything", "does he even
# want to be here?", "out of her depth", "the slowest worker on the floor", "girls aren't built for".
_R17_MORE_LIKE = _rare(
    r"\bwhy\s+can['’]t\s+(?:you|he|she|they)\s+(?:just\s+)?be\s+more\s+like\s+(?-i:[A-Z])", _F
)
_R17_TRUST = _rare(
    rf"\bI\s+(?:wouldn['’]t|would\s+not|don['’]t|do\s+not|can['’]t|couldn['’]t)\s+trust\s+"
    rf"(?:him|her|them|you|{_NAME})\s+(?:with|to\s+do|to\s+run)\s+(?:anything|a\s+single\s+thing|"
    rf"much)\b",
    _F,
)
_R17_WANT_HERE = _rare(
    rf"\b(?:do|does)\s+{_SUBJ}\s+(?:(?:actually|even|really|honestly)\s+)+want\s+to\s+(?:be|work)\s+"
    rf"here\b(?=\s*(?:[?,]|$))",
    _F,
)
_R17_DEPTH = _rare(
    rf"{_SUBJ}{_R17_BE}\s+{_R17_ADV}(?:well\s+|way\s+|completely\s+|totally\s+)?out\s+of\s+"
    rf"(?:his|her|their|your)\s+depth\b(?!\s+in\s+the\s+(?:pool|water|sea|deep))",
    _F,
)
_R17_SUPERLATIVE = _rare(
    rf"{_SUBJ}{_R17_BE}\s+(?:easily\s+|by\s+far\s+)?the\s+(?:slowest|laziest|worst|dozi?est|"
    rf"thickest|most\s+useless|most\s+careless|most\s+unreliable|least\s+reliable)\s+(?:[\w-]+\s+)?"
    rf"(?:thing|person|worker|member|employee|one|colleague|lad|girl|bloke|guy)\b",
    _F,
)
_R17_NOT_BUILT = _rare(
    r"\b(?:girls|women|ladies|blokes|men|lads|old\s+people|older\s+people|youngsters|kids)\s+"
    r"(?:(?:just|simply|really)\s+)?(?:aren['’]t|are\s+not)\s+(?:built|made|cut\s+out|wired)\s+for\b",
    _F,
)
_R17_KEYS = (
    _R17_WITS_WORDS
    | _gate("dim dozy gormless not rather instead never born nature typical attitude")
    | _gate("expect those these appraisal comment review note rating feedback natural")
    | _R17_USUAL_WORDS
    | _R17_DURATION_WORDS
    | _R17_CODA_WORDS
    | _gate("there lacks lacked got no shown displayed question sure doubt each every have")
    | _gate("doesn hasn call home glorified trouble waste act acts acting acted behave behaves")
    | _gate("behaving behaved like child baby toddler kid being since once yet again")
    | _gate("isn is ain wasn that this all go how what for old husband wife partner")
    | _gate("boyfriend girlfriend planning thinking hoping hassle bother grief worth")
    | _gate("bit such kind sort real right proper total complete")
    | _gate("lot whatever whichever matter forever constantly perpetually continually fails")
    | _gate("clockwork sure why trust want depth slowest laziest worst dozyest doziest thickest")
    | _gate("most least built made cut wired always")
    | _gate("mosque church temple synagogue gurdwara ramadan eid diwali sabbath prayers fasting")
)


@lru_cache(maxsize=64)
def _r17_words(text: str) -> frozenset[str]:
    """The words of the text that round seventeen's gates look for (as ``_r13_words``)."""
    return _words(text) & _R17_KEYS


_R17_SHARPEST = _gate("sharpest brightest smartest cleverest")
_R17_THICK = _gate("thick dense daft")
_R17_SPAN = _gate("brains span memory intelligence iq")


def _r17_wits_possible(words: frozenset[str], keys: frozenset[str]) -> bool:
    """The two words each wits frame needs ("the sharpest", "thick as", "short of" …)."""
    if keys.isdisjoint(_R17_WITS_WORDS):
        return False
    return (
        ("the" in words and not keys.isdisjoint(_R17_SHARPEST))
        or ("as" in words and not keys.isdisjoint(_R17_THICK))
        or "upstairs" in keys
        or "ears" in keys
        or ("brain" in keys and "have" in words)
        or ("of" in words and not keys.isdisjoint(_R17_SPAN))
        or ("as" in words and ("useful" in keys or "helpful" in keys or "useless" in keys))
        or ("as" in words and "use" in keys and "much" in words)
        or ("short" in keys and "of" in words and ("few" in words or "couple" in words))
    )


def _r17_wits_ok(m: re.Match[str]) -> bool:
    subj = next((g for g in m.group("subj", "subj2", "subj3", "subj4", "subj5") if g), None)
    subj = subj or m.group("subj6") or m.group("subj7")
    if subj is not None and not _is_person_subject(subj):
        return False
    animal = m.group("animal")
    return animal is None or animal.lower() not in _R17_GOOD_ANIMAL


def _judges_r17(text: str, words: frozenset[str], keys: frozenset[str]) -> Iterator[Span]:
    """Round seventeen's label frames, each behind the words it cannot match without."""
    if _r17_wits_possible(words, keys):
        for m in _R17_WITS.finditer(text):
            if _r17_wits_ok(m):
                yield m.start(), m.end()
    if ("not" in keys or "rather" in keys or "instead" in keys or "never" in keys) and not (
        words.isdisjoint(_R17_VIRTUES)
    ):
        for m in _person_hits(_R17_NOT_A, text):
            x = m.group("x").lower()
            if x not in _R17_VIRTUES and x not in _R15_PRAISE and x not in _R15_ROLES:
                yield m.start(), m.end()
    if not words.isdisjoint(_R17_LACK_VERBS) and not words.isdisjoint(_R17_QUALITY_WORDS):
        for m in _R17_LACKS.finditer(text):
            subj = m.group("subj") or m.group("subj2") or m.group("subj3")
            q = (m.group("q") or m.group("q2") or m.group("q3") or m.group("q4")).lower()
            if m.group("carry"):
                head = _R17_SUBJ_HEAD.match(text[_sentence_start(text, m.start()) : m.start()])
                subj = head.group("subj") if head is not None else None
            if q == "authority" and _R17_AUTHORITY_TO.match(text, m.end()):
                continue  # "doesn't have the authority to sign off refunds": a permission
            if q in _R16_ROLE_QUALITY and text.startswith(" for", m.end()):
                continue  # "doesn't have the responsibility for payroll": a duty, not a trait
            if subj is not None and _is_person_subject(subj) and q not in _R17_NOT_QUALITY:
                yield m.start(), m.end()
    if "born" in keys or "nature" in keys:
        for m in _person_hits(_R17_BORN, text):
            slot = (m.group("a") or m.group("b")).lower()
            if slot not in _R17_BORN_OK and _slot_is_label(slot):
                yield m.start(), m.end()
    if "typical" in keys:
        for m in _R17_TYPICAL.finditer(text):
            rest = m.group("rest")
            # A trait or a lacked quality makes the group a label; a single gripe ("Typical
            # intern, can't find the stapler") is belittling, left to the older rules.
            if (
                rest is None
                or _R17_TYPICAL_FAULT.search(rest)
                or not TRAIT_WORDS.isdisjoint(_words(rest))
            ):
                start = m.start() + m.group().lower().index("typical")
                yield start, m.end("g") if m.group("g") else m.end()
    if "attitude" in keys and (not words.isdisjoint(_R17_VERDICTS) or "not" in words):
        for m in _R17_ATTITUDE.finditer(text):
            yield m.start(), m.end()
    if ":" in text and not keys.isdisjoint(_R17_FORM_WORDS):
        for m in _R17_FORM.finditer(text):
            for part in _R17_FORM_LACKS.finditer(m.group("rest")):
                yield m.start("rest") + part.start(), m.start("rest") + part.end()
    if "natural" in keys:
        for m in _person_hits(_R17_NOT_NATURAL, text):
            yield m.start(), m.end()
    if "expect" in keys or (("those" in keys or "these" in keys) and "one" in words):
        yield from _r17_groups(text)
    if ("call" in keys or "describe" in words) and "what" in words:
        for m in _person_hits(_R17_CALL, text):
            slot = m.group("slot").lower()
            if slot not in _R17_BORN_OK and _slot_is_label(slot):
                yield m.start(), m.end()
    if _r17_bit_possible(words):
        for m in _person_hits(_R17_BIT_OF, text):
            slot = m.group("slot")
            if _slot_is_label(slot) and not PRAISE.search(slot) and not _r17_kind_slot(slot):
                yield m.start(), m.end()
    yield from _r17_both(text, words, keys)
    yield from _r17_labels2(text, words, keys)
    # a label, not belittling: round ten reads "all talk and no action" so
    if "all" in keys and "no" in words:
        for m in _R17_ALL_NO.finditer(text):
            start = _sentence_start(text, m.start())
            head = _R17_SUBJ_HEAD.match(text[start : m.start()])
            if (head is not None and _is_person_subject(head.group("subj"))) or (
                _R17_FROM_PERSON.search(text, start, m.start())
            ):
                yield m.start(), m.end()
    if "," in text and _r17_front_possible(text.lower(), words):
        for m in _R17_FRONT_TAG.finditer(text):
            slot = m.group("slot")
            if slot is None or (_slot_is_label(slot) and not _r17_kind_slot(slot)):
                yield m.start(), m.end()


def _r17_labels2(text: str, words: frozenset[str], keys: frozenset[str]) -> Iterator[Span]:
    """Round seventeen's second pass of label frames."""
    if "why" in keys and "like" in words:
        for m in _R17_MORE_LIKE.finditer(text):
            yield m.start(), m.end()
    if "trust" in keys:
        for m in _R17_TRUST.finditer(text):
            yield m.start(), m.end()
    if "want" in keys and "here" in words:
        for m in _person_hits(_R17_WANT_HERE, text):
            yield m.start(), m.end()
    if "depth" in keys:
        for m in _person_hits(_R17_DEPTH, text):
            yield m.start(), m.end()
    if not keys.isdisjoint(_R17_SUPER_WORDS) and "the" in words:
        for m in _person_hits(_R17_SUPERLATIVE, text):
            yield m.start(), m.end()
    if not keys.isdisjoint(_R17_BUILT) and "for" in words:
        for m in _R17_NOT_BUILT.finditer(text):
            yield m.start(), m.end()
    if "for" in words and "you" in words and "that" in words and " for you" in text.lower():
        for m in _R17_THATS_NAME.finditer(text):
            rest = m.group("rest")
            mark = _R17_MARKS.search(rest)
            if (
                _is_person_subject(m.group("subj"))
                and mark is not None
                and not _is_praise(mark.group("mark"), rest[mark.end() :])
            ):
                yield m.start("head"), m.end("head")


_R17_SUPER_WORDS = _gate("slowest laziest worst dozyest doziest thickest most least")


_R17_FRONT_WORDS = ("a ", "bit ", "little ", "proper ", "real ", "right ", "total ", "complete ")


def _r17_front_possible(low: str, words: frozenset[str]) -> bool:
    if "bit" not in words and words.isdisjoint(_J16_FRONTED):
        return False
    return any(_r17_opens_sentence(low, w) for w in _R17_FRONT_WORDS)


def _r17_bit_possible(words: frozenset[str]) -> bool:
    if "such" in words:
        return True
    if "of" in words and ("bit" in words or "kind" in words or "sort" in words):
        return True
    return not words.isdisjoint(_R17_INTENSE) and ("a" in words or "an" in words)


_R17_INTENSE = _gate("real right proper total complete")


def _r17_kind_slot(slot: str) -> bool:
    """A good or neutral slot ("such a good listener", "a bit of a night owl")."""
    low = slot.lower().split()
    return bool(_R17_KIND_WORDS.intersection(low)) or bool(_R15_NEUTRAL.intersection(low))


_R17_KIND_WORDS = _gate(
    """good great kind lovely nice gentle sweet decent natural brilliant talented clever bright
    smart hard quick fast careful thorough organised organized helpful friendly patient generous
    funny warm calm steady solid safe real team people details numbers early night morning
    perfectionist stickler worrier introvert extrovert character legend star asset gem"""
)


_R17_NOBODY = _gate("anyone anybody nobody no")


def _r17_both(text: str, words: frozenset[str], keys: frozenset[str]) -> Iterator[Span]:
    """Frames that are both a label and belittling: no one behind the eyes, thick as a plank
    after "but", "a glorified …", "more trouble than he's worth", a yardstick below the person,
    a life circumstance as the reason."""
    if "home" in keys and not words.isdisjoint(_R17_NOBODY):
        for m in _R17_HOME.finditer(text):
            yield m.start(), m.end()
    if ("but" in words or "yet" in words) and not keys.isdisjoint(_R17_THICK):
        for m in _R17_THICK_CARRIED.finditer(text):
            head = _R17_SUBJ_HEAD.match(text[_sentence_start(text, m.start()) : m.start()])
            if head is not None and _is_person_subject(head.group("subj")):
                yield m.start(), m.end()
    if not keys.isdisjoint(_R17_WORTH_WORDS):
        for m in _R17_WORTH.finditer(text):
            subj = m.group("subj")
            if m.group("waste") is None and subj is not None and _is_person_subject(subj):
                yield m.start(), m.end()
    if "being" in keys:
        for m in _R17_BEING.finditer(text):
            rest = m.group("rest")
            if _R17_CANT.search(rest) or (
                _r17_fault(rest) and not PRAISE.search(rest) and "rest" in m.groupdict()
            ):
                yield m.start(), m.end()


_R17_WORTH_WORDS = _gate("glorified worth")


def _r17_groups(text: str) -> Iterator[Span]:
    for m in _R17_EXPECT_FROM.finditer(text):
        subj = m.group("subj")
        if subj is not None and not _is_person_subject(subj):
            continue
        yield m.start(), m.end()


def _demeaning_r17(text: str, words: frozenset[str], keys: frozenset[str]) -> Iterator[Span]:
    """Round seventeen's belittling frames: wits as an amount, a dim person, a group."""
    if _r17_wits_possible(words, keys):
        for m in _R17_WITS.finditer(text):
            if _r17_wits_ok(m):
                yield m.start(), m.end()
    if not keys.isdisjoint(_R17_DIM_WORDS):
        for m in _person_hits(_R17_DIM, text):
            yield m.start(), m.end()
    if "expect" in keys or (("those" in keys or "these" in keys) and "one" in words):
        yield from _r17_groups(text)
    yield from _r17_both(text, words, keys)
    if ("than" in words or "job" in words) and (
        not words.isdisjoint(_R17_YARD_WORDS) or "-year" in text
    ):
        for m in _R17_YARDSTICK.finditer(text):
            yield m.start(), m.end()  # belittling only: earlier rounds label it so
    if "waste" in words:
        for m in _R17_WORTH.finditer(text):
            subj = m.group("subj")
            if m.group("waste") is not None and (subj is None or _is_person_subject(subj)):
                yield m.start(), m.end()
            elif subj is None:
                yield m.start(), m.end()  # "Waste of a lanyard, that one"
    if "since" in keys and "leave" in words:
        for m in _R17_LEAVE.finditer(text):
            sentence = _sentence_around(text, m.start(), m.end())
            if not TRAIT_WORDS.isdisjoint(_words(sentence)) and not PRAISE.search(sentence):
                yield m.start(), m.end()
    if not words.isdisjoint(_R17_KIDS) and _r17_child_possible(words, text.lower()):
        for m in _R17_CHILD.finditer(text):
            subj = m.group("subj") or m.group("subj2")
            if subj is not None and not _is_person_subject(subj):
                continue
            if subj is None and not _r17_fault(_sentence_around(text, m.start(), m.end())):
                continue  # "like my teenage son" needs a fault beside it
            yield m.start(), m.end()
    if ("from" in words and ("back" in words or "they" in words)) or (
        "for" in words and not words.isdisjoint(_R17_FAITHS)
    ):
        for m in _R17_ORIGIN.finditer(text):
            yield m.start(), m.end()
    if not keys.isdisjoint(_R17_FAITH_WORDS):
        for m in _R17_FAITH.finditer(text):
            sentence = _sentence_around(text, m.start(), m.end())
            if _R17_FAITH_GRIPE.search(sentence) and _R17_ANY_SUBJ.search(sentence):
                yield m.start(), m.end()
    if not keys.isdisjoint(_R17_FAMILY_WORDS):
        for m in _R17_FAMILY_Q.finditer(text):
            yield m.start(), m.end()
    if "old" in keys and not words.isdisjoint(_R17_OLD_NOUNS):
        for m in _person_hits(_R17_OLD, text):
            yield m.start(), m.end()


_R17_OLD_NOUNS = _gate("man woman git fart codger fogey fogy biddy dear duffer")
_R17_FAITH_WORDS = _gate(
    "mosque church temple synagogue gurdwara ramadan eid diwali sabbath prayers fasting"
)
_R17_FAMILY_WORDS = _gate("planning thinking hoping husband wife partner boyfriend girlfriend")
_R17_YARD_WORDS = _gate(
    """intern child kid monkey chimp trainee toddler labrador dog hamster goldfish parrot
    schoolkid school-kid schoolboy schoolgirl teenager nephew niece grandma grandmother granny
    nan gran work-experience first-year first-week"""
)
_R17_KIDS = _gate(
    """child toddler kid baby teenager schoolboy schoolgirl brat daughter son kids children
    nephew niece grandson granddaughter"""
)
_R17_CHILD_BITS = (
    " a child",
    " a baby",
    " a toddler",
    " a big kid",
    " such a baby",
    " such a child",
)


def _r17_child_possible(words: frozenset[str], low: str) -> bool:
    return "like" in words or any(bit in low for bit in _R17_CHILD_BITS)


_R17_FAITHS = _gate("muslim hindu sikh jewish christian catholic buddhist religious devout")


_R17_MORE_FAULT = _compile(
    r"\b(?:without|half[-\s]done|half[-\s]finished|last\s+minute|(?:had|has|with)\s+no\s+(?!errors?\b|"
    r"mistakes?\b|issues?\b|problems?\b|complaints?\b|incidents?\b)|(?:left|leaves?|leaving)\s+"
    r"(?:\w+\s+){0,4}?(?:unplugged|open|unlocked|on|out|behind|lying|unattended|half|running)\b|"
    r"forgot|forgotten|over\s+budget|late)",
    _F,
)


def _r17_tail_possible(keys: frozenset[str], low: str) -> bool:
    return "usual" in keys or ("always" in keys and ("like always" in low or "as always" in low))


_R17_DURATION_BITS = (
    "the whole ",
    "the entire ",
    "all year",
    "all quarter",
    "all term",
    "all month",
    "all season",
    "week in",
    "day in",
    "month in",
    "shift in",
    "nine times",
    "for every",
)


def _r17_duration_possible(low: str) -> bool:
    if any(bit in low for bit in _R17_DURATION_BITS):
        return True
    return " since" in low and "every " in low


def _r17_fault(clause: str) -> bool:
    return bool(
        _R17_MORE_FAULT.search(clause)
        or _NEGATIVE_BEHAVIOUR.search(clause)
        or _FAULT.search(clause)
        or not TRAIT_WORDS.isdisjoint(_words(clause))
    )


def _absolute_r17(text: str, words: frozenset[str], keys: frozenset[str]) -> Iterator[Span]:
    """Round seventeen's sweeps, each behind the words it cannot match without."""
    low = text.lower()
    if (
        "usual" in keys
        or "same" in keys
        or "story" in keys
        or ("here" in words and "again" in keys)
    ):
        for m in _R17_USUAL.finditer(text):
            rest = m.group("rest") or m.group("rest2")
            mark = "mark" if m.group("mark") else "mark2"
            who = m.group("who")
            story = m.group("mark2") is not None or (
                m.group("mark") is not None and _R17_STORY.search(m.group("mark")) is not None
            )
            if who is not None and not _is_person_subject(who):
                continue
            if not (_R17_PERSON.search(rest) or who or story):
                continue
            if PRAISE.search(rest) or _is_praise("always", rest):
                continue
            if not (story or who or _r17_fault(rest)):
                continue
            yield m.start(mark), m.end(mark)
        for m in _R17_USUAL_TAIL.finditer(text) if _r17_tail_possible(keys, low) else ():
            rest = text[_sentence_start(text, m.start()) : m.start()]
            if not 3 <= len(rest.strip()) <= 160:
                continue
            short = len(rest.split()) <= 3
            if not (_R17_PERSON.search(rest) or short):
                continue
            if PRAISE.search(rest) or _is_praise("always", rest) or not _r17_fault(rest):
                continue
            yield m.start("mark3"), m.end("mark3")
    if ("once" in keys or "yet" in keys) and "again" in keys:
        for m in _R17_AGAIN.finditer(text):
            rest = m.group("rest")
            if _R17_PERSON.search(rest) and _r17_fault(rest) and not PRAISE.search(rest):
                yield m.start("mark"), m.end("mark")
    if _r17_duration_possible(low):
        for m in _R17_DURATION.finditer(text):
            start = _sentence_start(text, m.start())
            clause = text[start : _sentence_end(text, m.end())]
            head = _R17_SUBJ_HEAD.match(text[start : m.start()])
            if head is not None and not _is_person_subject(head.group("subj")):
                head = None  # "Your checks are wrong …": no subject, a possessive
            if head is None and not _R17_ANY_SUBJ.search(clause):
                continue
            if _R17_NOUN_PRED.search(text[start : m.start()]) or PRAISE.search(clause):
                continue  # "you've been a nervous wreck all quarter" is a label, not a sweep
            if _R17_ADVICE.search(text[start : m.start()]) or not _r17_fault(clause):
                continue
            yield m.start(), m.end()
    if "there" in keys and "always" in keys:
        for m in _R17_THERE_ALWAYS.finditer(text):
            clause = _sentence_around(text, m.start(), m.end())
            if _R17_THERE_FAULT.search(m.group("what")) and not PRAISE.search(clause):
                yield m.start(), m.end()
    if "," in text and any(tail in low for tail in _R17_CODA_TAILS):
        for m in _R17_CODA.finditer(text):
            before = text[_sentence_start(text, m.start()) : m.start()]
            if not 3 <= len(before) <= 160:
                continue
            head = _R17_SUBJ_HEAD.match(before)
            if head is None or not _is_person_subject(head.group("subj")):
                continue
            pred = head.group("pred")
            mark = m.group("mark").lower()
            if _R17_ADVICE.search(pred) or PRAISE.search(pred):
                continue
            if mark.startswith(("ever", "not", "never")) and not _R17_DENY.search(pred):
                continue  # "…, not even once" needs a denied act before it
            if mark.startswith("always") and not _r17_fault(pred):
                continue
            yield m.start("mark"), m.end("mark")
    if "each and every" in low or "every single" in low or "single one" in low:
        for m in _R17_EACH_YOU.finditer(text):
            clause = _sentence_around(text, m.start(), m.end())
            if _R17_EACH_FAULT.search(clause) and not PRAISE.search(clause):
                yield m.start(), m.end()
    yield from _r17_sweeps2(text, words, keys)
    if ":" in text and not keys.isdisjoint(_R17_FORM_WORDS):
        for m in _R17_FORM.finditer(text):
            for part in _R17_FORM_SWEEP.finditer(m.group("rest")):
                yield m.start("rest") + part.start(), m.start("rest") + part.end()


# False findings met in the written17 files, as frames: a label denied by whoever says it
# ("Nobody thinks you're a troublemaker", "I'm not saying you're careless"); a height, not a
# status ("every time you're above two metres"); the writer's own mood ("I was a grumpy
# so-and-so"); news congratulated ("Congrats on the pregnancy"); "can't get lost".
_R17_DENIED_LABEL = re.compile(
    r"\b(?:nobody|no\s+one|no-one)\s+(?:here\s+|on\s+the\s+\w+\s+)?(?:thinks|believes|is\s+saying|"
    r"says|would\s+say|feels)\s+(?:that\s+)?$|\b(?:I['’]m|I\s+am|we['’]re|we\s+are)\s+not\s+"
    r"(?:saying|suggesting|implying)\s+(?:that\s+)?$|\bnot\s+that\s+$",
    _F,
)
_R17_DENIERS = _gate("nobody no-one saying suggesting implying one")
_R17_ABOVE_MEASURE = re.compile(r"\babove\s+(?:\d|one|two|three|four|five|ten|a\s+metre)", _F)
_R17_SELF = re.compile(r"\b(?:I|we)(?:['’]m|['’]ve\s+been|\s+(?:was|am|were|have\s+been))\s+$", _F)
_R17_CONGRATS = re.compile(
    r"\b(?:congrat\w*|delighted|thrilled|happy|great|lovely)\s+(?:news\s+)?(?:on|about|to\s+hear"
    r"(?:\s+about)?)\s+(?:the|your|her|his)\s+$",
    _F,
)
_R17_CANT_GET_LOST = re.compile(
    r"(?:can['’]t|cannot|won['’]t|never|not|don['’]t|(?:nobody|no\s+one|no-one)\s+(?:can|could|will|"
    r"would))\s+get\s+lost",
    _F,
)
# "My nan would love a tour": a relative who would enjoy something is no yardstick.
_R17_KIN_ENJOYS = re.compile(
    r"\bwould\s+(?:love|like|enjoy|adore|be\s+(?:proud|thrilled|delighted))\b", _F
)


# "Ruth is a real numbers person": a strength named, not a label ("not a numbers person" is one).
_R17_FIELD_PERSON = re.compile(
    r"\ban?\s+(?:(?:real|proper|true|born)\s+)?(?:numbers|people|details?|process|morning|ideas|"
    r"data|systems|big[-\s]picture)\s+person$",
    _F,
)
_R17_NOT = re.compile(r"\bnot\b|n['’]t\b", _F)


def _find_judges_r17(text: str) -> Iterator[Span]:
    words = _words(text)
    denial = not words.isdisjoint(_R17_DENIERS) or ("not" in words and "that" in words)
    for start, end in _find_judges_base(text):
        before = text[max(0, start - 40) : start]
        if (denial and _R17_DENIED_LABEL.search(before)) or (
            "above" in text[start:end] and _R17_ABOVE_MEASURE.search(text, start, end)
        ):
            continue
        if (
            "person" in words
            and _R17_FIELD_PERSON.search(text, start, end)
            and not _R17_NOT.search(text, max(0, start - 20), end)
        ):
            continue
        yield start, end
    keys = _r17_words(text)
    if keys:
        yield from _judges_r17(text, words, keys)


def _find_demeaning_r17(text: str) -> Iterator[Span]:
    for start, end in _find_demeaning_base(text):
        before = text[max(0, start - 40) : start]
        quote = text[start:end].lower()
        if "so-and-so" in quote and _R17_SELF.search(before):
            continue
        if quote.startswith("pregnan") and _R17_CONGRATS.search(before):
            continue
        if quote == "get lost" and _R17_CANT_GET_LOST.search(text, max(0, start - 16), end):
            continue
        if "would" in quote and _R17_KIN_ENJOYS.match(text, start + quote.rfind("would")):
            continue  # "My nan would love a tour of the warehouse"
        yield start, end
    keys = _r17_words(text)
    if keys:
        yield from _demeaning_r17(text, _words(text), keys)


# Praise read as a habit: "never signs off a batch without a second check" (not "without being
# chased"), "never leaves a bay untidy", "not once has she had a fall on her ward", "always …,
# keep it up"; an instruction for each time ("Each time you close the till, count the float";
# "Lock up when you leave, every single time").
_R17_NEVER_WITHOUT = re.compile(
    r"^\s*(?:once\s+)?(?:\w+\s+){1,8}?without\s+(?!being\b|a\s+reminder|reminders?\b|prompting\b|"
    r"chasing\b|complain|moan|whing|argu|a\s+fuss|a\s+fight|an\s+argument|an?\s+excuse|drama\b|"
    r"help\b|asking\b|checking\s+with\s+me\b)",
    _F,
)
_R17_NEVER_LEAVES = re.compile(
    r"^\s*(?:leaves?|left)\s+(?:a|an|the|his|her|their|your|any)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:untidy|messy|dirty|unlocked|unattended|unfinished|half[-\s]done|in\s+a\s+mess|"
    r"unanswered|unsigned)\b",
    _F,
)
_R17_NOT_ONCE_GOOD = re.compile(
    r"^\s*(?:(?:this|last|in\s+the\s+last)\s+\w+\s+)?(?:has|have|did)?\s*(?:\w+\s+)?(?:had|made|"
    r"caused|received|got|logged|recorded|reported)\s+(?:a|an|one|any|single)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:errors?|mistakes?|complaints?|incidents?|accidents?|falls?|breach(?:es)?|injur(?:y|ies)|"
    r"sick\s+days?|absences?|near\s+miss(?:es)?)\b",
    _F,
)
_R17_PRAISE_CODA = re.compile(
    r"\b(?:keep\s+it\s+up|keep\s+up\s+the\s+\w+\s+work|nice\s+one|good\s+on\s+(?:you|ya))\b", _F
)
_R17_BUT = re.compile(r"\b(?:but|though|although|however|yet)\b", _F)
_R17_IMPERATIVE = re.compile(
    r"^\s*(?:please\s+)?(?!(?:you|he|she|they|it|i|we|there|that|this|the|a|an|someone|everyone|"
    r"nobody|never|always|forever|constantly|each|every|whenever|not|if|when|once|as|so|and|but|"
    r"because|while|after|before|until|unless|since|though|although|for|in|on|at|by|with|from|to|"
    r"of|what|how|why|where|who|which|honestly|frankly|look|well|oh|yes|no|okay|ok|sure|just|"
    r"only|even|also|still|then|now|here|again|yet|all|my|our|your|his|her|their)\b)[a-z]+(?<!s)(?<!ed)"
    r"(?<!ing)\s+(?:the|a|an|your|it|them|this|that|those|these|up|in|out|off|down|back|all|on|"
    r"over)\b",
    _F,
)
_R17_CODA_TAIL = re.compile(
    r"(?:every\s+single\s+time|each\s+and\s+every\s+time|without\s+fail)$", _F
)
_R17_USUAL_HEAD = re.compile(r"as\s+(?:per\s+)?usual", _F)
_R17_GOOD_FIRST = re.compile(r"\b(?:first|early|on\s+time|ahead|spot\s+on|ready)\b", _F)
_R17_EACH_MARK = re.compile(r"(?:every|each)\s+(?:single\s+)?time|whenever", _F)
_R17_EACH_HEAD = re.compile(r"^(?:each|every)\s+(?:single\s+)?time\s+\w+", _F)


def _r17_absolute_veto(text: str, start: int, end: int) -> bool:
    s_start = _sentence_start(text, start)
    s_end = _sentence_end(text, end)
    quote = text[start:end].lower()
    after = text[end:s_end]
    if quote.endswith("never") or quote.startswith("not once"):
        clause = after.split(",")[0] if quote.startswith("not once") else after
        if _R17_NOT_ONCE_GOOD.search(clause) and not _R17_BUT.search(text[s_start:s_end]):
            return True
        if quote.endswith("never") and (
            _R17_NEVER_WITHOUT.search(after) or _R17_NEVER_LEAVES.search(after)
        ):
            return True
    sentence = text[s_start:s_end]
    if (
        _R17_USUAL_HEAD.match(quote)
        and not _r17_fault(after)
        and (PRAISE.search(after) or _R17_GOOD_FIRST.search(after))
    ):
        return True  # "As usual, you were first on the floor"
    if "always" in quote and _R17_PRAISE_CODA.search(sentence) and not _R17_BUT.search(sentence):
        return True
    if _R17_EACH_HEAD.match(text[start:s_end]) and start - s_start <= 2:
        comma = after.find(",")
        if comma >= 0 and _R17_IMPERATIVE.match(after[comma + 1 :]):
            return True
    if not (_R17_EACH_MARK.match(quote) or _R17_CODA_TAIL.search(quote)):
        return False
    if _R17_IMPERATIVE.match(sentence) is None:
        return False
    # "Lock up when you leave, every single time": the coda of an instruction; "Clip on the
    # harness every time you climb": a rule for each time
    if _R17_EACH_MARK.match(quote):
        return True
    return text[s_start:start].count(",") >= 1 or _R17_CODA_TAIL.search(text[start:end]) is not None


def _find_absolute_r17(text: str) -> Iterator[Span]:
    for start, end in _find_absolute_base(text):
        if not _r17_absolute_veto(text, start, end):
            yield start, end
    keys = _r17_words(text)
    if keys:
        yield from _absolute_r17(text, _words(text), keys)


def _r17_opens_sentence(low: str, word: str) -> bool:
    """The word starts the text, a line or a sentence."""
    at = low.find(word)
    while at >= 0:
        before = low[:at].rstrip(" \t")
        if not before or before[-1] in ".!?\n":
            return True
        at = low.find(word, at + 1)
    return False


def _r17_habit_ok(mark: str, rest: str) -> bool:
    return not _is_praise(mark, rest) and not PRAISE.search(rest)


def _r17_sweeps2(text: str, words: frozenset[str], keys: frozenset[str]) -> Iterator[Span]:
    """Round seventeen's second pass of sweeps."""
    if "lot" in keys:
        for m in _R17_YOU_LOT.finditer(text):
            if _r17_habit_ok(m.group("mark"), m.group("rest")):
                yield m.start(), m.end("mark")
    if "every" in keys and "," in text and ("it" in words or "that" in words):
        for m in _R17_SAME_EVERY.finditer(text):
            head = text[_sentence_start(text, m.start()) : m.start()]
            if _R17_ANY_SUBJ.search(head) and _r17_fault(head) and not PRAISE.search(head):
                yield m.start() + 1, m.end()
    if not keys.isdisjoint(_R17_WHATEVER_WORDS):
        for m in _person_hits(_R17_WHATEVER, text):
            if not PRAISE.search(m.group("rest")):
                yield m.start("subj"), m.end()
    low = text.lower()
    if not keys.isdisjoint(_R17_HABIT_WORDS) and any(t in low for t in _R17_HABIT_TAILS):
        for m in _person_hits(_R17_LABEL_HABIT, text):
            if _r17_habit_ok(m.group("mark"), m.group("rest")):
                yield m.start("mark"), m.end("mark")
    if any(_r17_opens_sentence(low, w) for w in keys & _R17_HABIT_WORDS):
        for m in _R17_NOTE_HABIT.finditer(text):
            rest = m.group("rest")
            if _r17_habit_ok(m.group("mark"), rest) and (_r17_fault(rest) or "," in rest):
                yield m.start("mark"), m.end("mark")
    if "fails" in keys or "clockwork" in keys or "sure" in keys:
        for m in _R17_NEVER_FAILS.finditer(text):
            rest = m.group("rest")
            if _R17_ANY_SUBJ.search(rest) and _r17_habit_ok("always", rest):
                yield m.start("mark"), m.end("mark")
    if "never" in words and "once" in keys:
        for m in _person_hits(_R17_NEVER_ONCE, text):
            if not _is_praise("never", m.group("rest")):
                yield m.start("mark"), m.end("subj")
    if "for" in words and "you" in words and "that" in words and " for you" in text.lower():
        for m in _R17_THATS_NAME.finditer(text):
            rest = m.group("rest")
            mark = _R17_MARKS.search(rest)
            if (
                _is_person_subject(m.group("subj"))
                and mark is not None
                and not _is_praise(mark.group("mark"), rest[mark.end() :])
            ):
                yield m.start("rest") + mark.start(), m.start("rest") + mark.end()


_R17_HABIT_WORDS = _gate("always forever constantly perpetually continually")
_R17_BUILT = _gate("built made cut wired")
_R17_DIM_WORDS = _gate("dim thick dense dozy gormless")
_R17_WHATEVER_WORDS = _gate("whatever whichever matter")
_R17_PERIODS = _gate("year quarter term month season")
_R17_HABIT_TAILS = (", always ", ", constantly ", ", forever ", ", perpetually ", ", continually ")
_R17_CODA_TAILS = (", ever", ", not ", ", never ", ", always ")


_HABIT_WORD = re.compile(r"\b(?:always|never|constantly|continually|continuously|forever)\b", _F)


# "None of your stock counts had a single error", "not one complaint all month": a clean record.
_ZERO_FAULTS = re.compile(
    r"\b(?:none|no|not\s+(?:a|one)|nor\s+a|wasn['’]t\s+(?:a|one)|without\s+a)\b[^.!?]{0,50}?"
    r"\b(?:errors?|mistakes?|complaints?|incidents?|accidents?|falls?|breach(?:es)?|injur(?:y|ies)|"
    r"defects?|returns?|sick\s+days?|absences?|near\s+miss(?:es)?)\b",
    _F,
)


def not_a_sweep(sentence: str) -> bool:
    """A habit the rules read as praise ("he is never late") or a clean record ("not one error
    all quarter"): the absolute model's guard."""
    for m in _HABIT_WORD.finditer(sentence):
        if _is_praise(m.group(0), sentence[m.end() : _sentence_end(sentence, m.end())]):
            return True
    return _ZERO_FAULTS.search(sentence) is not None and _R17_BUT.search(sentence) is None


def a_thing_made_easy(sentence: str) -> bool:
    """ "Even a child could use the new kiosks": the tool is easy, nobody is belittled (with no
    person in the sentence). A guard for the demeaning model, which weighs "even a child" alone."""
    m = _CHILD_USE.search(sentence)
    return m is not None and not _CHILD_USE_PERSON.search(sentence)


_THING_TOO_OLD_IN = _compile(r"\btoo\s+old\b", _F)


def a_thing_too_old(sentence: str) -> bool:
    """ "Our till software is getting too old for contactless": a thing, not a person, is too old
    (round ten's reading of the rules). A guard for the demeaning model, which weighs "old"."""
    return any(_thing_before(sentence, m.start()) for m in _THING_TOO_OLD_IN.finditer(sentence))


def praises_behaviour(sentence: str) -> bool:
    """Good behaviour named with no fault and no negation beside it ("the kind of person who
    helps everyone"): a guard for the judges_person model, which weighs "kind of person" alone."""
    return (
        _POSITIVE_BEHAVIOUR.search(sentence) is not None
        and _NEGATIVE_BEHAVIOUR.search(sentence) is None
        and _R17_DENY.search(sentence) is None
    )


# ---------------------------------------------------------------------------------------------
# Round eighteen: frames with an open slot (heldout17's families), each behind its own words
# ---------------------------------------------------------------------------------------------

_R18_PRONOUN_OBJ = rf"(?:him|her|them|you|(?-i:{_NAME}))"
# A stretch of time repeated: "sprint after sprint", "week after week" (not "time after time",
# which older rules read at the head of a sentence).
_R18_X_AFTER_X = _rare(
    r"\b(?P<x>week|day|month|sprint|shift|quarter|year|term|meeting|release|project|run|audit|"
    r"review|rota|deadline|report|visit|season|match|lesson|class|stocktake|handover|close|"
    r"cycle|batch|order)s?\s+after\s+(?P=x)s?\b",
    _F,
)
_R18_TYPICAL_ACT = re.compile(
    r"\s*(?!(?:always|never|forever|constantly|is|was|has|does)\b)[a-z]+(?<!s)s\b", _F
)
_R18_SAME_STORY = re.compile(r"\bsame\s+(?:old\s+)?(?:story|thing|problem|excuse|mistake)", _F)
# "Typical Dana: …", "This is so typical of Rob" (a group as the label is round seventeen's).
_R18_TYPICAL = _rare(
    rf"(?:^|[.!?]\s+|\n)(?:(?:oh|well|and)\s*,?\s+)?(?P<mark>typical\s+(?P<subj>(?-i:{_NAME})|him|her|you))"
    rf"\s*[:;,!.—–-]|"
    rf"\b(?P<mark2>(?:this|that|it)(?:['’]s|\s+is|\s+was)\s+(?:so\s+|just\s+|very\s+|all\s+too\s+)?"
    rf"typical\s+of\s+(?P<subj2>(?-i:{_NAME})|him|her|you))\b",
    _F,
)
# "Dave has once again …", "she's yet again …", "has filed yet another complaint", "for once
# again teaching us …" (a sentence that opens on it is round seventeen's).
_R18_AGAIN = _rare(
    rf"{_SUBJ}(?:['’](?:s|ve|re)|\s+(?:has|have|had|is|are|was|were|did|does|will))?\s+"
    rf"(?:(?:just|now|gone\s+and)\s+)?(?P<mark>once\s+again|yet\s+again)\b|"
    rf"{_SUBJ.replace('<subj>', '<subj2>')}(?:\s+(?:has|have|had)|['’](?:s|ve))?\s+"
    rf"(?:[a-z]+ed|made|sent|given|brought|come|found|had|got|put|left|thrown|written|raised|"
    rf"filed|lodged|taken|missed|lost|broken|forgotten|makes|sends|gives|brings|finds|files|"
    rf"raises|lodges|takes|misses|loses|breaks|forgets|turns\s+in|hands\s+in)\s+(?:us\s+)?"
    rf"(?P<mark2>yet\s+another)\b|"
    rf",\s+(?P<subj3>(?-i:{_NAME}))\s*,\s+for\s+(?P<mark3>once\s+again|yet\s+again)\s+[a-z]+ing\b",
    _F,
)
_R18_GOOD_AGAIN = re.compile(
    r"\b(?:top(?:ped)?|best|record|won|beat|beaten|smashed|exceeded|delivered|nailed|saved|"
    r"helped|stepped\s+up|covered|first|praised|thanked|volunteered|impressed|excelled)\b",
    _F,
)
# "calls in sick at the first sign of pressure" (not advice: "escalate at the first sign of …").
_R18_FIRST_SIGN = _rare(
    r"\bat\s+the\s+(?:very\s+)?(?:first|slightest|merest|faintest|least)\s+(?:sign|hint|whiff|"
    r"mention|sniff|suggestion|bit)\s+of\b",
    _F,
)
_R18_NO_MATTER = _rare(r"\bno\s+matter\s+(?:what|how|who|when|which)\b", _F)
# "can't go an hour without checking her phone".
_R18_GO_WITHOUT = _rare(
    rf"{_SUBJ}\s+(?:can['’]t|cannot|couldn['’]t|doesn['’]t|didn['’]t|won['’]t)\s+(?:seem\s+to\s+|even\s+|"
    rf"ever\s+)?(?:go|goes|went|last|get\s+through|manage|sit\s+through)\s+(?:an?|one|a\s+single|"
    rf"ten|five|two|three|half\s+an|more\s+than\s+(?:an?|one|ten|five|two))\s+(?:[\w-]+\s+)?"
    rf"(?:minutes?|hours?|days?|shifts?|meetings?|weeks?|calls?|briefings?|mornings?|visits?)\s+"
    rf"without\s+(?P<rest>[^.!?\n]{{2,120}})",
    _F,
)
_R18_IDLE = re.compile(
    r"\b(?:(?:his|her|their|your|a)\s+(?:phone|mobile|break|smoke|cigarette|fag|coffee|snack|nap|"
    r"vape|social\s+media|emails?)|moan\w*|complain\w*|whing\w*|gossip\w*|argu\w*|interrupt\w*|"
    r"chat\w*|sulk\w*|disappear\w*|vanish\w*|scroll\w*|texting|messaging|shouting|swearing|"
    r"snapping|a\s+row|an\s+argument|talk\w*\s+over|throw\w*\s+(?:his|her|their|your)\s+weight|"
    r"bark\w*|shout\w*|blam\w*|criticis\w*|undermin\w*|show\w*\s+off|pass\w*\s+the\s+buck)\b",
    _F,
)
# "You young nurses are all the same", "these graduates are all alike" (not "all the same size").
_R18_ALL_SAME = _rare(
    rf"\b(?:you(?:\s+lot|\s+(?:[a-z]+\s+)?(?:[a-z]+s|[a-z]*men|[a-z]*people|children|women))?|"
    rf"(?:these|those)\s+(?:[a-z]+\s+)?{_R17_GROUP})(?:['’]re|\s+are)\s+(?:just\s+)?all\s+"
    rf"(?:the\s+same|alike)\b(?!\s+(?:age|size|height|grade|level|team|shift|rota|page|price|"
    rf"colour|color|model|length|type|way|to\s+me)\b)",
    _F,
)
# "With you it's always something", "with Ezra there's always a drama".
_R18_WITH_ALWAYS = _rare(
    rf"\bwith\s+(?P<subj>you|him|her|them|(?-i:{_NAME}))\s*,?\s+(?:it['’]s|it\s+is|there['’]s|"
    rf"there\s+is)\s+(?P<mark>always|forever|constantly|never)\s+(?P<rest>[^.!?\n]{{2,120}})",
    _F,
)
_R18_SOMETHING = re.compile(
    r"^(?:(?:some|one|a|an|another)\s+)?(?:something|drama|excuse|story|problem|issue|complaint|"
    r"crisis|thing\s+or\s+another|reason|fuss|mess|saga|emergency|catch|hitch|moan|gripe)s?\b",
    _F,
)
# "every other week", "every week there's some new crisis with her car".
_R18_EVERY_OTHER = _rare(
    r"\bevery\s+other\s+(?:day|week|shift|month|sprint|meeting|run|morning|night|weekend|"
    r"fortnight|delivery|order|job)\b",
    _F,
)
_R18_EVERY_THERE = _rare(
    r"\bevery\s+(?:single\s+)?(?:day|week|month|shift|morning|sprint|meeting|weekend|monday|"
    r"friday|term|quarter)\s+there['’]s\s+(?:always\s+)?(?:some|another|a|an|one)\s+(?:new\s+)?"
    r"(?P<what>crisis|drama|excuse|problem|issue|complaint|story|emergency|mess|reason|saga|"
    r"disaster|catastrophe|hitch|fuss|upset|row|falling-out|tantrum|meltdown)\b",
    _F,
)
_R18_THIS_KIND = re.compile(
    r"\b(?:this|that|the\s+same)\s+(?:kind|sort|type)\s+of\s+thing\b|\bshrugs?\s+(?:it\s+)?off\b",
    _F,
)
# "treats every deadline as a suggestion", "treats each handover like an afterthought".
_R18_TREATS = _rare(
    rf"{_SUBJ}\s+(?:\w+ly\s+)?(?:treats?|treated|treating|sees|regards|views)\s+(?:every|each|all|"
    rf"any)\s+(?:single\s+)?(?:[\w-]+\s+){{1,2}}?(?:as|like)\s+(?:an?\s+|the\s+|some\s+)?(?:(?:polite|"
    rf"friendly|mere|gentle|loose|rough|vague|optional|personal|minor|tiresome|annoying|wild|"
    rf"opening|starting|distant|casual|kind\s+of)\s+)?(?P<what>suggestions?|guidelines?|options?|"
    rf"optional|afterthoughts?|jokes?|nuisances?|inconveniences?|attacks?|insults?|affronts?|"
    rf"favou?rs?|chores?|bids?|points?|wish(?:es)?|wish\s+list|targets?|ideas?|hints?|"
    rf"requests?|invitations?|formality|formalities|box-ticking|interruptions?|distractions?|"
    rf"obstacles?|enem(?:y|ies)|furniture|servants?|skivvies|dogsbod(?:y|ies)|minions?)\b",
    _F,
)
# "…, and is forever throwing his weight around" (the subject carried from the sentence's head).
_R18_CARRIED = _rare(
    r"\b(?:and|but)\s+(?:is|was|['’]s|has\s+been)\s+(?:also\s+)?(?P<mark>forever|always|constantly|"
    r"perpetually|continually|eternally)\s+(?P<rest>[a-z]+ing\b[^.!?\n]*)",
    _F,
)
# "As per usual, Kim sent it on Monday instead of Friday": a habit named with a detour.
_R18_INSTEAD = re.compile(r"\b(?:instead\s+of|rather\s+than)\b", _F)
# "the type who only works when watched" / "the sort of bloke that …".
_R18_TYPE_WHO = _rare(
    rf"{_SUBJ}{_R17_BE}\s+{_R17_ADV}(?:the|that|one\s+of\s+those|one\s+of\s+these)\s+(?:type|sort|"
    rf"kind)s?(?:\s+of\s+(?:person|people|bloke|guy|man|woman|girl|lad|employee|worker|colleague|"
    rf"manager|nurse|teacher|engineer|driver|character))?\s+(?:who|that)\s+(?P<rest>[^.!?\n]{{3,140}})",
    _F,
)
_R18_HABIT_IN = re.compile(
    r"\b(?:only|whenever|the\s+minute|the\s+moment|as\s+soon\s+as)\b",
    _F,
)
_R18_TYPE_FAULT = re.compile(
    r"\b(?:only|never|complains?|moans?|whinges?|blames?|disappears?|vanishes?|skives?|"
    r"sulks?|gossips?|argues?|lies|shirks?|dodges?|hides?|avoids?|talks?\s+over|cuts?\s+corners|"
    r"does\s+the\s+(?:bare\s+)?minimum|passes\s+the\s+buck|can['’]t|won['’]t|doesn['’]t|"
    r"thinks?\s+(?:they|he|she)['’]?(?:re|s)?\s+(?:above|better|too))\b",
    _F,
)
# "not exactly a team player", "not really a self-starter".
_R18_NOT_EXACTLY = _rare(
    rf"{_SUBJ}{_R17_BE}(?:n['’]t|\s+not)\s+(?:exactly|really|quite|what\s+(?:you|I|we)['’]d\s+"
    rf"call|what\s+(?:you|I|we)\s+would\s+call|the\s+world['’]s\s+(?:greatest|best))\s+(?:an?\s+)?"
    rf"(?:(?:natural|born|real)\s+)?(?P<slot>team\s+player|self-starter|grafter|hard\s+worker|"
    rf"go-getter|leader|finisher|closer|problem-solver|decision-maker|people\s+person|"
    rf"ray\s+of\s+sunshine|early\s+riser|quick\s+study)\b",
    _F,
)
# Wits as a ranking: "not the quickest learner we've had", "not the fastest study".
_R18_NOT_QUICKEST = _rare(
    rf"{_SUBJ}{_R17_BE}(?:n['’]t|\s+not)\s+(?:(?:exactly|really|quite|always)\s+)?the\s+"
    rf"(?:quickest|fastest|brightest|sharpest|smartest|cleverest|most\s+(?:intelligent|able|"
    rf"capable|gifted))\s+(?:learner|study|thinker|mind|recruit|starter|apprentice|trainee|"
    rf"student|pupil|member\s+of\s+(?:the|our)\s+\w+|person)\b",
    _F,
)
# Doubt about a quality: "I'm not convinced he's got the drive", "not sure she has the head for".
_R18_DOUBT = _rare(
    rf"\b(?:I['’]m|I\s+am)\s+(?:not|far\s+from)\s+(?:convinced|sure|certain)(?:\s+(?:that|whether|"
    rf"if))?\s+{_SUBJ}(?:\s+(?:has|have)(?:\s+got)?|['’]s\s+got|['’]ve\s+got)\s+(?:the\s+|enough\s+|"
    rf"any\s+|much\s+|a\s+)?(?:(?:real|right|necessary|required)\s+)?(?P<q>drive|temperament|"
    rf"backbone|stomach|head\s+for|brains?\s+for|mind\s+for|nerve|grit|steel|bite|spine|"
    rf"{_R17_QUALITY})\b(?!\s+(?:to|over|of)\s+(?:the|a|an)?\s*(?:budget|access|team|account))",
    _F,
)
# Mock titles: "our resident skiver", "the team's unofficial complaints department", "the Queen
# of the tea break", "His Majesty" for a colleague.
_R18_LABEL_NOUNS = (
    r"(?:whingers?|moaners?|skivers?|slackers?|shirkers?|complainers?|grumblers?|gossips?|"
    r"troublemakers?|drama\s+queens?|know-it-alls?|clowns?|prima\s+donnas?|divas?|naysayers?|"
    r"pessimists?|doom-?mongers?|busybod(?:y|ies)|nitpickers?|jobsworths?|clock-watchers?|"
    r"complaints?\s+(?:department|desk|office|hotline|line)|agony\s+aunts?|time-wasters?|"
    r"latecomers?|late-comers?|party\s+poopers?|wet\s+blankets?|nags?|grumps?|bores?|"
    r"sulkers?|excuse-makers?|buck-passers?|corner-cutters?|snoozers?|malingerers?|"
    r"moaning\s+minnies?|whiners?|cynics?|critics?|sceptics?|skeptics?|smokers?|"
    r"tea-?makers?|gossip\s+columnists?|wind-?bags?|loudmouths?|show-?offs?)"
)
_R18_TITLE = _rare(
    rf"\b(?:our|the|this|that|their|your|his|her)\s+(?:(?:office|team|ward|department|shop|"
    rf"floor|branch|kitchen|depot|site|unit|school|firm)['’]s\s+)?(?:very\s+own\s+)?"
    rf"(?P<kind>resident|chief|official|unofficial|self-appointed|self-styled|designated|"
    rf"head|in-house|professional)\s+(?P<slot>{_R18_LABEL_NOUNS})\b|"
    rf"\b(?:the|our)\s+(?:self-appointed\s+|undisputed\s+|reigning\s+)?(?P<royal>queen|king|prince|"
    rf"princess|lord|lady|master|mistress|god|goddess|champion|emperor|empress)\s+of\s+(?:the\s+)?"
    rf"(?:(?:long|extended|tea|coffee|fag|smoke|cigarette|toilet|loo|lunch)\s+)*(?P<what>breaks?|"
    rf"lunch(?:es)?|excuses?|drama|gossip|moaning|complaints?|complaining|sick\s+(?:days?|notes?)|"
    rf"lateness|shortcuts?|procrastination|sulks?|sulking|u-turns?|last\s+minute|disappearing\s+"
    rf"acts?|bare\s+minimum|whinging|whining|skiving|naps?|snooze\s+button|the\s+sulk)\b|"
    rf"\b(?P<majesty>(?:his|her)\s+(?:majesty|lordship|ladyship|highness|royal\s+highness|"
    rf"holiness|nibs)|lord\s+muck|lady\s+muck|little\s+miss\s+perfect|mister\s+perfect)\b"
    rf"(?!['’]s\s+(?:revenue|prison|government|treasury|customs|courts?|inspectorate|coastguard|"
    rf"passport|stationery|forces|naval|armed|land\s+registry))",
    _F,
)
# "Someone needs to tell her this is a bank, not a coffee morning" / "… tell him he isn't the boss".
_R18_TELL = _rare(
    rf"\b(?:someone|somebody|someone\s+here|you)\s+(?:ought\s+to|should|needs\s+to|has\s+to|must|"
    rf"might\s+want\s+to|wants\s+to|had\s+better|really\s+needs\s+to|really\s+should)\s+"
    rf"(?:tell|remind|inform|break\s+it\s+to)\s+(?P<who>him|her|them|(?:his|her)\s+(?:majesty|"
    rf"lordship|ladyship|highness)|(?-i:{_NAME}))\s+(?:that\s+)?(?P<rest>[^.!?\n]{{3,120}})",
    _F,
)
_R18_TELL_PUTDOWN = re.compile(
    r"^(?:this|it|that|the\s+\w+)(?:['’]s|\s+is)\s+an?\s+[\w-]+(?:\s+[\w-]+)?,?\s+not\s+an?\b|"
    r"^(?:he|she|they|you)(?:['’]s|['’]re|\s+is|\s+are)?\s*(?:n['’]t|\s+not|isn['’]t|aren['’]t)\s+"
    r"(?:the\s+(?:one|boss|manager|owner|king|queen|only)|in\s+charge|running|above|special|"
    r"a\s+(?:manager|boss|director|consultant|celebrity|star|prince|princess))|"
    r"^(?:he|she|they)\s+(?:doesn['’]t|does\s+not|don['’]t|do\s+not)\s+(?:run|own|make\s+the\s+rules|"
    r"get\s+to|work\s+(?:in|at)\s+a)",
    _F,
)
# "graced us with his presence", "deigned to turn up".
_R18_GRACED = _rare(
    r"\bgrac(?:ed|es|ing)\s+us\s+(?:all\s+)?with\s+(?:his|her|their|your)\s+(?:presence|company)\b|"
    r"\bdeign(?:ed|s)?\s+to\s+(?:show|turn|join|grace|come|appear|answer|reply|respond|pick|"
    r"return|attend|look)\b|"
    r"\b(?:finally|eventually)\s+decided\s+to\s+grace\s+us\b",
    _F,
)
# "Is it a language thing, or does he …?", "is it a woman thing with her?".
_R18_THING = _rare(
    r"\bis\s+(?:it|this|that)\s+(?:just\s+)?(?:a|an|some\s+kind\s+of|some\s+sort\s+of)\s+"
    r"(?P<what>language|cultural|culture|generational|generation|age|gender|woman|women|girl|"
    r"girls|man|men|bloke|lad|religious|religion|faith|foreign|immigrant|millennial|gen\s+z|"
    r"mum|mom|dad|family|accent|regional|country|ethnic|race|racial|national|nationality|"
    r"northern|southern|old[-\s]age|young\s+people|youth|female|male|mother|mothers)\s+thing\b",
    _F,
)
_R18_THIRD = re.compile(r"\b(?:he|she|him|her|his|they|them)\b|\bdoes\s+(?-i:[A-Z])", _F)
# Trivial tasks beyond the person: "couldn't plan a picnic", "wouldn't trust her to run a bath,
# let alone …", "couldn't sell water to save his life".
_R18_TRIVIAL = _rare(
    rf"\b(?:couldn['’]t|could\s+not|can['’]t|cannot)\s+(?:even\s+)?(?:plan|organi[sz]e|run|manage|"
    rf"boil|pour|sell|arrange|host|find|make|throw|cater|fight|open|hold|wrap|tie)\s+(?:an?|the|his|"
    rf"her|their|your)\s+(?:[\w-]+\s+)?(?P<task>bath|picnic|piss-up|party|raffle|bake\s+sale|egg|"
    rf"kettle|tea\s+party|barn\s+dance|whelk\s+stall|paper\s+bag|brewery|bus\s+queue|lemonade\s+stand|"
    rf"sandwich|cup\s+of\s+tea|sweet\s+shop|disco|birthday\s+party|snowball\s+fight|fish\s+and\s+"
    rf"chip\s+supper|coffee\s+morning|sock\s+drawer|door|bag|present|shoelace)s?\b|"
    rf"\b(?:couldn['’]t|could\s+not|can['’]t|cannot)\s+(?:[\w'’-]+\s+){{1,6}}?to\s+save\s+"
    rf"(?:his|her|their|your)\s+(?:life|lives)\b|"
    rf"\b(?:wouldn['’]t|would\s+not|don['’]t|do\s+not|can['’]t)\s+trust\s+{_R18_PRONOUN_OBJ}\s+to\s+"
    rf"[^.!?\n,;]{{2,50}}?\s*,?\s+(?:let\s+alone|never\s+mind|much\s+less)\b",
    _F,
)
# "it's not our job to babysit her", "spoon-feeding him every step".
_R18_BABYSIT = _rare(
    rf"\b(?:babysit(?:ting|s)?|baby-sit(?:ting|s)?|spoon-?feed(?:ing|s)?|spoonfeed(?:ing|s)?|"
    rf"wet-?nurs(?:e|ing)|mollycoddl(?:e|ing)|nannying|nursemaid(?:ing)?|hand-?hold(?:ing)?)\s+"
    rf"(?:him|her|them|you|(?-i:{_NAME})(?!['’]s))\b",
    _F,
)
_R18_BABY_GRIPE = re.compile(
    r"\b(?:job|not|n['’]t|have\s+to|has\s+to|tired|sick|fed\s+up|again|always|constantly|stop|"
    r"any\s*more|forever|every|can['’]t\s+keep|no\s+longer)\b",
    _F,
)
# "…, for someone who still can't …".
_R18_FOR_SOMEONE = _rare(
    r"\bfor\s+(?:someone|somebody|a\s+(?:man|woman|person|guy|bloke|lad|girl|nurse|teacher|"
    r"manager|clerk|coder|developer))\s+who\s+(?:still\s+|really\s+|honestly\s+)?(?:can['’]t|"
    r"cannot|doesn['’]t|does\s+not|has\s+never|hasn['’]t|couldn['’]t|never)\b",
    _F,
)
_R18_FOR_SOMEONE_OK = re.compile(r"\b(?:impressive|good|great|well|amazing|brilliant)\b", _F)
# "easily the weakest link on the team".
_R18_WEAKEST = _rare(
    rf"{_SUBJ}{_R17_BE}\s+{_R17_ADV}(?:easily\s+|by\s+far\s+|definitely\s+)?(?:the|our)\s+weakest\s+"
    rf"(?:link|member|player|performer|one|person|colleague|nurse|driver|teacher)\b",
    _F,
)
# Faith, age or family, then what not to expect: "He's very devout, so don't expect him to …".
_R18_SO_DONT = _rare(
    rf"{_SUBJ}{_R17_BE}\s+{_R17_ADV}(?:very\s+)?(?P<what>religious|devout|pious|(?-i:Muslim|Jewish|Catholic|"
    rf"Christian|Hindu|Sikh|Buddhist|Mormon)|a\s+(?:new\s+|single\s+|young\s+)?(?:mum|mom|mother|"
    rf"dad|father|parent)|pregnant|getting\s+on|past\s+(?:it|(?:his|her)\s+prime)|old)\s*,?\s+"
    rf"(?:so|and)\s+(?:(?:I\s+)?(?:don['’]t|do\s+not|wouldn['’]t|would\s+not|never)\s+expect|"
    rf"(?:he|she|they)\s+(?:won['’]t|can['’]t|will\s+never|isn['’]t\s+going\s+to)|forget\s+about)\b",
    _F,
)
# "If brains were dynamite, …" / "If common sense were …".
_R18_IF_BRAINS = _rare(
    r"\bif\s+(?:(?:his|her|your|their)\s+)?(?:brains|brain|common\s+sense|intelligence|wits|iq)\s+"
    r"(?:were|was)\s+(?:an?\s+)?[\w-]+",
    _F,
)
# "She's a pretty face on reception", "nothing more than a pretty face".
_R18_PRETTY = _rare(
    rf"{_SUBJ}{_R17_BE}\s+{_R17_ADV}(?:just\s+|only\s+|nothing\s+(?:more\s+)?(?:than|but)\s+|"
    rf"little\s+more\s+than\s+|no\s+more\s+than\s+)?an?\s+(?:pretty|nice|smiley)\s+face\b",
    _F,
)
_R18_UPSTAIRS = _rare(
    r"\b(?:don['’]t|do\s+not|doubt|can['’]t\s+see)\s+(?:think\s+|that\s+|believe\s+)?"
    r"(?:he|she|they|you)\s+(?:has|have|['’]s\s+got)\s+(?:much|a\s+lot|anything|a\s+great\s+deal)\s+"
    r"going\s+on\s+(?:upstairs|up\s+top|between\s+(?:his|her|their|the)\s+ears)\b",
    _F,
)
# A gripe verb about each one: "digs her heels in over every new system", "moans about every
# change", "kicks off at every rota".
_R18_GRIPE_EVERY = _rare(
    r"\b(?P<verb>complain|moan|grumbl|whing|whin|argu|object|sulk|fuss|panic|quibbl|nitpick|"
    r"huff|bicker|push(?:es|ed)?\s+back|kick(?:s|ed)?\s+(?:off|up\s+a\s+fuss)|dig(?:s)?\s+"
    r"(?:\w+\s+)?heels\s+in|dug\s+(?:\w+\s+)?heels\s+in|resist|grumbl)\w*\s+(?:\w+\s+)?(?:about|"
    r"over|at|with|on|against)\s+(?:every|each|any)\s+(?:single\s+)?(?:new\s+|little\s+|last\s+)?"
    r"[\w-]+",
    _F,
)
# "…, surprise surprise, he's off again".
_R18_SURPRISE = _rare(
    r"\b(?:surprise,?\s+surprise|what\s+a\s+surprise|shock,?\s+horror|funny\s+that|"
    r"who\s+would\s+have\s+(?:guessed|thought)|who(?:['’]d|\s+would)\s+have\s+(?:guessed|thought)|"
    r"quelle\s+surprise)\b",
    _F,
)
# "I've told her a hundred times", "for the hundredth time".
_R18_TOLD_TIMES = _rare(
    rf"\b(?:I['’]ve|I\s+have|we['’]ve|we\s+have|I|we)\s+(?:(?:already|literally|must\s+have|"
    rf"probably)\s+)*(?:told|asked|reminded|warned|shown|explained\s+(?:it\s+|this\s+)?to)\s+"
    rf"{_R18_PRONOUN_OBJ}\s+(?:about\s+(?:this|it|that)\s+)?(?:a\s+(?:hundred|thousand|million|"
    rf"dozen)|countless|umpteen|dozens\s+of|hundreds\s+of|so\s+many|a\s+million|twenty|fifty|"
    rf"a\s+zillion)\s+times\b|"
    rf"\bfor\s+the\s+(?:hundredth|thousandth|millionth|umpteenth|nth|fiftieth|twentieth|"
    rf"tenth)\s+time\b",
    _F,
)
_R18_TOLD_KIND = re.compile(
    r"\bhow\s+(?:much|good|great|proud|grateful|valued|brilliant|talented)\b|\bthank", _F
)
# "another Monday, another excuse from Kevin" (a sentence of its own frame).
_R18_ANOTHER = _rare(
    r"(?:^|[.!?:]\s+|\n)(?P<mark>another\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*,\s+another\s+[\w-]+)"
    r"(?P<rest>[^.!?\n]{0,100})",
    _F,
)
_R18_ANOTHER_BAD = re.compile(
    r"\b(?:excuses?|complaints?|meltdowns?|tantrums?|drama|strops?|sulks?|mistakes?|errors?|"
    r"blunders?|crisis|mess|no-show|sick\s+(?:day|note)|late\s+\w+|grievances?|moans?|whinges?|"
    r"gripes?|rows?|arguments?|story|stories|disasters?|fiascos?|cock-ups?|screw-ups?|problems?|"
    r"incidents?|accidents?|delays?|apolog(?:y|ies)|rants?|outbursts?|sob\s+story|lie)\b",
    _F,
)
_R18_ANOTHER_PERSON = re.compile(
    rf"\b(?:from|by|for|with|courtesy\s+of)\s+(?:(?-i:[A-Z][a-z]+\s+)?(?-i:{_NAME})|him|her|you|"
    rf"our\s+\w+)\b|\b(?:his|her|your)\b",
    _F,
)
# Every one of a person's works: "every estimate Sam gives is out by a mile".
_R18_EVERY_GIVES = _rare(
    rf"\bevery\s+(?:single\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:that\s+)?(?P<subj>he|she|you|(?-i:{_NAME}))\s+"
    rf"(?:gives|gave|writes|wrote|sends|sent|submits|submitted|produces|produced|makes|made|files|"
    rf"filed|hands\s+in|handed\s+in|touches|touched|packs|packed|builds|built|codes|coded|drafts|"
    rf"drafted|quotes|quoted|estimates|estimated|signs\s+off|signed\s+off|raises|raised|books|"
    rf"booked|picks|picked|runs|ran|puts\s+together|put\s+together)\b(?P<rest>[^.!?\n]{{2,120}})",
    _F,
)
_R18_EVERY_FAULT = re.compile(
    r"\b(?:out\s+by|wrong|late|missing|short|over\s+budget|under\s+(?:by|estimated)|rejected|"
    r"sent\s+back|comes?\s+back|came\s+back|errors?|mistakes?|typos?|redone|rewritten|rework|"
    r"broken|fails?|failed|incomplete|half[-\s]done|a\s+mess|wildly|off\s+by)\b",
    _F,
)
# "does the bare minimum".
_R18_BARE_MINIMUM = _rare(
    rf"{_SUBJ}(?:\s+(?:just|only|always|simply|still))*\s+(?:does|did|do|puts\s+in|put\s+in|"
    rf"gives|gave|['’]s\s+doing|is\s+doing)\s+(?:only\s+|just\s+|exactly\s+)?the\s+(?:bare|absolute)\s+"
    rf"minimum\b(?!\s+(?:required|needed|for|of)\b)",
    _F,
)
_R18_KEYS = _gate(
    """after typical again another first slightest merest faintest least matter without all
    alike chronic serial habitual compulsive persistent perennial notorious inveterate incurable
    with other every forever always constantly perpetually continually eternally whenever
    usual type sort kind exactly really quite quickest fastest brightest sharpest smartest
    cleverest most convinced sure certain resident chief official unofficial self-appointed
    self-styled designated head in-house professional queen king prince princess lord lady
    master mistress god goddess champion emperor empress majesty lordship ladyship highness
    holiness nibs muck miss mister tell remind inform say put graced grace gracing graces deign
    deigned deigns thing plan organise organize run manage boil pour sell arrange host save trust
    babysit babysitting babysits baby-sit spoon-feed spoonfeed spoon-feeding spoonfeeding
    wet-nurse mollycoddle mollycoddling nannying nursemaid hand-holding handholding allergic
    someone somebody weakest so age kids children baby newborn toddler family babies toddlers
    ones einstein genius sherlock brainbox brains mastermind professor hotshot clever bright
    smarty brain common intelligence wits iq pretty face upstairs ears top complain moan grumble
    whinge whine argue object sulk fuss panic quibble nitpick huff bicker push kick heels dig digs
    dug resist complains moans grumbles whinges whines argues objects sulks fusses panics quibbles
    complaining moaning grumbling whinging whining arguing objecting sulking fussing panicking
    surprise shock funny guessed thought quelle told asked reminded warned shown explained
    hundredth thousandth millionth umpteenth nth fiftieth twentieth tenth bare absolute minimum
    treats treated treating sees regards views instead rather"""
)


_R18_KEYS = (
    _R18_KEYS
    | _gate("half most appointed styled house sit sitting spoon nurse nursing holding sign hint")
    | _gate("whiff mention sniff suggestion bit drama donna diva crybaby cry snowflake blanket")
    | _gate("flower")
)


@lru_cache(maxsize=64)
def _r18_words(text: str) -> frozenset[str]:
    """The words of the text that round eighteen's gates look for (as ``_r13_words``)."""
    return _words(text) & _R18_KEYS


_R18_HEAD = _compile(
    rf"^\s*(?:(?:but|and|so|yet|however|honestly|frankly|look|mate|still|also|plus|sadly)\s*,?\s+)*"
    rf"{_SUBJ}\b(?:['’]\w+)?\s+(?P<pred>.*)$",
    _F,
)


def _r18_head_person(text: str, pos: int) -> bool:
    """The clause before ``pos`` (from the last sentence end, colon or semicolon) opens on a
    person: a pronoun or a name."""
    start = max(text.rfind(ch, 0, pos) for ch in ".!?\n;") + 1
    colon = text.rfind(":", start, pos)
    while colon >= 0 and text[colon + 1 : colon + 2].isdigit():
        colon = text.rfind(":", start, colon)
    clause = text[max(start, colon + 1) : pos]
    head = _R18_HEAD.match(clause)
    if head is None or not _is_person_subject(head.group("subj")):
        return False
    if _R17_IMPERATIVE.match(clause):
        return False  # "Call the supervisor at the first sign of …"
    return not _R17_ADVICE.search(head.group("pred"))


def _r18_person(word: str) -> bool:
    return word.lower() in _R18_OBJECTS or _is_person_subject(word)


_R18_OBJECTS = _gate("him her them you")


def _r18_fault(clause: str) -> bool:
    return _r17_fault(clause) or _OFF.search(clause) is not None


def _absolute_r18(text: str, words: frozenset[str], keys: frozenset[str]) -> Iterator[Span]:
    """Round eighteen's sweeps, each behind the words it cannot match without."""
    low = text.lower()
    if "after" in keys and _r18_x_after_x_possible(low):
        for m in _R18_X_AFTER_X.finditer(text):
            sentence = _sentence_around(text, m.start(), m.end())
            person = _R17_ANY_SUBJ.search(sentence) or _r18_head_person(text, m.start())
            bad = _r18_fault(sentence) or _R18_SAME_STORY.search(sentence)
            if person and bad and not PRAISE.search(sentence):
                yield m.start(), m.end()
    if "typical" in keys:
        for m in _R18_TYPICAL.finditer(text):
            subj = m.group("subj") or m.group("subj2")
            sentence = _sentence_around(text, m.start(), m.end())
            if m.group("mark") and not _R18_TYPICAL_ACT.match(text, m.end()):
                continue  # "Typical Noel: always late, always an excuse" is read as a label
            if _r18_person(subj) and (not PRAISE.search(sentence) or _r18_fault(sentence)):
                mark = "mark" if m.group("mark") else "mark2"
                yield m.start(mark), m.end(mark)
    if ("again" in keys or "another" in keys) and (
        "once again" in low or "yet again" in low or "yet another" in low
    ):
        yield from _r18_again(text)
    if not words.isdisjoint(_R18_SIGN_NOUNS) and any(bit in low for bit in _R18_SIGN_BITS):
        for m in _R18_FIRST_SIGN.finditer(text):
            if _r18_head_person(text, m.start()):
                yield m.start(), m.end()
    if "matter" in words and "no matter" in low:
        for m in _R18_NO_MATTER.finditer(text):
            sentence = _sentence_around(text, m.start(), m.end())
            if (
                _r18_head_person(text, m.start())
                and _r18_fault(text[_sentence_start(text, m.start()) : m.start()])
                and not PRAISE.search(sentence)
            ):
                yield m.start(), m.end()
    if "without" in keys and not words.isdisjoint(_R18_CANT) and not words.isdisjoint(_R18_GO):
        for m in _person_hits(_R18_GO_WITHOUT, text):
            rest = m.group("rest")
            if PRAISE.search(rest) or _POSITIVE_BEHAVIOUR.search(rest):
                continue
            if _R18_IDLE.search(rest) or _r18_fault(rest):
                yield m.start(), m.end()
    if ("same" in words or "alike" in words) and ("all the same" in low or "all alike" in low):
        for m in _R18_ALL_SAME.finditer(text):
            yield m.start(), m.end()
    if (
        "with" in keys
        and not keys.isdisjoint(_R18_HABIT_MARKS)
        and any(bit in low for bit in _R18_WITH_BITS)
    ):
        for m in _R18_WITH_ALWAYS.finditer(text):
            rest = m.group("rest")
            if not _r18_person(m.group("subj")):
                continue
            if PRAISE.search(rest) or _is_praise(m.group("mark"), rest):
                continue
            if _R18_SOMETHING.match(rest) or _r18_fault(rest):
                yield m.start(), m.end("mark")
    if "other" in words and "every" in keys and "every other" in low:
        for m in _R18_EVERY_OTHER.finditer(text):
            sentence = _sentence_around(text, m.start(), m.end())
            bad = _r18_fault(sentence) or _R18_THIS_KIND.search(sentence)
            if _R17_PERSON.search(sentence) and bad and not PRAISE.search(sentence):
                yield m.start(), m.end()
    if "every" in keys and ("there's" in low or "there’s" in low):
        for m in _R18_EVERY_THERE.finditer(text):
            sentence = _sentence_around(text, m.start(), m.end())
            if _R17_ANY_SUBJ.search(sentence):
                yield m.start(), m.end()
    if not keys.isdisjoint(_R18_TREAT_WORDS) and _r18_treats_possible(words, keys):
        for m in _person_hits(_R18_TREATS, text):
            yield m.start(), m.end()
    if (
        not keys.isdisjoint(_R18_HABIT_MARKS)
        and ("and" in words or "but" in words)
        and _r18_carried_possible(low, keys)
    ):
        for m in _R18_CARRIED.finditer(text):
            rest = m.group("rest")
            if (
                _r18_head_person(text, m.start())
                and (
                    _r18_fault(_sentence_around(text, m.start(), m.end())) or _R18_IDLE.search(rest)
                )
                and not _is_praise(m.group("mark"), rest)
                and not PRAISE.search(rest)
            ):
                yield m.start("mark"), m.end("mark")
    if "usual" in keys and ("instead" in keys or "rather" in keys):
        for m in _R17_USUAL.finditer(text):
            rest = m.group("rest") or ""
            if m.group("mark") and _R18_INSTEAD.search(rest) and _R17_PERSON.search(rest):
                yield m.start("mark"), m.end("mark")
    if (
        not keys.isdisjoint(_R18_TYPE_WORDS)
        and not words.isdisjoint(_R18_HABIT_IN_WORDS)
        and _r18_type_possible(low, words, keys)
    ):
        for m in _person_hits(_R18_TYPE_WHO, text):
            rest = m.group("rest")
            if _r18_type_bad(rest) and _R18_HABIT_IN.search(rest):
                yield m.start(), m.end()
    if not keys.isdisjoint(_R18_GRIPE_WORDS) and (
        "every" in keys or "each" in words or "any" in words
    ):
        for m in _R18_GRIPE_EVERY.finditer(text):
            if _r18_head_person(text, m.start()) or _R17_ANY_SUBJ.search(
                text, _sentence_start(text, m.start()), m.start()
            ):
                yield m.start(), m.end()
    if not keys.isdisjoint(_R18_SURPRISE_WORDS) and "again" in keys:
        for m in _R18_SURPRISE.finditer(text):
            sentence = _sentence_around(text, m.start(), m.end())
            if "again" in sentence.lower() and _R17_ANY_SUBJ.search(sentence):
                yield m.start(), m.end()
    if ("times" in words or "time" in words) and _r18_told_possible(words, keys):
        for m in _R18_TOLD_TIMES.finditer(text):
            sentence = _sentence_around(text, m.start(), m.end())
            if not (PRAISE.search(sentence) or _R18_TOLD_KIND.search(sentence)):
                yield m.start(), m.end()
    if "another" in keys and ", another" in low:
        yield from _r18_another(text)
    if "again" in keys and ("once again" in low or "yet again" in low):
        for m in _R17_AGAIN.finditer(text):
            rest = m.group("rest")
            head = _R18_HEAD.match(rest)
            if head is None or not _is_person_subject(head.group("subj")):
                continue
            if not (PRAISE.search(rest) or _R18_GOOD_AGAIN.search(rest)):
                yield m.start("mark"), m.end("mark")
    if "half" in words and "time" in words:
        for m in _R18_HALF_TIME.finditer(text):
            sentence = _sentence_around(text, m.start(), m.end())
            who = _R18_HALF_PERSON.search(sentence)
            denied = bool(who and _R17_DENY.search(sentence)) and not PRAISE.search(sentence)
            if denied and not _R19_I_DENY.search(sentence):
                yield m.start(), m.end()
    if (
        "every" in keys
        and not words.isdisjoint(_R18_GIVES_WORDS)
        and not words.isdisjoint(_R18_EVERY_FAULT_WORDS)
    ):
        for m in _R18_EVERY_GIVES.finditer(text):
            if not _is_person_subject(m.group("subj")):
                continue
            rest = m.group("rest")
            if _R18_EVERY_FAULT.search(rest) and not PRAISE.search(rest):
                yield m.start(), m.end()


# "Half the time I can't reach him", "half the time she doesn't answer".
_R18_HALF_TIME = _rare(r"\b(?:half|most)\s+(?:of\s+)?the\s+time\b", _F)
_R18_HALF_PERSON = re.compile(r"\b(?:he|she|you|him|her|they|them)\b", _F)
# A fuss named as a person type: "a bit of a drama queen", "such a prima donna".
_R18_DIVA = _rare(
    rf"{_SUBJ}{_R17_BE}\s+{_R17_ADV}(?:(?:a\s+bit\s+of|such|a\s+(?:real|right|proper|total|"
    rf"complete|little|spoilt|spoiled))\s+)?(?:an?\s+)?(?:drama\s+queen|prima\s+donna|diva|"
    rf"princess|cry-?baby|snowflake|delicate\s+flower|precious\s+little\s+\w+)\b",
    _F,
)
_R18_DIVA_WORDS = _gate("drama donna diva princess crybaby cry snowflake blanket flower")


_R18_SIGN_BITS = (
    "at the first",
    "at the very",
    "at the slightest",
    "at the merest",
    "at the faintest",
    "at the least",
)
_R18_WITH_BITS = (
    "s always",
    "is always",
    "s forever",
    "is forever",
    "s constantly",
    "is constantly",
    "s never",
    "is never",
)
_R18_CANT = _gate("can cannot couldn doesn didn won")
_R18_GO = _gate("go goes went last get manage sit")
_R18_EVERY_FAULT_WORDS = _gate(
    """out wrong late missing short over under rejected sent back comes came errors error
    mistakes mistake typos typo redone rewritten rework broken fails failed incomplete half
    mess wildly off"""
)
_R18_TELL_WORDS = _gate("tell remind inform break")
_R18_TELLERS = _gate("someone somebody you")
_R18_VIRTUE_WORDS = _gate(
    """player starter grafter worker getter leader finisher closer solver maker person sunshine
    riser study"""
)
_R18_LEARNERS = _gate(
    "learner study thinker mind recruit starter apprentice trainee student pupil member person"
)
_R18_DOUBT_QUALITIES = _R17_QUALITY_WORDS | _gate(
    "drive temperament backbone stomach head brains brain mind nerve grit steel bite spine"
)
_R18_TASKS = _gate(
    """bath picnic piss raffle bake kettle barn whelk brewery lemonade disco snowball sock
    shoelace baths picnics raffles shoelaces"""
)
_R18_SO_WHAT = _gate(
    """religious devout pious muslim jewish catholic christian hindu sikh buddhist mormon mum
    mom mother dad father parent pregnant"""
)
_R18_WITS = _gate("brains brain intelligence wits iq")
_R18_HABIT_IN_WORDS = _gate("only whenever minute moment soon")
_R18_TITLE_RARE = _gate("resident chief unofficial appointed styled designated")
_R18_TITLE_KIND = _gate("head official professional house")
_R18_LABEL_WORDS = _gate(
    """whinger whingers moaner moaners skiver skivers slacker slackers shirker shirkers
    complainer complainers grumbler grumblers gossip gossips troublemaker troublemakers drama
    know clown clowns prima diva divas naysayer naysayers pessimist pessimists doom doommonger
    mongers busybody busybodies nitpicker nitpickers jobsworth jobsworths clock complaints
    complaint agony time latecomer latecomers late party wet nag nags grump grumps bore bores
    sulker sulkers excuse buck corner snoozer snoozers malingerer malingerers moaning whiner
    whiners cynic cynics critic critics sceptic sceptics skeptic skeptics smoker smokers tea
    teamaker teamakers wind windbag windbags loudmouth loudmouths show showoff showoffs"""
)
_R18_ROYALS = _gate(
    "queen king prince princess lord lady master mistress god goddess champion emperor empress"
)
_R18_ROYAL_WHAT = _gate(
    """break breaks lunch lunches excuse excuses drama gossip moaning complaints complaint
    complaining sick lateness shortcut shortcuts procrastination sulk sulks sulking u turns
    turn last disappearing acts act bare whinging whining skiving nap naps snooze"""
)
_R18_MAJESTY = _gate("majesty lordship ladyship highness holiness nibs muck")


def _r18_title_possible(words: frozenset[str]) -> bool:
    if not words.isdisjoint(_R18_MAJESTY):
        return True
    if "perfect" in words and ("miss" in words or "mister" in words):
        return True
    if not words.isdisjoint(_R18_ROYALS) and "of" in words:
        return not words.isdisjoint(_R18_ROYAL_WHAT)
    if words.isdisjoint(_R18_TITLE_RARE) and words.isdisjoint(_R18_TITLE_KIND):
        return False
    return not words.isdisjoint(_R18_LABEL_WORDS)


def _r18_x_after_x_possible(low: str) -> bool:
    at = low.find(" after ")
    while at >= 0:
        before = low[:at].rsplit(None, 1)[-1:] or [""]
        after = low[at + 7 :].split(None, 1)[:1] or [""]
        word = before[0].rstrip("s")
        if word and after[0].rstrip("s.,;!?").startswith(word):
            return True
        at = low.find(" after ", at + 1)
    return False


_R18_EACH = _gate("every each all any")


def _r18_treats_possible(words: frozenset[str], keys: frozenset[str]) -> bool:
    if keys.isdisjoint(_R18_TREAT_WORDS) or ("as" not in words and "like" not in words):
        return False
    return not words.isdisjoint(_R18_EACH)


def _r18_carried_possible(low: str, keys: frozenset[str]) -> bool:
    for mark in keys & _R18_HABIT_MARKS:
        for lead in ("is ", "was ", "'s ", "’s ", "been ", "also "):
            if lead + mark in low:
                return True
    return False


def _r18_type_possible(low: str, words: frozenset[str], keys: frozenset[str]) -> bool:
    if keys.isdisjoint(_R18_TYPE_WORDS) or ("who" not in words and "that" not in words):
        return False
    return any(kind in low for kind in (" type ", " sort ", " kind ", " types ", " sorts "))


_R18_TOLD_COUNTS = _gate(
    """hundred thousand million dozen countless umpteen dozens hundreds many zillion twenty
    fifty hundredth thousandth millionth umpteenth nth fiftieth twentieth tenth"""
)


def _r18_told_possible(words: frozenset[str], keys: frozenset[str]) -> bool:
    if "times" not in words and "time" not in words:
        return False
    return not keys.isdisjoint(_R18_TOLD_WORDS) and not words.isdisjoint(_R18_TOLD_COUNTS)


_R18_SIGN_WORDS = _gate("first slightest merest faintest least")
_R18_SIGN_NOUNS = _gate("sign hint whiff mention sniff suggestion bit")
_R18_HABIT_MARKS = _gate("always forever constantly perpetually continually eternally never")
_R18_TREAT_WORDS = _gate("treats treated treating sees regards views")
_R18_TYPE_WORDS = _gate("type sort kind")
_R18_GRIPE_WORDS = _gate(
    """complain moan grumble whinge whine argue object sulk fuss panic quibble nitpick huff
    bicker push kick heels resist complains moans grumbles whinges whines argues objects sulks
    fusses panics quibbles complaining moaning grumbling whinging whining arguing objecting
    sulking fussing panicking"""
)
_R18_SURPRISE_WORDS = _gate("surprise shock funny guessed thought quelle")
_R18_TOLD_WORDS = _gate(
    "told asked reminded warned shown explained hundredth thousandth millionth umpteenth nth",
    "fiftieth twentieth tenth",
)
_R18_GIVES_WORDS = _gate(
    """gives gave writes wrote sends sent submits submitted produces produced makes made files
    filed hands handed touches touched packs packed builds built codes coded drafts drafted
    quotes quoted estimates estimated signs signed raises raised books booked picks picked runs
    ran puts put"""
)


def _r18_again(text: str) -> Iterator[Span]:
    for m in _R18_AGAIN.finditer(text):
        subj = m.group("subj") or m.group("subj2") or m.group("subj3")
        if subj is None or not _is_person_subject(subj):
            continue
        mark = "mark" if m.group("mark") else "mark2" if m.group("mark2") else "mark3"
        sentence = _sentence_around(text, m.start(), m.end())
        rest = text[m.end(mark) : _sentence_end(text, m.end(mark))]
        if mark != "mark3" and (PRAISE.search(sentence) or _R18_GOOD_AGAIN.search(rest)):
            continue
        if mark == "mark3" and _R18_GOOD_AGAIN.search(rest):
            continue
        yield m.start(mark), m.end(mark)


def _r18_another(text: str) -> Iterator[Span]:
    for m in _R18_ANOTHER.finditer(text):
        rest = m.group("rest")
        bad = _R18_ANOTHER_BAD.search(m.group("mark") + rest[:16]) or _r18_fault(rest)
        if bad and _R18_ANOTHER_PERSON.search(rest) and not PRAISE.search(m.group()):
            yield m.start("mark"), m.end("mark")


def _r18_type_bad(rest: str) -> bool:
    return (_R18_TYPE_FAULT.search(rest) is not None or _r18_fault(rest)) and not PRAISE.search(
        rest
    )


def _judges_r18(text: str, words: frozenset[str], keys: frozenset[str]) -> Iterator[Span]:
    """Round eighteen's label frames."""
    low = text.lower()
    if _r18_type_possible(low, words, keys):
        for m in _person_hits(_R18_TYPE_WHO, text):
            if _r18_type_bad(m.group("rest")):
                yield m.start(), m.end()
    if ("exactly" in keys or "really" in keys or "quite" in keys or "call" in words) and not (
        words.isdisjoint(_R18_VIRTUE_WORDS)
    ):
        for m in _person_hits(_R18_NOT_EXACTLY, text):
            yield m.start(), m.end()
    if not keys.isdisjoint(_R18_QUICK_WORDS) and not words.isdisjoint(_R18_LEARNERS):
        for m in _person_hits(_R18_NOT_QUICKEST, text):
            yield m.start(), m.end()
    if not keys.isdisjoint(_R18_DOUBT_WORDS) and not words.isdisjoint(_R18_DOUBT_QUALITIES):
        for m in _person_hits(_R18_DOUBT, text):
            if m.group("q").lower() not in _R17_NOT_QUALITY:
                yield m.start(), m.end()
    if "minimum" in keys and ("bare" in keys or "absolute" in keys):
        for m in _person_hits(_R18_BARE_MINIMUM, text):
            yield m.start(), m.end()
    yield from _r18_both_spans(text)


def _r18_both(text: str, words: frozenset[str], keys: frozenset[str]) -> Iterator[Span]:
    """Frames that are both a label and belittling."""
    low = text.lower()
    if _r18_title_possible(words):
        for m in _R18_TITLE.finditer(text):
            yield m.start(), m.end()
    if "thing" in keys and ("is it " in low or "is this " in low or "is that " in low):
        for m in _R18_THING.finditer(text):
            if _R18_THIRD.search(_sentence_around(text, m.start(), m.end())):
                yield m.start(), m.end()
    if not keys.isdisjoint(_R18_TRIVIAL_WORDS) and (
        not words.isdisjoint(_R18_TASKS) or "life" in words or "alone" in words or "mind" in words
    ):
        for m in _R18_TRIVIAL.finditer(text):
            yield m.start(), m.end()
    if " who " in low and ("for someone" in low or "for somebody" in low):
        for m in _R18_FOR_SOMEONE.finditer(text):
            before = text[max(0, m.start() - 60) : m.start()]
            if _R17_ANY_SUBJ.search(before) and not _R18_FOR_SOMEONE_OK.search(before):
                yield m.start(), m.end()
    if "weakest" in keys:
        for m in _person_hits(_R18_WEAKEST, text):
            yield m.start(), m.end()
    if (
        ("so" in keys or "and" in words)
        and not words.isdisjoint(_R18_SO_WORDS)
        and not words.isdisjoint(_R18_SO_WHAT)
    ):
        for m in _person_hits(_R18_SO_DONT, text):
            yield m.start(), m.end()
    if "if" in words and ("were" in words or "was" in words) and not words.isdisjoint(_R18_WITS):
        for m in _R18_IF_BRAINS.finditer(text):
            yield m.start(), m.end()
    if " face" in low and ("pretty" in keys or "nice" in words or "smiley" in words):
        for m in _person_hits(_R18_PRETTY, text):
            yield m.start(), m.end()
    if "going on" in low and ("upstairs" in keys or "top" in keys or "ears" in keys):
        for m in _R18_UPSTAIRS.finditer(text):
            yield m.start(), m.end()


_R18_SO_WORDS = _gate("expect won can forget")
_R18_QUICK_WORDS = _gate("quickest fastest brightest sharpest smartest cleverest most")
_R18_DOUBT_WORDS = _gate("convinced sure certain")
_R18_TITLE_WORDS = _gate(
    """resident chief official unofficial appointed styled designated head house
    professional queen king prince princess lord lady master mistress god goddess champion
    emperor empress majesty lordship ladyship highness holiness nibs muck miss mister"""
)
_R18_TRIVIAL_WORDS = _gate(
    "plan organise organize run manage boil pour sell arrange host save trust"
)
_R18_BABY_WORDS = _gate(
    """babysit babysitting babysits sit sitting spoon spoonfeed spoonfeeding nurse nursing
    mollycoddle mollycoddling nannying nursemaid nursemaiding holding handholding"""
)


def _demeaning_r18(text: str, words: frozenset[str], keys: frozenset[str]) -> Iterator[Span]:
    """Round eighteen's belittling frames."""
    yield from _r18_both_spans(text)
    if not keys.isdisjoint(_R18_TELL_WORDS) and not words.isdisjoint(_R18_TELLERS):
        for m in _R18_TELL.finditer(text):
            rest = m.group("rest")
            if _R18_TELL_PUTDOWN.search(rest) and not PRAISE.search(rest):
                yield m.start(), m.end()
    if not keys.isdisjoint(_R18_GRACE_WORDS):
        for m in _R18_GRACED.finditer(text):
            yield m.start(), m.end()
    if not keys.isdisjoint(_R18_BABY_WORDS):
        for m in _R18_BABYSIT.finditer(text):
            if _R18_BABY_GRIPE.search(_sentence_around(text, m.start(), m.end())):
                yield m.start(), m.end()
    if _r18_treats_possible(words, keys):
        for m in _person_hits(_R18_TREATS, text):
            yield m.start(), m.end()
    low = text.lower()
    if "all the same" in low or "all alike" in low:
        for m in _R18_ALL_SAME.finditer(text):
            yield m.start(), m.end()
    if ", another" in text.lower():
        yield from _r18_another(text)
    if not words.isdisjoint(_R18_DIVA_WORDS):
        for m in _person_hits(_R18_DIVA, text):
            yield m.start(), m.end()


_R18_GRACE_WORDS = _gate("graced grace gracing graces deign deigned deigns")


@lru_cache(maxsize=64)
def _r18_both_spans(text: str) -> tuple[Span, ...]:
    """The frames that are both a label and belittling, found once for the two codes."""
    words = _words(text)
    if words.isdisjoint(_R18_BOTH_NEED):
        return ()
    return tuple(_r18_both(text, words, _r18_words(text)))


# The words without one of which no round-eighteen frame of a code can match: a comment with
# none of them skips the round (most comments).
_R18_BOTH_NEED = (
    _R18_MAJESTY
    | _R18_ROYALS
    | _R18_TITLE_RARE
    | _R18_TITLE_KIND
    | _R18_TASKS
    | _R18_SO_WHAT
    | _R18_WITS
    | _gate("thing someone somebody weakest face upstairs ears perfect life alone mind")
)
_R18_JUDGES_NEED = (
    _R18_BOTH_NEED
    | _R18_TYPE_WORDS
    | _gate("player starter grafter getter leader finisher closer solver sunshine riser person")
    | _R18_QUICK_WORDS
    | _R18_DOUBT_WORDS
    | _gate("minimum types sorts")
)
_R18_DEMEANING_NEED = (
    _R18_BOTH_NEED
    | _R18_TELL_WORDS
    | _R18_GRACE_WORDS
    | _R18_BABY_WORDS
    | _R18_TREAT_WORDS
    | _R18_DIVA_WORDS
    | _gate("same alike another")
)
_R18_ABSOLUTE_NEED = (
    _R18_SIGN_NOUNS
    | _R18_HABIT_MARKS
    | _R18_TREAT_WORDS
    | _R18_TYPE_WORDS
    | _R18_GRIPE_WORDS
    | _R18_SURPRISE_WORDS
    | _R18_TOLD_COUNTS
    | _gate("after typical again another matter without same alike every usual half types sorts")
)


def _find_judges_r18(text: str) -> Iterator[Span]:
    yield from _find_judges_r17(text)
    words = _words(text)
    if not words.isdisjoint(_R18_JUDGES_NEED):
        yield from _judges_r18(text, words, _r18_words(text))


def _find_demeaning_r18(text: str) -> Iterator[Span]:
    yield from _find_demeaning_r17(text)
    words = _words(text)
    if not words.isdisjoint(_R18_DEMEANING_NEED):
        yield from _demeaning_r18(text, words, _r18_words(text))


def _find_absolute_r18(text: str) -> Iterator[Span]:
    yield from _find_absolute_r17(text)
    words = _words(text)
    if not words.isdisjoint(_R18_ABSOLUTE_NEED):
        yield from _absolute_r18(text, words, _r18_words(text))


# ---------------------------------------------------------------------------------------------
# Round nineteen: frames with an open slot (written19's families), each behind its own words
# ---------------------------------------------------------------------------------------------

_R19_BE = r"(?:['’](?:s|re)|\s+(?:is|are|was|were|seems?|seemed))"
_R19_HEDGE = r"(?:(?:just|simply|really|clearly|obviously|honestly|frankly|still|quite)\s+)?"
# A kind of worker denied, with "just / simply" either side of the "not": "you're just not a
# grafter", "she's simply not detail-minded", "he isn't a natural teacher".
_R19_NOT_KIND = _rare(
    rf"{_SUBJ}{_R19_BE}\s*{_R19_HEDGE}(?:n['’]t|\s*not)\s+{_R19_HEDGE}(?:an?\s+)?"
    rf"(?:(?:natural|born)\s+(?P<role>teacher|leader|manager|salesperson|salesman|saleswoman|"
    rf"communicator|carer|nurse|chef|supervisor|coach|presenter|people\s+person|team\s+player)|"
    rf"(?P<slot>grafter|team\s+player|self-starter|hard\s+worker|go-getter|finisher|"
    rf"details?\s+(?:guy|person|man|woman|girl|bloke|type|people)|detail[-\s](?:minded|oriented|"
    rf"orientated|focused|person)|people\s+person))\b(?!\s+(?:yet|either)\b)",
    _F,
)
_R19_NOT_KIND_WORDS = _gate(
    "natural born grafter player starter worker getter finisher details detail person"
)
# Idioms of character: "still wet behind the ears", "got her head in the clouds", "he'd lose his
# head if it wasn't screwed on".
_R19_IDIOM = _rare(
    rf"{_SUBJ}{_R19_BE}\s+{_R17_ADV}wet\s+behind\s+the\s+ears\b|"
    rf"{_SUBJ.replace('<subj>', '<subj2>')}(?:\s+(?:always|still|just|forever|constantly|really))?"
    rf"(?:['’]s|['’]ve|\s+(?:has|have|had))\s+(?:got\s+)?(?:(?:his|her|their|your)\s+)?head\s+"
    rf"(?:stuck\s+)?in\s+the\s+clouds\b|"
    rf"\b(?:lose|forget)\s+(?:his|her|their|your)\s+head\s+if\s+it\s+(?:wasn['’]t|weren['’]t|"
    rf"was\s+not|were\s+not)\s+(?:screwed|stuck|attached|glued|bolted|nailed|sewn)\s+on\b",
    _F,
)
# An impression of attitude: "you come across like you couldn't care less", "I get the sense
# you don't really take the early shifts seriously".
_R19_COMES_ACROSS = _rare(
    rf"{_SUBJ}\s+(?:(?:really|just|honestly|sometimes|often|always|can|do|does|definitely)\s+)*"
    rf"(?:(?:come|comes|came|coming)\s+across\s+(?:as|like)|(?:strikes|struck)\s+me\s+as)\s+"
    rf"(?P<rest>[^.!?\n]{{3,120}})",
    _F,
)
_R19_ATTITUDE = re.compile(
    r"\b(?:couldn['’]t\s+care\s+less|could\s+not\s+care\s+less|(?:don['’]t|doesn['’]t|didn['’]t|"
    r"do\s+not|does\s+not)\s+(?:really\s+|actually\s+|even\s+)?(?:care|want|bother|give|listen|"
    r"respect|value|take)|out\s+of\s+(?:your|his|her|their)\s+hair|lone\s+wolf|can['’]t\s+be\s+"
    r"bothered|beneath\s+(?:you|him|her|them)|above\s+(?:it|this|that|the\s+\w+)|not\s+interested|"
    r"uninterested|bored|disengaged|dismissive|arrogant|cocky|know-it-all|passenger|"
    r"just\s+(?:here|in\s+it)\s+for\s+the|under\s+the\s+bus|in\s+the\s+back)\b",
    _F,
)
_R19_SENSE = _rare(
    rf"\b(?:sense|feeling|impression)\s+(?:that\s+)?{_SUBJ}\s+(?:(?:really|just|honestly)\s+)?"
    rf"(?:don['’]t|doesn['’]t|do\s+not|does\s+not)\s+(?:really\s+|actually\s+|even\s+)?"
    rf"(?:take\s+(?:[\w'’-]+\s+){{0,5}}?seriously|care\b|want\s+to\s+be\s+here|bother\b|"
    rf"respect\b|value\b|listen\b)",
    _F,
)
_R19_ACROSS_WORDS = _gate("across sense feeling impression strikes struck")
_R19_VIBE_WORDS = _gate("vibe vibes air energy aura")
# An air given off: "she gives off a real 'not my problem' vibe".
_R19_VIBE = _rare(
    r"\bg(?:ives?|ave|iving)\s+off\s+(?:an?\s+)?(?:(?:bit\s+of\s+an?|real|strong|definite|serious|"
    r"massive|total)\s+)?(?P<q>[^.!?\n]{2,40}?)\s+(?:vibes?|air|energy|aura)\b",
    _F,
)
_R19_VIBE_BAD = re.compile(
    r"\bnot\s+my\s+(?:job|problem)|can['’]t\s+be\s+bothered|couldn['’]t\s+care|don['’]t\s+care|"
    r"\bwhatever\b|superior|arrogant|\blazy\b|entitled|holier|too\s+good|above\s+it|\bbored\b|"
    r"miserable|grumpy|stroppy|leave\s+me\s+alone|keep\s+away|hostile|\bcold\b|stand-?offish|aloof|"
    r"\bsmug\b|don['’]t\s+ask\s+me|clocked\s+out|checked\s+out",
    _F,
)

# Age as a reason: "he's pushing sixty", "you're not a spring chicken any more".
_R19_AGE = _rare(
    rf"{_SUBJ}{_R19_BE}\s+(?:(?:now|already|nearly|almost|well|getting\s+on\s+and)\s+)?pushing\s+"
    rf"(?:(?:sixty|fifty|seventy|forty)(?:-\w+)?|[4-7]\d)\b"
    rf"(?=\s*(?:[.,;:!?—–-]|$|and\b|so\b|now\b|but\b|years?\b|if\b|these\b|by\b))|"
    rf"{_SUBJ.replace('<subj>', '<subj2>')}{_R19_BE}\s*(?:(?:certainly|definitely|hardly|"
    rf"exactly|clearly)\s+)?(?:n['’]t\s+a|\s*not\s+a|\s*no|\s*hardly\s+a)\s+spring\s+chicken\b",
    _F,
)
_R19_AGE_WORDS = _gate("pushing spring")
# The body as a reason: "At his weight he shouldn't be up a ladder".
_R19_WEIGHT = _rare(r"\bat\s+(?:his|her|your|their)\s+(?:weight|size)\b", _F)
_R19_WEIGHT_DOUBT = re.compile(
    r"\b(?:not|n['’]t|never|doubt|struggle|struggles|how|should|sure|surely|anyway|up\s+to)\b", _F
)
# A life stage as the premise: "Being young and single, she's got no excuse …", "Being a mum of
# three, she won't want the late finishes".
_R19_BEING = _rare(
    r"(?:^|[.!?;]\s+|\n)being\s+(?P<what>(?:(?:young|old|older|single|married|newly\s+married|"
    r"pregnant|childless|a\s+(?:(?:young|single|new|working|busy|older)\s+)?(?:mum|mom|mother|dad|"
    r"father|parent|woman|girl|lad|newlywed|grandmother|grandma|granddad|grandfather|pensioner|"
    r"man))(?:\s+of\s+(?:[\w-]+\s+){0,2}?[\w-]+)?(?:\s+and\s+|\s*,\s*)?){1,3})"
    r"\s*,\s+(?P<subj>he|she|you|they)(?P<rest>[^.!?\n]{3,120})",
    _F,
)
_R19_BEING_AFTER = (". ", "! ", "? ", "; ", "\n", ".  ")
_R19_BEING_REST = re.compile(
    r"\b(?:no\s+(?:excuse|reason)|won['’]t|will\s+not|can['’]t|cannot|shouldn['’]t|wouldn['’]t|"
    r"(?:will|['’]ll)\s+(?:want|need|struggle|prefer|be\s+(?:busy|tired|distracted))|probably|"
    r"must\s+(?:have|be)|surely|can\s+easily|(?:has|have)\s+no|['’](?:s|ve)\s+got\s+no|"
    r"got\s+nothing|obviously)\b",
    _F,
)
# The place of training mocked: "I don't know what they teach you at that college, but …",
# "do they not teach basic manners at catering school?".
_R19_TAUGHT = _rare(
    r"\b(?:don['’]t|do\s+not|didn['’]t)\s+know\s+what\s+they\s+(?:teach|taught|are\s+teaching|"
    r"were\s+teaching)\s+(?:you|them|him|her|people|kids|students)(?:\s+lot)?\s+(?:(?:up|down|"
    r"over|out|back)\s+)?(?:at|in|on)\b(?P<rest>[^.!?\n]{0,80})|"
    r"\b(?:(?:do|did)\s+they\s+not|(?:don['’]t|didn['’]t)\s+they)\s+(?:even\s+)?teach\s+"
    r"(?:you\s+|them\s+|him\s+|her\s+|people\s+)?(?:even\s+)?(?:basic|the\s+basics|common\s+sense|"
    r"manners|anything|how\s+to|simple|spelling|basic\s+\w+)\b[^.!?\n]{0,60}?\b(?:at|in)\s+"
    r"[^.!?\n]{2,60}\?",
    _F,
)
_R19_TAUGHT_TAIL = re.compile(r"\bbut\b|\bof\s+yours\b|these\s+days|any\s*more|nowadays", _F)
# Origin as the reason: "maybe that flies back in Lisbon, but not on my site", "how things were
# done where you grew up, but here …", "Not surprised, she's from Kent".
_R19_ORIGIN = _rare(
    r"\b(?:that|it|this)\s+(?:(?:might|may|probably|must)\s+)?(?:fly|flies|work|works|pass|"
    r"passes|go|goes|wash|washes|be\s+(?:fine|okay|ok|acceptable|normal)|is\s+(?:fine|okay|ok|"
    r"acceptable|normal))\s+(?:back\s+(?:home|in\s+(?-i:[A-Z])\w+)|where\s+(?:you|he|she|they)\s+"
    r"(?:grew\s+up|comes?\s+from|came\s+from|are\s+from|is\s+from))\s*,?\s+but\s+(?:not\s+)?"
    r"(?:here|on\s+(?:my|this|our)|in\s+(?:my|this|our)|round\s+here|down\s+here|up\s+here)\b|"
    r"\bhow\s+things\s+(?:are|were|get|got)\s+done\s+where\s+(?:you|he|she|they)\s+(?:grew\s+up|"
    r"comes?\s+from|came\s+from|are\s+from|is\s+from)\s*,?\s+but\b|"
    r"\b(?:not|hardly|no)\s+(?:surprised|surprising|wonder)\s*[,;:—–-]*\s*(?:(?:he|she|they)"
    r"(?:['’]s|['’]re|\s+is|\s+are)|you['’]re|you\s+are)\s+from\s+(?-i:[A-Z])\w+",
    _F,
)
_R19_ORIGIN_WORDS = _gate("surprised surprising wonder")
# The accent held against the person: "with that Geordie accent the residents won't follow her".
_R19_ACCENT = _rare(
    r"\b(?:your|his|her|their|that)\s+(?:(?:thick|strong|heavy|broad|funny|foreign|regional)\s+)?"
    r"(?:(?-i:[A-Z])[\w-]+\s+(?:(?-i:[A-Z])[\w-]+\s+)?)?accents?\b"
    r"(?!\s+(?:wall|walls|lighting|light|lights|colou?rs?|chair|cushions?|tiles?|piece|mark|marks))",
    _F,
)
_R19_ACCENT_BAD = re.compile(
    r"\b(?:can['’]t|cannot|won['’]t|struggl\w*|hard|difficult|a\s+lot|too\s+much|properly|"
    r"tone\s+(?:it\s+)?down|lose|trust|understand|off-?putting|put\s+\w+\s+off|work\s+on|"
    r"impossible|confus\w*|a\s+problem|an\s+issue|a\s+barrier)\b",
    _F,
)
_R19_ACCENT_GOOD = re.compile(
    r"\b(?:lovely|love|loves|charming|at\s+ease|warm|great|enjoy|enjoys|beautiful|proud)\b", _F
)
# A faith's observance named beside a lapse: "fasting for Lent and not thinking straight",
# "Eid was that week and your head was elsewhere", "Ramadan or not, …".
_R19_OBSERVANCE = _rare(
    r"\b(?P<obs>ramadan|yom\s+kippur|diwali|lent|passover|eid|fasting|sabbath|"
    r"shabbat|navratri|hanukkah|rosh\s+hashanah|vaisakhi)\b(?P<ornot>\s+or\s+(?:not|no)\b)?",
    _F,
)
_R19_OBS_LAPSE = re.compile(
    r"\bnot\s+thinking\s+(?:straight|clearly)|\bhead\s+(?:was|is|['’]s|were)\s+(?:elsewhere|"
    r"somewhere\s+else|not\s+in)|\bhungry\b|\bhalf-?asleep\b|\blight-?headed\b|"
    r"(?:\bnot|n['’]t)\s+(?:firing|with\s+it|all\s+there|on\s+the\s+ball|on\s+form)|"
    r"\baway\s+with\s+the\s+fairies\b|\bdistracted\b|\bsluggish\b|\bgrumpy\b|\bcranky\b|"
    r"\bshort-tempered\b|\bin\s+a\s+daze\b|\bbrain\s+fog\b",
    _F,
)
_R19_OBS_SUPPORT = re.compile(
    r"\bif\s+(?:you|he|she)|\blet\s+me\s+know\b|\bfeel\s+free\b|\bhappy\s+to\b|\b(?:okay|ok|fine)\s+"
    r"to\b|\btake\s+(?:a|the|your)\b|\bif\s+you\s+need\b|\bwe\s+can\b",
    _F,
)
_R19_OBS_WORDS = _gate(
    "ramadan kippur diwali lent passover eid fasting sabbath shabbat navratri hanukkah "
    "hashanah vaisakhi"
)
# Childish conduct with a qualifier ("acting like a spoilt child", "a bunch of overgrown
# schoolboys") and the pampered child ("a daddy's girl").
_R19_CHILD = _rare(
    r"\b(?:acting|behaving|carrying\s+on|acts?|behaves?|acted|behaved)\s+like\s+(?:a\s+|an\s+|"
    r"some\s+)?(?:(?:spoilt|spoiled|petulant|sulky|stroppy|whiny|whingey|naughty|overgrown|"
    r"bratty|tantrum-throwing)\s+)+(?:child|children|kid|kids|brat|brats|toddler|toddlers|baby|"
    r"babies|teenager|teenagers|schoolboy|schoolboys|schoolgirl|schoolgirls|infant|infants)\b|"
    r"\b(?:bunch|pack|load|gang|lot|couple)\s+of\s+overgrown\s+(?:schoolboys|schoolgirls|kids|"
    r"children|teenagers|toddlers|babies|boys|lads)\b|"
    r"\b(?:you|they)['’]re\s+(?:all\s+)?(?:just\s+)?(?:a\s+)?(?:bunch\s+of\s+)?overgrown\s+"
    r"(?:schoolboys?|schoolgirls?|kids?|children|teenagers?|toddlers?|babies|boys|lads)\b|"
    r"\b(?:daddy|mummy|mommy|mama|papa)['’]s\s+(?:little\s+)?(?:girl|boy|princess|prince)\b",
    _F,
)
_R19_CHILD_WORDS = _gate("spoilt spoiled petulant sulky stroppy whiny whingey naughty overgrown")
_R19_CHILD_WORDS = _R19_CHILD_WORDS | _gate("bratty daddy mummy mommy mama papa")
# "it's a woman thing", "that's an age thing" (round eighteen read only the question).
_R19_THING = _rare(
    r"\b(?:it['’]s|it\s+is|that['’]s|that\s+is)\s+(?:just\s+|probably\s+|all\s+)?(?:a|an)\s+"
    r"(?P<what>woman|women|girl|girls|female|gender|age|old[-\s]age|generational|generation|"
    r"cultural|culture|religious|foreign|immigrant|mum|mom|mother|man|bloke|lad|male|"
    r"hormone|hormonal|menopause|baby-brain)\s+thing\b",
    _F,
)
# "He's a proper old woman about the rota" (the label is found elsewhere; this belittles).
_R19_OLD_WOMAN = _rare(
    rf"{_SUBJ}{_R19_BE}\s+{_R17_ADV}(?:such\s+)?(?:an?\s+)(?:(?:proper|right|real|total|"
    rf"complete|fussy|silly|bit\s+of\s+an?)\s+)*old\s+(?:woman|women|maid|biddy|granny|"
    rf"fishwife|dear)\b(?!['’]s)",
    _F,
)
# Talking down: "I'll use small words so you can keep up", "it's like she's never set foot on a
# ward before".
_R19_SMALL_WORDS = _rare(
    r"\b(?:I['’]ll|I\s+will|let\s+me|I['’]m\s+going\s+to|I\s+need\s+to|I['’]d\s+better)\s+"
    r"(?:\w+\s+)?(?:use|stick\s+to|keep\s+it\s+to)\s+(?:(?:nice|really|very)\s+)?(?:small|short|"
    r"simple|little|easy|baby)\s+words\b|\bwords\s+of\s+one\s+syllable\b|\bin\s+crayon\b",
    _F,
)
_R19_NEVER_BEFORE = _rare(
    r"\b(?:like|as\s+if|as\s+though)\s+(?P<subj>he|she|you|they)(?:['’]s|['’]ve|\s+has|\s+have|"
    r"\s+had|['’]d)\s+never\s+(?:(?:even|once|ever)\s+)?(?:set\s+foot\s+(?:on|in)|seen|used|held|"
    r"worked\s+(?:on|in|with)|been\s+(?:on|in)|heard\s+of|touched|opened|read|picked\s+up|"
    r"driven|cooked|cleaned)\b[^.!?\n]{1,40}?\b(?:before|in\s+(?:his|her|your|their)\s+"
    r"(?:life|lives))\b",
    _F,
)

# absolute: "she's forever finding reasons", "snaps at every driver", "negative about every
# change", "pulls a face whenever a guest asks", "one cross word and she's in tears", "every
# single Friday" closing a clause about a person.
_R19_FOREVER = _rare(
    rf"{_SUBJ}(?:['’]s|['’]re|\s+is|\s+are|\s+was|\s+were)\s+(?:(?:just|always|also|still|"
    rf"honestly)\s+)?forever\s+(?P<what>[a-z]+ing\b|on\s+about\b|on\s+(?:his|her|your|their)\s+"
    rf"phone\b|off\s+sick\b|off\s+(?:out|somewhere)\b|late\b|in\s+the\s+(?:loo|toilet|canteen|"
    rf"smoking\s+shelter|staff\s*room)\b)(?P<rest>[^.!?\n]{{0,80}})",
    _F,
)
_R19_FOREVER_GOOD = re.compile(
    r"^(?:helping|thanking|smiling|offering|volunteering|encouraging|praising|supporting|"
    r"mentoring|cheering|learning|improving|baking|bringing|sharing|teaching|tidying|"
    r"checking\s+on|looking\s+(?:out|after)|coming\s+up\s+with|going\s+(?:above|the\s+extra))\b",
    _F,
)
_R19_SNAP_EVERY = _rare(
    r"\b(?:mouth(?:s|ed|ing)?\s+off|yell(?:s|ed|ing)?|shout(?:s|ed|ing)?|snap(?:s|ped|ping)?|"
    r"bark(?:s|ed|ing)?|swear(?:s|ing)?|swore|lash(?:es|ed|ing)?\s+out|ha(?:s|ve|d)\s+a\s+go|"
    r"go(?:es)?\s+off|went\s+off|scream(?:s|ed|ing)?|rant(?:s|ed|ing)?|sneer(?:s|ed|ing)?|"
    r"scoff(?:s|ed|ing)?|tut(?:s|ted|ting)?|sigh(?:s|ed|ing)?|eye-?roll(?:s|ing)?)\s+"
    r"(?:\w+\s+)?(?:at|about|with|to|over)\s+(?:every|each|any)\s+(?:single\s+)?[\w-]+",
    _F,
)
_R19_ADJ_EVERY = _rare(
    rf"{_SUBJ}{_R19_BE}\s+{_R17_ADV}(?P<adj>negative|rude|sarcastic|snappy|short|grumpy|stroppy|"
    rf"awkward|difficult|dismissive|sniffy|cynical|obstructive|hostile|curt|snide|condescending|"
    rf"patronising|patronizing|impatient|huffy|moody|prickly|off)\s+(?:about|with|to|over|"
    rf"towards?)\s+(?:every|each|any)\s+(?:single\s+)?[\w-]+",
    _F,
)
_R19_FACE = _rare(
    r"\b(?:pull(?:s|ed|ing)?\s+(?:a\s+)?(?:[\w-]+\s+)?faces?|roll(?:s|ed|ing)?\s+(?:his|her|their|"
    r"your)\s+eyes|tut(?:s|ted|ting)?|sigh(?:s|ed|ing)?|huff(?:s|ed|ing)?|scowl(?:s|ed|ing)?|"
    r"smirk(?:s|ed|ing)?|glare(?:s|d)?|glaring|sulk(?:s|ed|ing)?|groan(?:s|ed|ing)?|"
    r"grumble(?:s|d)?|grumbling|moan(?:s|ed|ing)?|whinge(?:s|d)?|whinging|kick(?:s|ed)?\s+off|"
    r"storm(?:s|ed)?\s+off)\b[^.!?\n]{0,60}?\b(?P<mark>whenever|every\s+time|each\s+time|"
    r"any\s*time)\b",
    _F,
)
# "Don't pull a face whenever …" is an instruction ("Don" is no name here).
_R19_DONT = re.compile(r"^\s*(?:please\s+)?(?:don['’]t|do\s+not|never|stop|try|avoid)\b", _F)
_R19_ONE_AND = _rare(
    r"(?:^|[.!?:;,—–]\s*|\s[-–—]\s+|\n)(?:(?:but|and|yet|so|then)\s+)?(?P<mark>(?:just\s+)?one\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*,?"
    r"\s+and\s+(?P<subj>he|she|you|they|(?-i:[A-Z][a-z]+)))(?:['’]s|['’]re|\s+is|\s+are|\s+goes|"
    r"\s+gets|\s+falls|\s+flies|\s+throws|\s+loses|\s+starts|\s+kicks|\s+bursts)\s+"
    r"(?P<rest>[^.!?\n]{2,60})",
    _F,
)
_R19_ONE_BAD = re.compile(
    r"\b(?:in\s+(?:bits|tears|pieces|a\s+state|a\s+strop|a\s+huff|a\s+sulk|a\s+flap|a\s+mood)|"
    r"to\s+pieces|off\s+(?:sick|on\s+one|the\s+handle|(?:his|her)\s+head)|crying|sulking|"
    r"panicking|flapping|losing\s+it|apart|ballistic|mental|meltdown|strop|tantrum|hysterical|"
    r"fuming|snapping|kicking\s+off|into\s+tears|in\s+a\s+meltdown|on\s+the\s+phone\s+to\s+HR|"
    r"threatening\s+to\s+quit|out\s+the\s+door|home\s+sick|shouting|sobbing)\b",
    _F,
)
_R19_ONE_BAD_WORDS = _gate(
    """bits tears pieces state strop huff sulk flap mood sick handle head crying sulking
    panicking flapping losing apart ballistic mental meltdown tantrum hysterical fuming snapping
    kicking door home shouting sobbing threatening hr"""
)
_R19_EVERY_WORDS = _gate("every each any")
_R19_EVERY_SINGLE = _rare(
    rf"\bevery\s+single\s+(?:day|shift|week|morning|night|evening|weekend|month|meeting|"
    rf"handover|service|round|briefing|lesson|{_DAYS_RE})\b",
    _F,
)
_R19_EVERY_SINGLE_BAD = re.compile(
    r"\b(?:yell|shout|snap|moan|complain|whinge|sulk|argue|late|forget|forgets|forgot|miss|"
    r"misses|missed|leave|leaves|left|skip|skips|ignore|ignores|lose|loses|blame|blames|rude|"
    r"phone|excuse|disappear|disappears|vanish|vanishes|interrupt|interrupts)\w*\b",
    _F,
)
_R19_SNAP_WORDS = _gate(
    """mouth mouths mouthed mouthing yell yells yelled yelling shout shouts shouted shouting snap
    snaps snapped snapping bark barks barked barking swear swears swearing swore lash lashes
    lashed lashing go goes went scream screams screamed screaming rant rants ranted ranting sneer
    sneers sneered sneering scoff scoffs scoffed scoffing tut tuts tutted tutting sigh sighs
    sighed sighing eye eyeroll eyerolls eyerolling"""
)
_R19_ADJ_WORDS = _gate(
    """negative rude sarcastic snappy short grumpy stroppy awkward difficult dismissive sniffy
    cynical obstructive hostile curt snide condescending patronising patronizing impatient huffy
    moody prickly off"""
)
_R19_FACE_WORDS = _gate(
    """face faces eyes tut tuts tutted tutting sigh sighs sighed sighing huff huffs huffed
    huffing scowl scowls scowled scowling smirk smirks smirked smirking glare glares glared
    glaring sulk sulks sulked sulking groan groans groaned groaning grumble grumbles grumbled
    grumbling moan moans moaned moaning whinge whinges whinged whinging kick kicks kicked storm
    storms stormed"""
)


# Wits denied with a hedge or a count: "he's just not the sharpest knife in the drawer", "two
# bricks short of a load" (round seventeen read "not the sharpest" and "a few … short of").
_R19_WITS = _rare(
    rf"{_SUBJ}{_R19_BE}\s*{_R19_HEDGE}(?:n['’]t|\s*not)\s+{_R19_HEDGE}(?:always\s+)?the\s+"
    rf"(?:sharpest|brightest|smartest|cleverest)\s+(?:tool|knife|pencil|bulb|crayon|button|"
    rf"card|spark|lamp|light|penny|cookie|apple|tack)s?\b|"
    rf"{_SUBJ.replace('<subj>', '<subj2>')}{_R19_BE}\s+{_R17_ADV}(?:one|two|three|four|five|six|"
    rf"several|some|a\s+couple\s+of|a\s+good\s+few|quite\s+a\s+few)\s+[\w-]+\s+short\s+of\s+"
    rf"an?\s+(?:full\s+)?[\w-]+",
    _F,
)
_R19_WITS_WORDS = _gate("sharpest brightest smartest cleverest short")
_R19_SHARPEST = _gate("sharpest brightest smartest cleverest")


def _r19_wits(text: str, words: frozenset[str]) -> Iterator[Span]:
    """The wits frames, both a label and belittling."""
    if not words.isdisjoint(_R19_SHARPEST) or ("short" in words and "of" in words):
        for m in _R19_WITS.finditer(text):
            subj = m.group("subj") or m.group("subj2")
            if _is_person_subject(subj):
                yield m.start(), m.end()


# The speaker's own trouble is no sweep of the person's: "half the time I can't understand a word
# he says" (round eighteen's "half the time" + a negation).
_R19_I_DENY = re.compile(
    r"\b(?:I|we)\s+(?:just\s+|honestly\s+|really\s+)?(?:can['’]t|cannot|couldn['’]t|could\s+not)\s+"
    r"(?:even\s+)?(?:understand|hear|follow|read|make\s+out|catch)\b",
    _F,
)
# A label after "but" with the person at the head: "a good cook but a bit of a know-all".
_R19_BUT_NOUN = _rare(
    rf"{_SUBJ}{_R19_BE}\s+[^.!?\n;]{{2,60}}?\s+but\s+(?:also\s+|still\s+)?(?:a\s+bit\s+of\s+an?|"
    rf"a\s+real|a\s+total|a\s+right|such\s+an?|an?)\s+(?P<noun>know-all|know-alls|smart\s+alec|"
    rf"smart\s+aleck|smart-arse|smartarse|clever\s+clogs|big-head|bighead|show-off|wind-up\s+merchant|"
    rf"loose\s+cannon|hothead|hot-head|bull\s+in\s+a\s+china\s+shop)\b",
    _F,
)
_R19_BUT_WORDS = _gate("know alec aleck arse smartarse clogs head bighead show cannon hothead bull")
_R19_BUT_BITS = (
    "know-all",
    "alec",
    "smart-arse",
    "smartarse",
    "clogs",
    "big-head",
    "bighead",
    "show-off",
    "cannon",
    "hothead",
    "hot-head",
    "china shop",
)
# Pride as the obstacle: "too proud to ask for help", "too grand to mop a floor".
_R19_TOO_PROUD = _rare(
    rf"{_SUBJ}{_R19_BE}\s+{_R17_ADV}(?:far\s+|much\s+|way\s+)?too\s+(?:proud|vain|precious|grand|"
    rf"posh|important|self-important|cocky|pig-headed|big-headed|full\s+of\s+(?:himself|herself|"
    rf"yourself|themselves))\s+to\s+\w+",
    _F,
)
_R19_PROUD_WORDS = _gate("proud vain precious grand posh important self-important cocky full")
# A label as the subject: "that lazy lump", "this useless so-and-so".
_R19_THAT_LABEL = _rare(
    r"\b(?:that|this)\s+(?:lazy|useless|idle|clueless|hopeless|gormless|careless|sloppy|miserable|"
    r"grumpy|moody|stroppy|workshy|work-shy|bone-idle)\s+(?:lump|sod|git|so-and-so|article|beggar|"
    r"devil|individual|bloke|lad|girl|woman|man|guy|character|madam|sort|specimen)\b"
    r"(?P<sweep>\s+(?:is|was)\s+(?:always|never|forever|constantly|perpetually)\b)?",
    _F,
)
_R19_THAT_WORDS = _gate(
    """lazy useless idle clueless hopeless gormless careless sloppy miserable grumpy moody
    stroppy workshy work shy bone"""
)


def _judges_r19(text: str, words: frozenset[str], low: str) -> Iterator[Span]:
    """Round nineteen's label frames."""
    yield from _r19_wits(text, words)
    if ("not" in words or "n't" in low or "n’t" in low) and not words.isdisjoint(
        _R19_NOT_KIND_WORDS
    ):
        for m in _person_hits(_R19_NOT_KIND, text):
            yield m.start(), m.end()
    if (
        ("ears" in words and "wet" in words)
        or "clouds" in words
        or "screwed" in words
        or ("head if" in low)
    ):
        for m in _R19_IDIOM.finditer(text):
            subj = m.group("subj") or m.group("subj2")
            if subj is None or _is_person_subject(subj):
                yield m.start(), m.end()
    if "but" in words and any(bit in low for bit in _R19_BUT_BITS):
        for m in _person_hits(_R19_BUT_NOUN, text):
            yield m.start(), m.end()
    if "too" in words and any("too " + w in low for w in _R19_PROUD_WORDS):
        for m in _person_hits(_R19_TOO_PROUD, text):
            yield m.start(), m.end()
    if ("that" in words or "this" in words) and not words.isdisjoint(_R19_THAT_WORDS):
        for m in _R19_THAT_LABEL.finditer(text):
            yield m.start(), m.end() - len(m.group("sweep") or "")
    if not words.isdisjoint(_R19_ACROSS_WORDS):
        if "across" in words or "strikes" in words or "struck" in words:
            for m in _person_hits(_R19_COMES_ACROSS, text):
                rest = m.group("rest")
                bad = _R19_ATTITUDE.search(rest) or not TRAIT_WORDS.isdisjoint(_words(rest))
                if bad and not PRAISE.search(rest):
                    yield m.start(), m.end()
        for m in _person_hits(_R19_SENSE, text):
            yield m.start(), m.end()
    if "off" in words and not words.isdisjoint(_R19_VIBE_WORDS):
        for m in _R19_VIBE.finditer(text):
            if _R19_VIBE_BAD.search(m.group("q")) and _r18_head_person(text, m.start()):
                yield m.start(), m.end()


# "you're dead weight on this team" (a worth label that belittles).
_R19_DEAD_WEIGHT = _rare(
    rf"{_SUBJ}{_R19_BE}\s+{_R17_ADV}(?:a\s+|the\s+|just\s+|nothing\s+but\s+|pure\s+|total\s+)*"
    rf"dead\s*-?\s*weight\b",
    _F,
)
# Age or sex as the reason to expect little: "You're the oldest on the team, so I didn't expect
# you to pick it up quickly".
_R19_EXPECT_LITTLE = _rare(
    rf"{_SUBJ}{_R19_BE}\s+(?:the\s+)?(?:oldest|eldest|youngest|only\s+(?:woman|girl|mum|mother|man|"
    rf"lad|bloke))\b[^.!?\n]{{0,40}}?,?\s+so\s+(?:I\s+|we\s+)?(?:didn['’]t|don['’]t|wouldn['’]t|"
    rf"never|won['’]t|did\s+not|do\s+not)\s+(?:really\s+)?expect(?:ed)?\b",
    _F,
)


def _demeaning_r19(text: str, words: frozenset[str], low: str) -> Iterator[Span]:
    """Round nineteen's belittling frames."""
    yield from _r19_wits(text, words)
    if "weight" in words and "dead" in words:
        for m in _person_hits(_R19_DEAD_WEIGHT, text):
            yield m.start(), m.end()
    if "expect" in words or "expected" in words:
        for m in _person_hits(_R19_EXPECT_LITTLE, text):
            yield m.start(), m.end()
    if not words.isdisjoint(_R19_AGE_WORDS):
        for m in _R19_AGE.finditer(text):
            subj = m.group("subj") or m.group("subj2")
            if _is_person_subject(subj):
                yield m.start(), m.end()
    if ("weight" in words or "size" in words) and "at " in low:
        for m in _R19_WEIGHT.finditer(text):
            sentence = _sentence_around(text, m.start(), m.end())
            if _R19_WEIGHT_DOUBT.search(sentence):
                yield m.start(), m.end()
    if "being" in words and (
        low.startswith("being ") or any(p + "being " in low for p in _R19_BEING_AFTER)
    ):
        for m in _R19_BEING.finditer(text):
            rest = m.group("subj") + m.group("rest")
            if _R19_BEING_REST.search(rest) and not PRAISE.search(rest):
                yield m.start("what") - 6, m.end("subj")
    if "teach" in words or "taught" in words or "teaching" in words:
        for m in _R19_TAUGHT.finditer(text):
            rest = m.group("rest")
            if rest is None or _R19_TAUGHT_TAIL.search(rest):
                yield m.start(), m.end()
    origin = "but" in words and ("back" in words or "where" in words)
    if origin or ("from" in words and not words.isdisjoint(_R19_ORIGIN_WORDS)):
        for m in _R19_ORIGIN.finditer(text):
            yield m.start(), m.end()
    if "accent" in words or "accents" in words:
        for m in _R19_ACCENT.finditer(text):
            sentence = _sentence_around(text, m.start(), m.end())
            if _R19_ACCENT_BAD.search(sentence) and not _R19_ACCENT_GOOD.search(sentence):
                yield m.start(), m.end()
    if not words.isdisjoint(_R19_OBS_WORDS):
        for m in _R19_OBSERVANCE.finditer(text):
            if m.group("ornot"):
                yield m.start(), m.end()
                continue
            sentence = _sentence_around(text, m.start(), m.end())
            if _R19_OBS_LAPSE.search(sentence) and not _R19_OBS_SUPPORT.search(sentence):
                yield m.start(), m.end()
    if not words.isdisjoint(_R19_CHILD_WORDS):
        for m in _R19_CHILD.finditer(text):
            sentence = _sentence_around(text, m.start(), m.end())
            conduct = m.group().lower().startswith(("act", "behav", "carrying"))
            if conduct or _R17_ANY_SUBJ.search(sentence) or "you" in m.group().lower():
                yield m.start(), m.end()
    if "thing" in words:
        for m in _R19_THING.finditer(text):
            if _R18_THIRD.search(_sentence_around(text, m.start(), m.end())):
                yield m.start(), m.end()
    if "old" in words and not words.isdisjoint(
        _gate("woman women maid biddy granny fishwife dear")
    ):
        for m in _person_hits(_R19_OLD_WOMAN, text):
            yield m.start(), m.end()
    if "words" in words or "crayon" in words:
        for m in _R19_SMALL_WORDS.finditer(text):
            after = text[m.start() : _sentence_end(text, m.end())]
            if re.search(r"\b(?:you|him|her|he|she|they|them)\b", after, _F):
                yield m.start(), m.end()
    if (
        "never" in words
        and ("before" in words or "life" in words)
        and ("like" in words or "if" in words or "though" in words)
    ):
        for m in _R19_NEVER_BEFORE.finditer(text):
            yield m.start(), m.end()


# "It's always your lot" (round sixteen read "it's always Sam who forgets").
_R19_ALWAYS_YOU = _rare(
    r"\bit['’]s\s+(?:always|forever|invariably)\s+(?:you|him|her|them|your\s+(?:gang|lot|crew|team|"
    r"section|shift|lads|boys|girls|mob|side|end|department))\b(?=\s*(?:[,.;!?—–-]|and\b|$))",
    _F,
)
# "Every time I walk past, you're on your phone."
_R19_EVERY_TIME_I = _rare(
    rf"\bevery\s+(?:single\s+)?time\s+I\s+(?:come|walk|look|go|check|pop|turn|call|ring|pass|get|"
    rf"drop|head|swing)\b[^.!?\n]{{0,60}}?,?\s+(?P<subj>you|he|she|{_NAME})(?:['’]re|['’]s|\s+is|\s+are)\s+"
    rf"(?P<v>[a-z]+ing\b|on\s+(?:your|his|her)\s+phone|sat|sitting|stood|standing|nowhere|"
    rf"missing|gone|off|out\s+(?:the\s+back|for)|in\s+the\s+(?:loo|toilet|canteen|smoking|staff))",
    _F,
)


# A label, then a habit in apposition: "He's a moaner, always finding fault with the rota".
_R19_LABEL_ALWAYS = _rare(
    rf"{_SUBJ}{_R19_BE}\s+[^.!?\n,;]{{2,50}}?,\s+(?P<mark>(?:always|forever|constantly|perpetually|"
    rf"continually|eternally)\s+(?P<v>[a-z]+ing))\b",
    _F,
)
# "… every day, whatever's happening" after a label or a fault.
_R19_WHATEVER = _rare(
    r"\bwhatever(?:['’]s|\s+is)\s+(?:happening|going\s+on)\b|\bwhatever\s+happens\b|"
    r"\bregardless\s+of\s+(?:what|how)\b",
    _F,
)
_R19_LABEL_WORDS = _gate("always forever constantly perpetually continually eternally")


@lru_cache(maxsize=64)
def _r18_judges_spans(text: str) -> tuple[Span, ...]:
    """The earlier rounds' labels, found once per text (``find_judges`` reads them too)."""
    return tuple(_find_judges_r18(text))


def _r19_labelled(text: str, start: int, end: int) -> bool:
    """An earlier round read a label in text[start:end]."""
    return any(s < end and e > start for s, e in _r18_judges_spans(text))


def _absolute_r19(text: str, words: frozenset[str], low: str) -> Iterator[Span]:
    """Round nineteen's sweeps."""
    if not words.isdisjoint(_R19_LABEL_WORDS) and ", " in text:
        for m in _person_hits(_R19_LABEL_ALWAYS, text):
            sentence = _sentence_around(text, m.start(), m.end())
            good = _R19_FOREVER_GOOD.match(m.group("v")) or PRAISE.search(sentence)
            if not good and _r19_labelled(text, m.start(), m.start("mark")):
                yield m.start("mark"), m.end("mark")
    if "whatever" in words or "regardless" in words:
        for m in _R19_WHATEVER.finditer(text):
            start = max(text.rfind(ch, 0, m.start()) for ch in ".!?\n") + 1
            if not _r18_head_person(text, m.start()) or PRAISE.search(text[start : m.end()]):
                continue
            if _r19_labelled(text, start, m.start()) or _r18_fault(text[start : m.start()]):
                yield m.start(), m.end()
    if "it" in words and ("s always " in low or "s forever " in low or "s invariably " in low):
        for m in _R19_ALWAYS_YOU.finditer(text):
            if not PRAISE.search(_sentence_around(text, m.start(), m.end())):
                yield m.start(), m.end()
    if "every" in words and "time i " in low:
        for m in _person_hits(_R19_EVERY_TIME_I, text):
            v = m.group("v")
            sentence = _sentence_around(text, m.start(), m.end())
            good = _R19_FOREVER_GOOD.match(v) or PRAISE.search(sentence)
            if not good and "already" not in sentence.lower():
                yield m.start(), m.end()
    if ("that" in words or "this" in words) and not words.isdisjoint(_R19_THAT_WORDS):
        for m in _R19_THAT_LABEL.finditer(text):
            if m.group("sweep"):
                yield m.start(), m.end()
    if "forever" in words:
        for m in _person_hits(_R19_FOREVER, text):
            what = m.group("what")
            sentence = _sentence_around(text, m.start(), m.end())
            if not _R19_FOREVER_GOOD.match(what) and not PRAISE.search(sentence):
                yield m.start(), m.start("what") - 1
    snap = not words.isdisjoint(_R19_SNAP_WORDS) or " a go " in low or "went off" in low
    if snap and not words.isdisjoint(_R19_EVERY_WORDS):
        for m in _R19_SNAP_EVERY.finditer(text):
            if _r18_head_person(text, m.start()):
                yield m.start(), m.end()
    if not words.isdisjoint(_R19_ADJ_WORDS) and not words.isdisjoint(_R19_EVERY_WORDS):
        for m in _person_hits(_R19_ADJ_EVERY, text):
            yield m.start(), m.end()
    if not words.isdisjoint(_R19_FACE_WORDS) and (
        "whenever" in words or "time" in words or "anytime" in words
    ):
        for m in _R19_FACE.finditer(text):
            if _r18_head_person(text, m.start()) and not _R19_DONT.match(
                _sentence_around(text, m.start(), m.end())
            ):
                yield m.start(), m.end("mark")
    if "one" in words and "and" in words and not words.isdisjoint(_R19_ONE_BAD_WORDS):
        for m in _R19_ONE_AND.finditer(text):
            if _is_person_subject(m.group("subj")) and _R19_ONE_BAD.search(m.group("rest")):
                yield m.start("mark"), m.end("mark")
    if "single" in words and "every" in words:
        for m in _R19_EVERY_SINGLE.finditer(text):
            sentence = _sentence_around(text, m.start(), m.end())
            if (
                _r18_head_person(text, m.start())
                and _R19_EVERY_SINGLE_BAD.search(sentence)
                and not PRAISE.search(sentence)
            ):
                yield m.start(), m.end()


# The words without one of which no round-nineteen frame of a code can match.
_R19_JUDGES_NEED = (
    _R19_NOT_KIND_WORDS
    | _R19_ACROSS_WORDS
    | _R19_WITS_WORDS
    | _R19_BUT_WORDS
    | _R19_PROUD_WORDS
    | _R19_THAT_WORDS
    | _R19_VIBE_WORDS
    | _gate("ears clouds screwed head")
)
_R19_DEMEANING_NEED = (
    _R19_AGE_WORDS
    | _R19_ORIGIN_WORDS
    | _gate("back where")
    | _R19_OBS_WORDS
    | _R19_CHILD_WORDS
    | _R19_WITS_WORDS
    | _gate("weight size being teach taught teaching accent accents thing old words crayon never")
    | _gate("expect expected")
)
_R19_ABSOLUTE_NEED = (
    _R19_THAT_WORDS
    | _R19_LABEL_WORDS
    | _gate("forever every each any whenever time anytime one single always invariably")
    | _gate("whatever regardless")
)


def _r19_new(old: Sequence[Span], new: Iterator[Span]) -> Iterator[Span]:
    """Round nineteen's spans that touch none of the earlier rounds' (their words and offsets
    stay as they were: "He's late every single morning" still quotes "He's late every")."""
    for start, end in new:
        if not any(s <= end and e >= start for s, e in old):
            yield start, end


def _find_judges_r19(text: str) -> Iterator[Span]:
    old = _r18_judges_spans(text)
    yield from old
    words = _words(text)
    if not words.isdisjoint(_R19_JUDGES_NEED):
        yield from _r19_new(old, _judges_r19(text, words, text.lower()))


def _find_demeaning_r19(text: str) -> Iterator[Span]:
    old = list(_find_demeaning_r18(text))
    yield from old
    words = _words(text)
    if not words.isdisjoint(_R19_DEMEANING_NEED):
        yield from _r19_new(old, _demeaning_r19(text, words, text.lower()))


# "you're always my first choice for …" ranks the person first: praise, not a sweep.
_R19_FIRST_CHOICE = _rare(
    r"\b(?:always|forever)\s+(?:my|our|the\s+team['’]s|everyone['’]s|the)\s+(?:first\s+(?:choice|"
    r"call|pick|port\s+of\s+call)|go-to|top\s+pick|favourite|favorite|safe\s+pair\s+of\s+hands)\b",
    _F,
)


def _r19_first_choice(text: str, span: Span) -> bool:
    start, end = span
    m = _R19_FIRST_CHOICE.search(text, start, min(len(text), end + 60))
    return m is not None and m.start() < end


def _find_absolute_r19(text: str) -> Iterator[Span]:
    old = list(_find_absolute_r18(text))
    if "first" in text or "go-to" in text or "favo" in text or "pair" in text:
        old = [span for span in old if not _r19_first_choice(text, span)]
    yield from old
    words = _words(text)
    if not words.isdisjoint(_R19_ABSOLUTE_NEED):
        yield from _r19_new(old, _absolute_r19(text, words, text.lower()))


# ---------------------------------------------------------------------------------------------
# Round twenty: frames with an open slot (written20's families), each behind its own words
# ---------------------------------------------------------------------------------------------

# People named for where they come from (a slot for "a typical ___", "not bad for a ___").
_R20_DEMONYM = (
    r"(?-i:(?:Pole|Brit|Scot|Yank|Aussie|Kiwi|Geordie|Scouser|Brummie|Cockney|Taffy|Paddy|Jock|"
    r"Frenchie|Spaniard|Turk|Arab|Jew|Muslim|Catholic|Christian|Hindu|Sikh|Buddhist|Mormon|"
    r"Northerner|Southerner|Londoner|Yorkshireman|Irishman|Englishman|Welshman|Scotsman|Frenchman|"
    r"Dutchman|Essex\s+(?:girl|boy|lad)|Valley\s+girl|[A-Z][a-z]+(?:ian|ean|ese|ish|ani|i)))"
)
_R20_PERSON_NOUN = (
    r"(?:guy|girl|lad|lass|bloke|man|woman|lady|person|fella|fellow|kid|boy|chap|geezer|"
    r"grown\s+(?:man|woman|adult))"
)
# Praise with a put-down for a group or a background: "Not bad for a Scouser", "pretty good for
# someone who never went to college" (not "not bad for a first attempt", "for someone who only
# started on Monday").
_R20_NOT_BAD_FOR = _rare(
    rf"\b(?:not\s+(?:bad|too\s+bad|half\s+bad)|(?:pretty|quite|very)\s+(?:good|impressive)|"
    rf"impressive|decent|good\s+effort|well\s+done)\s*,?\s+for\s+(?:(?:someone|somebody|a\s+"
    rf"{_R20_PERSON_NOUN})\s+(?P<who>who|that|with|from)\b(?P<rest>[^.!?\n;]{{0,80}})|an?\s+"
    rf"{_R20_DEMONYM}\b)",
    _F,
)
_R20_TENURE = re.compile(
    r"\b(?:started|joined|arrived|began|new|first|only\s+been|just\s+(?:joined|started)|"
    r"week|weeks|month|months|day|days|trainee|training|apprentice\w*|injur\w*|sick|ill|"
    r"broken|flu|cold|course|courses|yet|trained|training|qualified|certified|experience|"
    r"practice|practised|learning|shadowing|induction|before)\b",
    _F,
)
# How someone looks as the reason: "with someone who looks like him", "it helps that you look like
# them" (not "he looks like he needs a break", "the sketch looks like him").
_R20_LOOKS_LIKE = _rare(
    rf"\b(?:(?:someone|somebody|anyone|anybody|people|folk|a\s+{_R20_PERSON_NOUN})\s+who\s+"
    rf"looks?|(?:helps?|helped|because|since|as|that)\s+(?:that\s+)?(?:you|he|she|they)\s+"
    rf"looks?)\s+like\s+(?:him|her|you|them|us|that)\b(?!\s+(?:did|does|do|need|needs|want|"
    rf"wants|know|knows|could|can|should|would|just|will|had|have|has|mean|meant|are|is|were|"
    rf"was)\b|\s*['’])",
    _F,
)
# A body or a sense as a simile for the person: "deaf as a post, that one", "blind as a bat".
_R20_DEAF_AS = _rare(
    r"\b(?:(?:as|so)\s+)?(?:deaf|blind|dumb|lame)\s+as\s+(?:a|an|the)\s+(?:post|bat|doorpost|"
    r"doornail|mole|brick|plank|stone|\w+)\b",
    _F,
)
_R20_WHO_NEAR = re.compile(
    r"\b(?:that|this)\s+one\b|\b(?:you|he|she|him|her|they|them)\b|(?-i:\b[A-Z][a-z]+['’]s\b)", _F
)
# Speech mocked: "his English is so bad …", "I can't understand a word of that Glaswegian",
# "a mouth full of marbles" (not "her English is excellent", "a word of this contract").
_R20_SPEECH = _rare(
    r"\b(?:your|his|her|their|(?-i:[A-Z][a-z]+)['’]s)\s+english\s+(?:is|was|['’]s)\s+(?:so\s+|"
    r"that\s+|really\s+|pretty\s+|just\s+|absolutely\s+|truly\s+)?(?:bad|terrible|awful|poor|"
    r"broken|shocking|rubbish|appalling|dreadful|atrocious|hopeless|painful|laughable)\b|"
    rf"\b(?:can['’]t|cannot|couldn['’]t)\s+understand\s+(?:a\s+(?:single\s+)?word|half)\s+(?:of\s+)?"
    rf"(?:that|what\s+(?:that|this))\s+{_R20_DEMONYM}\b|"
    r"\b(?:mouth\s*(?:ful|full)\s+of\s+marbles|marbles\s+in\s+(?:his|her|your|their)\s+mouth|"
    r"talks?\s+like\s+(?:he|she|you)['’](?:s|re)\s+(?:got\s+)?a\s+mouth\s*full\b)",
    _F,
)
# "a typical ___" for a people or a kind of student: "He's a typical Scot: …", "you're a typical
# media student" (the name of a person after "typical" is round twelve's).
_R20_TYPICAL = _rare(
    rf"{_SUBJ}{_R19_BE}\s+{_R17_ADV}(?:such\s+)?an?\s+typical\s+(?:{_R20_DEMONYM}|(?:[a-z]+\s+)?"
    rf"(?:student|graduate|grad|teenager|millennial|zoomer|boomer|artist|arts\s+student|"
    rf"lefty|leftie|hippy|hippie))\b",
    _F,
)
# Age as the charge: "aren't you a bit old to be …", "isn't she rather old for …".
_R20_OLD_FOR = _rare(
    rf"\b(?:(?:aren['’]t|isn['’]t|are|is)\s+(?P<subj>you|he|she|{_NAME})|{_SUBJ.replace('<subj>', '<subj2>')}"
    rf"{_R19_BE})\s+(?:(?:a\s+bit|a\s+little|bit|rather|getting|far|way|much|a\s+tad|just)\s+)+"
    rf"(?:too\s+)?old\s+(?:to\s+be\s+[a-z]+ing|for\s+(?:this|that|all\s+(?:this|that)|the|a|an|"
    rf"video|games|dressing|wearing|trainers|a\s+ponytail)\b)",
    _F,
)
# Called by age or sex instead of a name: "Hey, Grandpa, …", "Cheers, granny", "Morning, old man".
_R20_ADDRESS = _rare(
    r"(?:^|[.!?]\s+|\n)(?:hey|oi|alright|right|listen|look|morning|cheers|thanks|ta|come\s+on|"
    r"yes|no|well|okay|ok|sorry)\s*,?\s+(?P<name>grandpa|grandad|granddad|gramps|grandma|granny|gran|"
    r"nan|nana|old\s+(?:man|timer|boy|girl|lady)|old-timer|pops|boomer|sonny\s+jim|little\s+girl|"
    r"little\s+lady|young\s+lady|sweetheart|sweetie|darling|missy|princess|babe)\s*[,!?.]",
    _F,
)
# Looks and dress: "those tattoos don't exactly say 'professional'", "wear something a bit more
# flattering" (not "wear something warm", "the slides don't exactly say final").
_R20_LOOKS = _rare(
    r"\b(?:those|these|that|your|his|her|the)\s+(?:tattoos?|piercings?|nose\s+rings?|dreadlocks|"
    r"dreads|hair|haircut|beard|outfits?|clothes|make-?up|skirts?|heels|trainers|headscarf|hijab|"
    r"turban)\s+(?:don['’]t|doesn['’]t|do\s+not|does\s+not|hardly|aren['’]t|isn['’]t)\s+"
    r"(?:exactly\s+|really\s+|quite\s+|scream|say|suggest|look|fit|send)\w*|"
    r"\b(?:wear|wearing|put\s+on|putting\s+on|try|find|pick)\s+something\s+(?:a\s+(?:bit|little)\s+|slightly\s+|rather\s+)?"
    r"(?:more\s+|less\s+)?(?:flattering|slimming|feminine|ladylike|girly|sexy|revealing|"
    r"figure-hugging|womanly|manly|masculine|attractive|tighter|shorter|baggy|baggier|forgiving)\b",
    _F,
)
# Weight or size as the reason: "With her weight, she won't …" (round nineteen read "at her size").
_R20_WITH_WEIGHT = _rare(
    r"\bwith\s+(?:his|her|your|their)\s+(?:weight|size|build|bulk|belly|gut|figure)\s*,", _F
)
# A group or the family as the reason to leave someone out: "her lot can't work Saturdays",
# "don't bother asking her, with the kids she won't come anyway".
_R20_LOT = _rare(
    r"\b(?:his|her|their|your)\s+(?:lot|sort|kind|people)\s+(?:just\s+|simply\s+)?(?:can['’]t|"
    r"cannot|don['’]t|won['’]t|aren['’]t|never|wouldn['’]t|always|are\s+all|are\s+always)\b|"
    r"\b(?:don['’]t|do\s+not|let['’]s\s+not|no\s+point|not\s+worth)\s+(?:even\s+)?(?:bother(?:ing)?\s+"
    r"|ask(?:ing)?\s+)?(?:offering|asking|inviting|giving|putting|sending|booking|including)\b"
    r"(?P<rest>[^.!?\n]{0,100}?)\banyway\b",
    _F,
)
_R20_LOT_REASON = re.compile(
    r"\b(?:kids|children|baby|little\s+one|family|husband|wife|his\s+lot|her\s+lot|their\s+lot|"
    r"religion|faith|church|mosque|age|pregnan\w*|culture|people|kind)\b",
    _F,
)
# A place as a group's character: "drivers from that side of town aren't exactly known for …".
_R20_FROM_PLACE = _rare(
    r"\b(?:from|round|on|in)\s+(?:that|the\s+other|his|her|your|their|the\s+wrong)\s+(?:side|part|"
    r"end)\s+of\s+(?:town|the\s+city|the\s+country|the\s+tracks)\b(?P<rest>[^.!?\n]{0,80})|"
    r"\bfrom\s+(?:that|those|his|her|your|round\s+(?:there|here)|up\s+there|down\s+there)\s+"
    r"(?:estates?|neck\s+of\s+the\s+woods|parts?|villages?|valleys?|council\s+estates?)\b"
    r"(?P<rest2>[^.!?\n]{0,80})",
    _F,
)
_R20_GROUP_SNEER = re.compile(
    r"\b(?:aren['’]t|are\s+not|isn['’]t|is\s+not|not)\s+(?:exactly\s+|really\s+|always\s+|"
    r"famously\s+)?(?:known|famous|renowned|celebrated)\s+for\b|\byou\s+know\s+what\s+(?:they|"
    r"them)|\b(?:are|is)\s+all\s+(?:the\s+)?(?:same|like\s+that)\b|\bnever\s+(?:are|were)\b",
    _F,
)
# Family pushed on someone: "isn't it about time you had kids", "time she settled down".
_R20_ABOUT_TIME = _rare(
    r"\b(?:about\s+time|high\s+time|time|when\s+(?:are|is))\s+(?:you|she|he)\s+(?:going\s+to\s+)?"
    r"(?:had|have|having|"
    r"started|start|starting|settled|settle|settling|got|get|getting|found|find|finding)\s+"
    r"(?:some\s+|a\s+|any\s+)?(?:kids|children|a\s+baby|babies|a\s+family|down|married|hitched|"
    r"husband|wife|boyfriend|girlfriend|fella)\b",
    _F,
)
# Hair colour as wits: "a ditzy blonde", "a blonde moment".
_R20_BLONDE = _rare(
    r"\b(?:ditzy|ditsy|dizzy|dumb|dopey|daft|silly|airhead(?:ed)?|bimbo|brainless|typical|"
    r"bottle)\s+blonde?\b|\bblonde?\s+moments?\b",
    _F,
)
# Faith kept out: "keep the religious stuff at home", "skip the Friday prayers this week" (not
# "you don't have to skip Friday prayers").
_R20_FAITH = _rare(
    r"\bkeep\s+(?:the|your|all\s+(?:the|that|your)|that|his|her|their)\s+(?:religious|religion|"
    r"faith|church|prayer|praying|god|bible|spiritual)\s*(?:[a-z]+\s+)?(?:at\s+home|to\s+"
    r"(?:yourself|himself|herself|themselves)|out\s+of\s+(?:the|my|this|our|work|here))\b|"
    r"\b(?:skip|miss|drop|give\s+up|forget|ditch|pause|postpone|"
    r"cut\s+short|cut\s+back\s+on|knock\s+off)\s+(?:the|your|his|her|their|all\s+the)\s+(?:(?:friday|"
    r"sunday|saturday|daily|midday|lunchtime|afternoon|evening|long)\s+)?(?:prayers?|fast|fasting|"
    r"mass|church|sabbath|shabbat|namaz|salah|jummah|jumu['’]?ah)\b",
    _F,
)
_R20_FAITH_OK = re.compile(
    r"\b(?:don['’]t|do\s+not|never|won['’]t|no\s+need|shouldn['’]t|needn['’]t)\s+(?:(?:have|need|"
    r"want|ask)\s+(?:you\s+|anyone\s+)?)?(?:to\s+)?$",
    _F,
)
# A disability as the name for a person, beside a put-down: "our dyslexic trainee is, well, …",
# "put the lad with the stutter out the back".
_R20_DISABLED = _rare(
    rf"\b(?:the|our|that|this|your|their)\s+(?:autistic|dyslexic|deaf|blind|disabled|crippled|"
    rf"wheelchair-bound|one-armed|half-deaf|spastic|retarded|ADHD|OCD|aspie)\s+(?:[a-z]+\s+)?(?P<who>{_R20_PERSON_NOUN}|intern|trainee|temp|one|colleague|"
    rf"apprentice|assistant|clerk|worker|junior|member)\b|"
    rf"\b(?:the|that|this|our)\s+(?:{_R20_PERSON_NOUN}|one|intern|trainee|temp|colleague)\s+"
    rf"with\s+(?:the|a|that|his|her)\s+(?:stammer|stutter|lisp|limp|wheelchair|hearing\s+aids?|"
    rf"crutches|squint|twitch|tics?|walking\s+stick|cleft\s+lip|glass\s+eye|speech\s+thing)\b",
    _F,
)
_R20_DISABLED_BAD = re.compile(
    r"\b(?:don['’]t|do\s+not|never|can['’]t|won['’]t|wouldn['’]t)\s+expect\b|\bwell\s*,|"
    r"\bin\s+the\s+back|\bout\s+(?:the\s+)?back\b|\bout\s+of\s+(?:sight|the\s+way)|"
    r"\baway\s+from\s+(?:the\s+)?(?:customers|patrons|clients|public|front|guests|visitors)|"
    r"\bwhile\s+(?:he|she|they)\s+gets?\s+(?:his|her|their)\s+words\s+out|\bbless\b|"
    r"\bkeep\s+(?:him|her|them)\s+(?:away|off|in)\b|\bhide\b|\bslow\s+(?:us|everyone)\b",
    _F,
)
# A pregnancy or a disability as the reason someone will slow others down or be gone:
# "you're going to be tired and distracted", "somewhere you can't slow anyone down",
# "someone who'll actually be here".
_R20_SLOW_DOWN = _rare(
    r"\bwhere\s+(?:you|he|she)\s+(?:can['’]t|cannot|won['’]t)\s+slow\s+(?:anyone|anybody|"
    r"everyone|everybody|us|people|the\s+rest\s+of\s+us|the\s+others|others|things)\s+down\b|"
    r"\b(?:nobody|no\s+one|no-one)\s+(?:really\s+)?expects\s+(?:you|him|her|them)\s+to\s+"
    r"(?:keep\s+up|manage|cope|keep\s+pace)\b|"
    r"\bsomeone\s+who(?:['’]ll|\s+will)\s+actually\s+be\s+(?:here|around|there|at\s+work)\b|"
    r"\b(?:you|she)(?:['’]re|['’]s|\s+are|\s+is)\s+going\s+to\s+be\s+(?:(?:tired|distracted|"
    r"emotional|hormonal|exhausted|forgetful|useless|all\s+over\s+the\s+place)(?:\s*,\s*|\s+and\s+"
    r"|\s+or\s+)?){1,4}",
    _F,
)
_R20_SLOW_NEEDS = re.compile(
    r"\b(?:pregnan\w*|baby|bump|maternity|expecting|chair|wheelchair|disab\w*|condition|"
    r"illness|sick|crutches|kids|children|nursery|school\s+runs?)\b",
    _F,
)
# Schooling mocked: "hard to believe someone with a degree can't …".
_R20_DEGREE = _rare(
    rf"\b(?:someone|somebody|anyone|a\s+{_R20_PERSON_NOUN}|you|he|she)\s+with\s+(?:a|an|all\s+"
    rf"(?:those|these|that|his|her|your|their)|two|three|his|her|your)\s+(?:(?:fancy|expensive|"
    rf"posh|first-class|university|college|master['’]?s|bachelor['’]?s)\s+)?(?:degrees?|"
    rf"masters?|phd|mba|diplomas?|qualifications?|education|certificates?)\s+(?:still\s+)?"
    rf"(?:can['’]t|cannot|couldn['’]t|doesn['’]t|don['’]t|didn['’]t|not|never)\b",
    _F,
)
_R20_DEGREE_CUE = re.compile(
    r"\b(?:hard\s+to\s+believe|you['’]d\s+think|amazing|unbelievable|incredible|astonishing|"
    r"how\s+(?:does|can|did|could)|surprising|funny\s+how|shocking|even)\b|\?",
    _F,
)
# A background as the reason to expect little: "he came up from the yard, so don't expect …".
_R20_BACKGROUND = _rare(
    r"\b(?:came\s+up\s+from|comes?\s+from|came\s+from|grew\s+up\s+(?:on|in)|left\s+school\s+at|"
    r"never\s+went\s+to|didn['’]t\s+go\s+to|dropped\s+out\s+of|was\s+raised\s+(?:on|in))\b"
    r"(?P<bg>[^.!?\n]{0,60}?),?\s+so\s+(?:don['’]t|do\s+not|I\s+wouldn['’]t|you\s+can['’]t|"
    r"never|we\s+can['’]t|I\s+don['’]t)\s+expect\b",
    _F,
)
_R20_BACKGROUND_PLACE = re.compile(
    r"\b(?:office|branch|site|team|store|department|company|agency|project|firm|hq|"
    r"head\s+office|depot|competitor|bank|hospital|ward|account|system|role|job)\b",
    _F,
)


def _demeaning_r20(text: str, words: frozenset[str], low: str) -> Iterator[Span]:
    """Round twenty's belittling frames."""
    if "for" in words and (
        ("bad" in words and "not" in words)
        or ("good" in words and not words.isdisjoint(_R20_W_PRETTY_QUITE))
        or "impressive" in words
        or "decent" in words
        or ("done" in words and "well" in words)
    ):
        for m in _R20_NOT_BAD_FOR.finditer(text):
            rest = m.group("rest")
            if rest is None or not _R20_TENURE.search(rest):
                yield m.start(), m.end()
    if "like" in words and ("looks" in words or "look" in words):
        for m in _R20_LOOKS_LIKE.finditer(text):
            yield m.start(), m.end()
    if "as" in words and not words.isdisjoint(_R20_DEAF_WORDS):
        for m in _R20_DEAF_AS.finditer(text):
            if _R20_WHO_NEAR.search(_sentence_around(text, m.start(), m.end())):
                yield m.start(), m.end()
    if (
        "english" in words
        or "marbles" in words
        or ("understand" in words and ("word" in words or "half" in words))
    ):
        for m in _R20_SPEECH.finditer(text):
            yield m.start(), m.end()
    if "typical" in words:
        for m in _person_hits(_R20_TYPICAL, text):
            yield m.start(), m.end()
    if "old" in words and not words.isdisjoint(_R20_OLD_DEGREE):
        for m in _R20_OLD_FOR.finditer(text):
            subj = m.group("subj") or m.group("subj2")
            if _is_person_subject(subj):
                yield m.start(), m.end()
    if not words.isdisjoint(_R20_ADDRESS_WORDS) or (
        not words.isdisjoint(_R20_W_OLD_LITTLE) and not words.isdisjoint(_R20_ADDRESS_NOUNS)
    ):
        for m in _R20_ADDRESS.finditer(text):
            yield m.start("name"), m.end("name")
    if not words.isdisjoint(_R20_LOOKS_WORDS) or (
        "something" in words and not words.isdisjoint(_R20_DRESS_WORDS)
    ):
        for m in _R20_LOOKS.finditer(text):
            yield m.start(), m.end()
    if "with" in words and not words.isdisjoint(_R20_WEIGHT_WORDS):
        for m in _R20_WITH_WEIGHT.finditer(text):
            sentence = _sentence_around(text, m.start(), m.end())
            if _R19_WEIGHT_DOUBT.search(sentence) or _R20_WONT.search(sentence):
                yield m.start(), m.end() - 1
    if "anyway" in words or (
        not words.isdisjoint(_R20_LOT_WORDS)
        and not words.isdisjoint(_R20_W_HIS_HER)
        and not words.isdisjoint(_R20_W_CAN_CANNOT)
    ):
        for m in _R20_LOT.finditer(text):
            rest = m.group("rest")
            if rest is None or _R20_LOT_REASON.search(rest):
                yield m.start(), m.end()
    if (not words.isdisjoint(_R20_W_SIDE_PART) and not words.isdisjoint(_R20_W_TOWN_CITY)) or (
        "from" in words and not words.isdisjoint(_R20_PLACE_WORDS)
    ):
        for m in _R20_FROM_PLACE.finditer(text):
            sentence = _sentence_around(text, m.start(), m.end())
            if _R20_GROUP_SNEER.search(sentence):
                yield m.start(), m.end("rest") if m.group("rest") is not None else m.end()
    if ("time" in words or "when" in words) and not words.isdisjoint(_R20_FAMILY_WORDS):
        for m in _R20_ABOUT_TIME.finditer(text):
            yield m.start(), m.end()
    if "blonde" in words or "blond" in words:
        for m in _R20_BLONDE.finditer(text):
            yield m.start(), m.end()
    if not words.isdisjoint(_R20_FAITH_WORDS):
        for m in _R20_FAITH.finditer(text):
            start = max(text.rfind(ch, 0, m.start()) for ch in ".!?\n;") + 1
            if not _R20_FAITH_OK.search(text[start : m.start()]):
                yield m.start(), m.end()
    if not words.isdisjoint(_R20_DISABLED_WORDS) or (
        "with" in words and not words.isdisjoint(_R20_W_WALKING_GLASS)
    ):
        for m in _R20_DISABLED.finditer(text):
            if _R20_DISABLED_BAD.search(_sentence_around(text, m.start(), m.end())):
                yield m.start(), m.end()
    slow = ("slow" in words and "down" in words) or ("expects" in words and "keep" in words)
    if (
        slow
        or ("actually" in words and "someone" in words)
        or ("going" in words and not words.isdisjoint(_R20_TIRED_WORDS))
    ) and _R20_SLOW_NEEDS.search(text):
        for m in _R20_SLOW_DOWN.finditer(text):
            yield m.start(), m.end()
    elif "slow" in words and "where" in words:
        for m in _R20_SLOW_DOWN.finditer(text):
            if m.group().lower().startswith("where"):
                yield m.start(), m.end()
    if "with" in words and not words.isdisjoint(_R20_DEGREE_WORDS):
        for m in _R20_DEGREE.finditer(text):
            if _R20_DEGREE_CUE.search(_sentence_around(text, m.start(), m.end())):
                yield m.start(), m.end()
    if "expect" in words and "so" in words:
        for m in _R20_BACKGROUND.finditer(text):
            if not _R20_BACKGROUND_PLACE.search(m.group("bg")):
                yield m.start(), m.end()


_R20_OLD_DEGREE = _gate("bit little rather getting far way much tad just")
_R20_ADDRESS_NOUNS = _gate("man timer boy girl lady")
_R20_DRESS_WORDS = _gate(
    "flattering slimming feminine ladylike girly sexy revealing figure womanly manly masculine "
    "attractive tighter shorter baggy baggier forgiving"
)
_R20_FAMILY_WORDS = _gate(
    "kids children baby babies family down married hitched husband wife boyfriend girlfriend fella"
)
_R20_TIRED_WORDS = _gate("tired distracted emotional hormonal exhausted forgetful useless place")
_R20_WONT = re.compile(r"(?:won|can|couldn|wouldn|isn|aren)['’]t\b|\bno\s+way\b", _F)
_R20_DEAF_WORDS = _gate("deaf blind dumb lame")
_R20_ADDRESS_WORDS = _gate(
    "grandpa grandad granddad gramps grandma granny gran nan nana timer pops boomer sonny "
    "sweetheart sweetie darling missy princess babe"
)
_R20_LOOKS_WORDS = _gate(
    "tattoo tattoos piercing piercings nose dreadlocks dreads hair haircut beard outfit outfits "
    "clothes makeup skirt skirts heels trainers headscarf hijab turban"
)
_R20_WEIGHT_WORDS = _gate("weight size build bulk belly gut figure")
_R20_LOT_WORDS = _gate("lot sort kind people anyway")
_R20_PLACE_WORDS = _gate("side part end estate estates neck parts village villages valley valleys")
_R20_FAITH_WORDS = _gate(
    "religious religion faith church prayer prayers praying god bible spiritual"
)
_R20_FAITH_WORDS = _R20_FAITH_WORDS | _gate("fast fasting mass sabbath shabbat namaz salah jummah")
_R20_DISABLED_WORDS = _gate(
    "autistic dyslexic deaf blind disabled crippled wheelchair armed spastic retarded adhd ocd "
    "aspie stammer stutter lisp limp crutches squint twitch tic tics cleft"
)
_R20_SLOW_WORDS = _gate("slow expects actually going")
_R20_DEGREE_WORDS = _gate(
    "degree degrees masters master phd mba diploma diplomas qualification qualifications "
    "education certificate certificates"
)


# A quality denied to the very bone: "doesn't have a practical bone in her body", "there isn't a
# tactful bone in him" (not "not a lazy bone in his body", which is praise).
_R20_BONE = _rare(
    r"\b(?:a|an|one|single)\s+(?P<adj>[a-z-]+)\s+bone\s+in\s+(?:his|her|your|their|him|them)"
    r"(?:\s+(?:whole\s+)?body)?\b",
    _F,
)
_R20_BONE_PRAISE = re.compile(
    r"(?:lazy|mean|nasty|selfish|unkind|cruel|dishonest|malicious|spiteful|bad|rude|jealous|"
    r"vindictive|racist|sexist|evil|wicked|unpleasant|arrogant|lying|deceitful|broken|"
    r"fractured|idle|petty)",
    re.IGNORECASE,
)
# A flighty label: "he's a flake", "a total flake" (snowflake is demeaning and an older rule's).
_R20_FLAKE = _rare(
    rf"{_SUBJ}{_R19_BE}\s+{_R17_ADV}(?:such\s+)?(?:an?\s+)?(?:(?:bit\s+of\s+an?|total|complete|"
    rf"real|proper|right|massive|absolute|bit\s+of\s+a)\s+)*(?:flake|flakey|flaky)\b",
    _F,
)
# Caring denied as a belief: "I don't think she cares about the residents at all", "and clearly
# doesn't care" (not "I don't think he cares which desk he gets").
_R20_CARES = _rare(
    rf"\bI\s+(?:really\s+)?(?:don['’]t|do\s+not)\s+(?:really\s+|honestly\s+)?(?:think|believe|feel)\s+"
    rf"(?:that\s+)?(?P<subj>you|he|she|they|{_NAME})\s+(?:really\s+|even\s+|actually\s+|genuinely\s+)?"
    rf"(?:cares?|gives?\s+a\s+(?:damn|toss|monkey['’]?s|hoot|stuff)|is\s+(?:even\s+)?trying|"
    rf"wants?\s+to\s+be\s+here|bothers?)\b(?P<rest>[^.!?\n]{{0,40}})",
    _F,
)
_R20_CARES_ABOUT = re.compile(
    r"^\s*(?:about\s+(?:the|his|her|your|their|our|anyone|anybody|anything|it|this|that|us|"
    r"them|people|customers|quality|getting)|at\s+all|(?:very\s+)?much|$|[,;:—–-])",
    _F,
)
_R20_AND_CARE = _rare(
    r"\b(?:and|but)\s+(?:(?:clearly|obviously|just|simply|really|frankly|honestly|plainly|"
    r"evidently)\s+)?(?:doesn['’]t|don['’]t|does\s+not)\s+(?:really\s+|even\s+|seem\s+to\s+)?care\b"
    r"(?!\s+(?:which|what|where|whether|if|who|when|how)\b)",
    _F,
)
# Pride or interest denied: "you just don't take any pride in the job".
_R20_PRIDE = _rare(
    rf"{_SUBJ}\s+(?:just\s+|simply\s+|really\s+|clearly\s+|obviously\s+)?(?:don['’]t|doesn['’]t|"
    rf"do\s+not|does\s+not|never)\s+(?:seem\s+to\s+)?(?:take|takes|show|shows|have|has)\s+(?:any|"
    rf"much|an\s+ounce\s+of|a\s+shred\s+of|the\s+slightest|real)?\s*(?:pride\s+in\s+(?:your|his|"
    rf"her|their|the|this|our)\s+(?:own\s+)?[a-z]+|interest\s+in\s+(?:your|his|her|their|the)\s+"
    rf"(?:own\s+)?(?:work|job|jobs|craft|trade|role|team|appearance|customers|patients|"
    rf"residents|students|guests))\b",
    _F,
)
# Worth reduced to one thing: "complaining is all you're good at", "all he's good for is …".
_R20_ALL_GOOD = _rare(
    rf"\ball\s+(?P<subj>you|he|she|they|{_NAME})(?:['’]re|['’]s|\s+(?:are|is|were|was))\s+"
    rf"(?:really\s+|ever\s+|any\s+|actually\s+)?good\s+(?:at|for)\b",
    _F,
)
# A bad superlative of experience: "never seen anyone so useless with a spreadsheet".
_R20_NEVER_SEEN = _rare(
    r"\b(?:never|n['’]t\s+ever)\s+(?:seen|met|known|worked\s+with)\s+(?:anyone|anybody|someone|"
    r"a\s+(?:person|guy|girl|man|woman|bloke|lad|worker|colleague))\s+(?:so|as|this|that|more)\s+"
    r"(?P<adj>[a-z-]+)\b",
    _F,
)
_R20_BELITTLE_ADJ = _gate(
    "useless hopeless incompetent inept thick dim dense stupid clueless pathetic gormless "
    "dozy dopey witless brainless"
)
_R20_BAD_ADJ = _R20_BELITTLE_ADJ | _gate(
    "lazy slow clumsy careless sloppy disorganised disorganized rude arrogant negative "
    "unreliable idle awkward difficult stubborn scatty scatterbrained forgetful"
)
# A label with a hedge set in commas: "He is, shall we say, not the most patient man"
# (read again without the hedge).
_R20_HEDGED = _rare(
    rf"{_SUBJ}(?P<be>\s+(?:is|are|was|were)|['’](?:s|re))\s*,\s*(?:shall\s+we\s+say|let['’]s\s+(?:just\s+)?"
    rf"say|how\s+(?:shall|should|can|do)\s+I\s+put\s+(?:it|this)|well|um+|erm+|frankly|honestly|"
    rf"to\s+be\s+(?:fair|honest|kind|blunt|frank)|I['’]d\s+say|so\s+to\s+speak|if\s+I['’]m\s+"
    rf"(?:honest|being\s+honest)|if\s+we['’]re\s+(?:honest|being\s+honest)|bless\s+(?:him|her)|"
    rf"shall\s+I\s+say|I\s+(?:have\s+to|must)\s+say|I\s+think)\s*,\s*(?P<rest>[^.!?\n;]{{3,80}})",
    _F,
)
# Others' verdict reported: "the team find you a bit of a know-all" (read as "you are …").
_R20_FIND_YOU = _rare(
    rf"\b(?:find|finds|found|consider|considers|considered|see|sees|think\s+of|thinks\s+of)\s+"
    rf"(?P<subj>you|him|her|them|{_NAME})\s+(?:to\s+be\s+|as\s+)?(?P<rest>(?:a\s+bit\s+of\s+an?|"
    rf"an?|rather|quite|really|very|pretty|so|too|a\s+little|kind\s+of|sort\s+of)\s+"
    rf"[^.!?\n;,]{{2,50}})",
    _F,
)
_R20_AS_SUBJ = {"you": "You are", "him": "He is", "her": "She is", "them": "They are"}
# "Old-timers like Barry just can't keep up": a kind of person, with the person as its example.
_R20_LIKE_NAME = _rare(
    rf"\b(?:old-?timers|oldies|dinosaurs|boomers|youngsters|millennials|snowflakes|"
    rf"know-it-alls|slackers|clock-watchers|jobsworths|dreamers|moaners|whingers|old\s+boys|"
    rf"old\s+hands)\s+like\s+(?P<subj>you|him|her|{_NAME})\s+(?:just\s+|simply\s+|really\s+|"
    rf"never\s+)?(?:can['’]t|cannot|don['’]t|won['’]t|never|aren['’]t|shouldn['’]t|will\s+never|"
    rf"always|are\s+always|have\s+no|lack)\b",
    _F,
)
# Irony: a compliment, then "Said no one, ever." (the whole compliment is the label).
_R20_SAID_NO_ONE = _rare(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?]))\s*said\s+(?:no\s*(?:one|body)|no-one|nobody)"
    r"(?:\s*,?\s*ever)?\s*[.!]*",
    _F,
)


def _r20_reads_as(subject: str, rest: str) -> tuple[bool, bool]:
    """Whether the earlier rounds read "<subject> is <rest>" as a label, and as a put-down."""
    subj = _R20_AS_SUBJ.get(subject.lower(), f"{subject} is")
    sentence = f"{subj} {rest.strip()}."
    label = next(iter(_r18_judges_spans(sentence)), None) is not None
    return label, next(iter(_find_demeaning_r19(sentence)), None) is not None


@lru_cache(maxsize=64)
def _r20_rewrites(text: str) -> tuple[tuple[int, int, bool, bool], ...]:
    """A label read again without its wrapping: a hedge in commas ("He is, shall we say, not the
    most patient man"), others' verdict ("the team find you a bit of a know-all"); each span with
    whether it is a label and a put-down."""
    words = _words(text)
    hits = []
    if (
        ", " in text
        and not words.isdisjoint(_R20_HEDGE_WORDS)
        and _R20_BE_COMMA_REVERSED.search(text[::-1])
    ):
        for m in _person_hits(_R20_HEDGED, text):
            hits.append((m.start(), m.end(), *_r20_reads_as(m.group("subj"), m.group("rest"))))
    if not words.isdisjoint(_R20_FIND_WORDS):
        for m in _R20_FIND_YOU.finditer(text):
            subj = m.group("subj")
            if subj.lower() in _R20_AS_SUBJ or _is_person_subject(subj):
                hits.append((m.start(), m.end(), *_r20_reads_as(subj, m.group("rest"))))
    return tuple(hits)


_R20_FIND_WORDS = _gate("find finds found consider considers considered see sees")
_R20_REWRITE_WORDS = _R20_FIND_WORDS
# "is / are / was / were / 's / 're" then a comma (r"(?:\bis|\bare|\bwas|\bwere|['’]s|['’]re)\s*,"),
# searched in the reversed text: a match there is one here, and the search starts only at commas,
# which are rare where "is", "are" and "'s" are not.
_R20_BE_COMMA_REVERSED = re.compile(r",\s*(?:si|era|saw|erew)\b|,\s*(?:s|er)['’]", re.IGNORECASE)
# A walking disaster, complaint or cliché is also a put-down; a walking hazard is a label only.
_R20_WALKING_INSULT = re.compile(
    r"(?:disaster|complaint|lawsuit|tribunal|catastrophe|nightmare|cliche|cliché|stereotype)$", _F
)


def _judges_r20(text: str, words: frozenset[str], low: str) -> Iterator[Span]:
    """Round twenty's label frames."""
    if "bone" in words:
        for m in _R20_BONE.finditer(text):
            start = max(text.rfind(ch, 0, m.start()) for ch in ".!?\n;") + 1
            if _NEGATED.search(text[start : m.start()]) and not _R20_BONE_PRAISE.fullmatch(
                m.group("adj")
            ):
                yield m.start(), m.end()
    if not words.isdisjoint(_R20_W_FLAKE_FLAKEY):
        for m in _person_hits(_R20_FLAKE, text):
            yield m.start(), m.end()
    if not words.isdisjoint(_R20_CARE_WORDS) or (
        not words.isdisjoint(_R20_W_GIVE_GIVES) and not words.isdisjoint(_R20_DAMN_WORDS)
    ):
        if "think" in words or "believe" in words or "feel" in words:
            for m in _person_hits(_R20_CARES, text):
                if _R20_CARES_ABOUT.match(m.group("rest")):
                    yield m.start(), m.end("rest") - len(m.group("rest"))
        if "care" in words:
            for m in _R20_AND_CARE.finditer(text):
                if _r18_head_person(text, m.start()):
                    yield m.start(), m.end()
    if "pride" in words or "interest" in words:
        for m in _person_hits(_R20_PRIDE, text):
            yield m.start(), m.end()
    if "all" in words and "good" in words and (" good at" in text or " good for" in text):
        for m in _person_hits(_R20_ALL_GOOD, text):
            start = max(text.rfind(ch, 0, m.start()) for ch in ".!?\n;") + 1
            if not _NEGATED.search(text[start : m.start()]):
                yield m.start(), m.end()
    if _r20_never_seen_possible(words):
        for m in _R20_NEVER_SEEN.finditer(text):
            if m.group("adj").lower() in _R20_BAD_ADJ:
                yield m.start(), m.end()
    if not words.isdisjoint(_R20_REWRITE_WORDS) or (
        ", " in text and not words.isdisjoint(_R20_HEDGE_WORDS)
    ):
        for start, end, label, _ in _r20_rewrites(text):
            if label:
                yield start, end
    if "like" in words and not words.isdisjoint(_R20_KIND_PLURALS):
        for m in _person_hits(_R20_LIKE_NAME, text):
            yield m.start(), m.end()
    if "said" in words and ("one" in words or "nobody" in words or "body" in words):
        for m in _R20_SAID_NO_ONE.finditer(text):
            before = text[: m.start()].rstrip().rstrip(".!?")
            start = max(before.rfind(ch) for ch in ".!?\n") + 1
            if _R17_ANY_SUBJ.search(before[start:]) or _R20_YOURE.search(before[start:]):
                yield start + len(before[start:]) - len(before[start:].lstrip()), m.end()


_R20_CARE_WORDS = _gate("care cares bothers bother")
_R20_DAMN_WORDS = _gate("damn toss monkey monkeys hoot stuff")
_R20_KIND_PLURALS = _gate(
    "timers oldtimers oldies dinosaurs boomers youngsters millennials snowflakes alls slackers "
    "watchers jobsworths dreamers moaners whingers boys hands"
)
_R20_YOURE = re.compile(r"\b(?:you['’]re|you\s+are|(?-i:[A-Z][a-z]+)['’]s)\b", _F)
_R20_HEDGE_WORDS = _gate(
    "shall let how well um erm frankly honestly fair honest kind blunt frank say speak bless "
    "think must"
)


def _r20_never_seen_possible(words: frozenset[str]) -> bool:
    return (
        ("never" in words or "ever" in words)
        and not words.isdisjoint(_R20_W_SEEN_MET)
        and not words.isdisjoint(_R20_W_ANYONE_ANYBODY)
    )


def _r20_never_seen_demeans(text: str, words: frozenset[str]) -> Iterator[Span]:
    if _r20_never_seen_possible(words):
        for m in _R20_NEVER_SEEN.finditer(text):
            if m.group("adj").lower() in _R20_BELITTLE_ADJ:
                yield m.start(), m.end()


# A sweeping adverb before a fault: "he's chronically late", "habitually unprepared" (not
# "chronically ill", a condition).
_R20_CHRONIC = _rare(
    rf"{_SUBJ}{_R19_BE}\s+{_R17_ADV}(?P<mark>chronically|habitually|persistently|routinely|"
    rf"notoriously|incurably|compulsively)\s+(?P<what>[a-z-]+)\b",
    _F,
)
_R20_CHRONIC_OK = re.compile(
    r"(?:ill|sick|unwell|underpaid|understaffed|underfunded|overworked|short-staffed|early|"
    r"punctual|reliable|helpful|cheerful|kind|generous|organised|organized|calm|patient|"
    r"careful|thorough|curious|positive|optimistic|good|brilliant|excellent|accurate)",
    re.IGNORECASE,
)
# "Always the same story with you", "it's always the same excuse with him".
_R20_SAME_WITH = _rare(
    rf"\b(?:always|forever|every\s+time|each\s+time|invariably)\s*,?\s+(?:it['’]s\s+)?the\s+same\s+"
    rf"(?:old\s+)?(?:story|thing|excuse|excuses|routine|song|drama|problem|performance|nonsense|"
    rf"rubbish|tune)\s+with\s+(?P<subj>you|him|her|them|{_NAME})\b",
    _F,
)
# A full stop after each word for weight: "Every. Single. Shift."
_R20_EVERY_DOT = _rare(r"\bevery\s*[.!]\s*single\s*[.!]\s*[a-z]+\b\s*[.!]?", _F)
# Ideas dismissed every time: "you shoot down every idea", "she rubbishes each suggestion".
_R20_SHOOT_EVERY = _rare(
    rf"{_SUBJ}\s+(?:just\s+|always\s+|simply\s+)?(?:shoot|shoots|shot|dismiss|dismisses|dismissed|"
    rf"rubbish|rubbishes|veto|vetoes|trash|trashes|mock|mocks|belittle|belittles|pooh-poohs?|"
    rf"undermine|undermines|torpedo|torpedoes|(?:pick|picks)\s+holes\s+in|(?:pour|pours)\s+cold\s+"
    rf"water\s+on|(?:talk|talks)\s+over|(?:argue|argues)\s+with|(?:sneer|sneers|scoff|scoffs)\s+at|"
    rf"(?:roll|rolls)\s+(?:your|his|her|their)\s+eyes\s+at|(?:talk|talks|interrupt|interrupts|"
    rf"cut|cuts)\s+(?:(?:over|across|in\s+on)\s+)?(?:everyone|everybody|people|others|"
    rf"colleagues|the\s+others)\s+(?:in|at|during|on))\s+(?:down\s+)?(?P<mark>(?:every|each|any)"
    rf"(?:\s+single)?|all)\s+(?:\w+\s+)?(?:idea|ideas|suggestion|suggestions|proposal|proposals|"
    rf"plan|plans|question|questions|point|points|comment|comments|change|changes|one|thing|"
    rf"request|requests|view|opinion|opinions|option|options|meeting|meetings|huddle|briefing|"
    rf"call|calls|shift|review|session)\b",
    _F,
)
# A duty never done, whatever else the sentence says ("you never double-check the totals",
# "he never takes ownership of anything that goes wrong").
_R20_NEVER_DUTY = _rare(
    rf"{_SUBJ}\s+(?:just\s+|simply\s+|really\s+)?never\s+(?:once\s+)?(?:(?:take|takes|accept|accepts)"
    rf"\s+(?:any\s+|the\s+)?(?:ownership|responsibility|blame|criticism|feedback|accountability)|"
    rf"double-checks?|proofreads?|owns?\s+up|admits?\s+(?:to|a|any|when|that|it|mistakes|fault)|"
    rf"apologi[sz]es?|says?\s+(?:sorry|thank\s+you|thanks|please)|listens?|"
    rf"(?:tidy|tidies|clean|cleans)\s+up)\b",
    _F,
)


def _absolute_r20(text: str, words: frozenset[str], low: str) -> Iterator[Span]:
    """Round twenty's sweeps."""
    if not words.isdisjoint(_R20_W_CHRONICALLY_HABITUALLY):
        for m in _person_hits(_R20_CHRONIC, text):
            if not _R20_CHRONIC_OK.fullmatch(m.group("what")):
                yield m.start(), m.end("mark")
    if "same" in words and "with" in words and not words.isdisjoint(_R20_SAME_SWEEP):
        for m in _person_hits(_R20_SAME_WITH, text):
            sentence = _sentence_around(text, m.start(), m.end())
            if not PRAISE.search(sentence):
                yield m.start(), m.end()
    if "single" in words and "every" in words:
        for m in _R20_EVERY_DOT.finditer(text):
            after = text[m.end() : _sentence_end(text, m.end()) + 1]
            if _R17_ANY_SUBJ.search(after) and not PRAISE.search(after):
                yield m.start(), m.end()
    if not words.isdisjoint(_R20_SHOOT_WORDS) and not words.isdisjoint(_R20_EVERY_ALL):
        for m in _person_hits(_R20_SHOOT_EVERY, text):
            yield m.start(), m.end()
    if "never" in words and not words.isdisjoint(_R20_DUTY_WORDS):
        for m in _person_hits(_R20_NEVER_DUTY, text):
            yield m.start(), m.end()


_R20_SAME_SWEEP = _gate("always forever every each invariably")
_R20_EVERY_ALL = _gate("every each any all")
_R20_SHOOT_WORDS = _gate(
    "talk talks interrupt interrupts cut cuts "
    "shoot shoots shot dismiss dismisses dismissed rubbish rubbishes veto vetoes trash trashes "
    "mock mocks belittle belittles pooh undermine undermines torpedo torpedoes holes cold over "
    "argue argues sneer sneers scoff scoffs eyes"
)
_R20_DUTY_WORDS = _gate(
    "ownership responsibility blame criticism feedback accountability double proofread "
    "proofreads own owns admit admits apologise apologises apologize apologizes sorry thank "
    "thanks please listen listens tidy tidies clean cleans"
)

# Older findings this round takes back (each beside its own words).
_R20_PUT_BACK = _rare(
    r"\bback\s+where\s+(?:you|he|she|they|we|I)\s+(?:found|got|left|put|took|had|keep|"
    r"kept)\b",
    _F,
)
_R20_PRAYER_OK = re.compile(
    r"\b(?:are|is)\s+(?:fine|okay|ok|no\s+problem|welcome)\b|\bof\s+course\b|\blet\s+(?:me|the|"
    r"your|us)\b|\bno\s+problem\b|\bhappy\s+to\b|\bwe\s+can\b|\bfeel\s+free\b|"
    r"\b(?:don['’]t|do\s+not|won['’]t|no)\s+(?:need|have)\s+to\b|\bno\s+need\b|\bwe['’]ll\b",
    _F,
)
# "I'd suggest you always …", "you never have to apologise", "has never driven one, so he needs the
# course", "did your mum never teach you" (advice, reassurance, a fact of experience, a parent).
_R20_ABS_NOT = _compile(
    r"\b(?:suggest|recommend|advise|urge|ask|want|need|like|prefer|make\s+sure|ensure)\s+(?:that\s+)?"
    r"(?:you|he|she|they)\s+(?:always|never)\b|"
    r"\bnever\s+(?:have|has|had|need|needs)\s+to\b|"
    r"\b(?:mommy|mummy|mum|mom|mother|dad|daddy|father|parents|folks|teachers?|nan|gran)\s+"
    r"(?:never|always)\b|"
    r"\bsaid\s+(?:no\s*(?:one|body)|no-one|nobody)\s*,?\s*ever\b|"
    r"\b(?:never|not|n['’]t|nobody['’]s|no\s+one['’]s)\s+too\s+old\s+to\b",
    _F,
)
# "You're never too old to learn" is encouragement, not a remark on age.
_R20_NEVER_TOO_OLD = _rare(r"\b(?:never|not|n['’]t)\s+too\s+old\s+to\b", _F)
_R20_ABS_NOT_WORDS = _gate(
    "suggest recommend advise urge ask want need like prefer sure ensure have has had needs "
    "mommy mummy mum mom mother dad daddy father parents folks teacher teachers nan gran said old"
)
_R20_NEVER_DONE = _rare(
    r"\b(?:has|have|['’]s|['’]ve)\s+never\s+(?:been\s+trained\s+on|[a-z]+(?:ed|en|wn|ne|ung|ot|"
    r"ove|ode|ook|ew|own))\s+(?:a|an|one|the|on|in|with)\b[^.!?\n]{0,60},?\s+so\s+(?:he|she|you|they|"
    r"we|I)(?:['’]ll|\s+will|\s+would|['’]d)?\s+(?:needs?|should|must|has\s+to|have\s+to|get|"
    r"go|do|start|shadow|book)\b",
    _F,
)


def _r20_drop(text: str, spans: list[Span], rx: re.Pattern[str], after: int = 0) -> list[Span]:
    """The spans that touch no match of ``rx`` in their sentence."""
    kept = []
    for start, end in spans:
        sentence_start = _sentence_start(text, start)
        sentence_end = _sentence_end(text, end)
        hit = any(
            m.start() < end + after and m.end() > start
            for m in rx.finditer(text, sentence_start, max(sentence_end, end))
        )
        if not hit:
            kept.append((start, end))
    return kept


_R20_JUDGES_NEED = _R20_HEDGE_WORDS | _gate(
    "bone flake flakey flaky care cares bothers trying give gives wants pride interest all "
    "seen met known worked find finds found consider considers considered see sees like said"
)
_R20_DEMEANING_NEED = (
    _gate("for like as english marbles understand typical old with time when blonde blond expect")
    | _R20_ADDRESS_WORDS
    | _gate("something little young")
    | _R20_LOOKS_WORDS
    | _R20_LOT_WORDS
    | _R20_PLACE_WORDS
    | _R20_FAITH_WORDS
    | _R20_DISABLED_WORDS
    | _R20_SLOW_WORDS
    | _gate("seen met known worked")
)
_R20_ABSOLUTE_NEED = (
    _gate("chronically habitually persistently routinely notoriously same single never")
    | _R20_SHOOT_WORDS
)


def find_judges(text: str) -> Iterator[Span]:
    old = list(_find_judges_r19(text))
    yield from old
    words = _words(text)
    new: list[Span] = []
    if not words.isdisjoint(_R20_JUDGES_NEED):
        new.extend(_r19_new(old, _judges_r20(text, words, text.lower())))
    if not words.isdisjoint(_R20_B_JUDGE_WORDS):
        new.extend(_r19_new(old + new, _judges_r20b(text, words)))
    if not words.isdisjoint(_R22_JUDGES_NEED):
        new.extend(_r19_new(old + new, _judges_r22(text, words)))
    yield from new


def find_demeaning(text: str) -> Iterator[Span]:
    old = list(_find_demeaning_r19(text))
    if old and "too old" in text:
        old = _r20_drop(text, old, _R20_NEVER_TOO_OLD)
    if old and ("back" in text or "prayer" in text):
        old = _r20_drop(text, old, _R20_PUT_BACK, after=12)
        if "prayer" in text:
            old = [
                span
                for span in old
                if "prayer" not in text[span[0] : span[1]].lower()
                or not _R20_PRAYER_OK.search(_sentence_around(text, *span))
            ]
    yield from old
    words = _words(text)
    new: list[Span] = []
    if not words.isdisjoint(_R20_DEMEANING_NEED):
        low = text.lower()
        found = itertools.chain(
            _demeaning_r20(text, words, low), _r20_never_seen_demeans(text, words)
        )
        new.extend(_r19_new(old, found))
    if not words.isdisjoint(_R20_B_DEMEAN_WORDS):
        new.extend(_r19_new(old + new, _demeaning_r20b(text, words)))
    if not words.isdisjoint(_R22_DEMEANING_NEED):
        new.extend(_r19_new(old + new, _demeaning_r22(text, words)))
    if not words.isdisjoint(_R20_REWRITE_WORDS) or (
        ", " in text and not words.isdisjoint(_R20_HEDGE_WORDS)
    ):
        put_downs = [(s, e) for s, e, _, dem in _r20_rewrites(text) if dem]
        new.extend(_r19_new(old + new, iter(put_downs)))
    if "walking" in words:
        walking = [
            (m.start(), m.end())
            for m in _person_hits(_R20_WALKING, text)
            if _R20_WALKING_INSULT.search(m.group())
        ]
        new.extend(_r19_new(old + new, iter(walking)))
    yield from new


def find_absolute(text: str) -> Iterator[Span]:
    old = list(_find_absolute_r19(text))
    words = _words(text)
    if old and not words.isdisjoint(_R20_ABS_NOT_WORDS):
        old = _r20_drop(text, old, _R20_ABS_NOT)
    if old and "never" in words and "so" in words:
        old = _r20_drop(text, old, _R20_NEVER_DONE)
    yield from old
    new: list[Span] = []
    if not words.isdisjoint(_R20_ABSOLUTE_NEED):
        new.extend(_r19_new(old, _absolute_r20(text, words, text.lower())))
    if not words.isdisjoint(_R20_B_ABS_WORDS):
        new.extend(_r19_new(old + new, _absolute_r20b(text, words)))
    yield from new


# Round twenty, elements. A figure or a named occasion inside a sweeping generalisation ("you're
# always the one holding up the 6am briefing", "you never finish before the end of the sprint") is
# no event: behaviour is read again without such sentences (a sentence that also dates something,
# "late three times this week and always with an excuse", keeps it).
_R20_SWEEP = _compile(
    r"\b(?:(?:you|he|she|they)(?:['’]re|['’]s|\s+are|\s+is)?\s+(?:just\s+|simply\s+)?never"
    r"(?!\s+once)|always|constantly|forever|continually|perpetually|whenever|every\s+(?:single\s+)?"
    r"(?:time|day|morning|week|shift|sprint|month|night|evening|afternoon|meeting|release|"
    r"job|route|run)|each\s+time|all\s+the\s+time|time\s+after\s+time|half\s+the\s+time)\b",
    _F,
)
_R20_DATED = _compile(
    rf"\b(?:yesterday|today|this\s+(?:morning|afternoon|week|month|quarter|term)|tonight|"
    rf"(?<!every\s)last\s+(?:week|month|quarter|year|night|sprint|term|{_DAYS})|(?:on|since)\s+"
    rf"{_DAYS}|ago|in\s+{_MONTHS}\b|{_MONTHS}\s+\d{{1,2}}\b|\d{{1,2}}(?:st|nd|rd|th)\b|"
    rf"\d{{1,2}}\s+{_MONTHS}\b|"
    rf"(?:once|twice|\d+|two|three|four|five|six)\s+times|so\s+far)",
    _F,
)
# New kinds of evidence: a figure moved ("went from 6 to 19"), a named occasion of the trade
# ("the game jam", "last week's playtest", "Tuesday's fire drill").
_R20_BEHAVIOR = _rare(
    r"\bfrom\s+[$£€]?\d[\d,.]*\s*(?:%|k|m|am|pm)?\s+(?:to|up\s+to|down\s+to)\s+[$£€]?\d|"
    r"\b(?:the|this|last|that|our|your)\s+(?:[\w-]+\s+)?(?:(?:game|code|design|art)\s+jam|"
    r"play-?tests?|showcase|open\s+(?:day|evening)|away\s+day|fire\s+drill|toolbox\s+talk|"
    r"site\s+walk|walk-?round|parents['’]?\s+evening|prize-?giving|stock\s+check)\b",
    _F,
)


_R20_SWEEP_WORDS = _gate("never always constantly forever continually perpetually whenever every")


def _r20_sweep_possible(words: frozenset[str]) -> bool:
    return not words.isdisjoint(_R20_SWEEP_WORDS) or (
        "time" in words and not words.isdisjoint(_R20_W_EACH_ALL)
    )


def _r20_without_sweeps(text: str) -> str:
    spans = sentence_spans(text)
    if len(spans) < 2:
        return text
    sweeps = [m.start() for m in _R20_SWEEP.finditer(text)]
    if not sweeps:
        return text
    kept = []
    for start, end in spans:
        swept = any(start <= pos < end for pos in sweeps)
        if swept and not _R20_DATED.search(text, start, end):
            continue
        kept.append(text[start:end])
    return text if len(kept) == len(spans) else " ".join(kept)


_ASCII_DIGIT = re.compile("[0-9]")


def _has_digit(text: str) -> bool:
    """Whether a character of the text is a digit (``str.isdigit``); in ASCII text only 0-9 are."""
    if text.isascii():
        return _ASCII_DIGIT.search(text) is not None
    return any(ch.isdigit() for ch in text)


def has_behavior(text: str) -> bool:
    words = _words(text)
    if _has_behavior_r19(text):
        if not _r20_sweep_possible(words):
            return True
        reduced = _r20_without_sweeps(text)
        return reduced is text or _has_behavior_r19(reduced)
    figures = "from" in words and _has_digit(text)
    if figures or (
        not words.isdisjoint(_R20_BEHAVIOR_FIRSTS) and _r20_opens(words, _R20_BEHAVIOR_PAIRS)
    ):
        return _R20_BEHAVIOR.search(_r20_without_sweeps(text)) is not None
    return False


_R20_BEHAVIOR_PAIRS = (
    (_gate("jam"), _gate("game code design art")),
    (_gate("playtest playtests showcase walkround prizegiving"), None),
    (_gate("play"), _gate("test tests")),
    (_gate("open"), _gate("day evening")),
    (_gate("away"), _gate("day")),
    (_gate("drill"), _gate("fire")),
    (_gate("toolbox"), _gate("talk")),
    (_gate("walk"), _gate("site round")),
    (_gate("parents"), _gate("evening")),
    (_gate("prize"), _gate("giving")),
    (_gate("stock"), _gate("check")),
)
_R20_BEHAVIOR_FIRSTS = frozenset().union(*(first for first, _ in _R20_BEHAVIOR_PAIRS))


# Requests put as questions: any "could you / can we + a verb of doing" asks for an action, not
# for a view, also after a clause ("…, so could you put up a map?") or with a second person
# ("could you and Pete put …"); a verb of telling, thinking or suggesting, or looking at what
# went wrong, still asks for a view.
_REQUEST_R19 = REQUEST
_R20_REQUEST = (
    r"(?:^\W*|[,;:—–]\s*)(?:(?:so|and|also|then|please|in\s+the\s+meantime|going\s+forward|"
    r"for\s+now|meanwhile)\s*,?\s+)*(?:could|can|would|will)\s+(?:you|we)(?:\s+and\s+"
    r"(?-i:[A-Z])\w+)?\s+(?:please\s+|kindly\s+|just\s+|also\s+|now\s+|maybe\s+|perhaps\s+)?"
    r"(?!(?:think|tell|let|share|talk|walk|explain|help|see|imagine|suggest|say|describe|clarify|"
    r"give\s+me|come\s+up|propose|recommend|identify|reflect|consider|be|have|live|find|agree|"
    r"sit\s+down|meet|chat|grab|spare|get\s+together|take\s+a\s+(?:look|moment|minute)|"
    r"remember\s+(?:what|why|how)|picture|envisage|figure|work\s+out|pinpoint|discuss|unpick|"
    r"understand|dig\s+into|(?:look|looking)\s+(?:at|into)\s+(?:what|why|how|where|whether)|"
    r"go\s+(?:over|through)\s+(?:what|why|how|where))\b)[a-z]+(?:-[a-z]+)?\b"
)
REQUEST = _compile(rf"(?:{_REQUEST_R19.pattern})|(?:{_R20_REQUEST})", _F)


# A threat is no good result: "Next time, I'm sending you home" (the sentence is read without).
_R20_THREAT = _rare(
    r"\b(?:send(?:ing)?\s+you\s+home|you['’]re\s+(?:out|done|finished|fired|gone)\b|"
    r"(?:written|formal|final)\s+warning|disciplinary|(?:there\s+will\s+be|face\s+the)\s+"
    r"consequences|don['’]t\s+expect\s+(?:a|any)\s+(?:promotion|raise|rise|bonus)|"
    r"find\s+another\s+job|look\s+for\s+another\s+job)",
    _F,
)
_R20_THREAT_WORDS = _gate(
    "send sending out done finished fired gone warning disciplinary consequences expect find look"
)
# A good result named for others or the work: "so nobody has to stay past seven", "so it's fixed
# before the next run", "so the families there can still use it"; the person moved up ("let's get
# you on the design team", "let's use what you did as the example in training").
_R20_OUTCOME = _rare(
    r"\bso\s+(?:that\s+)?(?:(?:nobody|no\s+one|no-one)\s+(?:has|have|needs?|will\s+(?:have|need))"
    r"\s+to|it(?:['’]s|\s+is|\s+gets|\s+stays)\s+(?:fixed|sorted|done|ready|clear|right|safe|"
    r"back|up|live|signed)|(?:the|our|their)\s+(?:[\w-]+\s+){0,2}?(?:kids|children|families|"
    r"crew|crews|drivers|others|patrons|parents|players|team|customers|residents|students)\s+"
    r"(?:there\s+)?(?:can|could|will|get|gets|see|know|stay|have|don['’]t|won['’]t))\b|"
    r"\blet['’]s\s+(?:get|put|move|bring|have)\s+you\s+(?:on|onto|into|in|leading|running|"
    r"fronting)\b|\blet['’]s\s+use\s+(?:what\s+you\s+did|your\s+\w+|this|that|it)\s+as\s+"
    r"(?:an?|the)\s+(?:example|model|template|case\s+study|benchmark)\b",
    _F,
)
_R20_OUTCOME_WORDS = _gate("so let")
_R20_OUTCOME_KEYS = (
    "so nobody",
    "so no",
    "so that",
    "so it",
    "so the",
    "so our",
    "so their",
    "let",
)


def has_positive_outcome(text: str) -> bool:
    if _has_positive_outcome_r19(text):
        if _words(text).isdisjoint(_R20_THREAT_WORDS) or _R20_THREAT.search(text) is None:
            return True
        kept = [
            text[start:end]
            for start, end in sentence_spans(text)
            if _R20_THREAT.search(text[start:end]) is None
        ]
        return _has_positive_outcome_r19(" ".join(kept))
    if _words(text).isdisjoint(_R20_OUTCOME_WORDS):
        return False
    low = text.lower()
    if not any(key in low for key in _R20_OUTCOME_KEYS):
        return False
    for m in _R20_OUTCOME.finditer(text):
        if not text.startswith("?", _sentence_end(text, m.end())):
            return True
    return False


# A measure that moved once the person acted: "the club doubled in size after you took it over",
# "sign-ups tripled since your redesign".
_R20_CONSEQUENCE = _rare(
    r"\b(?:doubled|tripled|trebled|quadrupled|halved)(?:\s+in\s+(?:size|number|numbers|"
    r"attendance|value|volume))?\s+(?:(?:after|since|when|once)\s+(?:you|your|he|she|his|her)|"
    r"(?:thanks\s+to|because\s+of)\s+(?:you|your|his|her))\b",
    _F,
)
_R20_CONSEQUENCE_WORDS = _gate("doubled tripled trebled quadrupled halved")


def has_consequence(text: str) -> bool:
    if _has_consequence_r19(text):
        return True
    if _words(text).isdisjoint(_R20_CONSEQUENCE_WORDS):
        return False
    return any(
        not text.startswith("?", _sentence_end(text, m.end()))
        for m in _R20_CONSEQUENCE.finditer(text)
    )


# ---------------------------------------------------------------------------------------------
# Round twenty, second batch: written20's misses the rules alone still left (the models had
# learnt them from the very items), in frames of our own.
# ---------------------------------------------------------------------------------------------

# Praise qualified by a group or a background: "For an older chap, he's taken to the tablets
# well", "articulate for someone with her background" (not "for someone who started on Monday").
_R20_FOR_GROUP = _rare(
    rf"(?:^|[.!?;]\s+|\n)for\s+(?:(?:a|an)\s+(?:(?:older|old|young|little|elderly|foreign|"
    rf"disabled|deaf|blind|pregnant)\s+)?(?:{_R20_PERSON_NOUN}|dear|timer|biddy|codger|gent|"
    rf"gentleman|granny|grandad|grandma|grandpa|pensioner)|someone|somebody)\s*(?P<who>(?:who|with|"
    rf"from|of|off|his|her|their|your)\b)?(?P<rest>[^.!?\n,]{{0,60}}),\s*(?:you|he|she|they)\b|"
    rf"\b(?:surprisingly\s+|quite\s+|remarkably\s+)?(?:articulate|well-?spoken|clever|bright|"
    rf"polished|smart|good|capable|presentable)\s+for\s+(?:someone|somebody|a\s+{_R20_PERSON_NOUN})"
    rf"\s+(?:with|from|of)\s+(?:his|her|their|your|that)\s+(?:background|upbringing|roots|"
    rf"schooling|accent)\b|"
    rf"\bfrom\s+(?:someone|somebody|a\s+{_R20_PERSON_NOUN})\s+(?:with|from|of)\s+(?:his|her|their|"
    rf"your|that)\s+(?:background|upbringing|roots|schooling)\b",
    _F,
)
_R20_FOR_GROUP_OK = re.compile(
    r"^\s*(?:who|with|from|of|off|his|her|their|your)?\s*(?:only\s+|just\s+)?(?:started|joined|"
    r"arrived|began|new|first|been\s+here|had|has|have|hasn['’]t|haven['’]t|never\s+(?:done|used|"
    r"worked))\b",
    _F,
)
_R20_GROUP_WORD = re.compile(
    r"\b(?:older|old|young|little|elderly|foreign|disabled|deaf|blind|pregnant|lady|girl|woman|"
    r"limp|wheelchair|stammer|accent|estate|council|trailer|caravan|community\s+college|"
    r"comprehensive|background|school|village|country|countryside|abroad|single|mum|mother|"
    r"kids|ghetto|projects|immigrant|refugee|went\s+to|grew\s+up|dropped\s+out)\b",
    _F,
)
# "What do you expect from someone who grew up on a caravan site / a bloke off an estate / a
# woman her age?"
_R20_EXPECT_FROM = _rare(
    rf"\bwhat\s+(?:do|did|would|can|could|else\s+(?:do|would))\s+(?:you|we|they|I)\s+expect\s+"
    rf"(?:from|of)\s+(?:someone|somebody|an?\s+(?:(?:older|old|young)\s+)?{_R20_PERSON_NOUN})\s+"
    rf"(?P<rest>(?:who|off|from|with|his|her|their|your|of)\b[^.!?\n]{{0,60}})",
    _F,
)
# Excuses of family or faith waved away: "one school thing or another", "suddenly remember you've
# got kids", "what you get when you hire mums", "off having babies".
_R20_FAMILY_EXCUSE = _rare(
    r"\b(?:one|some|another)\s+(?:kid|kids|child|children|school|family|religious|church|"
    r"mosque|holy|baby|nursery|parenting|mum|mom|daddy)\s+(?:[a-z]+\s+)?(?:thing|things|holiday|"
    r"holidays|event|emergency|crisis|drama|day|issue|business)\s+or\s+(?:another|the\s+other)\b|"
    r"\bsuddenly\s+remember(?:s|ed)?\s+(?:you['’]ve|you\s+have|he['’]s|he\s+has|she['’]s|she\s+has)"
    r"\s+got\s+(?:a\s+kid|kids|a\s+child|children|a\s+family|a\s+baby|a\s+religion|a\s+faith)\b|"
    r"\bwhat\s+you\s+get\s+(?:when|if|for)\s+(?:you\s+)?(?:hire|hiring|employ|employing|take\s+on|"
    r"taking\s+on)\s+(?:mums|moms|mothers|women|girls|old\s+\w+|young\s+\w+|foreigners|"
    r"immigrants|students|grannies|pensioners|parents|dads)\b|"
    r"\b(?:be|be\s+going|go|going|went|gone|run)\s+off\s+(?:and\s+)?(?:having|have|to\s+have)\s+"
    r"(?:babies|kids|a\s+baby|children|a\s+family)\b",
    _F,
)
# The body as the subject: "less time at the buffet", "lay off the pies", "with that belly",
# "can barely fit behind the counter", "a man your size", "built like a wardrobe", "a face for
# radio", "with a face like that".
_R20_BODY = _rare(
    r"\b(?:less\s+time\s+(?:at|in)|lay\s+off|go\s+easy\s+on|easy\s+on|skip(?:ped|ping)?|"
    r"cut\s+(?:back\s+)?(?:down\s+)?on|stay\s+away\s+from)\s+the\s+(?:(?:second|third|extra)\s+)?"
    r"(?:buffet|pies|pie\s+shop|biscuits|cakes|doughnuts|donuts|breakfast|chippy|takeaways?|"
    r"burgers|kebabs|sweets|chocolate|snacks|seconds|pasties|sausage\s+rolls)\b|"
    r"\bwith\s+(?:that|your|his|her|a)\s+(?:belly|gut|beer\s+belly|backside|bum|arse|"
    r"double\s+chin|waistline)\b|"
    r"\b(?:you|he|she)\s+(?:can|could)\s+(?:barely|hardly|only\s+just)\s+(?:fit|squeeze|get)\s+"
    r"(?:behind|through|in|into|under|round|around|past|on)\b|"
    r"\ban?\s+(?:man|woman|guy|girl|lad|bloke|person|fella)\s+(?:of\s+)?(?:your|his|her)\s+"
    r"(?:size|weight|build|bulk)\b|"
    r"\b(?:you['’]re|you\s+are|he['’]s|he\s+is|she['’]s|she\s+is)\s+built\s+like\s+(?:a|an|the)\s+"
    r"(?:fridge|brick|tank|wardrobe|barn|house|bus|bull|truck|lorry|shed|outhouse)\b|"
    r"\ba\s+face\s+(?:for\s+radio|like\s+a\s+\w+)|\bwith\s+a\s+face\s+like\s+(?:that|his|hers|"
    r"yours)\b|\bresting\s+(?:face|bitch\s+face)\b",
    _F,
)
# Food and faith at work belittled: "your lunch stinks of garlic again", "do your prayer-mat thing
# somewhere nobody has to watch", "it's like running a mosque".
_R20_CULTURE = _rare(
    r"\b(?:your|his|her|their)\s+(?:lunch|food|dinner|cooking|curry|sandwiches)\s+(?:smells|"
    r"stinks|reeks|whiffs)\b|"
    r"\beat\s+(?:that|this|your|his|her)\s+(?:stuff|food|muck|curry|lunch)\s+(?:outside|elsewhere|"
    r"somewhere\s+else|in\s+the\s+car)\b|"
    r"\b(?:prayer[-\s]mat|praying|prayer|religious|church|fasting)\s+(?:routine|thing|stuff|"
    r"business|performance|ritual)\s+somewhere\s+(?:nobody|no\s+one|no-one|else)\b|"
    r"\blike\s+running\s+a\s+(?:mosque|church|temple|synagogue|creche|crèche|nursery|care\s+home|"
    r"retirement\s+home)\b|"
    r"\b(?:must|it['’]?s|it\s+is|that['’]s|probably|maybe\s+it['’]s)\s+(?:be\s+)?an?\s+(?:cultural|"
    r"culture|foreign|religious|generational|generation|ethnic|national|immigrant)\s+thing\b"
    r"(?=\s*(?:[.!?,;)]|$|with\s+(?:you|him|her|them)|for\s+(?:you|him|her|them)))",
    _F,
)
# A condition named as the cause: "Dylan's dyslexia is probably why …", "her wheelchair means she
# can't …", "your back only plays up on …", "he's a bit Rain Man", "a bit simple".
_R20_CONDITION = _rare(
    r"\b(?:(?-i:[A-Z][a-z]+)['’]s|his|her|your|their)\s+(?:wheelchair|adhd|autism|dyslexia|"
    r"disability|condition|stammer|stutter|deafness|hearing|anxiety|depression|diabetes|"
    r"epilepsy|ms|ocd|bad\s+back|bad\s+knee|leg|limp|eyesight|illness|meds|medication)\s+"
    r"(?:is\s+(?:probably\s+|obviously\s+|clearly\s+|likely\s+)?(?:why|the\s+reason)|means\s+"
    r"(?:he|she|you|they)\s+(?:can['’]t|cannot|won['’]t|isn['’]t|aren['’]t|shouldn['’]t|"
    r"couldn['’]t|wouldn['’]t|really\s+can['’]t)|makes\s+(?:him|her|you|them)\s+(?:useless|slow|"
    r"hopeless|a\s+liability|a\s+burden))\b|"
    r"\bfunny\s+how\s+(?:your|his|her|their)\s+(?:back|knee|knees|migraines?|headaches?|"
    r"stomach|health|asthma|allergies|anxiety)\s+only\b|"
    r"\b(?:you['’]re|he['’]s|she['’]s|you\s+are|he\s+is|she\s+is)\s+(?:a\s+bit|bit|so|very|"
    r"totally|proper|really|such\s+a)\s+(?:rain\s+man|autistic|aspie|spaz|retarded|mental|"
    r"psycho|schizo|simple)\b",
    _F,
)
# Age as the measure: "someone younger and fresher", "leave the apps to the young ones", "at
# your time of life", "his memory's going", "young women often struggle with …".
_R20_AGE_MORE = _rare(
    r"\b(?:get|find|hire|want|need|put|bring\s+in|send)\s+(?:someone|somebody|a\s+\w+)\s+"
    r"(?:a\s+bit\s+|a\s+lot\s+|much\s+)?younger\b|"
    r"\bleave\s+(?:the|it|that|this|all\s+that|all\s+the)\s*(?:[\w-]+\s+){0,3}?(?:stuff\s+|"
    r"things?\s+)?to\s+the\s+(?:young|younger)\s+(?:ones|lads|people|staff|generation|kids|"
    r"crowd|team|ones\s+)\b|"
    r"\bat\s+(?:your|his|her|their)\s+time\s+of\s+life\b|"
    r"\b(?:works|moves|drives|walks|talks)\s+like\s+(?:a|an)\s+(?:pensioner|old\s+(?:man|woman|"
    r"lady|granny)|granny|grandad|grandpa)\b|"
    r"\b(?:his|her|your|their|(?-i:[A-Z][a-z]+)['’]s)\s+(?:memory|mind|eyesight|hearing|marbles)"
    r"\s*(?:is|['’]s)\s+going\b|"
    r"\b(?:young|older|old|elderly)\s+(?:women|men|people|ladies|lads|girls|folk)\s+(?:often|"
    r"always|usually|generally|just|tend\s+to|all)\s+(?:struggle|can['’]t|don['’]t|aren['’]t|get|"
    r"find|lose|panic|forget)\b",
    _F,
)
# Class and connections: "grew up on a caravan site", "only got the job because his uncle …".
_R20_CLASS = _rare(
    r"\b(?:grew\s+up|lives?|living|raised|brought\s+up|comes?\s+from|came\s+from)\s+(?:in|on|off|"
    r"at)?\s*(?:a|an|the|that)\s+(?:council\s+(?:flat|estate|house)|trailer\s+park|caravan\s+"
    r"(?:park|site)|rough\s+estate|sink\s+estate|ghetto|slum|housing\s+estate|tower\s+block)\b|"
    r"\bonly\s+got\s+(?:the|this|that|his|her|your|their)\s+(?:[\w-]+\s+)?(?:job|role|post|promotion|position|"
    r"place|contract)\s+because\s+(?:of\s+)?(?:his|her|your|their)\s+(?:dad|father|mum|mother|"
    r"uncle|aunt|husband|wife|family|parents|looks|connections|brother|sister)\b",
    _F,
)
# Mock names and put-downs: "Little Miss Moody", "stop acting like a princess", "the attention
# span of a goldfish", "I'd trust the kettle before I'd trust him", "nowhere near as bright as
# he thinks", "what's he going to do, cry about it?", "nobody expects much from the temps".
_R20_PUTDOWN = _rare(
    r"(?-i:\b(?:Little\s+)?(?:Miss|Mr|Mrs|Lady|Lord|Princess|Queen|King)\s+(?:Hormones|Perfect|"
    r"Moody|Grumpy|Lazy|Know-?[Ii]t-?[Aa]ll|Drama|Attitude|Sunshine|Sensitive|Important|Bossy|"
    r"Clumsy|Forgetful|Negative|Chatterbox|Fussy|Motormouth|Sulky|Whiny|Tantrum|Meltdown)\b)|"
    r"\b(?:acting|behaving|carrying\s+on)\s+like\s+(?:a|an|some)\s+(?:little\s+)?(?:princess|"
    r"prima\s+donna|spoilt\s+brat|brat|baby|toddler|little\s+girl|little\s+boy|diva)\b|"
    r"\bthe\s+(?:work\s+ethic|attention\s+span|brains?|memory|personality|charisma|people\s+"
    r"skills|manners|iq|common\s+sense|urgency|energy)\s+of\s+(?:a|an)\s+(?:houseplant|pot\s+plant|"
    r"goldfish|sloth|brick|potato|rock|plank|lettuce|teaspoon|doorknob|snail|tortoise|slug|"
    r"cabbage|turnip|log|stone|gnat|mayfly|dead\s+fish|wet\s+lettuce|garden\s+gnome|corpse|"
    r"lamppost|traffic\s+cone)\b|"
    r"\btrust\s+(?:the|a|an|my)\s+(?:[\w-]+\s+){0,2}?(?:machine|kettle|toaster|dog|cat|hamster|"
    r"goldfish|printer|photocopier|parrot|toddler|intern|vending\s+machine)\b[^.!?\n]{0,50}?"
    r"(?:before|over|more\s+than|sooner\s+than)\s+(?:I['’]d\s+trust\s+)?(?P<subj>you|him|her|"
    r"(?-i:[A-Z][a-z]+))\b|"
    r"\bnowhere\s+near\s+as\s+(?:sharp|clever|bright|smart|good|talented|funny|important|quick)\s+"
    r"as\s+(?:he|she|you|they)\s+(?:thinks?|reckons?|believes?)\b|"
    r"\b(?:going\s+to|gonna)\s+(?:do\s*,?\s+)?(?:cry|sulk|run\s+(?:to|off\s+to)\s+(?:mummy|mommy|hr|the\s+union))"
    r"(?:\s+about\s+it)?\s*\?|"
    r"\b(?:nobody|no\s+one|no-one)\s+expects\s+(?:much|anything|a\s+lot)\s+(?:from|of)\s+(?:the\s+)?"
    r"(?:temps|interns|juniors|apprentices|new\s+lads|girls|women|old\s+\w+|young\s+\w+|"
    r"him|her|you|them|agency\s+staff)\b",
    _F,
)
# Wits denied, a label as well as a put-down: "nowhere near as sharp as she thinks", "a bit simple".
_R20_WITS_DENIED = _rare(
    r"\bnowhere\s+near\s+as\s+(?:sharp|clever|bright|smart|quick)\s+as\s+(?:he|she|you|they)\s+"
    r"(?:thinks?|reckons?|believes?)\b|"
    r"\b(?:you['’]re|he['’]s|she['’]s|you\s+are|he\s+is|she\s+is)\s+(?:a\s+bit|bit|so|very|"
    r"rather|really)\s+simple\b",
    _F,
)
# A role as the subject of an insult: "The new starter is useless", "the temp is hopeless".
_R20_ROLE_USELESS = _rare(
    r"\b(?:the|our|that|this|your)\s+(?:new\s+)?(?:hire|starter|recruit|temp|intern|apprentice|"
    r"trainee|lad|girl|guy|boy|junior)\s+(?:is|was|['’]s)\s+(?:absolutely\s+|completely\s+|"
    r"totally\s+|utterly\s+|just\s+|bloody\s+|so\s+)?(?:useless|hopeless|pathetic|clueless|"
    r"thick|a\s+waste\s+of\s+space|an?\s+idiot)\b",
    _F,
)
_R20_PERSON_NOUNS = _gate("man woman guy girl lad bloke person fella")
_R20_TITLE_MOCK = _gate(
    "hormones perfect moody grumpy lazy know drama attitude sunshine sensitive important bossy "
    "clumsy forgetful negative chatterbox fussy motormouth sulky whiny tantrum meltdown"
)
# Each second-batch frame with the pairs of word sets that open it: one word of the first set and
# (when there is one) one of the second must occur.
_R20_B_GATED = (
    (
        _R20_FAMILY_EXCUSE,
        (
            (_gate("another"), _gate("or")),
            (_gate("remember remembers remembered"), _gate("got")),
            (_gate("hire hiring employ employing"), _gate("get")),
            (_gate("having have babies baby"), _gate("off")),
        ),
    ),
    (
        _R20_BODY,
        (
            (
                _gate(
                    "buffet pies biscuits cakes doughnuts donuts breakfast chippy takeaway "
                    "takeaways burgers kebabs sweets chocolate snacks seconds pasties rolls belly "
                    "gut backside bum arse chin waistline built resting"
                ),
                None,
            ),
            (_gate("barely hardly"), _gate("fit squeeze get")),
            (_gate("face"), _gate("radio like")),
            (_gate("size weight build bulk"), _R20_PERSON_NOUNS),
        ),
    ),
    (
        _R20_CULTURE,
        (
            (
                _gate("lunch food dinner cooking curry sandwiches"),
                _gate("smells stinks reeks whiffs outside elsewhere somewhere car"),
            ),
            (_gate("running"), _gate("mosque church temple synagogue creche che nursery care")),
            (
                _gate("thing"),
                _gate("cultural culture foreign religious generational generation ethnic national"),
            ),
            (_gate("routine thing stuff business performance ritual"), _gate("somewhere")),
        ),
    ),
    (
        _R20_CONDITION,
        (
            (
                _gate(
                    "wheelchair adhd autism dyslexia disability condition stammer stutter "
                    "deafness hearing anxiety depression diabetes epilepsy ms ocd back knee leg "
                    "limp eyesight illness meds medication"
                ),
                _gate("why reason means makes"),
            ),
            (_gate("funny"), _gate("only")),
            (
                _gate("rain autistic aspie spaz retarded mental psycho schizo simple"),
                _gate("bit so very totally proper really such"),
            ),
        ),
    ),
    (
        _R20_AGE_MORE,
        (
            (_gate("younger"), None),
            (_gate("young"), _gate("leave")),
            (_gate("life"), _gate("time")),
            (_gate("memory mind eyesight hearing marbles"), _gate("going")),
            (
                _gate("pensioner granny grandad grandpa old"),
                _gate("works moves drives walks talks"),
            ),
            (
                _gate("young older old elderly"),
                _gate("women men people ladies lads girls folk"),
            ),
        ),
    ),
    (
        _R20_CLASS,
        (
            (
                _gate("council trailer caravan rough sink ghetto slum housing tower"),
                _gate("grew live lives living raised brought comes came come"),
            ),
            (_gate("only"), _gate("because")),
        ),
    ),
    (
        _R20_PUTDOWN,
        (
            (_gate("miss mr mrs lady lord princess queen king"), _R20_TITLE_MOCK),
            (_gate("acting behaving carrying"), _gate("like")),
            (
                _gate(
                    "ethic span brain brains memory personality charisma skills manners iq sense "
                    "urgency energy"
                ),
                _gate(
                    "houseplant pot goldfish sloth brick potato rock plank lettuce teaspoon "
                    "doorknob snail tortoise slug cabbage turnip log stone gnat mayfly fish gnome "
                    "corpse lamppost cone"
                ),
            ),
            (_gate("trust"), _gate("before over than")),
            (_gate("nowhere"), _gate("near")),
            (_gate("going gonna"), _gate("cry sulk run")),
            (_gate("expects"), _gate("nobody no")),
        ),
    ),
    (
        _R20_ROLE_USELESS,
        (
            (
                _gate("useless hopeless pathetic clueless thick waste idiot"),
                _gate(
                    "hire starter recruit temp intern apprentice trainee lad girl guy boy junior"
                ),
            ),
        ),
    ),
)


_R20_BACKGROUND_WORDS = _gate("background upbringing roots schooling accent")
_R20_FOR_OPENS = re.compile(r"(?:^|[.!?;]\s+|\n)for\s+(?:an?|someone|somebody)\b", re.IGNORECASE)


def _r20_opens(words: frozenset[str], pairs: tuple) -> bool:
    """One of a frame's pairs of word sets is in the text."""
    return any(
        not words.isdisjoint(first) and (second is None or not words.isdisjoint(second))
        for first, second in pairs
    )


_R20_TASTY = re.compile(
    r"\b(?:amazing|lovely|delicious|great|gorgeous|wonderful|fantastic|good|nice|tasty|divine|"
    r"incredible|mouth-?watering)\b",
    _F,
)
# The words without one of which no frame of the second batch can match.
_R20_B_FIRST_WORDS = frozenset().union(*(first for _, pairs in _R20_B_GATED for first, _ in pairs))
# Each frame's first words together (a text with none of them cannot open the frame).
_R20_B_GATED_FIRSTS = tuple(
    (rx, pairs, frozenset().union(*(first for first, _ in pairs))) for rx, pairs in _R20_B_GATED
)
_R20_B_DEMEAN_WORDS = _R20_B_FIRST_WORDS | _gate("for expect")


def _demeaning_r20b(text: str, words: frozenset[str]) -> Iterator[Span]:
    """Round twenty's second batch of belittling frames."""
    if "for" in words and (
        not words.isdisjoint(_R20_BACKGROUND_WORDS)
        or (("or a" in text or "or some" in text) and _R20_FOR_OPENS.search(text) is not None)
    ):
        for m in _R20_FOR_GROUP.finditer(text):
            rest = m.group("rest")
            if rest is None:
                yield m.start(), m.end()
                continue
            head = (m.group("who") or "") + " " + rest
            if not _R20_FOR_GROUP_OK.match(head) and _R20_GROUP_WORD.search(m.group()):
                yield m.start() + len(m.group()) - len(m.group().lstrip(".!?; \n")), m.end()
    if "expect" in words:
        for m in _R20_EXPECT_FROM.finditer(text):
            if not _R20_TENURE.search(m.group("rest")):
                yield m.start(), m.end()
    hit = words & _R20_B_FIRST_WORDS
    if not hit:
        return  # no frame of the loop below can open
    for rx, pairs, firsts in _R20_B_GATED_FIRSTS:
        if not hit.isdisjoint(firsts) and _r20_opens(words, pairs):
            for m in rx.finditer(text):
                if rx is _R20_CULTURE and _R20_TASTY.search(
                    _sentence_around(text, m.start(), m.end())
                ):
                    continue  # "your lunch smells amazing"
                yield m.start(), m.end()


# Labels the first batch left: a superlative of a fault ("the sloppiest driver I've had"), a
# trait simile ("as stubborn as a mule"), "making everything about yourself", "stop sulking",
# "gone soft", "a mouth on her", "a victim mentality", "a waste of space", "a walking hazard",
# "thinks the job is optional", "works like a pensioner".
_R20_WORST = _rare(
    rf"{_SUBJ}{_R19_BE}\s+{_R17_ADV}the\s+(?:laziest|sloppiest|rudest|slowest|weakest|worst|"
    rf"clumsiest|moodiest|grumpiest|scruffiest|messiest|least\s+(?:reliable|organised|organized|"
    rf"careful|professional|committed|motivated)|most\s+(?:useless|careless|unreliable|"
    rf"disorganised|disorganized|arrogant|negative|difficult|lazy|awkward|hopeless|incompetent))"
    rf"\s+(?:[\w-]+\s+){{1,2}}?(?:I['’]ve\s+(?:ever\s+)?(?:had|met|seen|worked\s+with|managed|"
    rf"known|hired)|(?:on|in)\s+(?:the|this|my|our)\s+(?:team|crew|floor|shift|site|unit|ward|"
    rf"office|department|branch|store))\b",
    _F,
)
_R20_TRAIT_SIMILE = _rare(
    rf"{_SUBJ}{_R19_BE}\s+{_R17_ADV}as\s+(?P<trait>[a-z-]+)\s+as\s+(?:a|an)\s+[a-z]+",
    _F,
)
_R20_LABEL_MORE = _rare(
    r"\bmake\s+(?:everything|every\s+\w+|it\s+all)\s+about\s+(?:yourself|himself|herself|"
    r"themselves|you|him|her)\b|"
    r"(?:^|[.!?;,]\s+|\n)(?:just\s+|please\s+|now\s+)?stop\s+(?:sulking|whining|whingeing|whinging|"
    r"pouting|moping|being\s+(?:so\s+|such\s+)?(?:an?\s+)?(?:dramatic|childish|precious|difficult|"
    r"negative|lazy|petty|baby|child|drama\s+queen|diva|princess|martyr))\b|"
    r"\b(?:you['’]ve|he['’]s|she['’]s|you\s+have|he\s+has|she\s+has)\s+gone\s+(?:soft|lazy|"
    r"slack|downhill|to\s+seed|off\s+the\s+boil)\b|"
    r"\b(?:you['’]ve|he['’]s|she['’]s|you\s+have|he\s+has|she\s+has)\s+got\s+(?:a\s+(?:real\s+|"
    r"right\s+|bit\s+of\s+a\s+)?mouth\s+on\s+(?:you|him|her)|(?:a\s+|such\s+a\s+|a\s+real\s+|a\s+bit\s+of\s+a\s+)?"
    r"(?:victim|entitled|entitlement|poor\s+me|martyr)\s+(?:mentality|complex|attitude))\b|"
    r"\b(?:that|this)\s+one['’]s\s+(?:a\s+(?:complete\s+|total\s+)?waste\s+of\s+(?:space|"
    r"oxygen|a\s+salary)|a\s+liability|useless|hopeless|trouble)\b|"
    r"\b(?:you|he|she|they)\s+seems?\s+to\s+think\s+(?:this|the|your|his|her|their)\s+(?:job|"
    r"work|shift|rota|deadlines?|rules?|role|uniform)\s+(?:is|are)\s+(?:optional|a\s+joke|"
    r"beneath\s+(?:you|him|her))\b|"
    r"\b(?:works|moves|drives|runs\s+around|talks)\s+like\s+(?:a|an)\s+(?:pensioner|snail|sloth|"
    r"zombie|tortoise|headless\s+chicken|old\s+(?:man|woman|lady))\b|"
    r"\beverything['’]?s?\s+(?:is\s+)?(?:a|an)\s+(?:crisis|drama|battle|fight|big\s+deal|"
    r"emergency|problem|issue|saga)\s+with\s+(?:you|him|her)\b",
    _F,
)
_R20_WALKING = _rare(
    rf"{_SUBJ}{_R19_BE}\s+{_R17_ADV}an?\s+walking\s+(?:[\w-]+\s+){{0,3}}?(?:hazard|complaint|accident|"
    rf"disaster|liability|lawsuit|tribunal|risk|catastrophe|nightmare|cliche|cliché|stereotype)\b",
    _F,
)
_R20_PUTDOWN_PAIRS = next(pairs for rx, pairs in _R20_B_GATED if rx is _R20_PUTDOWN)
_R20_PUTDOWN_GATE = frozenset().union(*(first for first, _ in _R20_PUTDOWN_PAIRS))
_R20_WORST_WORDS = _gate(
    "laziest sloppiest rudest slowest weakest worst clumsiest moodiest grumpiest scruffiest "
    "messiest"
)
_R20_WORST_ADJ = _gate(
    "useless careless unreliable disorganised disorganized arrogant negative difficult lazy "
    "awkward hopeless incompetent reliable organised organized careful professional committed "
    "motivated"
)
_R20_LABEL_MORE_WORDS = _gate(
    "sulking whining whingeing whinging pouting moping soft slack downhill seed boil mentality "
    "optional pensioner snail sloth zombie tortoise headless yourself himself herself themselves"
)
_R20_LABEL_MORE_WORDS = _R20_LABEL_MORE_WORDS | _gate(
    "mouth complex waste liability beneath victim entitled entitlement martyr"
)
_R20_LABEL_MORE_WORDS = _R20_LABEL_MORE_WORDS | _gate("crisis drama battle emergency saga joke")
_R20_STOP_WORDS = _gate(
    "being dramatic childish precious difficult negative lazy petty baby child diva princess martyr"
)
_R20_B_JUDGE_WORDS = (
    _R20_WORST_WORDS
    | _R20_LABEL_MORE_WORDS
    | _gate("as walking ethic span trust princess prima brat toddler")
    | _gate("diva baby nowhere simple typical blonde blond built into stop most least")
    | _R20_PUTDOWN_GATE
)


def _judges_r20b(text: str, words: frozenset[str]) -> Iterator[Span]:
    """Round twenty's second batch of labels."""
    if not words.isdisjoint(_R20_WORST_WORDS) or (
        not words.isdisjoint(_R20_W_MOST_LEAST) and not words.isdisjoint(_R20_WORST_ADJ)
    ):
        for m in _person_hits(_R20_WORST, text):
            yield m.start(), m.end()
    if (
        "as" in words
        and (" as a " in text or " as an " in text)
        and not words.isdisjoint(TRAIT_WORDS)
    ):
        for m in _person_hits(_R20_TRAIT_SIMILE, text):
            if m.group("trait").lower() in TRAIT_WORDS:
                yield m.start(), m.end()
    if not words.isdisjoint(_R20_LABEL_MORE_WORDS) or (
        "stop" in words and not words.isdisjoint(_R20_STOP_WORDS)
    ):
        for m in _R20_LABEL_MORE.finditer(text):
            start = m.start() + len(m.group()) - len(m.group().lstrip(".!?;, \n"))
            yield start, m.end()
    if "walking" in words:
        for m in _person_hits(_R20_WALKING, text):
            yield m.start(), m.end()
    if "nowhere" in words or "simple" in words:
        for m in _R20_WITS_DENIED.finditer(text):
            yield m.start(), m.end()
    if not words.isdisjoint(_R20_PUTDOWN_GATE) and _r20_opens(words, _R20_PUTDOWN_PAIRS):
        for m in _R20_PUTDOWN.finditer(text):
            low = m.group().lower()
            if not low.startswith(("nobody", "no one", "no-one", "going", "gonna", "nowhere")):
                yield m.start(), m.end()  # mock titles, "acting like a princess", "the IQ of a …"
    if "typical" in words:
        for m in _person_hits(_R20_TYPICAL, text):
            yield m.start(), m.end()
    if "blonde" in words or "blond" in words:
        for m in _R20_BLONDE.finditer(text):
            yield m.start(), m.end()
    if "built" in words:
        for m in _R20_BUILT_LIKE.finditer(text):
            yield m.start(), m.end()
    if "every" in words and "into" in words:
        for m in _R20_EVERY_INTO.finditer(text):
            sentence = _sentence_around(text, m.start(), m.end())
            if _R17_ANY_SUBJ.search(sentence) or _R20_NAME_IN.search(sentence):
                yield m.start(), m.end()


_R20_BUILT_LIKE = _rare(
    r"\b(?:you['’]re|you\s+are|he['’]s|he\s+is|she['’]s|she\s+is)\s+built\s+like\s+(?:a|an|the)\s+"
    r"(?:fridge|brick|tank|wardrobe|barn|house|bus|bull|truck|lorry|shed|outhouse)\b",
    _F,
)
_R20_EVERY_INTO = _rare(
    r"\b(?:turn|turns|turning|turned)\s+every\s+(?:little\s+|minor\s+|small\s+|tiny\s+|single\s+)?"
    r"[a-z]+\s+into\s+(?:a|an)\s+(?:crisis|drama|argument|row|fight|saga|battle|issue|"
    r"catastrophe|disaster|soap\s+opera)\b",
    _F,
)


# Sweeps the first batch left: "it's always somebody else's fault", "every shift it's the same",
# "you can never just …", "there's never a day when you're not …", "whenever I ask you, I get a
# shrug", "every X, you find a reason not to …", "you only ever …", "all you ever do is …",
# "turning every little thing into a crisis", "you consistently underestimate …".
_R20_SWEEP_MORE = _rare(
    r"\b(?:always|forever|invariably)\s+(?:somebody|someone|everybody|everyone)\s+else['’]s\s+"
    r"(?:fault|problem|doing)\b|"
    r"\b(?:every|each)\s+(?:single\s+)?(?:shift|morning|week|day|month|sprint|meeting|time|job|"
    r"run|night|evening|weekend|release|audit)\s*,?\s+it['’]s\s+the\s+same\b|"
    r"\b(?:there['’]s|there\s+is|there\s+was)\s+never\s+a\s+(?:day|shift|week|morning|meeting|"
    r"moment|minute)\s+(?:when|where|that|without)\b|"
    r"\b(?:turn|turns|turning|turned)\s+every\s+(?:little\s+|minor\s+|small\s+|tiny\s+|single\s+)?"
    r"[a-z]+\s+into\s+(?:a|an)\s+(?:crisis|drama|argument|row|fight|saga|battle|issue|"
    r"catastrophe|disaster|soap\s+opera)\b|"
    r"\ball\s+(?:you|he|she|they|(?-i:[A-Z][a-z]+))\s+ever\s+(?:do|does|did)\b",
    _F,
)
_R20_CAN_NEVER = _rare(
    rf"{_SUBJ}\s+(?:can|could)\s+never\s+(?:just\s+|simply\s+)?(?P<v>[a-z]+)",
    _F,
)
_R20_ONLY_EVER = _rare(rf"{_SUBJ}\s+only\s+ever\s+(?P<v>[a-z]+)", _F)
_R20_WHENEVER_I = _rare(
    rf"\b(?:whenever|every\s+(?:single\s+)?time|any\s*time|each\s+time)\s+I\s+(?:ask|tell|remind|"
    rf"need|want|give|email|call|ring|message|mention)\s+(?P<who>you|him|her|them|{_NAME})\b"
    rf"[^.!?\n]{{0,60}}?,\s*(?P<main>[^.!?\n]{{3,80}})",
    _F,
)
_R20_WHENEVER_BAD = re.compile(
    r"\b(?:shrug|shrugs|excuse|excuses|eye-?roll|roll\w*\s+(?:your|his|her)\s+eyes|sigh|sighs|"
    r"nothing|silence|attitude|complain\w*|moan\w*|argu\w*|sudden|emergency|blank\s+look|"
    r"tut\w*|sulk\w*|reason\s+not|disappear\w*|vanish\w*|grumbl\w*|mutter\w*)\b",
    _F,
)
_R20_FIND_REASON = _rare(
    rf"\b(?:every|each)\s+(?:single\s+)?[a-z-]+\s*,\s*(?P<subj>you|he|she|{_NAME})\s+(?:find|finds|"
    rf"come\s+up\s+with|comes\s+up\s+with|have|has)\s+(?:a|an|some|another)\s+(?:new\s+)?(?:reason|"
    rf"excuse|way)\s+(?:not\s+to|to\s+(?:get\s+out|skip|miss|avoid|dodge))\b",
    _F,
)
_R20_CONSISTENTLY = _rare(
    rf"{_SUBJ}\s+(?P<mark>consistently|repeatedly|continually|habitually|routinely|persistently)\s+"
    rf"(?P<v>underestimate|underestimates|overestimate|overestimates|miss|misses|forget|forgets|"
    rf"ignore|ignores|skip|skips|overrun|overruns|overspend|overspends|fail|fails|interrupt|"
    rf"interrupts|undermine|undermines|leave|leaves|turn\s+up\s+late|turns\s+up\s+late|arrive\s+late|"
    rf"arrives\s+late|dismiss|dismisses|avoid|avoids|dodge|dodges|blame|blames|cut|cuts|rush|"
    rf"rushes|break|breaks|lose|loses|misplace|misplaces|mislabel|mislabels|bend|bends)\b",
    _F,
)
_R20_B_ABS_WORDS = _gate(
    "always forever invariably every each there turn turns turning turned all never only "
    "whenever time anytime consistently repeatedly continually habitually routinely persistently"
)


_R20_PERSON_WORD = re.compile(
    r"\b(?:him|them|lad|lass|girl|guy|bloke|fella|one|lot|crew|woman|man)\b", _F
)
_R20_NAME_IN = re.compile(r"(?-i:\b[A-Z][a-z]+\b)(?<!\bEvery)(?<!\bIt)(?<!\bThere)(?<!\bAll)")
_R20_NEVER_OK = _gate("be have know tell say predict guess thank repay fault blame ask")


def _absolute_r20b(text: str, words: frozenset[str]) -> Iterator[Span]:
    """Round twenty's second batch of sweeps."""
    sweep = (
        ("else" in words and not words.isdisjoint(_R20_W_FAULT_PROBLEM))
        or ("same" in words and not words.isdisjoint(_R20_W_EVERY_EACH))
        or ("never" in words and "there" in words)
        or ("every" in words and "into" in words)
        or ("ever" in words and "all" in words)
    )
    for m in _R20_SWEEP_MORE.finditer(text) if sweep else ():
        sentence = _sentence_around(text, m.start(), m.end())
        person = (
            _R17_ANY_SUBJ.search(sentence)
            or _R20_NAME_IN.search(sentence)
            or _R20_PERSON_WORD.search(sentence)
        )
        if person and not PRAISE.search(sentence):
            yield m.start(), m.end()
    if "never" in words and ("can" in words or "could" in words):
        for m in _person_hits(_R20_CAN_NEVER, text):
            sentence = _sentence_around(text, m.start(), m.end())
            v = m.group("v").lower()
            if v in _R20_NEVER_OK or _NEGATIVE_BEHAVIOUR.match(v):
                continue
            if not PRAISE.search(sentence):
                yield m.start(), m.end("v")
    if "only" in words and "ever" in words:
        for m in _person_hits(_R20_ONLY_EVER, text):
            sentence = _sentence_around(text, m.start(), m.end())
            advice = m.group("v").lower() in ("need", "needs", "have", "has", "get", "gets")
            if not advice and not PRAISE.search(sentence):
                yield m.start(), m.end("v")
    whenever = (
        "whenever" in words
        or "anytime" in words
        or ("time" in words and not words.isdisjoint(_R20_W_EVERY_ANY))
    )
    if whenever and "i" in words and not words.isdisjoint(_R20_ASK_WORDS):
        for m in _R20_WHENEVER_I.finditer(text):
            who = m.group("who")
            subject = who.lower() in _R20_AS_SUBJ or _is_person_subject(who)
            if subject and _R20_WHENEVER_BAD.search(m.group("main")):
                yield m.start(), m.end("who")
    if ("reason" in words or "excuse" in words or "way" in words) and (
        "every" in words or "each" in words
    ):
        for m in _person_hits(_R20_FIND_REASON, text):
            yield m.start(), m.end()
    if not words.isdisjoint(_R20_CONSISTENT_WORDS):
        for m in _person_hits(_R20_CONSISTENTLY, text):
            yield m.start(), m.end("v")


_R20_ASK_WORDS = _gate("ask tell remind need want give email call ring message mention")
_R20_CONSISTENT_WORDS = _gate(
    "consistently repeatedly continually habitually routinely persistently"
)


# Word sets of the round-twenty gates above, built once (not on every call).
_R20_W_PRETTY_QUITE = _gate("pretty quite very effort")
_R20_W_OLD_LITTLE = _gate("old little young")
_R20_W_HIS_HER = _gate("his her their your")
_R20_W_CAN_CANNOT = _gate("can cannot don won aren never wouldn always all")
_R20_W_SIDE_PART = _gate("side part end")
_R20_W_TOWN_CITY = _gate("town city country tracks")
_R20_W_WALKING_GLASS = _gate("walking glass speech hearing")
_R20_W_FLAKE_FLAKEY = _gate("flake flakey flaky")
_R20_W_GIVE_GIVES = _gate("give gives")
_R20_W_SEEN_MET = _gate("seen met known worked")
_R20_W_ANYONE_ANYBODY = _gate("anyone anybody someone person guy girl man woman bloke")
_R20_W_CHRONICALLY_HABITUALLY = _gate("chronically habitually persistently routinely notoriously")
_R20_W_EACH_ALL = _gate("each all half")
_R20_W_MOST_LEAST = _gate("most least")
_R20_W_FAULT_PROBLEM = _gate("fault problem doing")
_R20_W_EVERY_EACH = _gate("every each")
_R20_W_EVERY_ANY = _gate("every any each")


# ---------------------------------------------------------------------------------------------
# Round twenty-two (judges_person): frames behind the misses of written21 and written22 (writers
# who never saw the coach), in our own wording: doubt that a person is cut out for the work,
# distrust of the person, a quality "not in" them, "someone as careless as you", a good quality
# denied ("isn't what I'd call reliable", "not exactly the brightest"), a role asked about in scorn
# ("what kind of nurse…?"), "could you be any slower?", faint praise ("that's about all I can say
# for him"), "some people are born for it; you're not one of them", a head that is elsewhere.
# ---------------------------------------------------------------------------------------------

_R22_WHO = rf"(?:you|he|she|they|{_NAME})"
_R22_GOOD = _alt(
    """reliable dependable motivated organised organized punctual friendly helpful bright sharp
    smart quick clever hard-working hardworking diligent professional committed conscientious
    proactive patient honest mature confident capable competent careful tactful trustworthy
    self-starter team_player go-getter people_person leader natural safe_pair_of_hands
    brightest sharpest smartest quickest cleverest keenest"""
)
_R22_DOUBT_FIT = _rare(
    rf"\b(?:not\s+(?:sure|convinced|certain)|doubt|don['’]t\s+(?:think|believe|reckon)|"
    rf"do\s+not\s+(?:think|believe)|can['’]t\s+see\s+(?:that\s+)?)\s+(?:that\s+|whether\s+|if\s+)?"
    rf"(?P<subj>{_R22_WHO})(?:['’](?:re|s)|\s+(?:is|are|has|have|will|would|was|were))?"
    rf"(?:\s+(?:really|ever|quite|actually|got|be|been|going\s+to\s+be)){{0,3}}\s+"
    rf"(?:cut\s+out\s+for|what\s+it\s+takes|(?:the\s+)?right\s+(?:material|fit|stuff))\b",
    _F,
)
_R22_DISTRUST = _rare(
    rf"\b(?:I|we)\s+(?:(?:wouldn['’]t|would\s+not|don['’]t|do\s+not|can['’]t|cannot|"
    rf"couldn['’]t|could\s+not)\s+(?:really\s+|honestly\s+|ever\s+|fully\s+)?trust\s+"
    rf"(?P<o1>you|him|her|them|{_NAME})\s+(?:with|to|near|around)\b|(?:wouldn['’]t|would\s+not)\s+"
    rf"(?:ever\s+)?put\s+(?P<o2>you|him|her|them|{_NAME})\s+in\s+charge\b)"
    rf"(?![^.!?;]*\b(?:until|unless|yet|before|till)\b)",
    _F,
)
_R22_NOT_IN = _rare(
    r"\b(?P<q>it|[a-z-]+(?:ism|ness|ity|ship|ence|ance)|drive|ambition|grit|loyalty|honesty|"
    r"initiative|hunger|spine|backbone|gumption)\s+(?:just\s+|simply\s+|really\s+)?"
    r"(?:isn['’]t|is\s+not|ain['’]t|['’]s\s+not)\s+in\s+(?:you|him|her|them)(?:\s+to\b)?(?=\s*[.,;!?]|$)",
    _F,
)
_R22_SOMEONE_AS = _rare(
    rf"\b(?:someone|somebody|anyone|anybody|a\s+person|people|a\s+guy|a\s+woman|a\s+man)\s+as\s+"
    rf"(?P<trait>[a-z-]+)\s+as\s+(?:you|him|her|them|{_NAME})\b",
    _F,
)
_R22_NOT_WHAT_ID_CALL = _rare(
    rf"\b(?P<subj>{_R22_WHO})(?:['’](?:s|re)\s+not|\s+(?:is|are)\s+not|\s+(?:isn|aren)['’]t)\s+"
    rf"(?:exactly\s+|really\s+)?what\s+(?:I|you|we|anyone|most\s+people)(?:['’]d|\s+would)\s+"
    rf"(?:call|describe\s+as)\s+(?:an?\s+)?{_R22_GOOD}\b|"
    rf"\b(?:nobody|no\s+one|no-one)\s+would\s+(?:ever\s+)?call\s+(?:you|him|her|them|{_NAME})\s+"
    rf"(?:an?\s+)?{_R22_GOOD}\b",
    _F,
)
_R22_NOT_EXACTLY = _rare(
    rf"\bnot\s+(?:exactly|quite|really)\s+(?:the|our)\s+(?:most\s+)?{_R22_GOOD}\s+"
    rf"(?:[a-z-]+\s+)?(?:we['’]ve|I['’]ve|this\s+team\s+has|we\s+have|I\s+have|on\s+the)\b",
    _F,
)
_R22_WHAT_KIND = _rare(
    rf"(?:^|(?<=[.!?]\s)|(?<=[.!?]))\s*(?:so\s+|honestly,?\s+|seriously,?\s+)?what\s+(?:kind|sort|"
    rf"type)\s+of\s+(?:an?\s+)?(?:{_ROLE_NOUN}|agent|nurse|driver|teacher|cashier|clerk|"
    rf"professional|analyst|developer|technician|receptionist|pharmacist|carer|chef|cook|waiter|"
    rf"waitress|porter|accountant|lawyer|assistant|advis[eo]r|rep|salesperson|apprentice|trainee|"
    rf"supervisor|electrician|carpenter|mechanic|officer|doctor|tradie|builder)\s+"
    rf"(?:[a-z]+s|does|doesn['’]t|would|wouldn['’]t|can['’]t|forgets|lets)\b[^?.!]*\?",
    _F,
)
_R22_ANY_MORE = _rare(
    rf"\b(?:could|can)\s+(?P<subj>{_R22_WHO})\s+(?:possibly\s+)?(?:be|get|have\s+been)\s+any\s+"
    rf"(?:more\s+|less\s+)?(?P<how>[a-z-]+)\b[^?.!]*\?",
    _F,
)
_R22_FAINT = _rare(
    rf"\bthat['’]s\s+(?:just\s+)?(?:about\s+)?(?:all|the\s+best|the\s+most|the\s+only\s+(?:good\s+)?"
    rf"thing)\s+(?:I\s+can|I\s+could|I['’]d|you\s+can|anyone\s+can|we\s+can)\s+say\s+(?:for|about)\s+"
    rf"(?:him|her|them|you|{_NAME})\b",
    _F,
)
_R22_NOT_ONE_OF_THEM = _rare(
    rf"\bsome\s+(?:people|of\s+us|folks)\s+(?:are|were)\s+(?:just\s+)?(?:born|made|built|cut\s+out|"
    rf"meant)\s+(?:for|to)\b[^.!?]{{0,60}}?[;,:—–-]\s*(?:and\s+|but\s+)?(?P<subj>{_R22_WHO})"
    rf"(?:['’](?:re|s)|\s+(?:is|are))\s+(?:just\s+|clearly\s+|definitely\s+|simply\s+)?not\s+one\s+"
    rf"of\s+them\b",
    _F,
)
_R22_HEAD = _rare(
    rf"\b(?:his|her|your|their|{_NAME}['’]s)\s+head(?:['’]s|\s+is|\s+was|\s+has\s+been)?\s+"
    rf"(?:clearly\s+|just\s+|obviously\s+|always\s+)?(?:(?:not|never|n['’]t)\s+(?:really\s+)?(?:in|on)"
    rf"\s+(?:the\s+game|the\s+job|it|the\s+work|work)|(?:still\s+)?in\s+the\s+clouds|"
    rf"still\s+at\s+home|still\s+on\s+holiday)\b|"
    rf"\b(?:his|her|your|their|{_NAME}['’]s)\s+head\s+(?:isn['’]t|wasn['’]t|hasn['’]t\s+been)\s+"
    rf"(?:really\s+)?(?:in|on)\s+(?:the\s+game|the\s+job|it|the\s+work|work)\b",
    _F,
)
_R22_OBJECTS = _gate("you him her them")
# Second gates, so each frame runs only when a word it cannot match without is there too.
_R22_W_FIT = _gate("cut takes right")
_R22_W_DOUBT = _gate("sure convinced certain doubt think believe reckon see")
_R22_W_ISNT = _gate("isn ain not")
_R22_W_SOMEONE = _gate("someone somebody anyone anybody person people guy woman man")
_R22_W_WHAT_NOBODY = _gate("what nobody no")
_R22_W_EXACTLY = _gate("exactly quite really")
_R22_W_KIND = _gate("kind sort type")
_R22_W_ALL_BEST = _gate("all best most only")
_R22_WORSE = _gate(
    "slower lazier worse ruder sloppier dumber thicker messier later clumsier dimmer duller "
    "useless clueless hopeless incompetent careless annoying unreliable unprofessional"
)
# Any word one of the frames below is gated on (the union of their first gates).
_R22_JUDGES_NEED = (
    _R22_W_FIT
    | _R22_W_ISNT
    | _R22_W_SOMEONE
    | _R22_W_EXACTLY
    | _R22_W_KIND
    | _gate("trust charge call describe any say some head")
)


def _judges_r22(text: str, words: frozenset[str]) -> Iterator[Span]:
    """Round twenty-two's labels (see the section's comment)."""
    if not words.isdisjoint(_R22_W_FIT) and not words.isdisjoint(_R22_W_DOUBT):
        for m in _person_hits(_R22_DOUBT_FIT, text):
            yield m.start(), m.end()
    if "trust" in words or "charge" in words:
        for m in _R22_DISTRUST.finditer(text):
            obj = m.group("o1") or m.group("o2")
            if obj.lower() in _R22_OBJECTS or _is_person_subject(obj):
                yield m.start(), m.end()
    if " in " in text and not words.isdisjoint(_R22_W_ISNT):
        for m in _R22_NOT_IN.finditer(text):
            yield m.start(), m.end()
    if " as " in text and not words.isdisjoint(_R22_W_SOMEONE):
        for m in _R22_SOMEONE_AS.finditer(text):
            if m.group("trait").lower() in TRAIT_WORDS:
                yield m.start(), m.end()
    if ("call" in words or "describe" in words) and not words.isdisjoint(_R22_W_WHAT_NOBODY):
        for m in _R22_NOT_WHAT_ID_CALL.finditer(text):
            subj = m.group("subj")
            if subj is None or _is_person_subject(subj):
                yield m.start(), m.end()
    if "not" in words and not words.isdisjoint(_R22_W_EXACTLY):
        for m in _R22_NOT_EXACTLY.finditer(text):
            yield m.start(), m.end()
    if "what" in words and not words.isdisjoint(_R22_W_KIND):
        for m in _R22_WHAT_KIND.finditer(text):
            start = m.start() + len(m.group()) - len(m.group().lstrip())
            yield start, m.end()
    if "any" in words and ("could" in words or "can" in words):
        for m in _person_hits(_R22_ANY_MORE, text):
            if m.group("how").lower() in _R22_WORSE or m.group("how").lower() in TRAIT_WORDS:
                yield m.start(), m.end()
    if "say" in words and not words.isdisjoint(_R22_W_ALL_BEST):
        for m in _R22_FAINT.finditer(text):
            yield m.start(), m.end()
    if "some" in words and "one" in words and "them" in words:
        for m in _person_hits(_R22_NOT_ONE_OF_THEM, text):
            yield m.start(), m.end()
    if "head" in words:
        for m in _R22_HEAD.finditer(text):
            yield m.start(), m.end()


# Round twenty-two (demeaning): a condition, a body, an age or an accent named as the reason a
# person is unfit ("with your stammer, I'm not sure the phones are for you"), an illness waved away
# ("your anxiety isn't an excuse", "that ADHD thing"), English held against someone ("his English
# isn't up to it", "can someone translate what Raj said?"), a faith or group asked about as the
# cause ("is it a Catholic thing?").
_R22_CONDITION = _alt(
    """stammer stutter hearing eyesight sight back knees knee hips hip legs weight size height age
    accent disability condition wheelchair crutches depression anxiety adhd autism dyslexia ocd
    bipolar diabetes epilepsy arthritis menopause tattoos piercings hijab turban
    mental_health health_issues"""
)
_R22_MEDICAL = _alt(
    """depression anxiety adhd autism dyslexia ocd bipolar stammer stutter diabetes epilepsy
    menopause illness mental_health migraines panic_attacks"""
)
_R22_UNFIT_BY = _rare(
    rf"\b(?:with|given)\s+(?:your|his|her|their|that|those|the)\s+(?:[a-z-]+\s+)?"
    rf"{_R22_CONDITION}\b[^.!?,;]{{0,20}},\s*(?:[^.!?]{{0,30}}?\b)?(?:I['’]m\s+not\s+(?:sure|"
    rf"convinced)|I\s+don['’]t\s+think|I\s+doubt|maybe|perhaps|probably\s+best|let['’]s\s+not|"
    rf"(?:he|she|you|they)\s+(?:won['’]t|can['’]t)\s+(?:manage|cope|handle|keep\s+up))\b"
    rf"[^.!?]{{0,80}}",
    _F,
)
_R22_WAVED_AWAY = _rare(
    rf"\b(?:your|his|her|their|that|the)\s+{_R22_MEDICAL}(?:\s+(?:thing|stuff|business))?\s+"
    rf"(?:isn['’]t|is\s+not|['’]s\s+not)\s+(?:an\s+excuse|my\s+problem|our\s+problem)\b|"
    rf"\b(?:the|that|this|his|her|your)\s+{_R22_MEDICAL}\s+(?:thing|stuff|business)\b|"
    rf"\b{_R22_MEDICAL}\s+(?:is|['’]s)\s+(?:clearly\s+|obviously\s+)?getting\s+in\s+the\s+way\b",
    _F,
)
_R22_ENGLISH = _rare(
    rf"\b(?:your|his|her|their|{_NAME}['’]s)\s+english\s+(?:isn['’]t|is\s+not|['’]s\s+not|is\s+too|"
    rf"is\s+so|is\s+hardly)\s+(?:really\s+|quite\s+)?(?:up\s+to|good\s+enough|strong\s+enough|"
    rf"poor|bad|weak|broken)\b|"
    rf"\bcan\s+(?:someone|somebody|anyone|anybody)\s+translate\s+(?:what\s+)?(?:you|he|she|they|"
    rf"{_NAME})\b",
    _F,
)
_R22_GROUP_THING = _rare(
    r"\bis\s+(?:it|that|this)\s+(?:a|some\s+kind\s+of|some\s+sort\s+of|some)\s+(?:muslim|hindu|"
    r"sikh|jewish|christian|catholic|buddhist|"
    r"woman|women|girl|girls|man|men|bloke|lad|religious|foreign|"
    r"generational|millennial|gen\s*z|boomer)\s+thing\b",
    _F,
)
_R22_DEMEANING_NEED = _gate("with given excuse problem thing stuff business way english translate")


def _demeaning_r22(text: str, words: frozenset[str]) -> Iterator[Span]:
    """Round twenty-two's put-downs (see the section's comment)."""
    if ("with" in words or "given" in words) and not words.isdisjoint(_R22_CONDITION_WORDS):
        for m in _R22_UNFIT_BY.finditer(text):
            yield m.start(), m.end()
    if not words.isdisjoint(_R22_WAVED_GATE) and not words.isdisjoint(_R22_MEDICAL_WORDS):
        for m in _R22_WAVED_AWAY.finditer(text):
            yield m.start(), m.end()
    if "english" in words or "translate" in words:
        for m in _R22_ENGLISH.finditer(text):
            yield m.start(), m.end()
    if "thing" in words and not words.isdisjoint(_R22_W_GROUP):
        for m in _R22_GROUP_THING.finditer(text):
            yield m.start(), m.end()


_R22_WAVED_GATE = _gate("excuse problem thing stuff business way")
_R22_CONDITION_WORDS = frozenset(_WORD.findall(_R22_CONDITION)) - {"s"}  # the "s" of "\\s+"
_R22_MEDICAL_WORDS = frozenset(_WORD.findall(_R22_MEDICAL)) - {"s"}
_R22_W_GROUP = _gate(
    "muslim hindu sikh jewish christian catholic buddhist woman women girl girls man men bloke lad "
    "religious foreign generational millennial gen genz boomer"
)
