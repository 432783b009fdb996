"""Word lists that steer the coder through the dependency parse.

These are closed-class grammar, not event knowledge (that lives in the pattern files):
which verbs pass their subject or object down to a complement, which verbs report
speech, which make the clause below them hypothetical.
"""

from __future__ import annotations

# "X asked Y to join": the complement's subject is the object of these verbs.
OBJECT_CONTROL = frozenset(
    "ask urge tell order force allow help persuade encourage invite push pressure "
    "press call compel enable permit authorize authorise instruct warn advise implore beg "
    "exhort".split()
)

# "X accused Y of providing airstrikes": the gerund's subject is the object.
OBJECT_GERUND = frozenset(
    "accuse blame condemn criticize criticise praise thank charge fault punish "
    # courts and police: "sentenced the blogger for insulting the king", "arrested X for
    # inciting violence", "sued the paper for defaming him": the one sentenced did it
    "sentence convict jail imprison arrest detain fine prosecute indict sue".split()
)

# Verbs whose subject performs a nominal event: "carry out airstrikes", "hold talks".
LIGHT_VERBS = frozenset(
    "carry launch conduct stage mount hold pay make begin start continue resume step "
    "intensify escalate provide order undertake be have take give lead wage open "
    "announce unleash perform execute initiate voice express reiterate reaffirm pledge "
    "promise offer extend declare show lend complete finish file lodge issue remain "
    "become impose join".split()
)

# Words that tell two parties did one thing together ("jointly ran", "a joint search"): they
# cooperate materially with each other (CAMEO 06), coder.done_jointly.
JOINT_WORDS = frozenset(("jointly", "joint"))
# Joint things that are words said or sittings held together, or a body, not a deed done
# together: "a joint statement", "a joint news conference", "the joint chiefs".
JOINT_SAYING_NOUNS = frozenset(
    "statement declaration communique communiqué conference press session meeting sitting "
    "appeal call bid letter chief account custody ticket candidate winner author owner "
    "signatory sponsor".split())
# Deeds done together by armed forces (CAMEO 062 Cooperate militarily): "a joint patrol".
MILITARY_JOINT_NOUNS = frozenset(
    "patrol exercise drill manoeuvre maneuver operation offensive raid strike "
    "mission deployment".split())
# Deeds done together in business (CAMEO 061 Cooperate economically): "a joint venture".
ECONOMIC_JOINT_NOUNS = frozenset("venture investment fund project enterprise".split())

# Violent acts (CAMEO 18 assault, 19 fight, 20 mass violence; 145 violent protest, 175
# repression by force) and the verbs by which a participle tells their result (", killing nine
# people", ", wounding seven"): one act, coder.results_of_violence.
VIOLENT_ROOTS = frozenset(("18", "19", "20"))
VIOLENT_CODES = frozenset(("145", "175"))
RESULT_VERBS = frozenset("kill wound injure maim damage destroy leave".split())

# Speech and report verbs: their clausal complement is coded, the speaker is attribution.
SPEECH_VERBS = frozenset(
    "say tell report announce add state confirm declare write note explain insist "
    "reiterate stress quote".split()
)
# Verbs of asserting what is disputed: "X claimed Y lied", "X argued the plan is unlawful"
# report blame, judgement and wrongdoing as verbs of saying do (not demands).
ASSERTING_VERBS = frozenset("claim argue contend assert maintain".split())

# Verbs by which evidence lays blame with no verb of accusing ("the ambush bore the hallmarks
# of X", "the clues point to Y", "the blast was attributed to Z"): the one who says or
# believes so accuses X (CAMEO 112), and the act that bears them was not done to X.
EVIDENCE_BLAME_VERBS = frozenset("bear carry have point attribute ascribe".split())

# Belief verbs: the clause below is reported as belief, not as fact.
BELIEF_VERBS = frozenset(
    "believe think suspect allege suggest fear assume guess suppose doubt claim "
    "speculate imagine feel".split()
)

# Records made public: released, they are published, not returned (CAMEO 084 is people or
# property handed back).
RECORD_NOUNS = frozenset(
    "statement document report video footage figure data record image photo photograph picture "
    "letter list name detail information result transcript audio tape recording paper file text "
    "communique memo note study survey finding statistic poll book album song film "
    "dossier evidence plan proposal guideline rule regulation schedule".split())
# Verbs that also mean to make a record public ("released a video").
PUBLISHING_VERBS = frozenset("release".split())

# Thanks and praise: what one is thanked or praised for is their reason, not an event of its
# own ("thanked Japan for its loan").
THANKING_WORDS = frozenset(
    "thank grateful gratitude thanks praise commend congratulate applaud laud hail appreciation "
    "appreciative".split())

# What naming something can do: praise it ("called him a hero", 05) or denounce it ("called
# them traitors", 11); a verb of naming with a predicate codes nothing else.
NAMING_ROOTS = frozenset(("05", "11"))

# An act named only as a possibility: "the possibility of suspending talks", "the prospect of
# sanctions", "it is possible to halt the talks", "an opportunity for an inquiry", "her fear of
# being extradited", "the risk of a strike" (hypothetical, no act).
# An act named only as what is threatened is as unreal: "the threat of sanctions against X",
# "the spectre of a new offensive" (the threat may be coded; the sanctions are not imposed).
POSSIBILITY_NOUNS = frozenset(
    "possibility prospect option likelihood chance idea expectation hope speculation "
    "opportunity fear risk danger threat spectre specter".split())
# Verbs whose 'for' phrase names an act hoped or waited for, not done ("hopes for a deal",
# "is waiting for a ceasefire"); 'hop': the model's lemma of "hoped", "hopes", "hoping".
HOPING_VERBS = frozenset("hope hop wish wait pray long".split())
POSSIBLE_WORDS = frozenset("possible conceivable".split())
# Nouns of a danger, which what a thing or party is said to be names no threat made: "the
# clashes are a threat to the regime", "sees X as a menace" (not 'warning': "his words were a
# warning to X" tell of one given).
DANGER_NOUNS = frozenset("threat danger menace".split())
# Nouns for something that happened, which may be what 'be' says an act was: "the incident was
# an attack on the convoy" (an act), unlike "the law is an attack on the press" (a judgement).
EVENT_NOUNS = frozenset("incident event episode occurrence".split())
# "Would like to see X agree", "wants to see Y sign", "hopes to see Z withdraw": what one wishes
# to see done is not done ('hop': the model's lemma of "hoped").
SEEING_VERBS = frozenset(("see",))
WISHING_VERBS = frozenset("want wish like love hope hop prefer".split())
# Words of wariness whose 'of' phrase names an act shied from: "is wary of offering
# concessions", "afraid of provoking X" (hypothetical, not done).
WARY_WORDS = frozenset("wary afraid fearful scared leery chary".split())
# Nouns of choice: "had no choice but to surrender", "no option but to withdraw": what one has
# no choice but to do is pressed on one, not done yet (hypothetical).
CHOICE_NOUNS = frozenset("choice option alternative".split())
# Nouns of a path made for an act whose 'for' or 'to' phrase names it as made possible, not
# done: "paved the way for a takeover of X", "opened the door to talks", "set the stage for new
# fighting", "laid the groundwork for a deal" (when the noun is the verb's object).
PATH_NOUNS = frozenset("way path door stage groundwork ground road".split())
# What a party is able to do is no act done: "is able to strike", "is capable of striking"
# (hypothetical, as "can strike" is).
ABILITY_WORDS = frozenset("able capable".split())

# Denials: the clause below is said not to have happened (modality "denied").
DENYING_VERBS = frozenset("deny".split())
DENIAL_NOUNS = frozenset("denial".split())

# Verbs that make the complement below them future or merely intended.
FUTURE_VERBS = frozenset(
    "plan intend want seek hope threaten vow promise pledge aim prepare expect "
    "agree offer mean go wish propose consider willing ready prepared committed determined "
    "eager poised set commit due scheduled slated "
    # a decision to act, not yet acted on ("decided to send troops", "resolved to restore
    # ties"): CAMEO codes it as the intent (03), as a pledge is
    "decide resolve "
    # spaCy's model lemmatizes every form of the verb 'hope' as 'hop' (curated.jsonl copies
    # its patterns so): "hoped to sign a deal" is no deal signed
    "hop".split()
)
# Words by which an actor commits itself to a future act: CAMEO codes that as intent (03).
INTENT_WORDS = frozenset(
    "agree pledge promise vow offer plan intend willing ready prepared committed "
    "determined commit propose decide resolve will shall 'll wo would".split()
)
# Verbs of deciding: a decision to cooperate, not yet acted on ("decided to send aid to X",
# "resolved to restore ties with Y"), is the intent (CAMEO 03, as in 0333). A decision to yield
# ("decided to lift the ban", "decided to withdraw its forces") is the concession itself, made
# by the one with the power to decide it (08); a decision to do a hostile act is told as that
# act, no threat (the coder reads both so).
DECIDING_VERBS = frozenset("decide resolve".split())
# The roots a decision to act codes as an intent: intents, meetings, praise, cooperation, aid.
INTENDED_ROOTS = frozenset(("03", "04", "05", "06", "07"))
# Verbs of foretelling: "analysts expect that X will lift the sanctions", "Y forecasts that X
# will travel" tell another's prediction of X's act, not X's intent (with BELIEF_VERBS;
# stance.foretold).
PREDICTING_VERBS = frozenset(
    "expect predict forecast anticipate hope reckon estimate hop".split())  # 'hop': 'hoped
# Words of fearing: "residents are afraid that the army will attack the village", "officials
# are worried that X will close the border" tell the fearer's fear of X's act, not X's threat
# (with BELIEF_VERBS, whose "fear" they parallel; stance.foretold).
FEARING_WORDS = frozenset("afraid worried concerned fearful anxious".split())
# Words of likelihood: "X is unlikely to agree", "X will probably not attend" foretell, and no
# party commits itself or refuses by them (stance.foretold).
LIKELIHOOD_WORDS = frozenset("likely unlikely probably possibly perhaps maybe".split())
# Verbs of feeling and noticing: "voters will not appreciate the delay", "fans will enjoy the
# tour" foretell a feeling, which no one intends, refuses or threatens (stance.foretold).
FEELING_VERBS = frozenset("appreciate enjoy like love hate mind notice realise realize "
                          "remember forget".split())
# Of those, the cooperative ones: what they announce is an intent, never a threat.
OFFERING_WORDS = frozenset("agree pledge promise offer propose willing ready prepared".split())
# Of those, the ones that commit without offering: "vowed to", "determined to", "plans to".
COMMITTING_WORDS = frozenset(
    "pledge vow plan intend committed determined commit decide resolve".split())
# Request verbs that demand (CAMEO 10) rather than appeal (02).
DEMAND_VERBS = frozenset("demand insist order".split())
# Condemning an act (CAMEO 111) targets who did it, not whom it was done to.
CONDEMNING_VERBS = frozenset(
    "condemn denounce deplore decry criticize criticise slam blast censure".split())
# "ordered the paper to suspend publication": an order to submit to a restriction, ban or
# curfew (CAMEO 17) is that coercion, by the one ordering, not a demand (10).
COMPELLING_VERBS = frozenset("order force compel".split())
# Verbs of using a means: what was used is the object, and an infinitive after the object says
# what for ("used a ram to force the door"); the pattern's words are the object's, not the
# purpose's (that codes itself).
INSTRUMENT_VERBS = frozenset("use employ utilise utilize".split())
IMPOSED_ROOTS = frozenset(("17",))
# "X said Y must ...": the speaker demands it of Y.
OBLIGATION_AUX = frozenset(("must", "should", "ought"))
# "X said Y was responsible", "was complicit", "was guilty": the speaker holds Y to blame
# (CAMEO 112).
BLAME_WORDS = frozenset(("responsible", "culpable", "complicit", "guilty"))
# Acts one is said to be behind, besides violence ("X was behind the killing"): blame (112).
BLAMED_ACTS = frozenset(
    "killing killings murder murders massacre kidnapping kidnappings abduction hack hacking "
    "cyberattack plot coup assassination shooting stabbing".split())
# Verbs that judge as the copula does: "(said) the shelling constitutes a war crime".
JUDGING_COPULAS = frozenset("be constitute".split())
# Verbs by which one tells of, looks into or judges another's act: the subject of "described
# the killing of X", "witnessed the shelling", "is investigating the bombing" did not do it.
OBSERVING_VERBS = frozenset(
    "describe witness watch see recall remember mention document investigate probe "
    "mourn discuss characterize characterise recount".split())
# Verbs by which a meeting is had or held: "had lunch with X", "held chats with X".
HOLDING_VERBS = frozenset("have hold".split())
# Nouns that name an act only as what one comes under ("the convoy came under fire from
# rebels", "the minister came under fire over the cuts"); elsewhere a blaze, or gunfire told
# by its own verb ("opened fire").
UNDERGONE_ONLY_NOUNS = frozenset(("fire",))
# Verbs of asking that also tell news: "told X to leave" asks, "told reporters that X had left"
# reports (coder.told_as_news).
NEWS_TELLING_VERBS = frozenset(("tell",))
# Verbs of a journey, which also carry what they take ("flew the wounded to X"): with no
# object, a 'with' phrase names who went along, nothing carried.
JOURNEY_VERBS = frozenset("fly ferry shuttle sail travel".split())
# Months that are also event nouns: "in March" is a date, "a march" a demonstration (141).
MONTH_NOUNS = frozenset(("March",))
REQUEST_VERBS = frozenset(
    "ask urge call appeal demand request order tell press encourage invite plead implore beg "
    "exhort".split()
)
# Verbs whose object or 'for' phrase names an act sought, not done ("demanded the arrest of
# X", "sought the extradition of Y", "called for a boycott"): the request verbs and those that
# seek, less an order ("ordered the arrest of X"), a word to someone, and an invitation.
ASKING_FOR_VERBS = (REQUEST_VERBS | frozenset(
    "seek want propose recommend push lobby petition".split())) - frozenset(
    ("order", "tell", "invite"))
# "appealed to X to ...", "pleaded with X to ...": whom a request verb addresses ("called on X"
# is read by the pattern of its own preposition).
ADDRESSEE_PREPS = frozenset("to with".split())
# What one actor asks of another: a refusal (CAMEO 12) or concession (08) of one "from X" is
# a refusal of, or concession to, X.
ASKING_NOUNS = frozenset("request demand call appeal plea petition ultimatum".split())
REQUEST_NOUNS = ASKING_NOUNS | frozenset("invitation offer proposal".split())
# Acts that answer another actor's request: yield (08), reject (12).
ANSWER_ROOTS = frozenset(("08", "12"))
NEGATING_VERBS = frozenset(
    "refuse fail decline deny avoid stop cease reject unable impossible refrain abstain "
    "halt prevent bar deter dissuade discourage restrain prohibit forbid".split())
# Verbs of keeping from an act named by a noun: "avoided direct criticism of X", "shunned talks
# with Y", "refrained from any criticism", "abstained from reprisals" ("stopped short of
# recognition" is read from 'short of'): the act is not done (negated), as "avoided
# criticising X" is. Not 'refuse', 'reject', 'deny' or 'prevent': "rejected the criticism",
# "denied the accusation", "halted the offensive" take an act that others did (or that
# happened), and 'prevent' is read as prevention (PREVENT_VERBS).
AVOIDING_VERBS = frozenset("avoid eschew forgo forego shun".split())
REFRAINING_VERBS = frozenset("refrain abstain desist".split())
# Verbs of holding back, which a negation turns into doing: "would not hesitate to invade".
HOLDING_BACK_VERBS = frozenset("hesitate fail cease".split())
# Of NEGATING_VERBS, the ones by which an actor refuses (CAMEO 12) whatever it refuses to do;
# not 'fail': "failed to protect the children" is no rejection (CAMEO 12 needs one).
REFUSING_VERBS = frozenset("refuse decline deny reject".split())
# Verbs of failing, which refuse only an assent: one that failed to agree, to sign or to reach a
# deal did not give the assent asked of it, as one that "did not accept" it (CAMEO 12; the
# Phoenix dictionary's 'fail' 120); failing to protect, to deliver or to respond is no refusal.
FAILING_VERBS = frozenset(("fail",))
# The acts of assent that a failure to do refuses: intent to cooperate or agree (03), signing an
# agreement (057), yielding to a demand (08).
ASSENT_CODES = ("03", "057", "08")
# "the government's refusal to negotiate": the noun refuses as the verb does.
REFUSAL_NOUNS = frozenset("refusal".split())
# Verbs of granting what only the actor can grant: one that did not give its permission, allow
# a visit or grant visas refused them (CAMEO 12), where "did not attack" is no event at all.
PERMITTING_VERBS = frozenset("allow permit grant give approve authorize authorise let".split())

# Adverbs that a negation turns into an end: "will no longer meet the demand", "no longer
# recognises the government" (the parser hangs 'no' on the adverb, not on the verb).
CEASING_ADVERBS = frozenset(("longer",))

FUTURE_AUX = frozenset(("will", "shall", "'ll", "wo"))
CONDITIONAL_AUX = frozenset(("would", "should", "'d"))
HYPOTHETICAL_AUX = frozenset(("could", "might", "may", "can", "must", "ca"))
CONDITION_MARKS = frozenset(("if", "unless", "whether"))

# Acts not done (round 27c). Adverbs of how often: "governments usually condemn such attacks",
# "the guards often beat the prisoners" tell a habit, no particular act (CAMEO codes events,
# each one happening; a habit is none).
FREQUENCY_ADVERBS = frozenset(
    "usually often frequently regularly routinely typically generally normally commonly "
    "habitually customarily traditionally sometimes occasionally always rarely seldom".split())
# Of those, the ones that in a past narrative count the acts of one episode ("police sometimes
# shot rioters", "leaders were killed, often while they marched"): acts done, told as such;
# in the present or perfect they still tell a habit.
EPISODE_ADVERBS = frozenset("often frequently sometimes occasionally".split())
# "Whenever Kenya expels a diplomat, ...", "when the US imposes tariffs, its partners
# retaliate": a 'whenever' clause, or a present 'when' clause on a present verb, tells what
# happens each time, no act.
GENERIC_WHEN = frozenset(("when", "whenever"))
EVERY_TIME_WHEN = frozenset(("whenever",))
# "Most Kenyans want X to resign", "60 percent of voters say they want Y to act": what a share
# of a people wants is an opinion a poll measured, no appeal anyone made (the words of a share).
SHARE_WORDS = frozenset(
    "most percent per cent majority minority half third quarter share proportion plurality"
    .split())
# "Every time Kenya expels a diplomat, ...", "visits the ministry every week": a clause on a
# period every one of which it happens in, or a present verb repeated each period, tells a
# habit (the determiners and the nouns of a period that say so).
EVERY_DETERMINERS = frozenset(("every", "each"))
PERIOD_NOUNS = frozenset(
    "time occasion day week month year morning evening night weekend".split())
# Verbs of a habit: "a disease that tends to strike farmers" tells what happens as a rule.
HABIT_VERBS = frozenset(("tend",))
# Verbs of plotting: "plotted to attack the embassy", "conspired to kill the president": a
# secret plan, whose act was not done; nor is it a threat (CAMEO 13 is said to its target).
PLOTTING_VERBS = frozenset("plot conspire scheme".split())
# Verbs of a timetable: "is scheduled to meet", "was slated to visit": not yet done (the
# adjective forms are among FUTURE_VERBS).
SCHEDULING_VERBS = frozenset("schedule slate".split())
# Verbs of what a thing is for, said in the passive or as a participle: "a code aimed at
# preventing X", "a law designed to punish Y", "a walkout meant to force Z", "the
# visit was meant to ease tension": its purpose, not an act done, and no party's intent.
PURPOSE_VERBS = frozenset("aim design intend mean".split())
# Near misses: "Kenya almost expelled the envoy", "Zambia came close to attacking Malawi", "was
# on the verge of signing": not done. Not for acts of harm, where the blow fell though the
# victim lived ("a bomb nearly killed the minister" is an attack).
NEAR_MISS_ADVERBS = frozenset(("almost", "nearly"))
NEAR_MISS_NOUNS = frozenset(("verge", "brink", "point"))
HARM_DONE_IF_NEARLY = frozenset("kill murder destroy".split())
# Verbs of need: "needs money to support the refugees", "funds are needed to help X": what
# the need is for is not done.
NEEDING_VERBS = frozenset("need require".split())
# Verbs of striving, in the present: "is working to help X", "strives to end the war": the end
# is not yet reached (reading.striving_now).
STRIVING_VERBS = frozenset("work strive struggle endeavour endeavor labour labor".split())
# Verbs of causing whose clause the parser hangs apart ("get Uganda to investigate", "make
# Kenya pay"): what is caused is done or not as the causing is.
CAUSING_VERBS = frozenset("get make have cause".split())
# Subjects that deny the act of everyone they name: "neither Kenya nor Uganda paid", "no
# soldiers fired", "nobody was arrested", "none of them attended" (negation).
NEGATIVE_DETERMINERS = frozenset(("no", "neither"))
NEGATIVE_PRONOUNS = frozenset(("nobody", "none", "noone", "neither"))
# Nouns of a plan or an attempt, whose 'for', 'of' or 'at' phrase names an act not yet done:
# "plans for travelling to X", "the plan of attacking Y", "an attempt at mediating" (as their
# 'to' infinitive does: reading's "acl:to"). Not 'proposal': tests/coding/test_coder_pairs.py
# holds "endorsed a proposal for resolving the row" a resolution done (left to the lead).
PLAN_NOUNS = frozenset("plan intention scheme bid effort attempt".split())
# Words before which an act is only looked ahead to: "ahead of a summit", "in advance of the
# talks", "in the run-up to polls", "on the eve of the visit", "before the summit", "prior
# to the meeting": the act named is a time still to come when the other was done, not
# reported as done (CAMEO codes a meeting when it is held). ``AHEAD_HEADS`` head an "of" or
# "to" phrase; ``AHEAD_PREPS`` govern the act's noun themselves.
AHEAD_HEADS = frozenset("ahead advance run-up runup eve prior".split())
AHEAD_PREPS = frozenset(("before",))
# Nouns of an aim or a task: "sees its mission to overthrow the order", "set itself the task
# to attack X", "its goal to seize the capital": an act aimed at, not done (as PLAN_NOUNS).
AIM_NOUNS = frozenset("mission goal aim task duty objective ambition".split())
# "Kenya has yet to sign the deal", "the two are yet to resume talks": not done (negation).
NOT_YET_ADVERBS = frozenset(("yet",))
NOT_YET_VERBS = frozenset(("have", "be"))
# Words that open a direct question ("Did Kenya attack Uganda?", "Will Ghana retaliate?",
# "What tariffs has X imposed?"): what is asked is not told as done.
QUESTION_WORD_TAGS = frozenset(("MD", "WDT", "WP", "WP$", "WRB"))
QUESTION_AUX_LEMMAS = frozenset(("do", "be", "have"))
# People who foretell or comment on others' acts, not speaking for any party: "analysts say
# Zambia will retaliate" is their forecast, no threat by Zambia (stance.foretold).
PUNDIT_NOUNS = frozenset(
    "analyst analysts expert experts observer observers commentator commentators economist "
    "economists pundit pundits strategist strategists forecaster forecasters".split())

# Prepositions of a clause's time, cause or setting: what they name is no part of the act.
CIRCUMSTANCE_PREPS = frozenset("after following before amid despite during since over".split())
# Prepositions that introduce the target of a verb or a nominal event.
TARGET_PREPS = frozenset(
    "against on with to at toward towards into upon over between among".split()
)

# "get support from X": the event runs from X to the subject.
RECEIVE_VERBS = frozenset("get receive obtain win gain secure accept".split())
# "engaged in talks", "took part in the fighting": the subject performs the nominal event.
ENGAGE_VERBS = frozenset("engage involve participate join part".split())
# Threats, appeals and demands: their "if" clause is content, not a condition on them.
CONDITIONAL_CONTENT_ROOTS = frozenset(("02", "10", "13"))

# Nouns for people and organisations: an uncoded phrase headed by one is still an actor.
HUMAN_NOUNS = frozenset(
    "official minister president leader government spokesman spokeswoman spokesperson "
    "ambassador diplomat envoy delegation authority authorities police army military troops "
    "soldier force forces rebel rebels militant militants insurgent fighter fighters group "
    "party opposition protester protesters demonstrator activist union worker workers "
    "company firm bank court judge prosecutor parliament lawmaker senator congress council "
    "committee agency ministry administration regime junta militia people citizen citizens "
    "resident residents villager refugee refugees migrant migrants student students "
    "journalist reporter doctor negotiator mediator coalition alliance bloc organization "
    "organisation commission board chief commander general officer king queen prince "
    "premier chancellor mayor governor secretary head member members staff team management "
    "employer employers inmate prisoner detainee hostage captive civilian man woman child "
    "boy girl teenager farmer shepherd fisherman villager pilgrim worshipper passenger "
    "victim suspect defendant dissident blogger lawyer priest monk nun musician artist "
    "rancher herder trader merchant vendor shopkeeper driver nurse teacher professor "
    "scholar writer miner labourer laborer employee pensioner veteran survivor settler "
    "tribesman crew sailor voter foreigner expatriate immigrant tourist visitor relative "
    "brother sister household "
    # people named by their part in a story (round 21a): who acted or was acted on, though
    # no dictionary codes them ("the attacker", "her client", "the farmer's son")
    "assailant attacker gunman kidnapper thief robber burglar client customer consumer "
    "patient parent mother father son daughter wife husband family neighbour neighbor friend "
    "witness owner executive director founder manager investor shareholder candidate aide "
    "adviser advisor surgeon physician pharmacist scientist researcher firefighter trooper "
    "deputy sheriff detective guard volunteer individual person baby infant toddler "
    "country nation".split()
)
# Entities that head no actor phrase: places the dictionaries do not know, times, amounts.
NOT_ACTOR_ENTITIES = frozenset(
    "GPE LOC FAC DATE TIME CARDINAL ORDINAL QUANTITY MONEY PERCENT EVENT LAW WORK_OF_ART "
    "PRODUCT LANGUAGE".split()
)
# "accused X of killing": the gerund is an allegation, not a fact.
ALLEGING_VERBS = frozenset("accuse blame charge suspect convict indict condemn criticize".split())
# A crime named only as what someone pleaded to, was tried, convicted, acquitted, sentenced,
# jailed or fined for ("pleaded guilty to threatening X", "found guilty of attacking Y",
# "sentenced for assaulting Z", "the convictions of two men for beating W"): the plea, the
# verdict (CAMEO 116) or the sentence (173) is the act the sentence tells; the crime inside it
# is told as what was found or admitted, no act of its own (modality: belief, as "convicted of
# killing" under ALLEGING_VERBS). CAMEO 1.1b3 manual 11 and 17; round 32a does so for violent
# nouns after "charges of" (violence_means.tsv "charge"). The words that head the crime's
# preposition: verbs and adjectives of a plea or a verdict, and the nouns of one (also as the
# object of the verb the preposition hangs on: "upheld the convictions ... for assaulting").
JUDGED_CRIME_WORDS = frozenset(
    "plead guilty innocent sentence jail imprison acquit convict try prosecute fine".split())
JUDGED_CRIME_NOUNS = frozenset(
    "plea conviction sentence sentencing trial prosecution acquittal count".split())
# The prepositions that name the crime: "guilty to/of", "sentenced for", "jailed over",
# "convicted in the killing of", "convictions including attacking".
JUDGED_CRIME_PREPS = frozenset("to of for with in over including".split())
# ... but after a noun, "in" tells where ("his trial in a fraud case in Lusaka": the case was).
JUDGED_CRIME_PREPS_NOT_OF_NOUNS = frozenset(("in",))
# "such camps are considered illegal", "is widely regarded as unlawful": a judgement passed
# with no one named who holds it is an opinion reported (modality: belief), no one's
# denunciation (CAMEO 111 needs the one who criticises).
OPINION_VERBS = frozenset("consider deem regard".split())
# Verbs whose subject undergoes the act a pattern codes on them: one who "will appear in court"
# is tried by the court (CAMEO 173) and threatens no one.
UNDERGONE_VERBS = frozenset(("appear",))
# "would not comment on the talks", "will not comment": a comment one says one will not give
# is declined (CAMEO 011 Decline comment, as "declined to comment", core decline#1), not a
# statement denied; "did not comment" only tells none was made.
COMMENTING_VERBS = frozenset(("comment",))
DECLINE_COMMENT_CODE = "011"
# A place an act goes to is its target's country ("sent troops to Iraq"); a place it happens
# in is, failing any other target ("a ceasefire in eastern Ukraine").
DIRECTION_PREPS = frozenset("to into against toward towards on at upon".split())
LOCATION_PREPS = frozenset("in inside within across throughout".split())
# Public statements and comments (CAMEO 01): a clause of another act with a subject of its own
# set under one ("claimed victory as the parliament ended its debate") names no one it was
# for.
STATEMENT_ROOT = "01"
# Prepositions of place a "who" clause may follow without describing their object: "the
# gunmen in the village who attacked the convoy" (who: the gunmen, or someone before them;
# not the village). Such a clause's antecedent is left unknown, so it has no doer.
PLACE_PREPS_BEFORE_WHO = LOCATION_PREPS | frozenset("near at on around outside behind".split())
# Named-entity types of places (spaCy): with PLACE_NOUNS, what a "who" clause cannot describe.
PLACE_ENTITY_TYPES = frozenset(("GPE", "LOC", "FAC"))
# The target of a nominal event: "support for X", "an investigation into X", "sanctions on X".
NOUN_TARGET_PREPS = TARGET_PREPS | frozenset(("for", "into"))
# Nouns whose "of" phrase is not the target: the actor ("the support of its allies") or
# what the actor moves of its own ("the withdrawal of troops").
AGENT_OF_NOUNS = frozenset(
    "support backing help assistance participation visit cooperation presence "
    "involvement commitment decision statement agreement withdrawal pullout deployment "
    "retreat evacuation redeployment transfer mobilization mobilisation".split()
)
# What is said, not who it is said of: never a target on its own.
CONTENT_NOUNS = frozenset(
    "allegation accusation claim charge report statement comment remark responsibility "
    "involvement rumour rumor role part idea view position stance concern question".split()
)
# "allegations that they were responsible": the clause is an allegation, not a fact.
ALLEGATION_NOUNS = frozenset(
    "allegation accusation claim charge report rumour rumor suspicion belief fear".split()
)
# "warned X that it would attack", "threatened to strike": the act announced is a threat (13).
WARNING_VERBS = frozenset("warn threaten vow".split())
# A warning is a threat (130) when it is of the warner's own act: "we will respond" (first
# person), "Iran warned it would ..."; of what others or nothing will do ("warned that floods
# could hit the coast"), a pessimistic comment (012), as a warning of a hazard is ("warned of
# floods", curated/warn#of). See coder.warned_of_danger.
CAUTIONING_VERBS = frozenset("warn caution".split())
THREAT_CODE = "130"
# Verbs by which a thing is said to be a threat or danger: "the virus poses a threat to
# farmers" is no party's threat (a country or group posing one is: "Iran poses a threat").
POSING_VERBS = frozenset("pose present represent constitute".split())
PESSIMISTIC_COMMENT_CODE = "012"
# A state's own arms and offices: "Turkey warned that the Turkish army would respond", "the
# Turkish ministry warned that Turkey would respond" speak of the warner's own act.
STATE_FORCE_SECTORS = frozenset("GOV MIL COP SPY".split())
# Verbs that say how things are, no act: "warned that the country remains unsafe".
STATE_OF_BEING_VERBS = frozenset("be remain become seem stay".split())
# "its troops", "their weapons": what an actor acts with is its own, not the target.
OWN_POSSESSIVES = frozenset("its their his her our my".split())
# Verbs of an order ("ordered its troops to withdraw", "told all ministries to suspend
# cooperation with X") and the bodies a party commands: an order to one's own troops, police,
# ministries or officials is the party's own act done through them (CAMEO codes a state's act
# done by its agents as the state's), no demand of another (10x).
ORDERING_VERBS = frozenset("order tell instruct direct command".split())
SUBORDINATE_NOUNS = frozenset(
    "troop force army soldier military police policeman officer official ministry department "
    "agency unit commander governor embassy diplomat ambassador envoy authority service "
    "security".split())
# Sectors that command the bodies above (a court or parliament ordering the police or a
# ministry makes a demand of another branch: CAMEO 10x).
COMMANDING_SECTORS = frozenset((None, "GOV", "MIL", "REB", "INS"))
# Verbs of hosting a visitor (043): the one hosted "for talks" came on a visit of its own
# (042); a bare "hosted X", "received X" tells the reception only (043).
HOSTING_VERBS = frozenset("host receive".split())
VISIT_PURPOSE_NOUNS = frozenset(
    "talk negotiation meeting discussion consultation dialogue".split())
# Sectors of those one may host who are no visitors on a visit of their own (CAMEO 042 is a
# party's visit): refugees or villagers given shelter.
SHELTERED_SECTORS = frozenset("REF CVL PPL".split())
OWN_MEANS = frozenset(
    "troop troops force forces soldier soldiers weapon weapons arm arms army military ship "
    "warship jet plane aircraft personnel peacekeeper peacekeepers police unit units "
    "contingent mission staff".split()
)
# Prepositions that name who an act went to, even when no dictionary knows them.
RECIPIENT_PREPS = frozenset("to against toward towards".split())
# Acts that conjoined actors direct together at a third ("X and Y condemned the attack",
# "X and Y launched an investigation into the firm"), not at each other, even when no
# dictionary knows the third: appeals, probes, demands, criticism, rejection, threats,
# sanctions, coercion.
ONE_WAY_ROOTS = frozenset(("02", "09", "10", "11", "12", "13", "16", "17"))
# Acts that conjoined actors do with each other: "Kenya and Uganda signed an agreement".
MUTUAL_ROOTS = frozenset(("04", "05", "06"))
# Words by which joint subjects with no coded target act on each other ("Egypt and Sudan
# clashed", "traded accusations", "agreed to a truce", "violated the ceasefire"); with any
# other word they act side by side ("Kenya and Uganda sent aid", "Russian and Syrian jets
# bombed the city": not each other).
RECIPROCAL_WORDS = frozenset(
    "clash fight battle skirmish spar feud quarrel wrangle exchange trade scuffle brawl "
    "collide confront duel agree agreement accord violate breach".split())
# Acts of those roots that each of them does on its own, toward a third or a thing: praise,
# verbal defence, rallying support, recognition, apology, forgiveness ("Kenya and Uganda
# praised the ceasefire" praise it, not each other); mediation (CAMEO 045: the mediators
# mediate between others, "the truce was mediated by Ghana and Zambia" is no mediation of
# either for the other).
ONE_WAY_CODES = frozenset(("045", "051", "052", "053", "054", "055", "056"))
# Words of those roots for acts done toward a seller, a market or a third, not between the
# ones who do them together: "Canada and Australia bought vaccines" (not from each other),
# "the EU and France paid money to Libya" (not to each other).
ONE_WAY_WORDS = frozenset("buy purchase acquire invest import export sell pay fund finance".split())
# Acts a bare verb pattern (one that names no object words) codes only when what it is done
# to is an actor: "we bought a game", "exchanged notes", "filled a swimming pool", "signed up
# new subscribers" are everyday senses of verbs whose Phoenix sense is an act between parties
# (buy 061, exchange 060, fill 080, sign 057). Judgements, probes, threats, coercion and
# violence may be aimed at a thing ("condemned the vote", "shelled the bridge"), praise too
# ("welcomed the decision", 051), an appeal at what is asked ("urged restraint"), and an
# intent at what is promised ("agreed to the plan", "pledged reforms").
ACTOR_OBJECT_ROOTS = frozenset(("04", "05", "06", "07", "08"))
THING_JUDGED_CODES = frozenset(("051",))
# Acts done only to people, whatever their root: a release of persons, arrest, expulsion,
# repression, unconventional violence, abduction and assault ("released a new laptop",
# "removed contaminants", "finances cracked under the strain of low pay" are none of them).
PERSON_TARGET_CODES = frozenset(
    "0841 173 174 175 180 181 182 1821 1822 1823".split())
# Endings of nouns for persons no list names ("cyclist", "politician", "trainee"), which
# those acts may be done to.
PERSON_ENDINGS = ("ist", "ian", "ee")
# Verbs whose bare sense with a thing is no act on a party: a product's or a seller's offer
# ("the car offers better mileage", "the store offers free repairs"), no intent to cooperate
# (030); a plan or an order carried out ("executed its security plan"), no killing (180).
THING_SENSE_VERBS = frozenset(("offer", "execute"))
# Acts between parties whose written subject is a thing ("the deal allows leaders to claim a
# win", "tariffs help American companies", "a long trade war offers him advantages", "that
# would help the farm belt") are what the thing brings about, no act of a party: appeals,
# intents, meetings, cooperation, aid and concessions; and the coercion of forcing ("rising
# prices forced families to sell cattle"), which CAMEO 17 codes only as repression by a
# party. A place or a country as the subject
# stands for its people or authorities ("the city is urging residents", "several countries
# have pledged").
BODY_NOUNS = frozenset("country countries nation nations office subcommittee panel witness "
                       "institute university school hospital".split())
THING_SUBJECT_ROOTS = frozenset(("02", "03", "04", "05", "06", "07", "08"))
# Verbs of forcing, whose coercion (17) a thing as the subject brings about too ("fuel
# shortages forced the government to ration petrol"); other coercion ("the unit charged 40
# youths") keeps a subject no list knows as its doer.
FORCING_VERBS = frozenset("force compel".split())
# Pronouns that stand for a thing or a state of affairs as a subject ("that would help X").
THING_PRONOUNS = frozenset("this that these it".split())
# 'it' may stand for a body where it asks, promises, meets, praises or threatens ("it asked
# the ministry for details"); as what helps, allows or gives it most often stands for a thing.
IT_THING_ROOTS = frozenset(("06", "07", "08"))
# Verbs that ask a question as well as for something: "asked the minister about the leak",
# "asked whether the talks would go on", "'Could it survive there?' she asked" put a question,
# no appeal (CAMEO 020), unless they ask someone to act or for something.
QUESTION_VERBS = frozenset("ask inquire enquire".split())
QUESTION_WORDS = frozenset("if whether what who whom whose which why how when where".split())
# Nouns of an agreement (CAMEO 057 as nouns) that tell of one concluded only where they name
# its parties ("a deal between X and Y", "its agreement with X", "the X-Y deal"); a deal named
# by no party is a bargain, a hope or a topic: "a big deal", "the best deals on laptops",
# "wants a deal", "expectations of a trade deal", "implementing this deal".
PARTY_NAMING_NOUNS = frozenset(("deal", "agreement"))
# Verbs that tell an agreement made (CAMEO 057 Sign formal agreement): an agreement noun is an
# act only where one of them has it as subject or object, or tells of it in a participle or
# relative clause ("the deal signed on Monday", "an accord the two sides reached"); else the
# noun only names a deal, one in force, hoped for or still sought.
AGREEMENT_MAKING_VERBS = frozenset(
    "sign reach strike seal conclude clinch finalize finalise ink agree broker hammer forge "
    "ratify announce unveil secure complete approve".split())
# Violence (CAMEO 18-20) whose subject names no actor but the means or the blow ("a car
# bomb killed two soldiers", "the explosion killed ..."): that phrase is its source.
VIOLENT_ROOTS = frozenset(("18", "19", "20"))
VIOLENT_MEANS = frozenset(
    "bomb bombing explosion blast attack airstrike strike raid shelling missile rocket "
    "drone grenade mine ambush assault".split())
# Acts whose target, failing an actor, is where they happen: withdrawals (of forces, 08, or of
# a presence, 16: "the aid agency pulled out of Somalia"), protests, deployments, repression,
# violence.
PLACE_TARGET_ROOTS = frozenset(("08", "14", "15", "16", "17", "18", "19", "20"))
# Aid (CAMEO 07) is to its recipient: failing a coded one, whom the people, place or purpose
# it went to belong to ("tents for displaced families in eastern Chad").
BENEFICIARY_ROOTS = frozenset(("07",))
# Protests and strikes (CAMEO 14) are against something: failing an actor, what they were
# against or over ("in protest at", "in response to"), else where or on whom they were staged.
PROTEST_ROOTS = frozenset(("14",))
PROTEST_NOUNS = frozenset(
    "protest protests strike strikes work demonstration demonstrations rally sit-in walkout "
    "boycott march street streets".split()
)
PROTEST_REASON_NOUNS = frozenset("protest response reaction opposition objection".split())
PROTEST_REASON_PREPS = frozenset("at against over to of".split())
PROTEST_AGAINST_PREPS = frozenset("against over".split())
PROTEST_AT_PREPS = frozenset("at on".split())
# A bombing by an armed group that is no state's (rebels, insurgents, separatists, gangs) is
# CAMEO 183 (suicide, car or other non-military bombing); by a state or its forces, or by no
# one named, it stays the air raid the pattern gives (195).
BOMBING_WORDS = frozenset("bomb bombing".split())
NON_STATE_ARMED = frozenset("REB INS SEP CRM UAF".split())
# Force by others than armed forces (CAMEO manual: 19 is conventional military force; 18 is
# unconventional violence, by individuals or criminals): the general force code (190) of a
# violent word is recoded when its doers are all people or criminals (CRIMINAL_SECTORS,
# PRIVATE_SECTORS) and all it struck are civilians (CIVILIAN_SECTORS): 182 where the word is
# an assault (UNCONVENTIONAL_WORD_CODES), else 180. A state's forces or police, a state,
# rebels and militants (as the coder has read them so far), force on soldiers, police or
# officials, and force by no one named stay 19.
GENERAL_FORCE_CODES = frozenset(("190",))
UNCONVENTIONAL_CODE = "180"
UNCONVENTIONAL_WORD_CODES = {"assault": "182"}
CRIMINAL_SECTORS = frozenset("CRM UAF".split())
CIVILIAN_SECTORS = frozenset("CVL PPL EDU HLH BUS AGR REF REL".split())
# Sectors of armed bodies, a state's and others' (CAMEO actor codebook).
ARMED_SECTORS = frozenset("MIL COP SPY".split()) | NON_STATE_ARMED
# Words that only count those who protest ("thousands marched", "hundreds rallied"): they
# are protesters, coded as agents.tsv codes protesters and demonstrators.
CROWD_NUMBERS = frozenset("thousand thousands hundred hundreds dozen dozens score scores "
                          "million millions".split())
CROWD_SECTOR = "OPP"
# Lemmas the small English model gets wrong for verbs news uses ("staged" → "stag").
LEMMA_FIXES = {"stag": "stage", "wag": "wage", "fin": "fine", "rap": "rape", "lambast": "lambaste",
               "retook": "retake"}
# Verb forms whose lemma the model gets wrong where the lemma alone cannot tell: "raped" and
# "rapped" (rebuked) are both "rap"; "jeered" is kept whole.
FORM_LEMMAS = {"rapped": "rap", "rapping": "rap", "jeered": "jeer", "jeering": "jeer"}
# What an act is done with is not its target: "fired tear gas", "used water cannon".
INSTRUMENT_NOUNS = frozenset(
    "gas cannon bullet rocket missile shell bomb grenade weapon baton drone artillery mortar "
    "tank jet aircraft warplane helicopter ammunition round fire force".split()
)
# An act named by its object ("set a curfew", "lifted the ban"): who it concerns is in
# the object's phrase ("a boycott of X", "restrictions on X", "aid to X") or the verb's ("from X").
THEME_NOUN_PREPS = frozenset("of on against to toward towards for with from into upon".split())
THEME_VERB_PREPS = frozenset("to against toward towards from with into on upon".split())
# Nouns that head a place phrase though no dictionary names the place: "in the town".
PLACE_NOUNS = frozenset(
    "area areas region regions town towns city cities village villages province provinces "
    "district districts countryside territory territories zone zones camp camps border "
    "borders capital state county neighborhood neighbourhood suburb outskirts coast island "
    "islands valley enclave stronghold base bases port airport prison jail compound "
    "embassy consulate school hospital street streets square market mosque church "
    "part parts north south east west northeast northwest southeast southwest".split()
)
# "will not end its strike unless the board raises pay": whom an act is conditioned on.
CONDITION_MARKS_UNTIL = frozenset("until till unless if before".split())
# What would back a claim or an act: an infinitive on one says what it would back, no act done
# ("offered no evidence to support its claims", "saw no reason to reject the offer").
GROUNDS_NOUNS = frozenset("evidence proof reason basis ground justification".split())
# What an actor issues that speaks for it: "passed a resolution condemning X", "put out a report
# accusing Y" — the issuer is who condemns or accuses.
DOCUMENT_NOUNS = frozenset(
    "resolution statement report letter declaration communique communiqué motion bill "
    "petition memo memorandum note appeal editorial message decree edict ordinance".split()
)
# Acts that move an actor's own forces: mobilizing (15), deploying peacekeepers (074), pulling
# back (0872-0874) and withdrawing peacekeepers (1661). The forces moved are no target.
FORCE_MOVING_ROOTS = frozenset(("15",))
FORCE_MOVING_CODES = frozenset(("074", "0872", "0873", "0874", "1661"))
# Verbs of a stance toward an act (support, praise, investigate, criticise, reject): the act
# they take as object is another's, not their subject's ("backed the talks").
THEME_ROOTS = frozenset(("05", "09", "11", "12"))
# Nouns of what one decides, says or does whose 'of' names whose it is ("welcomed the
# decision of X", "condemned the conduct of X"); after an act of force 'of' names whom it was
# done to ("condemned the killing of X").
OWNED_BY_OF_NOUNS = frozenset(
    "decision move step action measure policy plan proposal statement stance position "
    "remarks comments conduct behaviour behavior announcement initiative efforts role "
    "approach response attitude".split())
# Natural forces: what they strike, kill or destroy is no act of an actor.
NATURAL_FORCES = frozenset(
    "earthquake quake tremor aftershock storm cyclone typhoon hurricane tornado flood flooding "
    "landslide mudslide tsunami avalanche drought wildfire blaze eruption heatwave rain rains "
    "rainfall downpour snow snowfall blizzard hail monsoon lightning "
    # diseases: "the virus has killed 100 people", "six died of cholera" is no one's act
    "virus flu influenza disease illness infection epidemic pandemic outbreak cholera malaria "
    "ebola measles polio plague tuberculosis typhoid dengue fever coronavirus covid h5n1 h1n1 "
    "mutation strain bacterium bacteria pathogen".split())
# What a disease or a storm does, and what is done about it: "prevented the spread of the
# virus", "caught hepatitis", "warned of malaria" is no act toward an actor.
NATURAL_HAZARDS = NATURAL_FORCES | frozenset("spread transmission contamination".split())
# Sectors of private life: people, families, pupils, patients, shoppers, firms, farmers,
# refugees. Between them alone, talking, helping, praising, buying or visiting is no political
# event ("her mother inspired the young skater", "the company paid the price"); force,
# coercion and protest among them still are (CAMEO 14, 17-20). The media are not among them:
# a state outlet's denial speaks for its state.
PRIVATE_SECTORS = frozenset("CVL PPL EDU HLH BUS AGR REF".split())
PUBLIC_EVEN_IN_PRIVATE_ROOTS = frozenset(("14", "17", "18", "19", "20"))
# Verbs of killing whose subject or object may be no actor at all: "poisoned liquor killed
# seventeen", "the move killed the trade deal".
KILLING_VERBS = frozenset("kill murder".split())
# What one owns up to an act with: "claimed responsibility for the bombing", "took credit for
# the raid": the act is the claimer's.
RESPONSIBILITY_NOUNS = frozenset("responsibility credit".split())
# Verbs that own up to an act so ("claimed", "took", "accepted" responsibility); a denial of it
# ("denied responsibility for the ambush") names no doer.
OWNING_UP_VERBS = frozenset("claim take accept admit assume".split())
# Animals: killing, culling or slaughtering them (for disease, for food) is no act against an
# actor ("culled 20,000 chickens", "slaughtered 6,000 hogs").
ANIMAL_NOUNS = frozenset(
    "animal livestock cattle cow cows pig pigs hog hogs swine poultry chicken chickens bird "
    "birds duck ducks goose geese sheep goat goats horse horses dog dogs cat cats fish deer "
    "camel camels turkey turkeys flock flocks herd herds rabbit rabbits hare hares boar boars "
    "bat bats monkey monkeys rat rats mouse mice elephant elephants rhino rhinos lion lions "
    "wolf wolves whale whales shark sharks snake snakes crocodile crocodiles dolphin dolphins "
    "game wildlife".split())
# What hits, strikes, batters or targets without being anyone's use of force: "schools hit by a
# mass walkout", "an economy battered by inflation", "a law that targets traders" (the walkout,
# the sanctions or the law are coded by their own words, never as an attack).
NONVIOLENT_BLOWS = frozenset(
    "walkout boycott shutdown crisis recession inflation shortage outage blackout scandal "
    "downturn slump pandemic epidemic outbreak sanction tariff protest demonstration "
    "move law policy measure decision legislation bill rule regulation reform decree directive "
    "ordinance plan programme program".split())
BLOW_VERBS = frozenset(
    "hit strike batter rock hammer pound cripple paralyse paralyze target".split())
# Military exercises: held by two sides together they are military cooperation (CAMEO 062),
# by one a show of force (15).
EXERCISE_NOUNS = frozenset(
    "exercise exercises drill drills game games wargame wargames maneuver maneuvers manoeuvre "
    "manoeuvres".split())
# "sent a delegation of auditors to X to investigate": a mission's purpose is the act, in X.
# What an amount of aid is counted in: "$5 million in aid", "20 tonnes of food": the act noun
# inside the amount hangs on the verb the amount is the object of.
AMOUNT_NOUNS = frozenset("tonne ton tons tonnes dollar euro pound worth".split())
SENDING_VERBS = frozenset("send dispatch".split())
# Verbs that send forces somewhere: what they are sent there to do, when it is peacekeeping
# (CAMEO 074), is the event, the sending only how it was done.
FORCE_SENDING_VERBS = SENDING_VERBS | {"deploy"}
# "sent a letter to X threatening to ...", "wrote to X warning ...": a message whose content a
# participle gives; the content is the act, the message how it was made.
MESSAGE_VERBS = frozenset("send write".split())
MISSION_NOUNS = frozenset(
    "team teams expert experts investigator investigators inspector inspectors delegation "
    "delegations envoy envoys mission operative operatives official officials observer "
    "observers".split()
)
# Acts of state coercion (arrest, detention, deportation, repression): done with no agent
# named in a country ("was detained in Ghana"), they are that country's state's acts.
STATE_ACT_ROOTS = frozenset(("17",))
# Acts of coercion whose verbs (arrest, sentence, jail, deport, evict, detain) always take the
# one coerced as object: bare after a passive they share ("was evicted and sentenced to a year
# in jail", even where the tagger reads the second as a past tense), they are passive too.
OBJECT_ONLY_ROOTS = frozenset(("17",))
# Acts done to someone (coercion, violence) whose bare participle after a passive shares it
# ("were shot and wounded", "was evicted and sentenced"); not "was treated and released"
# (from hospital), where the second word's act is seldom one on the subject.
SHARED_PASSIVE_ROOTS = frozenset(("17", "18", "19"))
# Expulsions (CAMEO 166x, 174) with no agent named are the acts of the state expelled from.
EXPULSION_CODES = ("166", "174")
# What is talked about or weighed is not thereby done: "discussed the ceasefire", "talks on a
# ceasefire", "is mulling a suspension of ties" (an option, not an act).
TOPIC_VERBS = frozenset(
    "discuss debate consider examine review mull weigh contemplate ponder".split())
TALK_NOUNS = frozenset(
    "talk negotiation meeting discussion debate summit conference consultation dialogue".split()
)
# What a consultation is about, not whom it is with: "talks on Syria", "a meeting over trade".
TOPIC_PREPS = frozenset("on about over upon regarding concerning".split())
# What is averted, foiled or prevented has not happened: "foiled an attack on the embassy".
PREVENT_VERBS = frozenset("avert foil thwart prevent forestall preempt pre-empt".split())
# Acts that undo, refuse or cut another (CAMEO 08 yield, 12 reject, 16 reduce relations): the act
# they are done to, named as their passive subject, did not happen by them ("aid was suspended").
UNDOING_ROOTS = frozenset(("08", "12", "16"))
# Verbs of a journey: the act one will not make it to do is refused with it ("will not fly to
# the capital to meet X", "won't travel to the summit to sign the deal").
JOURNEY_VERBS = frozenset("go come travel fly head return attend".split())
# Verbs that name what something is ("called the decision a betrayal", "branded them
# traitors"): with a predicate they say what the speaker thinks of it, and "call" is no
# telephone call.
NAMING_VERBS = frozenset("call brand label dub term".split())
# Verbs by which one greets another's act: an invitation extended to someone else that one
# welcomes is endorsed (051), no meeting one means to attend (036).
WELCOMING_VERBS = frozenset("welcome hail applaud".split())
# What one gives another leave to act by ("gave approval for X to open an office", "gave the
# green light for X to ..."): permission given (CAMEO 080).
GIVING_VERBS = frozenset("give grant".split())
PERMISSION_NOUNS = frozenset("approval light ahead go-ahead nod consent clearance".split())
# Protests that can be for something (CAMEO 141-145), and the demands of political reform
# whose last digit says what for (1041 leadership change ... 1044 change of regime).
PROTEST_CODES = frozenset(("140", "141", "142", "143", "144", "145"))
REFORM_DEMANDS = frozenset(("1041", "1042", "1043", "1044"))
# A restriction one renews, extends or prolongs is imposed again; one that was not renewed
# ("let the sanctions expire unrenewed", "did not extend the curfew") lapses: it is eased
# (CAMEO 08), each imposing code (163, 172x, 191) by its easing one (085, 081x, 0872).
RENEWING_VERBS = frozenset("renew extend prolong".split())
LAPSED_RESTRICTIONS = {"163": "085", "172": "081", "1721": "0811", "1722": "0812",
                       "1723": "0813", "1724": "0814", "191": "0872"}

# A conviction (CAMEO 116 find guilty) and the punishment conjoined with it ("convicted ... and
# sentenced him to prison", 17 coerce): the punishment is the act on the convicted.
CONVICTION_CODE = "116"
PUNISHING_ROOT = "17"
# Verbs whose subject undergoes the punishment their object names ("received a prison term",
# "is serving a jail sentence"): the one punished is the target, not the doer.
# 'appear': "appeared in court" (Phoenix's 173) is the legal act done to the one who appears,
# by the court, if one is named, as "was brought before the court" is.
PUNISHMENT_TAKING_VERBS = frozenset("receive serve get appear".split())
# A meeting named in a phrase on the verb that tells what it produced ("in a meeting with
# X, agreed to ...", "at talks with X, signed ..."): cooperation (03, 05, 06) or a concession
# (08) reached with the one met.
MEETING_PREPS = frozenset(("in", "at", "during"))
MEETING_OUTCOME_ROOTS = frozenset(("03", "05", "06", "08"))

# What an actor shows or renews when it gives aid "with" or "through" a sum ("renewed its
# support for X with a donation"): the statement frames the aid, the aid is the act (CAMEO 07)
SHOWN_SUPPORT_NOUNS = frozenset("support commitment solidarity backing friendship".split())

# Participles that only say an act was done, so that their 'by' phrase names its doer as the
# act's own 'by' phrase would: "the attack carried out by X", "the offer made by Y", "the plan
# put forward by Z", "the statement issued by W" (not "the village held by X": a holding).
DOING_PARTICIPLES = frozenset(
    "carry conduct stage launch mount perpetrate commit make deliver issue put present "
    "propose submit table announce unveil adopt pass impose introduce level lodge file "
    "bring order orchestrate plan organise organize mastermind execute".split())

# Verbs of letting and helping whose bare Phoenix sense (CAMEO 080 Yield, 070 Provide aid) is
# an act between parties only when someone lets or helps: "the residents were allowed to
# return", "the losses allowed the rebels to advance", "the plan will help the farmers" name no
# one who yields or gives aid, and code nothing (a pattern naming what is let in, "allowed the
# inspectors", "allowed aid in", still codes without its giver).
GIVER_NEEDING_VERBS = frozenset("allow permit help assist".split())
# Verbs of compelling whose passive with no one named who compels tells a circumstance, no
# coercion (CAMEO 17 is an actor's act): "were forced to resign", "were compelled to flee".
FORCING_VERBS = frozenset("force compel oblige".split())
# "X helped broker a truce", "this will help reduce costs": help given to an act, not to a
# party, is no aid (CAMEO 07); the act helped codes itself (brokering, 045), if it is one.
HELPING_VERBS = frozenset(("help",))
# Except the relief work that aid is (CAMEO 07): "pledged money to help rebuild the town",
# "flew in supplies to help feed the displaced" (CAMEO codebook, 07 Provide aid and 073
# Provide humanitarian aid: money, food, shelter, medical care).
AID_WORK_VERBS = frozenset(
    "rebuild reconstruct feed house shelter evacuate resettle fund finance treat".split())

# The verb whose bare Phoenix sense is a telephone call (CAMEO 041 Discuss by telephone), which
# codes only a call made to someone: "X called Y (to discuss Z)", not "a unit called the Lions",
# "which they call a plan", "police were called", "called in the army" (its own patterns).
TELEPHONING_VERBS = frozenset(("call",))
TELEPHONE_CODE = "041"
# What follows the one named in "called the plan 'a farce'": an opening quotation mark.
OPENING_QUOTES = frozenset(('"', "“", "‘", "``"))

# Verbs of going whose bare Phoenix 'to' sense is a consultation (CAMEO 040): going or coming to
# a place that is a land (a country or town) is a visit (042 Make a visit, PLOVER CONSULT as
# 040); to someone ("came to us and asked"), a consultation; to what is no actor ("came to an
# end", "went to the polls", "went to court", "came to terms"), nothing.
GOING_VERBS = frozenset("go come".split())
# Places one goes to for care or teaching, not to meet anyone: "went to the hospital", "came to
# the clinic", "goes to school".
PLACES_OF_CARE = frozenset("hospital clinic school college university surgery".split())
CONSULT_CODE = "040"
VISIT_CODE = "042"
HOST_CODE = "043"

# Verbs of enclosing whose Phoenix sense is a use of force (surround, CAMEO 190): a thing
# said to surround something ("the controversy surrounding the report", "the waters surrounding
# the islands", "the fire surrounding her") says what it is about or where it lies, no act.
ENCLOSING_VERBS = frozenset(("surround",))

# Particles that, with an object of their own, are prepositions: a pattern's particle "in"
# ("gave in", "stepped in", Phoenix's phrasal verbs) is not the "in" of a phrase ("gave X a
# seat in the talks", "stepped in the mud") unless the pattern names the object ("set in
# motion").
PREPOSITION_LIKE_PARTICLES = frozenset(("in",))

# Letting an international body act (CAMEO 086 Allow international involvement): the bare
# yielding (080) of a verb of letting whose target is an intergovernmental or international
# non-governmental organisation (CAMEO actor codes IGO..., NGO...) is that involvement allowed
# ("allowed the UN to open a clinic", "let the Red Cross visit the prisoners").
YIELD_CODE = "080"
INTERNATIONAL_INVOLVEMENT_CODE = "086"
INTERNATIONAL_ACTORS = frozenset(("IGO", "NGO"))
