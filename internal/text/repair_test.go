package text

import (
	"strconv"
	"strings"
	"testing"
)

// depToks builds tokens from "form UPOS XPOS head rel lemma" rows.
func depToks(t *testing.T, rows ...string) []Token {
	t.Helper()
	var toks []Token
	for _, r := range rows {
		f := strings.Fields(r)
		if len(f) != 6 {
			t.Fatalf("bad row %q", r)
		}
		h, err := strconv.Atoi(f[3])
		if err != nil {
			t.Fatalf("bad head in %q", r)
		}
		toks = append(toks, Token{Form: f[0], UPOS: f[1], XPOS: f[2], Head: h, Deprel: f[4], Lemma: f[5]})
	}
	return toks
}

// repairCase is a tree as depToks rows and the arcs a repair must leave.
type repairCase struct {
	rows []string
	want string
}

// checkRepair applies repair to each case's tree and compares the arcs.
func checkRepair(t *testing.T, repair func([]Token), cases []repairCase) {
	t.Helper()
	for _, c := range cases {
		toks := depToks(t, c.rows...)
		repair(toks)
		if got := arcs(toks); got != c.want {
			t.Errorf("got  %s\nwant %s", got, c.want)
		}
	}
}

func arcs(toks []Token) string {
	var b strings.Builder
	for i, tk := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(tk.Form + "/" + strconv.Itoa(tk.Head) + "/" + tk.Deprel)
	}
	return b.String()
}

func TestRepairDoubleSubject(t *testing.T) {
	checkRepair(t, repairDoubleSubject, []repairCase{
		{ // "the news agency WFNA said": a name after its noun is its apposition
			[]string{"the DET DT 3 det the", "news NOUN NN 3 compound news", "agency NOUN NN 5 nsubj agency",
				"WFNA PROPN NNP 5 nsubj WFNA", "said VERB VBD 0 root say"},
			"the/3/det news/3/compound agency/5/nsubj WFNA/3/appos said/0/root",
		},
		{ // "the Kremlin spokesman said": the first noun is a compound
			[]string{"the DET DT 2 det the", "Kremlin PROPN NNP 4 nsubj Kremlin", "spokesman NOUN NN 4 nsubj spokesman",
				"said VERB VBD 0 root say"},
			"the/2/det Kremlin/3/compound spokesman/4/nsubj said/0/root",
		},
		{ // "He warned the United States": a subject after the verb is its object
			[]string{"He PRON PRP 2 nsubj he", "warned VERB VBD 0 root warn", "the DET DT 4 det the",
				"States PROPN NNPS 2 nsubj States"},
			"He/2/nsubj warned/0/root the/4/det States/2/obj",
		},
		{ // "Hours before Arnor's talks, the FBI launched": a preposed phrase
			[]string{"Hours NOUN NNS 9 nsubj hour", "before ADP IN 5 case before", "Arnor PROPN NNP 5 nmod:poss Arnor",
				"'s PART POS 3 case 's", "talks NOUN NNS 1 nmod talk", ", PUNCT , 5 punct ,", "the DET DT 8 det the",
				"FBI PROPN NNP 9 nsubj FBI", "launched VERB VBD 0 root launch"},
			"Hours/9/obl:unmarked before/5/case Arnor/5/nmod:poss 's/3/case talks/1/nmod ,/5/punct the/8/det FBI/9/nsubj launched/0/root",
		},
		{ // two subjects apart, both before the verb: left alone
			[]string{"Arnor PROPN NNP 4 nsubj Arnor", ", PUNCT , 3 punct ,", "Gondor PROPN NNP 4 nsubj Gondor",
				"met VERB VBD 0 root meet"},
			"Arnor/4/nsubj ,/3/punct Gondor/4/nsubj met/0/root",
		},
	})
}

// A trailing reporting clause hung from the root as something other than
// parataxis becomes parataxis, with its comma.
func TestRepairDoubleSubjectConjunct(t *testing.T) {
	checkRepair(t, repairDoubleSubject, []repairCase{
		{ // "Four children and a man were killed": the last of a list
			[]string{"Four NUM CD 2 nummod four", "children NOUN NNS 7 nsubj:pass child", "and CCONJ CC 7 cc and",
				"a DET DT 5 det a", "man NOUN NN 7 nsubj:pass man", "were AUX VBD 7 aux:pass be", "killed VERB VBN 0 root kill"},
			"Four/2/nummod children/7/nsubj:pass and/5/cc a/5/det man/2/conj were/7/aux:pass killed/0/root",
		},
		{ // "Iran, Russia and Turkey met": the comma before the conjunction goes with it
			[]string{"Iran PROPN NNP 7 nsubj Iran", ", PUNCT , 3 punct ,", "Russia PROPN NNP 1 conj Russia",
				", PUNCT , 1 punct ,", "and CCONJ CC 7 cc and", "Turkey PROPN NNP 7 nsubj Turkey", "met VERB VBD 0 root meet"},
			"Iran/7/nsubj ,/3/punct Russia/1/conj ,/6/punct and/6/cc Turkey/1/conj met/0/root",
		},
		{ // "the army and the Rapid Support Forces agreed": the conjunction hung from the second
			[]string{"the DET DT 2 det the", "army NOUN NN 7 nsubj army", "and CCONJ CC 6 cc and", "the DET DT 6 det the",
				"Support PROPN NNP 6 compound Support", "Forces PROPN NNPS 7 nsubj Forces", "agreed VERB VBD 0 root agree"},
			"the/2/det army/7/nsubj and/6/cc the/6/det Support/6/compound Forces/2/conj agreed/0/root",
		},
		{ // no conjunction between them: left alone
			[]string{"Iran PROPN NNP 4 nsubj Iran", ", PUNCT , 1 punct ,", "Russia PROPN NNP 4 nsubj Russia", "met VERB VBD 0 root meet"},
			"Iran/4/nsubj ,/1/punct Russia/4/nsubj met/0/root",
		},
	})
}

func TestRepairReportingRelabels(t *testing.T) {
	toks := depToks(t,
		"Russia PROPN NNP 2 nsubj Russia", "accused VERB VBD 0 root accuse", "Ukraine PROPN NNP 2 obj Ukraine",
		", PUNCT , 2 punct ,", "the DET DT 6 det the", "Kremlin PROPN NNP 7 nsubj Kremlin", "said VERB VBD 2 advcl say",
		". PUNCT . 2 punct .")
	repairReporting(toks)
	want := "Russia/2/nsubj accused/0/root Ukraine/2/obj ,/7/punct the/6/det Kremlin/7/nsubj said/2/parataxis ./2/punct"
	if got := arcs(toks); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestRepairSubordinateSubject(t *testing.T) {
	checkRepair(t, repairSubordinateSubject, []repairCase{
		{ // "came as the leader prepared": the oblique is the clause's subject
			[]string{"talks NOUN NNS 2 nsubj talk", "ended VERB VBD 0 root end", "as ADP IN 5 case as",
				"the DET DT 5 det the", "leader NOUN NN 2 obl leader", "prepared VERB VBD 2 advcl prepare"},
			"talks/2/nsubj ended/0/root as/6/mark the/5/det leader/6/nsubj prepared/2/advcl",
		},
		{ // a conjunct with no conjunction of its own counts too
			[]string{"rebels NOUN NNS 2 nsubj rebel", "withdrew VERB VBD 0 root withdraw", "after ADP IN 5 case after",
				"the DET DT 5 det the", "army NOUN NN 2 obl army", "shelled VERB VBD 2 conj shell", "towns NOUN NNS 6 obj town"},
			"rebels/2/nsubj withdrew/0/root after/6/mark the/5/det army/6/nsubj shelled/2/advcl towns/6/obj",
		},
		{ // "left with the minister and returned": a real conjunct stays
			[]string{"he PRON PRP 2 nsubj he", "left VERB VBD 0 root leave", "after ADP IN 4 case after",
				"talks NOUN NNS 2 obl talk", "and CCONJ CC 6 cc and", "returned VERB VBD 2 conj return"},
			"he/2/nsubj left/0/root after/4/case talks/2/obl and/6/cc returned/2/conj",
		},
		{ // a verb with a subject of its own is left alone
			[]string{"it PRON PRP 2 nsubj it", "came VERB VBD 0 root come", "as ADP IN 4 case as",
				"news NOUN NN 2 obl news", "we PRON PRP 6 nsubj we", "left VERB VBD 2 advcl leave"},
			"it/2/nsubj came/0/root as/4/case news/2/obl we/6/nsubj left/2/advcl",
		},
	})
}

func TestRepairComplementClause(t *testing.T) {
	checkRepair(t, repairComplementClause, []repairCase{
		{ // "said a plan enjoyed support": the object is the clause's subject
			[]string{"Arnor PROPN NNP 2 nsubj Arnor", "said VERB VBD 0 root say", "a DET DT 4 det a",
				"plan NOUN NN 2 obj plan", "enjoyed VERB VBD 4 acl enjoy", "support NOUN NN 5 obj support"},
			"Arnor/2/nsubj said/0/root a/4/det plan/5/nsubj enjoyed/2/ccomp support/5/obj",
		},
		{ // the same with the noun taken for the complement itself
			[]string{"Arnor PROPN NNP 2 nsubj Arnor", "said VERB VBD 0 root say", "a DET DT 4 det a",
				"plan NOUN NN 2 ccomp plan", "enjoyed VERB VBD 4 acl enjoy", "support NOUN NN 5 obj support"},
			"Arnor/2/nsubj said/0/root a/4/det plan/5/nsubj enjoyed/2/ccomp support/5/obj",
		},
		{ // "signed a deal ended the war": no verb of saying, left alone
			[]string{"they PRON PRP 2 nsubj they", "signed VERB VBD 0 root sign", "a DET DT 4 det a",
				"deal NOUN NN 2 obj deal", "ended VERB VBD 4 acl end", "war NOUN NN 5 obj war"},
			"they/2/nsubj signed/0/root a/4/det deal/2/obj ended/4/acl war/5/obj",
		},
		{ // a participle stays a modifier: "said the report published Monday"
			[]string{"he PRON PRP 2 nsubj he", "said VERB VBD 0 root say", "the DET DT 4 det the",
				"report NOUN NN 2 obj report", "published VERB VBN 4 acl publish", "Monday PROPN NNP 5 obl Monday"},
			"he/2/nsubj said/0/root the/4/det report/2/obj published/4/acl Monday/5/obl",
		},
	})
}

func TestRepairObjectSubject(t *testing.T) {
	checkRepair(t, repairObjectSubject, []repairCase{
		{ // "hoped Gondor would arrest them": the object is the clause's subject
			[]string{"Arnor PROPN NNP 2 nsubj Arnor", "hoped VERB VBD 0 root hope", "Gondor PROPN NNP 2 obj Gondor",
				"would AUX MD 5 aux would", "arrest VERB VB 2 ccomp arrest", "them PRON PRP 5 obj they"},
			"Arnor/2/nsubj hoped/0/root Gondor/5/nsubj would/5/aux arrest/2/ccomp them/5/obj",
		},
		{ // a passive clause takes a passive subject
			[]string{"she PRON PRP 2 nsubj she", "expected VERB VBD 0 root expect", "the DET DT 4 det the",
				"envoys NOUN NNS 2 obj envoy", "would AUX MD 7 aux would", "be AUX VB 7 aux:pass be", "freed VERB VBN 2 ccomp free"},
			"she/2/nsubj expected/0/root the/4/det envoys/7/nsubj:pass would/7/aux be/7/aux:pass freed/2/ccomp",
		},
		{ // an object pronoun is no subject: left alone
			[]string{"he PRON PRP 2 nsubj he", "told VERB VBD 0 root tell", "them PRON PRP 2 obj they",
				"would AUX MD 5 aux would", "win VERB VB 2 ccomp win"},
			"he/2/nsubj told/0/root them/2/obj would/5/aux win/2/ccomp",
		},
		{ // the clause has a subject of its own: left alone
			[]string{"he PRON PRP 2 nsubj he", "told VERB VBD 0 root tell", "Gondor PROPN NNP 2 obj Gondor",
				"it PRON PRP 6 nsubj it", "would AUX MD 6 aux would", "win VERB VB 2 ccomp win"},
			"he/2/nsubj told/0/root Gondor/2/obj it/6/nsubj would/6/aux win/2/ccomp",
		},
	})
}

func TestRepairOpeningSubject(t *testing.T) {
	checkRepair(t, repairOpeningSubject, []repairCase{
		{ // "On Monday, 40 rebels were freed": the conjunct is the subject
			[]string{"On ADP IN 2 case on", "Monday PROPN NNP 6 obl Monday", ", PUNCT , 4 punct ,",
				"rebels NOUN NNS 2 conj rebel", "were AUX VBD 6 aux:pass be", "freed VERB VBN 0 root free"},
			"On/2/case Monday/6/obl ,/4/punct rebels/6/nsubj:pass were/6/aux:pass freed/0/root",
		},
		{ // a real coordination ("and") is left alone
			[]string{"In ADP IN 2 case in", "March PROPN NNP 6 obl March", "and CCONJ CC 4 cc and",
				"April PROPN NNP 2 conj April", "were AUX VBD 6 aux be", "quiet ADJ JJ 0 root quiet"},
			"In/2/case March/6/obl and/4/cc April/2/conj were/6/aux quiet/0/root",
		},
		{ // the clause has a subject: left alone
			[]string{"On ADP IN 2 case on", "Monday PROPN NNP 7 obl Monday", ", PUNCT , 4 punct ,",
				"talks NOUN NNS 2 conj talk", "they PRON PRP 7 nsubj they", "were AUX VBD 7 aux be", "held VERB VBN 0 root hold"},
			"On/2/case Monday/7/obl ,/4/punct talks/2/conj they/7/nsubj were/7/aux held/0/root",
		},
	})
}

func TestRepairAccordingTo(t *testing.T) {
	checkRepair(t, repairAccordingTo, []repairCase{
		{ // hung from a noun: goes to the clause's verb
			[]string{"Arnor PROPN NNP 2 nsubj Arnor", "questioned VERB VBD 0 root question", "people NOUN NNS 2 obj people",
				"according VERB VBG 6 case according", "to ADP IN 4 fixed to", "officials NOUN NNS 3 nmod official"},
			"Arnor/2/nsubj questioned/0/root people/2/obj according/6/case to/4/fixed officials/2/obl",
		},
		{ // hung from a relative clause: goes to the clause it is in
			[]string{"Arnor PROPN NNP 2 nsubj Arnor", "questioned VERB VBD 0 root question", "men NOUN NNS 2 obj man",
				"who PRON WP 5 nsubj who", "fled VERB VBD 3 acl:relcl flee",
				"according VERB VBG 8 case according", "to ADP IN 6 fixed to", "officials NOUN NNS 5 obl official"},
			"Arnor/2/nsubj questioned/0/root men/2/obj who/5/nsubj fled/3/acl:relcl according/8/case to/6/fixed officials/2/obl",
		},
		{ // already the verb's: left alone
			[]string{"Arnor PROPN NNP 2 nsubj Arnor", "fled VERB VBD 0 root flee",
				"according VERB VBG 5 case according", "to ADP IN 3 fixed to", "officials NOUN NNS 2 obl official"},
			"Arnor/2/nsubj fled/0/root according/5/case to/3/fixed officials/2/obl",
		},
	})
}

func TestRepairPunct(t *testing.T) {
	checkRepair(t, repairPunct, []repairCase{
		{ // the final period hung from a determiner goes to the root
			[]string{"rebels NOUN NNS 2 nsubj rebel", "shelled VERB VBD 0 root shell", "the DET DT 4 det the",
				"town NOUN NN 2 obj town", ". PUNCT . 3 punct ."},
			"rebels/2/nsubj shelled/0/root the/4/det town/2/obj ./2/punct",
		},
		{ // one hung from a word on its side's path stays
			[]string{"rebels NOUN NNS 2 nsubj rebel", "shelled VERB VBD 0 root shell", "the DET DT 4 det the",
				"town NOUN NN 2 obj town", ". PUNCT . 4 punct ."},
			"rebels/2/nsubj shelled/0/root the/4/det town/2/obj ./4/punct",
		},
		{ // quotes go to the head of what they enclose
			[]string{"he PRON PRP 2 nsubj he", "called VERB VBD 0 root call", "it PRON PRP 2 obj it",
				"\" PUNCT `` 2 punct \"", "criminal ADJ JJ 2 xcomp criminal", "\" PUNCT '' 2 punct \""},
			"he/2/nsubj called/0/root it/2/obj \"/5/punct criminal/2/xcomp \"/5/punct",
		},
		{ // a comma hung from the next conjunction goes to the lower side: the conjunct
			[]string{"tanks NOUN NNS 0 root tank", ", PUNCT , 4 punct ,", "guns NOUN NNS 1 conj gun",
				"and CCONJ CC 5 cc and", "mortars NOUN NNS 1 conj mortar"},
			"tanks/0/root ,/3/punct guns/1/conj and/5/cc mortars/1/conj",
		},
	})
}

func TestRepairClauseCoordination(t *testing.T) {
	checkRepair(t, repairClauseCoordination, []repairCase{
		{ // "China remained mum and Russia's envoy said": "and" joins the clauses
			[]string{"China PROPN NNP 2 nsubj China", "remained VERB VBD 0 root remain", "mum NOUN NN 2 obj mum",
				"and CCONJ CC 5 cc and", "Russia PROPN NNP 6 nmod:poss Russia", "envoy NOUN NN 7 nsubj envoy",
				"said VERB VBD 2 advcl say"},
			"China/2/nsubj remained/0/root mum/2/obj and/7/cc Russia/6/nmod:poss envoy/7/nsubj said/2/conj",
		},
		{ // a clause with a marker of its own is no conjunct: left alone
			[]string{"China PROPN NNP 2 nsubj China", "stayed VERB VBD 0 root stay", "because SCONJ IN 6 mark because",
				"and CCONJ CC 5 cc and", "envoys NOUN NNS 6 nsubj envoy", "left VERB VBD 2 advcl leave"},
			"China/2/nsubj stayed/0/root because/6/mark and/5/cc envoys/6/nsubj left/2/advcl",
		},
		{ // a conjunct subject keeps its conjunction: "Arnor and Gondor met"
			[]string{"Arnor PROPN NNP 4 nsubj Arnor", "and CCONJ CC 3 cc and", "Gondor PROPN NNP 1 conj Gondor",
				"met VERB VBD 0 root meet"},
			"Arnor/4/nsubj and/3/cc Gondor/1/conj met/0/root",
		},
	})
}

func TestRepairNounRoot(t *testing.T) {
	checkRepair(t, repairNounRoot, []repairCase{
		{ // "Consumers who sought help reported delays." rooted in the noun
			[]string{"consumers NOUN NNS 0 root consumer", "who PRON WP 3 nsubj who", "sought VERB VBD 1 acl:relcl seek",
				"help NOUN NN 3 obj help", "reported VERB VBD 1 acl:relcl report", "delays NOUN NNS 5 obj delay", ". PUNCT . 1 punct ."},
			"consumers/5/nsubj who/3/nsubj sought/1/acl:relcl help/3/obj reported/0/root delays/5/obj ./5/punct",
		},
		{ // "The army and the rebels agreed." with "agreed" under the second conjunct
			[]string{"army NOUN NN 0 root army", "and CCONJ CC 4 cc and", "the DET DT 4 det the", "rebels NOUN NNS 1 conj rebel",
				"agreed VERB VBD 4 acl agree", ". PUNCT . 1 punct ."},
			"army/5/nsubj and/4/cc the/4/det rebels/1/conj agreed/0/root ./5/punct",
		},
		{ // a relative clause with its relative word stays one: "problems that remain."
			[]string{"problems NOUN NNS 0 root problem", "that PRON WDT 3 obj that", "remain VERB VBP 1 acl:relcl remain", ". PUNCT . 1 punct ."},
			"problems/0/root that/3/obj remain/1/acl:relcl ./1/punct",
		},
		{ // "Russia, which denies it, attacked Ukraine": after a comma, deeper down
			[]string{"Russia PROPN NNP 0 root Russia", ", PUNCT , 4 punct ,", "which PRON WDT 4 nsubj which",
				"denies VERB VBZ 1 acl:relcl deny", "it PRON PRP 4 obj it", ", PUNCT , 7 punct ,", "attacked VERB VBD 5 acl attack",
				"Ukraine PROPN NNP 7 obj Ukraine"},
			"Russia/7/nsubj ,/4/punct which/4/nsubj denies/1/acl:relcl it/4/obj ,/7/punct attacked/0/root Ukraine/7/obj",
		},
		{ // "Gondor, which denies it, attacked Arnor" with "attacked" a second verb of the relative clause
			[]string{"Gondor PROPN NNP 0 root Gondor", ", PUNCT , 4 punct ,", "which PRON WDT 4 nsubj which",
				"denies VERB VBZ 1 acl:relcl deny", "it PRON PRP 4 obj it", ", PUNCT , 7 punct ,", "attacked VERB VBD 4 conj attack",
				"Arnor PROPN NNP 7 obj Arnor"},
			"Gondor/7/nsubj ,/4/punct which/4/nsubj denies/1/acl:relcl it/4/obj ,/7/punct attacked/0/root Arnor/7/obj",
		},
		{ // with "and" it is the relative clause's own: "Gondor, which denied it and attacked Arnor"
			[]string{"Gondor PROPN NNP 0 root Gondor", ", PUNCT , 4 punct ,", "which PRON WDT 4 nsubj which",
				"denied VERB VBD 1 acl:relcl deny", "it PRON PRP 4 obj it", "and CCONJ CC 7 cc and", "attacked VERB VBD 4 conj attack",
				"Arnor PROPN NNP 7 obj Arnor"},
			"Gondor/0/root ,/4/punct which/4/nsubj denied/1/acl:relcl it/4/obj and/7/cc attacked/4/conj Arnor/7/obj",
		},
	})
}

func TestRepairPrepositionRoot(t *testing.T) {
	checkRepair(t, repairPrepositionRoot, []repairCase{
		{ // "In that case you pay more." rooted in "case"
			[]string{"In ADP IN 3 case in", "that DET DT 3 det that", "case NOUN NN 0 root case", "you PRON PRP 5 nsubj you",
				"pay VERB VBP 3 acl:relcl pay", "more ADV RBR 5 advmod more", ". PUNCT . 3 punct ."},
			"In/3/case that/3/det case/5/obl you/5/nsubj pay/0/root more/5/advmod ./5/punct",
		},
		{ // "In my view, the plan is good.": a copular clause
			[]string{"In ADP IN 3 case in", "my PRON PRP$ 3 nmod:poss my", "view NOUN NN 0 root view", ", PUNCT , 3 punct ,",
				"the DET DT 6 det the", "plan NOUN NN 8 nsubj plan", "is AUX VBZ 8 cop be", "good ADJ JJ 3 parataxis good", ". PUNCT . 3 punct ."},
			"In/3/case my/3/nmod:poss view/8/obl ,/3/punct the/6/det plan/8/nsubj is/8/cop good/0/root ./8/punct",
		},
		{ // "In the short term, that seems plausible.": "that" after a comma is a subject
			[]string{"In ADP IN 4 case in", "the DET DT 4 det the", "short ADJ JJ 4 amod short", "term NOUN NN 0 root term",
				", PUNCT , 4 punct ,", "that PRON DT 7 nsubj that", "seems VERB VBZ 4 acl:relcl seem", "plausible ADJ JJ 7 xcomp plausible"},
			"In/4/case the/4/det short/4/amod term/7/obl ,/4/punct that/7/nsubj seems/0/root plausible/7/xcomp",
		},
		{ // a real relative clause stays: "In the city where we live."
			[]string{"In ADP IN 3 case in", "the DET DT 3 det the", "city NOUN NN 0 root city", "where ADV WRB 6 advmod where",
				"we PRON PRP 6 nsubj we", "live VERB VBP 3 acl:relcl live", ". PUNCT . 3 punct ."},
			"In/3/case the/3/det city/0/root where/6/advmod we/6/nsubj live/3/acl:relcl ./3/punct",
		},
	})
}

func TestRepairReportedClause(t *testing.T) {
	checkRepair(t, repairReportedClause, []repairCase{
		{ // "Arnor jailed him for helping rebels, his lawyer said."
			[]string{"Arnor PROPN NNP 2 nsubj Arnor", "jailed VERB VBD 9 ccomp jail", "him PRON PRP 2 obj he",
				"for SCONJ IN 5 mark for", "helping VERB VBG 9 advcl help", "rebels NOUN NNS 5 obj rebel",
				", PUNCT , 8 punct ,", "lawyer NOUN NN 9 nsubj lawyer", "said VERB VBD 0 root say", ". PUNCT . 9 punct ."},
			"Arnor/2/nsubj jailed/9/ccomp him/2/obj for/5/mark helping/2/advcl rebels/5/obj ,/8/punct lawyer/9/nsubj said/0/root ./9/punct",
		},
		{ // the reporting verb's own words after the comma stay
			[]string{"Arnor PROPN NNP 2 nsubj Arnor", "left VERB VBD 6 ccomp leave", ", PUNCT , 4 punct ,",
				"officials NOUN NNS 6 nsubj official", "later ADV RB 6 advmod later", "said VERB VBD 0 root say"},
			"Arnor/2/nsubj left/6/ccomp ,/4/punct officials/6/nsubj later/6/advmod said/0/root",
		},
	})
}

func TestRepairOfComplement(t *testing.T) {
	checkRepair(t, repairOfComplement, []repairCase{
		{ // "accused Gondor of crimes": the "of" phrase is the verb's
			[]string{"Arnor PROPN NNP 2 nsubj Arnor", "accused VERB VBD 0 root accuse", "Gondor PROPN NNP 2 obj Gondor",
				"of ADP IN 5 case of", "crimes NOUN NNS 3 nmod crime"},
			"Arnor/2/nsubj accused/0/root Gondor/2/obj of/5/case crimes/2/obl",
		},
		{ // "accused the head of the army": a common noun keeps its "of" phrase
			[]string{"Arnor PROPN NNP 2 nsubj Arnor", "accused VERB VBD 0 root accuse", "the DET DT 4 det the", "head NOUN NN 2 obj head",
				"of ADP IN 7 case of", "the DET DT 7 det the", "army NOUN NN 4 nmod army"},
			"Arnor/2/nsubj accused/0/root the/4/det head/2/obj of/7/case the/7/det army/4/nmod",
		},
	})
}

func TestRepairStrayAdjective(t *testing.T) {
	checkRepair(t, repairStrayAdjective, []repairCase{
		{ // "Chinese President Xi met ..." with "Chinese" under "met"
			[]string{"Chinese ADJ JJ 4 amod Chinese", "President PROPN NNP 3 compound President", "Xi PROPN NNP 4 nsubj Xi",
				"met VERB VBD 0 root meet"},
			"Chinese/2/amod President/3/compound Xi/4/nsubj met/0/root",
		},
		{ // an adjective under a noun stays
			[]string{"the DET DT 3 det the", "Chinese ADJ JJ 3 amod Chinese", "envoy NOUN NN 4 nsubj envoy", "left VERB VBD 0 root leave"},
			"the/3/det Chinese/3/amod envoy/4/nsubj left/0/root",
		},
	})
}

func TestRepairReducedRelative(t *testing.T) {
	checkRepair(t, repairReducedRelative, []repairCase{
		{ // "Soldiers captured in the raid were freed": the subject is the freed
			[]string{"Soldiers NOUN NNS 2 nsubj soldier", "captured VERB VBN 7 advcl capture", "in ADP IN 5 case in",
				"the DET DT 5 det the", "raid NOUN NN 2 obl raid", "were AUX VBD 7 aux:pass be", "freed VERB VBN 0 root free"},
			"Soldiers/7/nsubj:pass captured/1/acl in/5/case the/5/det raid/2/obl were/7/aux:pass freed/0/root",
		},
		{ // "When troops arrived, they left": a marked clause keeps its subject
			[]string{"When SCONJ WRB 3 mark when", "troops NOUN NNS 3 nsubj troop", "arrived VERB VBD 6 advcl arrive",
				", PUNCT , 3 punct ,", "they PRON PRP 6 nsubj they", "left VERB VBD 0 root leave"},
			"When/3/mark troops/3/nsubj arrived/6/advcl ,/3/punct they/6/nsubj left/0/root",
		},
		{ // "Rebels defeated, the army withdrew": the verb has a subject of its own
			[]string{"Rebels NOUN NNS 2 nsubj rebel", "defeated VERB VBN 5 advcl defeat", ", PUNCT , 2 punct ,",
				"the DET DT 4 det the", "army NOUN NN 5 nsubj army", "withdrew VERB VBD 0 root withdraw"},
			"Rebels/2/nsubj defeated/5/advcl ,/2/punct the/4/det army/5/nsubj withdrew/0/root",
		},
		{ // a past tense is no participle: "Troops took the town, were praised"
			[]string{"Troops NOUN NNS 2 nsubj troop", "took VERB VBD 6 advcl take", "the DET DT 4 det the",
				"town NOUN NN 2 obj town", "were AUX VBD 6 aux:pass be", "praised VERB VBN 0 root praise"},
			"Troops/2/nsubj took/6/advcl the/4/det town/2/obj were/6/aux:pass praised/0/root",
		},
		{ // "an entity Neumann controlled sold": a relative clause with its own subject
			[]string{"an DET DT 3 det a", "entity NOUN NN 3 compound entity", "Neumann PROPN NNP 4 nsubj Neumann",
				"controlled VERB VBN 5 advcl control", "sold VERB VBD 0 root sell"},
			"an/3/det entity/3/compound Neumann/4/nsubj controlled/5/advcl sold/0/root",
		},
		{ // "users pointed to articles ... that X exceeded": a clause's own verb
			[]string{"users NOUN NNS 2 nsubj user", "pointed VERB VBN 6 advcl point", "to ADP IN 4 case to",
				"articles NOUN NNS 2 obl article", "that SCONJ IN 6 mark that", "exceeded VERB VBD 0 root exceed"},
			"users/2/nsubj pointed/6/advcl to/4/case articles/2/obl that/6/mark exceeded/0/root",
		},
	})
}

func TestRepairParticipleConjunct(t *testing.T) {
	checkRepair(t, repairParticipleConjunct, []repairCase{
		{ // "A report released Tuesday alleged that ...": the report alleged
			[]string{"A DET DT 2 det a", "report NOUN NN 3 nsubj report", "released VERB VBD 0 root release",
				"Tuesday PROPN NNP 3 obl:unmarked Tuesday", "alleged VERB VBD 3 conj allege", "fraud NOUN NN 5 obj fraud", ". PUNCT . 3 punct ."},
			"A/2/det report/5/nsubj released/2/acl Tuesday/3/obl:unmarked alleged/0/root fraud/5/obj ./5/punct",
		},
		{ // joined by "and" tagged as UD v1 tags it (CONJ), hung from the first verb
			[]string{"The DET DT 2 det the", "government NOUN NN 3 nsubj government", "chided VERB VBD 0 root chide",
				"and CONJ CC 3 cc and", "ousted VERB VBD 3 conj oust", "villagers NOUN NNS 5 dobj villager"},
			"The/2/det government/3/nsubj chided/0/root and/3/cc ousted/3/conj villagers/5/dobj",
		},
		{ // a name: "Apple cancelled the project first announced in 2017"
			[]string{"Apple PROPN NNP 2 nsubj Apple", "cancelled VERB VBD 0 root cancel", "announced VERB VBD 2 conj announce"},
			"Apple/2/nsubj cancelled/0/root announced/2/conj",
		},
		{ // joined by "and": two verbs of one subject
			[]string{"The DET DT 2 det the", "army NOUN NN 3 nsubj army", "attacked VERB VBD 0 root attack",
				"and CCONJ CC 5 cc and", "withdrew VERB VBD 3 conj withdraw"},
			"The/2/det army/3/nsubj attacked/0/root and/5/cc withdrew/3/conj",
		},
	})
}

func TestRepairCompoundList(t *testing.T) {
	checkRepair(t, repairCompoundList, []repairCase{
		{ // "The US, Russia, and Switzerland met": a list, not a compound
			[]string{"The DET DT 2 det the", "US PROPN NNP 4 compound US", ", PUNCT , 4 punct ,", "Russia PROPN NNP 8 nsubj Russia",
				", PUNCT , 7 punct ,", "and CCONJ CC 7 cc and", "Switzerland PROPN NNP 4 conj Switzerland", "met VERB VBD 0 root meet"},
			"The/2/det US/8/nsubj ,/4/punct Russia/2/conj ,/7/punct and/7/cc Switzerland/2/conj met/0/root",
		},
		{ // no comma between: a real compound stays
			[]string{"the DET DT 3 det the", "news NOUN NN 3 compound news", "agency NOUN NN 0 root agency",
				"and CCONJ CC 5 cc and", "radio NOUN NN 3 conj radio"},
			"the/3/det news/3/compound agency/0/root and/5/cc radio/3/conj",
		},
		{ // across a comma but no conjuncts after: left alone
			[]string{"Paris PROPN NNP 3 compound Paris", ", PUNCT , 3 punct ,", "France PROPN NNP 0 root France"},
			"Paris/3/compound ,/3/punct France/0/root",
		},
		{ // "The Congolese government and M23 rebels signed": a compound
			// with a determiner and a conjunct is the first of two phrases
			[]string{"The DET DT 3 det the", "Congolese ADJ JJ 3 amod congolese", "government NOUN NN 6 compound government",
				"and CCONJ CC 5 cc and", "M23 NOUN NN 3 conj m23", "rebels NOUN NNS 7 nsubj rebel", "signed VERB VBD 0 root sign"},
			"The/3/det Congolese/3/amod government/7/nsubj and/6/cc M23/6/compound rebels/3/conj signed/0/root",
		},
		{ // "a male and female cockatiel": one thing both describe
			[]string{"a DET DT 2 det a", "male NOUN NN 5 compound male", "and CCONJ CC 4 cc and", "female NOUN NN 2 conj female",
				"cockatiel NOUN NN 0 root cockatiel"},
			"a/2/det male/5/compound and/4/cc female/2/conj cockatiel/0/root",
		},
	})
}

func TestRepairModifierCoordination(t *testing.T) {
	checkRepair(t, repairModifierCoordination, []repairCase{
		{ // "Israeli and Hamas negotiators met": "Hamas" hung from the
			// noun beside "Israeli" is its conjunct
			[]string{"Israeli ADJ JJ 4 amod israeli", "and CCONJ CC 4 cc and", "Hamas PROPN NNP 4 compound Hamas",
				"negotiators NOUN NNS 5 nsubj negotiator", "met VERB VBD 0 root meet"},
			"Israeli/4/amod and/3/cc Hamas/1/conj negotiators/5/nsubj met/0/root",
		},
		{ // the cc already on the second modifier
			[]string{"US PROPN NNP 4 compound US", "and CCONJ CC 3 cc and", "Israeli ADJ JJ 4 amod israeli",
				"officials NOUN NNS 0 root official"},
			"US/4/compound and/3/cc Israeli/1/conj officials/0/root",
		},
		{ // "Samarra and other cities": "other" modifies the last noun
			[]string{"Samarra PROPN NNP 4 compound Samarra", "and CCONJ CC 4 cc and", "other ADJ JJ 4 amod other",
				"cities NOUN NNS 0 root city"},
			"Samarra/4/compound and/4/cc other/4/amod cities/0/root",
		},
	})
}

func TestRepairPerfectParticiple(t *testing.T) {
	checkRepair(t, repairPerfectParticiple, []repairCase{
		{ // "Police have laid siege to a university"
			[]string{"Police NOUN NNS 2 nsubj police", "have VERB VBP 0 root have", "laid VERB VBN 4 amod lay",
				"siege NOUN NN 2 obj siege", "to ADP IN 7 case to", "a DET DT 7 det a", "university NOUN NN 4 nmod university", ". PUNCT . 2 punct ."},
			"Police/3/nsubj have/3/aux laid/0/root siege/3/obj to/7/case a/7/det university/4/nmod ./3/punct",
		},
		{ // "have not laid": an adverb between
			[]string{"They PRON PRP 2 nsubj they", "have VERB VBP 0 root have", "not PART RB 2 advmod not", "laid VERB VBN 5 amod lay",
				"mines NOUN NNS 2 obj mine"},
			"They/4/nsubj have/4/aux not/4/advmod laid/0/root mines/4/obj",
		},
		{ // "We have limited time": an adjective, as EWT has it
			[]string{"We PRON PRP 2 nsubj we", "have VERB VBP 0 root have", "limited VERB VBN 4 amod limit", "time NOUN NN 2 obj time"},
			"We/2/nsubj have/0/root limited/4/amod time/2/obj",
		},
	})
}

func TestRepairExistentialParticiple(t *testing.T) {
	checkRepair(t, repairExistentialParticiple, []repairCase{
		{ // "There were 10 Russian soldiers killed in Ukraine" as UDPipe parses it
			[]string{"There PRON EX 2 expl there", "were VERB VBD 0 root be", "10 NUM CD 5 nummod 10", "Russian ADJ JJ 5 amod russian",
				"soldiers NOUN NNS 6 nsubj soldier", "killed VERB VBD 2 csubj kill", "in ADP IN 8 case in", "Ukraine PROPN NNP 6 nmod Ukraine"},
			"There/2/expl were/0/root 10/5/nummod Russian/5/amod soldiers/2/nsubj killed/5/acl in/8/case Ukraine/6/nmod",
		},
		{ // no expletive: a past tense stays one
			[]string{"Reports VERB VBD 2 nsubj report", "were AUX VBD 0 root be", "soldiers NOUN NNS 4 nsubj soldier", "killed VERB VBD 2 ccomp kill"},
			"Reports/2/nsubj were/0/root soldiers/4/nsubj killed/2/ccomp",
		},
		{ // an irregular past that is no participle: "there were men who fell" is left alone
			[]string{"There PRON EX 2 expl there", "were VERB VBD 0 root be", "men NOUN NNS 4 nsubj man", "fell VERB VBD 2 ccomp fall"},
			"There/2/expl were/0/root men/4/nsubj fell/2/ccomp",
		},
	})
	toks := depToks(t, "There PRON EX 2 expl there", "were VERB VBD 0 root be", "soldiers NOUN NNS 4 nsubj soldier", "killed VERB VBD 2 csubj kill")
	repairExistentialParticiple(toks)
	if toks[3].XPOS != "VBN" {
		t.Errorf("participle tagged %s", toks[3].XPOS)
	}
}

func TestRepairModifierClause(t *testing.T) {
	checkRepair(t, repairModifierClause, []repairCase{
		{ // "may morph into something bigger if Trump agrees"
			[]string{"it PRON PRP 3 nsubj it", "may AUX MD 3 aux may", "morph VERB VB 0 root morph", "into ADP IN 5 case into",
				"something PRON NN 3 obl something", "bigger ADJ JJR 5 amod big", "if SCONJ IN 9 mark if", "Trump PROPN NNP 9 nsubj Trump",
				"agrees VERB VBZ 6 advcl agree"},
			"it/3/nsubj may/3/aux morph/0/root into/5/case something/3/obl bigger/5/amod if/9/mark Trump/9/nsubj agrees/3/advcl",
		},
		{ // a comparison completes its adjective: "cheaper than getting the original"
			[]string{"a DET DT 3 det a", "cheaper ADJ JJR 3 amod cheap", "bundle NOUN NN 0 root bundle", "than SCONJ IN 5 mark than",
				"getting VERB VBG 2 advcl get"},
			"a/3/det cheaper/3/amod bundle/0/root than/5/mark getting/2/advcl",
		},
	})
}

func TestRepairMarkedSubject(t *testing.T) {
	checkRepair(t, repairMarkedSubject, []repairCase{
		{ // "This comes as China has denounced a ruling"
			[]string{"This PRON DT 2 nsubj this", "comes VERB VBZ 0 root come", "as ADP IN 4 case as", "China PROPN NNP 6 nsubj China",
				"has AUX VBZ 6 aux have", "denounced VERB VBN 2 ccomp denounce", "a DET DT 8 det a", "ruling NOUN NN 6 obj ruling"},
			"This/2/nsubj comes/0/root as/6/mark China/6/nsubj has/6/aux denounced/2/advcl a/8/det ruling/6/obj",
		},
		{ // a preposition that opens no clause stays: "like China" is no clause
			[]string{"like ADP IN 2 case like", "China PROPN NNP 3 nsubj China", "objected VERB VBD 0 root object"},
			"like/2/case China/3/nsubj objected/0/root",
		},
	})
}

func TestRepairRelativeClause(t *testing.T) {
	checkRepair(t, repairRelativeClause, []repairCase{
		{ // "Russia, which Ukraine attacked, demanded talks"
			[]string{"Russia PROPN NNP 5 nsubj Russia", ", PUNCT , 1 punct ,", "which PRON WDT 5 obj which", "Ukraine PROPN NNP 5 nsubj Ukraine",
				"attacked VERB VBD 0 root attack", ", PUNCT , 7 punct ,", "demanded VERB VBD 5 conj demand", "talks NOUN NNS 7 obj talk", ". PUNCT . 5 punct ."},
			"Russia/7/nsubj ,/1/punct which/5/obj Ukraine/5/nsubj attacked/1/acl:relcl ,/7/punct demanded/0/root talks/7/obj ./7/punct",
		},
		{ // no relative word between the subjects: left alone
			[]string{"Russia PROPN NNP 4 nsubj Russia", ", PUNCT , 1 punct ,", "Ukraine PROPN NNP 4 nsubj Ukraine", "met VERB VBD 0 root meet"},
			"Russia/4/nsubj ,/1/punct Ukraine/4/nsubj met/0/root",
		},
	})
}

func TestRepairPassiveAgent(t *testing.T) {
	checkRepair(t, repairPassiveAgent, []repairCase{
		{ // "Missiles were launched at Kyiv by Russia": the agent is the verb's
			[]string{"Missiles NOUN NNS 3 nsubj:pass missile", "were AUX VBD 3 aux:pass be", "launched VERB VBN 0 root launch",
				"at ADP IN 5 case at", "Kyiv PROPN NNP 3 obl Kyiv", "by ADP IN 7 case by", "Russia PROPN NNP 5 nmod Russia"},
			"Missiles/3/nsubj:pass were/3/aux:pass launched/0/root at/5/case Kyiv/3/obl by/7/case Russia/3/obl:agent",
		},
		{ // a common noun may have its own: "a song written by Lennon"
			[]string{"He PRON PRP 3 nsubj:pass he", "was AUX VBD 3 aux:pass be", "praised VERB VBN 0 root praise",
				"for ADP IN 6 case for", "a DET DT 6 det a", "song NOUN NN 3 obl song", "by ADP IN 8 case by", "Lennon PROPN NNP 6 nmod Lennon"},
			"He/3/nsubj:pass was/3/aux:pass praised/0/root for/6/case a/6/det song/3/obl by/8/case Lennon/6/nmod",
		},
		{ // an active verb has no agent to take: left alone
			[]string{"Russia PROPN NNP 2 nsubj Russia", "attacked VERB VBD 0 root attack", "Kyiv PROPN NNP 2 obj Kyiv",
				"by ADP IN 5 case by", "night NOUN NN 3 nmod night"},
			"Russia/2/nsubj attacked/0/root Kyiv/2/obj by/5/case night/3/nmod",
		},
	})
}

func TestRepairSplitName(t *testing.T) {
	checkRepair(t, repairSplitName, []repairCase{
		{ // "detained Aung San Suu Kyi" with "Kyi" a list item of "Aung"
			[]string{"detained VERB VBD 0 root detain", "Aung PROPN NNP 1 obj Aung", "San PROPN NNP 2 flat San",
				"Suu PROPN NNP 5 compound Suu", "Kyi PROPN NNP 2 list Kyi"},
			"detained/0/root Aung/1/obj San/2/flat Suu/2/flat Kyi/2/flat",
		},
		{ // an apposition stays, and so does what is no name
			[]string{"met VERB VBD 0 root meet", "Sheikh PROPN NNP 1 obj Sheikh", "Mohammed PROPN NNP 2 appos Mohammed",
				"at ADP IN 5 case at", "gte114t@prism.gatech.edu PROPN ADD 2 list x"},
			"met/0/root Sheikh/1/obj Mohammed/2/appos at/5/case gte114t@prism.gatech.edu/2/list",
		},
	})
}

// "accused the army of bombing civilians": a gerund the parser made a
// compound of the noun after it is a clause of the verb.
func TestRepairOfGerund(t *testing.T) {
	checkRepair(t, repairOfComplement, []repairCase{
		{
			[]string{"RSF PROPN NNP 2 nsubj RSF", "accused VERB VBD 0 root accuse", "the DET DT 4 det the", "army NOUN NN 2 obj army",
				"of ADP IN 7 case of", "bombing NOUN NN 7 compound bombing", "civilians NOUN NNS 4 nmod civilian"},
			"RSF/2/nsubj accused/0/root the/4/det army/2/obj of/6/mark bombing/2/advcl civilians/6/obj",
		},
		{ // a passive's agent: "accused by Ukraine of deporting children"
			[]string{"Russia PROPN NNP 2 nsubj:pass Russia", "accused VERB VBN 0 root accuse", "by ADP IN 4 case by", "Ukraine PROPN NNP 2 obl:agent Ukraine",
				"of SCONJ IN 7 case of", "deporting VERB VBG 7 amod deport", "children NOUN NNS 4 nmod child"},
			"Russia/2/nsubj:pass accused/0/root by/4/case Ukraine/2/obl:agent of/6/mark deporting/2/advcl children/6/obj",
		},
		{ // not a gerund: "accused the head of the army"
			[]string{"RSF PROPN NNP 2 nsubj RSF", "accused VERB VBD 0 root accuse", "the DET DT 4 det the", "head NOUN NN 2 obj head",
				"of ADP IN 7 case of", "the DET DT 7 det the", "army NOUN NN 4 nmod army"},
			"RSF/2/nsubj accused/0/root the/4/det head/2/obj of/7/case the/7/det army/4/nmod",
		},
	})
}

// "Chinese warships conducted exercises near Taiwan", rooted in
// "exercises" with "conducted" its modifier: the verb with a subject of
// its own is the root, the noun its object.
func TestRepairNounRootAfterVerb(t *testing.T) {
	checkRepair(t, repairNounRoot, []repairCase{
		{
			[]string{"Chinese ADJ JJ 2 amod Chinese", "warships NOUN NNS 3 nsubj warship", "conducted VERB VBD 4 amod conduct",
				"exercises NOUN NNS 0 root exercise", ". PUNCT . 4 punct ."},
			"Chinese/2/amod warships/3/nsubj conducted/0/root exercises/3/obj ./3/punct",
		},
		{ // a participle with no subject stays a modifier
			[]string{"trained ADJ VBN 2 amod trained", "soldiers NOUN NNS 0 root soldier", ". PUNCT . 2 punct ."},
			"trained/2/amod soldiers/0/root ./2/punct",
		},
	})
}

// "Myanmar's military seized power": a possessor the parser hung from the
// verb belongs to the noun its marker introduces.
func TestRepairPossessor(t *testing.T) {
	checkRepair(t, repairPossessor, []repairCase{
		{
			[]string{"Myanmar PROPN NNP 4 vocative Myanmar", "'s PART POS 1 case 's", "military NOUN NN 4 nsubj military",
				"seized VERB VBD 0 root seize", "power NOUN NN 4 obj power"},
			"Myanmar/3/nmod:poss 's/1/case military/4/nsubj seized/0/root power/4/obj",
		},
		{ // a possessed noun the parser hung from its possessor takes its place
			[]string{"Iran PROPN NNP 4 nsubj Iran", "'s PART POS 1 case 's", "army NOUN NN 1 appos army",
				"attacked VERB VBD 0 root attack"},
			"Iran/3/nmod:poss 's/1/case army/4/nsubj attacked/0/root",
		},
		{ // a possessive with no noun after it ("at Mike's") stays
			[]string{"went VERB VBD 0 root go", "to ADP IN 3 case to", "Mike PROPN NNP 1 obl Mike", "'s PART POS 3 case 's", ". PUNCT . 1 punct ."},
			"went/0/root to/3/case Mike/1/obl 's/3/case ./1/punct",
		},
	})
}

// "The Houthis, who control much of Yemen, attacked a US warship": the
// main verb taken for a conjunct of the subject's relative clause.
func TestRepairRelativeSubject(t *testing.T) {
	checkRepair(t, repairRelativeSubject, []repairCase{
		{
			[]string{"Houthis PROPN NNPS 0 root Houthi", ", PUNCT , 1 punct ,", "who PRON WP 4 nsubj who", "control VERB VBP 2 acl:relcl control",
				"Yemen PROPN NNP 4 obj Yemen", ", PUNCT , 7 punct ,", "attacked VERB VBD 4 conj attack", "warship NOUN NN 7 obj warship", ". PUNCT . 1 punct ."},
			"Houthis/7/nsubj ,/1/punct who/4/nsubj control/1/acl:relcl Yemen/4/obj ,/7/punct attacked/0/root warship/7/obj ./7/punct",
		},
		{ // a conjunct with a subject of its own stays in the clause
			[]string{"Houthis PROPN NNPS 0 root Houthi", ", PUNCT , 1 punct ,", "who PRON WP 4 nsubj who", "control VERB VBP 1 acl:relcl control",
				"Yemen PROPN NNP 4 obj Yemen", ", PUNCT , 8 punct ,", "they PRON PRP 8 nsubj they", "attacked VERB VBD 4 conj attack", ". PUNCT . 1 punct ."},
			"Houthis/0/root ,/1/punct who/4/nsubj control/1/acl:relcl Yemen/4/obj ,/8/punct they/8/nsubj attacked/4/conj ./1/punct",
		},
	})
}

// "Israel, Hamas agree to ceasefire": a headline's subjects listed with a
// comma.
func TestRepairHeadlineList(t *testing.T) {
	checkRepair(t, repairHeadlineList, []repairCase{
		{
			[]string{"Israel PROPN NNP 4 vocative Israel", ", PUNCT , 1 punct ,", "Hamas PROPN NNP 4 nsubj Hamas", "agree VERB VBP 0 root agree"},
			"Israel/4/nsubj ,/3/cc Hamas/1/conj agree/0/root",
		},
		{
			[]string{"US PROPN NNP 4 nsubj US", ", PUNCT , 1 punct ,", "China PROPN NNP 4 nsubj China", "reach VERB VB 0 root reach", "deal NOUN NN 4 obj deal"},
			"US/4/nsubj ,/3/cc China/1/conj reach/0/root deal/4/obj",
		},
		{ // an apposition of the subject stays
			[]string{"Moscow PROPN NNP 5 nsubj:pass Moscow", ", PUNCT , 1 punct ,", "the DET DT 4 det the", "capital NOUN NN 1 appos capital", "attacked VERB VBN 0 root attack"},
			"Moscow/5/nsubj:pass ,/1/punct the/4/det capital/1/appos attacked/0/root",
		},
	})
}

func TestRepairBarePassive(t *testing.T) {
	checkRepair(t, repairBarePassive, []repairCase{
		{ // a headline's participle with no "was": its subject is a passive's
			[]string{"Russia PROPN NNP 2 nsubj Russia", "accused VERB VBN 0 root accuse", "of ADP IN 4 case of", "crimes NOUN NNS 2 obl crime"},
			"Russia/2/nsubj:pass accused/0/root of/4/case crimes/2/obl",
		},
		{ // with an auxiliary it is a perfect: left alone
			[]string{"Russia PROPN NNP 3 nsubj Russia", "has AUX VBZ 3 aux have", "accused VERB VBN 0 root accuse", "Ukraine PROPN NNP 3 obj Ukraine"},
			"Russia/3/nsubj has/3/aux accused/0/root Ukraine/3/obj",
		},
	})
}

func TestRepairNounComplement(t *testing.T) {
	checkRepair(t, repairNounComplement, []repairCase{
		{ // a noun with no subject or copula of its own is the verb's object
			[]string{"strikes NOUN NNS 2 nsubj strike", "killed VERB VBD 0 root kill", "20 NUM CD 4 nummod 20", "people NOUN NNS 2 ccomp people"},
			"strikes/2/nsubj killed/0/root 20/4/nummod people/2/obj",
		},
		{ // a copular clause's noun stays its head
			[]string{"he PRON PRP 2 nsubj he", "said VERB VBD 0 root say", "it PRON PRP 5 nsubj it", "was AUX VBD 5 cop be", "mistake NOUN NN 2 ccomp mistake"},
			"he/2/nsubj said/0/root it/5/nsubj was/5/cop mistake/2/ccomp",
		},
	})
}

func TestRepairRootParticiple(t *testing.T) {
	checkRepair(t, repairRootParticiple, []repairCase{
		{ // "Somali forces backed by US airstrikes recaptured the town"
			[]string{"Somali NOUN NN 2 compound somali", "forces NOUN NNS 3 nsubj force", "backed VERB VBN 0 root back",
				"by ADP IN 5 case by", "airstrikes NOUN NNS 3 obl:agent airstrike", "recaptured VERB VBD 3 conj recapture",
				"the DET DT 8 det the", "town NOUN NN 6 obj town", ". PUNCT . 3 punct ."},
			"Somali/2/compound forces/6/nsubj backed/2/acl by/5/case airstrikes/3/obl:agent recaptured/0/root the/8/det town/6/obj ./6/punct",
		},
		{ // joined by "and": two predicates of one subject stay
			[]string{"Troops NOUN NNS 2 nsubj troop", "attacked VERB VBN 0 root attack", "and CCONJ CC 4 cc and",
				"withdrew VERB VBD 2 conj withdraw"},
			"Troops/2/nsubj attacked/0/root and/4/cc withdrew/2/conj",
		},
	})
}

func TestRepairHyphenName(t *testing.T) {
	checkRepair(t, repairHyphenName, []repairCase{
		{ // "the town of Harardhere from al-Shabaab"
			[]string{"town NOUN NN 0 root town", "from ADP IN 3 case from", "al PROPN NNP 1 nmod al",
				"- PUNCT HYPH 5 punct -", "Shabaab PROPN NNP 1 nmod Shabaab"},
			"town/0/root from/5/case al/5/compound -/5/punct Shabaab/1/nmod",
		},
		{ // the pieces of a name after its head stay flat
			[]string{"Muqtada PROPN NNP 0 root Muqtada", "al PROPN NNP 1 flat al", "- PUNCT HYPH 4 punct -",
				"Sadr PROPN NNP 1 flat Sadr"},
			"Muqtada/0/root al/1/flat -/4/punct Sadr/1/flat",
		},
	})
}

// A reporting clause set off between a subject and its verb is the verb's
// parataxis; a sentence whose verb after the clause has a subject of its
// own is left alone.
func TestRepairMedialReporting(t *testing.T) {
	checkRepair(t, repairMedialReporting, []repairCase{
		{[]string{"Israel PROPN NNP 6 nsubj Israel", ", PUNCT , 1 punct ,", "a DET DT 5 det a", "senior ADJ JJ 5 amod senior",
			"official NOUN NN 6 nsubj official", "said VERB VBD 0 root say", "on ADP IN 8 case on", "Saturday PROPN NNP 6 obl Saturday",
			", PUNCT , 10 punct ,", "attacked VERB VBD 6 conj attack", "Gaza PROPN NNP 10 obj Gaza", ". PUNCT . 6 punct ."},
			"Israel/10/nsubj ,/6/punct a/5/det senior/5/amod official/6/nsubj said/10/parataxis on/8/case Saturday/6/obl ,/6/punct attacked/0/root Gaza/10/obj ./10/punct"},
		{[]string{"Russia PROPN NNP 4 vocative Russia", ", PUNCT , 1 punct ,", "officials NOUN NNS 4 nsubj official", "said VERB VBD 0 root say",
			", PUNCT , 6 punct ,", "they PRON PRP 6 nsubj they", "launched VERB VBD 4 ccomp launch", ". PUNCT . 4 punct ."},
			"Russia/4/vocative ,/1/punct officials/4/nsubj said/0/root ,/6/punct they/6/nsubj launched/4/ccomp ./4/punct"},
	})
}
