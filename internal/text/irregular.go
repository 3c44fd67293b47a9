package text

import "strings"

// irregularVerbs lists English verbs whose past tense or participle is not
// made with "-ed": base form, past tense, past participle. It is a fact of
// the language, written out here, and fills in what EWT train is too small
// to show: "fled", "froze", "overthrew", "sank", "withheld" never occur in
// it, and the tagger guessed them as nouns ("The Trump administration froze
// funding" had no verb).
const irregularVerbs = `arise arose arisen
awake awoke awoken
bear bore borne
beat beat beaten
become became become
begin began begun
bend bent bent
bind bound bound
bite bit bitten
bleed bled bled
blow blew blown
break broke broken
breed bred bred
bring brought brought
build built built
buy bought bought
catch caught caught
choose chose chosen
cling clung clung
come came come
creep crept crept
deal dealt dealt
dig dug dug
do did done
draw drew drawn
drink drank drunk
drive drove driven
eat ate eaten
fall fell fallen
feed fed fed
feel felt felt
fight fought fought
find found found
flee fled fled
fling flung flung
fly flew flown
forbid forbade forbidden
foresee foresaw foreseen
forget forgot forgotten
forgive forgave forgiven
freeze froze frozen
give gave given
go went gone
grind ground ground
grow grew grown
hang hung hung
hear heard heard
hide hid hidden
hold held held
keep kept kept
kneel knelt knelt
know knew known
lead led led
leap leapt leapt
leave left left
lend lent lent
lose lost lost
make made made
mean meant meant
meet met met
mislead misled misled
overcome overcame overcome
overrun overran overrun
oversee oversaw overseen
overtake overtook overtaken
overthrow overthrew overthrown
pay paid paid
rebuild rebuilt rebuilt
ride rode ridden
rise rose risen
run ran run
say said said
see saw seen
seek sought sought
sell sold sold
send sent sent
shake shook shaken
shine shone shone
shoot shot shot
shrink shrank shrunk
sing sang sung
sink sank sunk
sit sat sat
slay slew slain
sleep slept slept
slide slid slid
speak spoke spoken
speed sped sped
spend spent spent
spin spun spun
spring sprang sprung
stand stood stood
steal stole stolen
stick stuck stuck
sting stung stung
stride strode stridden
strike struck struck
string strung strung
strive strove striven
swear swore sworn
sweep swept swept
swell swelled swollen
swim swam swum
swing swung swung
take took taken
teach taught taught
tear tore torn
tell told told
think thought thought
throw threw thrown
tread trod trodden
undergo underwent undergone
understand understood understood
undertake undertook undertaken
uphold upheld upheld
wake woke woken
wear wore worn
weave wove woven
weep wept wept
win won won
withdraw withdrew withdrawn
withhold withheld withheld
withstand withstood withstood
wring wrung wrung
write wrote written`

// nounLikeForms are irregular forms that are as often nouns ("a slew of",
// "a rung", "a bore", "Lent"): the tagger keeps guessing them.
var nounLikeForms = map[string]bool{"slew": true, "rung": true, "bore": true, "lent": true, "ground": true, "wound": true, "rose": true, "bound": true, "found": true, "left": true}

// addIrregularForms tells the tagger and lemmatizer the irregular past
// tenses and participles that training saw too seldom to know (fewer than
// three times): written in lower case, a past tense alone may only be one
// (VBD), a participle a participle or an adjective ("frozen assets"), a
// form that is both any of the three; each takes its base form as lemma
// (a capitalized one may be a name: "Hidden Valley", "Sat.").
func addIrregularForms(m *model, cls tagClassIDs) {
	tg, lm := m.tagger, m.lemma
	if tg == nil || lm == nil || cls.vbd < 0 || cls.vbn < 0 || cls.jj < 0 {
		return
	}
	for _, line := range strings.Split(irregularVerbs, "\n") {
		f := strings.Fields(line)
		if len(f) != 3 {
			continue
		}
		base, past, part := f[0], f[1], f[2]
		add := func(form string, classes ...int) {
			if form == base || nounLikeForms[form] {
				return
			}
			if _, seen := tg.cands[form]; seen {
				return
			}
			cs := make([]uint8, len(classes))
			for i, c := range classes {
				cs[i] = uint8(c)
			}
			if tg.irregular == nil {
				tg.irregular = map[string][]uint8{}
			}
			tg.irregular[form] = cs
			for _, x := range []string{"VBD", "VBN"} {
				k := form + "\t" + x
				if _, ok := lm.exact[k]; !ok {
					lm.exact[k] = base
				}
			}
		}
		if past == part {
			add(past, cls.vbd, cls.vbn, cls.jj)
			continue
		}
		add(past, cls.vbd)
		add(part, cls.vbn, cls.jj)
	}
}
