package text

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sort"

	"github.com/herald-events/herald/internal/conllu"
)

// TrainOptions controls training. The zero value gives the defaults used
// for the shipped model.
type TrainOptions struct {
	TaggerIters int // perceptron passes for the tagger (default 8)
	ParserIters int // passes for the parser (default 12)
	Folds       int // jackknife folds for the parser's training tags (default 4; 1 = gold tags)
	// Ensemble is how many parsers are trained in different orders and
	// summed into one model (default 3; see freezeSum).
	Ensemble int
	Seed     uint64 // shuffling seed (default 1)
	// ParserDropout and TaggerDropout are word dropout rates (see
	// trainParser; 0: none). The shipped model uses none: dropout 0.25
	// in the parser raises EWT dev UAS by 0.4 but lowers event coding
	// from raw text on every suite.
	ParserDropout, TaggerDropout float64
	Logger                       *slog.Logger
	// Dev, when set, is scored (gold tokens, predicted tags) after every
	// parser pass and logged; it does not change the model.
	Dev []*conllu.Sentence
}

func (o *TrainOptions) defaults() {
	if o.TaggerIters <= 0 {
		o.TaggerIters = 8
	}
	if o.ParserIters <= 0 {
		o.ParserIters = 12
	}
	if o.Folds <= 0 {
		o.Folds = 4
	}
	if o.Ensemble <= 0 {
		o.Ensemble = 3
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
}

// Train trains the tagger, lemmatizer and parser on gold CoNLL-U sentences
// and writes the compressed model to w. The same sentences and options
// always give the same bytes.
func Train(ctx context.Context, sents []*conllu.Sentence, opt TrainOptions, w io.Writer) error {
	opt.defaults()
	log := opt.Logger
	if len(sents) == 0 {
		return errors.New("train: no sentences")
	}
	// tag classes and labels, sorted
	tagSet := map[string]bool{}
	labSet := map[string]bool{}
	for _, s := range sents {
		for _, t := range s.Tokens {
			tagSet[t.UPOS+"\t"+t.XPOS] = true
			labSet[t.Deprel] = true
			if t.Head < 0 {
				return fmt.Errorf("train: %s: word %d has no head", s.ID, t.ID)
			}
		}
	}
	tagKeys := sortedKeys(tagSet)
	tagID := map[string]int{}
	var upos, xpos []string
	for i, k := range tagKeys {
		tagID[k] = i
		u, x, _ := cut(k, "\t")
		upos = append(upos, u)
		xpos = append(xpos, x)
	}
	labels := sortedKeys(labSet)
	if len(labels) > 64 {
		return fmt.Errorf("train: %d relation labels, at most 64 supported", len(labels))
	}
	if !labSet["root"] {
		return errors.New("train: no root relation in the data")
	}
	labID := map[string]int{}
	for i, l := range labels {
		labID[l] = i
	}
	data := make([]taggedSentence, len(sents))
	var forms, xp, lem []string
	for i, s := range sents {
		ts := taggedSentence{}
		for _, t := range s.Tokens {
			ts.forms = append(ts.forms, t.Form)
			ts.tags = append(ts.tags, tagID[t.UPOS+"\t"+t.XPOS])
			forms = append(forms, t.Form)
			xp = append(xp, t.XPOS)
			lem = append(lem, t.Lemma)
		}
		data[i] = ts
	}
	log.Info("training lemmatizer", "words", len(forms))
	lm := trainLemmatizer(forms, xp, lem)

	// jackknifed tags for the parser
	predTags := make([][]int, len(data))
	if opt.Folds > 1 {
		for f := 0; f < opt.Folds; f++ {
			if err := ctx.Err(); err != nil {
				return err
			}
			var trainPart []taggedSentence
			for i := range data {
				if i%opt.Folds != f {
					trainPart = append(trainPart, data[i])
				}
			}
			tg, err := trainTagger(ctx, trainPart, upos, xpos, opt.TaggerIters, opt.Seed+uint64(f)+100, opt.TaggerDropout, nil, nil)
			if err != nil {
				return err
			}
			correct, total := 0, 0
			for i := range data {
				if i%opt.Folds == f {
					predTags[i] = tg.tag(data[i].forms, nil)
					for k, c := range predTags[i] {
						if c == data[i].tags[k] {
							correct++
						}
						total++
					}
				}
			}
			log.Info("jackknife fold", "fold", f, "tag_accuracy", 100*float64(correct)/float64(total))
		}
	} else {
		for i := range data {
			predTags[i] = data[i].tags
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	tg, err := trainTagger(ctx, data, upos, xpos, opt.TaggerIters, opt.Seed, opt.TaggerDropout, func(it int, acc float64) {
		log.Info("tagger pass", "pass", it+1, "train_accuracy", acc)
	}, nil)
	if err != nil {
		return err
	}
	if opt.Folds > 1 {
		// second pass, trained on the jackknifed first-pass tags
		t2, err := trainTagger(ctx, data, upos, xpos, opt.TaggerIters, opt.Seed+7, opt.TaggerDropout, func(it int, acc float64) {
			log.Info("second tagger pass", "pass", it+1, "train_accuracy", acc)
		}, predTags)
		if err != nil {
			return err
		}
		tg.second = t2.model
	}

	ex := make([]parseExample, len(sents))
	for i, s := range sents {
		heads := make([]int, len(s.Tokens))
		labs := make([]int, len(s.Tokens))
		for k, t := range s.Tokens {
			heads[k] = t.Head
			labs[k] = labID[t.Deprel]
		}
		ex[i] = parseExample{forms: data[i].forms, tags: predTags[i], xpos: xposOf(predTags[i], xpos), amb: ambOf(tg, data[i].forms), heads: projectivize(heads), labels: labs}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	var devEx []parseExample
	for _, s := range opt.Dev {
		var fs []string
		heads := make([]int, len(s.Tokens))
		labs := make([]int, len(s.Tokens))
		for k, t := range s.Tokens {
			fs = append(fs, t.Form)
			heads[k] = t.Head
			l, ok := labID[t.Deprel]
			if !ok {
				l = -1
			}
			labs[k] = l
		}
		dt := tg.tag(fs, nil)
		devEx = append(devEx, parseExample{forms: fs, tags: dt, xpos: xposOf(dt, xpos), amb: ambOf(tg, fs), heads: heads, labels: labs})
	}
	ps, err := trainParser(ctx, ex, labels, opt.ParserIters, opt.Seed, opt.ParserDropout, opt.Ensemble, func(it int, uas, las float64, snapshot func() *parser) {
		if len(devEx) == 0 {
			log.Info("parser pass", "pass", it+1, "train_uas", uas, "train_las", las)
			return
		}
		sp := snapshot()
		c, lc, n := 0, 0, 0
		for _, e := range devEx {
			h, l := sp.parse(e.forms, e.tags, e.xpos, e.amb)
			for k := range h {
				if h[k] == e.heads[k] {
					c++
					if l[k] == e.labels[k] {
						lc++
					}
				}
				n++
			}
		}
		log.Info("parser pass", "pass", it+1, "train_uas", uas, "train_las", las,
			"dev_uas", 100*float64(c)/float64(n), "dev_las", 100*float64(lc)/float64(n))
	})
	if err != nil {
		return err
	}
	md := &model{tagger: tg, lemma: lm, parser: ps}
	log.Info("model", "tagger_features", tg.model.numFeatures(), "parser_features", ps.model.numFeatures(), "label_features", ps.lmodel.numFeatures())
	return writeModel(w, md)
}

func xposOf(tags []int, xpos []string) []string {
	out := make([]string, len(tags))
	for i, t := range tags {
		out[i] = xpos[t]
	}
	return out
}

func cut(s, sep string) (string, string, bool) {
	for i := 0; i+len(sep) <= len(s); i++ {
		if s[i:i+len(sep)] == sep {
			return s[:i], s[i+len(sep):], true
		}
	}
	return s, "", false
}

var _ = sort.Strings
