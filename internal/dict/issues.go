package dict

import (
	"io"
	"slices"
	"strings"
)

// Issue is one issue phrase, already expanded into its forms.
type Issue struct {
	Forms []string // upper case, each padded with a blank on both sides
	Code  string
	// Ignore is set for '~' lines: finding the phrase cancels issue
	// coding for the sentence ("~~": for the story).
	Ignore      bool
	StoryIgnore bool
	Category    string
	Pos         Pos
}

// Issues is an issue list.
type Issues struct {
	List     []Issue
	Warnings []Warning
	// byFirst indexes every form, as words, by its first word.
	byFirst map[string][]issueForm
}

type issueForm struct {
	words []string
	issue int
}

func (is *Issues) index() {
	is.byFirst = map[string][]issueForm{}
	for i, it := range is.List {
		for _, f := range it.Forms {
			w := strings.Fields(f)
			if len(w) > 0 {
				is.byFirst[w[0]] = append(is.byFirst[w[0]], issueForm{w, i})
			}
		}
	}
}

// Read reads an issue file in PETRARCH's format into is.
func (is *Issues) Read(r io.Reader, name string) error {
	lr := newLineReader(r, name)
	category := ""
	for {
		line, n, ok := lr.next()
		if !ok {
			break
		}
		pos := Pos{name, n}
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "<ISSUE") {
			if i := strings.Index(t, `CATEGORY="`); i >= 0 {
				rest := t[i+10:]
				if j := strings.IndexByte(rest, '"'); j >= 0 {
					category = rest[:j]
				}
			}
			continue
		}
		if strings.HasPrefix(t, "</ISSUE") {
			category = ""
			continue
		}
		it := Issue{Category: category, Pos: pos}
		var target string
		switch {
		case strings.HasPrefix(t, "~~"):
			it.Ignore, it.StoryIgnore, target = true, true, t[2:]
		case strings.HasPrefix(t, "~"):
			it.Ignore, target = true, t[1:]
		default:
			i := strings.IndexByte(t, '[')
			if i < 0 {
				// PETRARCH skips such a line; we say so.
				is.Warnings = append(is.Warnings, Warning{pos, "issue line " + t + " has no [code]; skipped"})
				continue
			}
			j := strings.IndexByte(t[i:], ']')
			if j < 0 {
				return errorf(pos, "issue line %q: '[' without ']'", t)
			}
			it.Code = strings.TrimSpace(t[i+1 : i+j])
			if it.Code == "" {
				return errorf(pos, "issue line %q has an empty code", t)
			}
			target = t[:i]
		}
		target = strings.ToUpper(strings.TrimSpace(target))
		if target == "" {
			return errorf(pos, "issue line %q has no phrase", t)
		}
		for _, f := range expandIssue(target) {
			it.Forms = append(it.Forms, " "+f+" ")
		}
		is.List = append(is.List, it)
	}
	is.index()
	return lr.err
}

// expandIssue applies the n: (noun plural), v: (verb forms) and + (blank
// or hyphen) expansions.
func expandIssue(s string) []string {
	forms := []string{s}
	for changed := true; changed; {
		changed = false
		var next []string
		for _, f := range forms {
			switch {
			case strings.Contains(f, "+"):
				next = append(next, strings.Replace(f, "+", " ", 1), strings.Replace(f, "+", "-", 1))
				changed = true
			case strings.Contains(f, "N:"):
				pre, post, _ := strings.Cut(f, "N:")
				w, tail, _ := strings.Cut(post, " ")
				if tail != "" {
					tail = " " + tail
				}
				pl := w + "S"
				if strings.HasSuffix(w, "Y") {
					pl = w[:len(w)-1] + "IES"
				}
				next = append(next, pre+w+tail, pre+pl+tail)
				changed = true
			case strings.Contains(f, "V:"):
				pre, post, _ := strings.Cut(f, "V:")
				w, tail, _ := strings.Cut(post, " ")
				if tail != "" {
					tail = " " + tail
				}
				next = append(next, pre+w+tail)
				for _, v := range regularForms(w) {
					next = append(next, pre+v+tail)
				}
				changed = true
			default:
				next = append(next, f)
			}
		}
		forms = next
	}
	return forms
}

// Match returns the issue codes found in the sentence's words with how
// many of their phrases occur, in the order first found; an ignore
// phrase cancels them all.
func (is *Issues) Match(words []string) []IssueCount {
	if len(is.List) == 0 {
		return nil
	}
	up := make([]string, len(words))
	for i, w := range words {
		up[i] = strings.ToUpper(w)
	}
	return is.MatchUpper(up)
}

// MatchUpper is Match for words already in capitals (strings.ToUpper).
func (is *Issues) MatchUpper(up []string) []IssueCount {
	if len(is.List) == 0 {
		return nil
	}
	if is.byFirst == nil {
		is.index()
	}
	var order []int // the issues found, in the order found
	for at, w := range up {
		for _, f := range is.byFirst[w] {
			if at+len(f.words) > len(up) || slices.Contains(order, f.issue) {
				continue
			}
			ok := true
			for k, x := range f.words {
				if up[at+k] != x {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			if is.List[f.issue].Ignore {
				return nil
			}
			order = append(order, f.issue)
		}
	}
	var out []IssueCount
	for _, i := range order {
		code := is.List[i].Code
		dup := false
		for k := range out {
			if out[k].Code == code {
				out[k].Count++
				dup = true
			}
		}
		if !dup {
			out = append(out, IssueCount{code, 1})
		}
	}
	return out
}

// IssueCount is an issue code and how many of its phrases a sentence has.
type IssueCount struct {
	Code  string `json:"code"`
	Count int    `json:"count"`
}
