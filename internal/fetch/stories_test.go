package fetch

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

const articlePage = `<!DOCTYPE html><html><head><title>%[1]s</title>
<meta property="og:title" content="%[1]s"><meta property="og:site_name" content="Test Wire">
<meta property="article:published_time" content="2024-05-06T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>%[1]s</h1>
<p>The foreign ministers of two neighbouring countries met in the capital on Monday to discuss the disputed border, officials from both governments said.</p>
<p>The talks lasted more than six hours and ended with a joint statement that called for calm along the frontier and promised further meetings.</p>
<p>Both sides agreed to set up a commission of experts who will map the border and report back to the two governments next month.</p>
</article><footer>Copyright Test Wire. All rights reserved.</footer></body></html>`

func testSite(t *testing.T) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		base := "http://" + r.Host
		switch r.URL.Path {
		case "/good.rss":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, rss, base)
		case "/bad.rss":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Broken<item><title>x</ti`)
		case "/a1", "/a2":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprintf(w, articlePage, "Ministers meet in the capital")
		case "/loop":
			http.Redirect(w, r, "/loop", http.StatusFound)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestStoriesFeedsAndFailures(t *testing.T) {
	srv := testSite(t)
	c := New(allowLoopback(), NewState())
	ctx := context.Background()
	var got []string
	var errs []error
	for _, u := range []string{srv.URL + "/bad.rss", srv.URL + "/loop", srv.URL + "/good.rss", srv.URL + "/missing", srv.URL + "/a1"} {
		res, err := c.Stories(ctx, u, StoryOptions{})
		if err != nil {
			errs = append(errs, err)
			continue
		}
		for _, s := range res.Stories {
			got = append(got, s.Title)
		}
	}
	if len(errs) != 3 {
		t.Fatalf("errors %v", errs)
	}
	for i, want := range []string{"bad.rss: not a readable", "redirect loop", "404"} {
		if !strings.Contains(errs[i].Error(), want) {
			t.Errorf("error %d = %q, want it to say %q", i, errs[i], want)
		}
	}
	if len(got) != 3 || got[0] != "Ministers meet in the capital" || got[1] != "Talks end without a deal" || got[2] != "Ministers meet in the capital" {
		t.Fatalf("stories %q", got)
	}
}

func TestStoriesArticlesAndSeen(t *testing.T) {
	srv := testSite(t)
	st := NewState()
	c := New(allowLoopback(), st)
	ctx := context.Background()
	res, err := c.Stories(ctx, srv.URL+"/good.rss", StoryOptions{Articles: true, Seen: st})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Stories) != 2 {
		t.Fatalf("got %d stories, skipped %v", len(res.Stories), res.Skipped)
	}
	s := res.Stories[0]
	if !strings.Contains(s.Text, "commission of experts") || strings.Contains(s.Text, "All rights reserved") {
		t.Errorf("article text not taken from the page: %q", s.Text)
	}
	if !s.DateKnown || s.Date.Format("2006-01-02") != "2024-05-06" || s.Source != "Test Wire" {
		t.Errorf("metadata: %v %v %q", s.Date, s.DateKnown, s.Source)
	}
	// A second poll: the feed has not changed (304), and even a full
	// fetch would give no new items.
	res, err = c.Stories(ctx, srv.URL+"/good.rss", StoryOptions{Seen: st})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Stories) != 0 {
		t.Fatalf("seen items came again: %d", len(res.Stories))
	}
}
