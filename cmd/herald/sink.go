package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/herald-events/herald/internal/cameo"
	"github.com/herald-events/herald/internal/pipeline"
)

// eventSink writes events as they come (JSON Lines) or, when merging,
// keeps them until the end and writes one merged event per cluster.
type eventSink struct {
	w      io.Writer
	enc    *json.Encoder
	format string
	merge  bool
	groups map[string]*eventGroup
	order  []string
}

type eventGroup struct {
	rec      pipeline.EventRecord
	mentions int
	sources  map[string]bool
	articles map[string]bool
}

func newEventSink(w io.Writer, cf codeFlags) *eventSink {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return &eventSink{w: w, enc: enc, format: cf.format, merge: cf.merge, groups: map[string]*eventGroup{}}
}

func (s *eventSink) add(r pipeline.EventRecord) error {
	if !s.merge {
		return s.enc.Encode(r)
	}
	cluster := r.ClusterID
	if cluster == "" {
		cluster = r.StoryID
	}
	key := strings.Join([]string{cluster, r.Source, r.Target, r.Code, r.EventDate}, "\x00")
	g, ok := s.groups[key]
	if !ok {
		g = &eventGroup{rec: r, sources: map[string]bool{}, articles: map[string]bool{}}
		s.groups[key] = g
		s.order = append(s.order, key)
	}
	g.mentions++
	src := r.StorySource
	if src == "" {
		src = r.StoryURL
	}
	if src == "" {
		src = r.StoryID
	}
	g.sources[src] = true
	g.articles[r.StoryID] = true
	return nil
}

func (s *eventSink) close() error {
	if !s.merge {
		return nil
	}
	for n, key := range s.order {
		g := s.groups[key]
		r := g.rec
		r.Mentions, r.Sources, r.Articles = g.mentions, len(g.sources), len(g.articles)
		var err error
		if s.format == "gdelt" {
			err = writeGDELT(s.w, n+1, r)
		} else {
			err = s.enc.Encode(r)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// writeGDELT writes one row in the GDELT 2.0 Events table's 61 columns,
// filled where herald has the value and empty elsewhere.
func writeGDELT(w io.Writer, id int, r pipeline.EventRecord) error {
	cols := make([]string, 61)
	date := strings.ReplaceAll(r.EventDate, "-", "")
	cols[0] = strconv.Itoa(id)
	cols[1] = date
	if len(date) == 8 {
		cols[2] = date[:6]
		cols[3] = date[:4]
		y, _ := strconv.Atoi(date[:4])
		m, _ := strconv.Atoi(date[4:6])
		d, _ := strconv.Atoi(date[6:8])
		cols[4] = fmt.Sprintf("%.4f", float64(y)+float64((m-1)*30+d)/365)
	}
	actor := func(off int, code, name string) {
		if code == "" || strings.HasPrefix(code, `"`) {
			return
		}
		cols[off] = code
		cols[off+1] = strings.ToUpper(name)
		a, err := cameo.ParseActor(code)
		if err != nil && len(a.Parts) == 0 {
			return
		}
		// Name, country, known group, ethnic, religion 1-2, type 1-3.
		rel, typ := off+5, off+7
		for i, p := range a.Parts {
			switch p.Kind {
			case cameo.KindCountry:
				if i == 0 && p.Code != "---" {
					cols[off+2] = p.Code
				}
			case cameo.KindOrganization, cameo.KindInternational:
				if cols[off+3] == "" {
					cols[off+3] = p.Code
				}
			case cameo.KindEthnic:
				cols[off+4] = p.Code
			case cameo.KindReligion:
				if rel <= off+6 {
					cols[rel] = p.Code
					rel++
				}
			case cameo.KindRole:
				if typ <= off+9 {
					cols[typ] = p.Code
					typ++
				}
			}
		}
	}
	actor(5, r.Source, r.SourceName)
	actor(15, r.Target, r.TargetName)
	cols[25] = "1" // IsRootEvent: herald codes the sentence's own verbs
	cols[26] = r.Code
	if len(r.Code) >= 3 {
		cols[27] = r.Code[:3]
	}
	cols[28] = r.Root
	if r.QuadClass > 0 {
		cols[29] = strconv.Itoa(r.QuadClass)
		cols[30] = strconv.FormatFloat(r.Goldstein, 'f', 1, 64)
	}
	cols[31] = strconv.Itoa(max(r.Mentions, 1))
	cols[32] = strconv.Itoa(max(r.Sources, 1))
	cols[33] = strconv.Itoa(max(r.Articles, 1))
	cols[59] = date + "000000"
	cols[60] = r.StoryURL
	if cols[60] == "" {
		cols[60] = r.StoryID
	}
	_, err := io.WriteString(w, strings.Join(cols, "\t")+"\n")
	return err
}
