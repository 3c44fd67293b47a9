package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// All tests talk only to httptest servers on 127.0.0.1; addresses that
// must be refused are refused before any connection is made.

const rss = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Test Wire</title>
<item><guid>a1</guid><title>Ministers meet in the capital</title><link>%[1]s/a1</link>
<pubDate>Mon, 06 May 2024 10:00:00 GMT</pubDate>
<description>&lt;p&gt;The foreign ministers of two neighbouring countries met on Monday to discuss the border.&lt;/p&gt;&lt;p&gt;They agreed to meet again next month.&lt;/p&gt;</description></item>
<item><guid>a2</guid><title>Talks end without a deal</title><link>%[1]s/a2</link>
<pubDate>Tue, 07 May 2024 10:00:00 GMT</pubDate>
<description>Negotiators left the talks on Tuesday without an agreement, officials said.</description></item>
</channel></rss>`

func allowLoopback() Options {
	return Options{AllowPrivate: true, Timeout: 5 * time.Second, Rate: -1}
}

func TestConditionalGet(t *testing.T) {
	var hits, conditional atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		if r.Header.Get("If-None-Match") == `"v1"` && r.Header.Get("If-Modified-Since") != "" {
			conditional.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Mon, 06 May 2024 10:00:00 GMT")
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, rss, "http://"+r.Host)
	}))
	defer srv.Close()
	st := NewState()
	c := New(allowLoopback(), st)
	r, err := c.Get(context.Background(), srv.URL+"/feed")
	if err != nil {
		t.Fatal(err)
	}
	if r.NotModified || !strings.Contains(string(r.Body), "Test Wire") {
		t.Fatalf("first get: %+v", r)
	}
	r, err = c.Get(context.Background(), srv.URL+"/feed")
	if err != nil {
		t.Fatal(err)
	}
	if !r.NotModified || len(r.Body) != 0 || conditional.Load() != 1 || hits.Load() != 2 {
		t.Fatalf("second get: not modified %v, conditional %d, hits %d", r.NotModified, conditional.Load(), hits.Load())
	}
	// The validators survive a save and load.
	path := t.TempDir() + "/state.json"
	if err := st.Save(path); err != nil {
		t.Fatal(err)
	}
	st2, err := LoadState(path)
	if err != nil {
		t.Fatal(err)
	}
	if v, ok := st2.Validators(srv.URL + "/feed"); !ok || v.ETag != `"v1"` {
		t.Fatalf("validators after reload: %+v %v", v, ok)
	}
}

func TestRefusesLoopbackByDefault(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	defer srv.Close()
	port := srv.Listener.Addr().(interface{ String() string }).String()
	port = port[strings.LastIndex(port, ":"):]
	c := New(Options{Timeout: 5 * time.Second, Rate: -1}, nil)
	for _, u := range []string{
		srv.URL,                      // 127.0.0.1 literal
		"http://localhost" + port,    // a name that resolves to loopback
		"http://[::1]" + port + "/x", // IPv6 loopback
		"http://0.0.0.0" + port,      // unspecified
	} {
		_, err := c.Get(context.Background(), u)
		if !errors.Is(err, ErrBlockedAddress) {
			t.Errorf("%s: got %v, want a refusal", u, err)
		}
	}
	if hits.Load() != 0 {
		t.Fatalf("the server was reached %d times", hits.Load())
	}
}

func TestRefusesRedirectToLoopback(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		// Send the client on to another loopback address (as an attacker
		// would send it to an internal service).
		http.Redirect(w, r, "http://127.0.0.2:1/admin", http.StatusFound)
	}))
	defer srv.Close()
	// The first server is explicitly allowed; the redirect target is not.
	c := New(Options{Timeout: 5 * time.Second, Rate: -1, Allow: []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}}, nil)
	_, err := c.Get(context.Background(), srv.URL+"/start")
	if !errors.Is(err, ErrBlockedAddress) || !strings.Contains(err.Error(), "127.0.0.2") {
		t.Fatalf("got %v, want the redirect refused", err)
	}
	if hits.Load() != 1 {
		t.Fatalf("hits %d", hits.Load())
	}
}

func TestRedirectLoopAndCap(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		switch {
		case r.URL.Path == "/a":
			http.Redirect(w, r, "/b", http.StatusFound)
		case r.URL.Path == "/b":
			http.Redirect(w, r, "/a", http.StatusFound)
		case strings.HasPrefix(r.URL.Path, "/n/"):
			var n int
			fmt.Sscanf(r.URL.Path, "/n/%d", &n)
			http.Redirect(w, r, fmt.Sprintf("/n/%d", n+1), http.StatusFound)
		}
	}))
	defer srv.Close()
	c := New(allowLoopback(), nil)
	if _, err := c.Get(context.Background(), srv.URL+"/a"); !errors.Is(err, ErrRedirectLoop) {
		t.Errorf("loop: got %v", err)
	}
	if _, err := c.Get(context.Background(), srv.URL+"/n/0"); !errors.Is(err, ErrTooManyRedirects) {
		t.Errorf("chain: got %v", err)
	}
	if n := hits.Load(); n > 2+DefaultMaxRedirects+1 {
		t.Errorf("%d requests for two capped redirect chains", n)
	}
}

func TestSizeCap(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		if r.URL.Path == "/declared" {
			w.Header().Set("Content-Length", "10000000")
		}
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title>`)
		item := strings.Repeat("<item><title>x</title><description>filler text</description></item>", 100)
		for i := 0; i < 2000 && r.Context().Err() == nil; i++ { // ~14 MB unless the client hangs up
			if _, err := fmt.Fprint(w, item); err != nil {
				return
			}
		}
	}))
	defer srv.Close()
	o := allowLoopback()
	o.MaxBytes = 1 << 20
	c := New(o, nil)
	for _, p := range []string{"/streamed", "/declared"} {
		_, err := c.Get(context.Background(), srv.URL+p)
		if !errors.Is(err, ErrTooLarge) {
			t.Errorf("%s: got %v, want the size cap", p, err)
		}
	}
}

func TestTimeout(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow-body" {
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, "<html><body><p>start")
			w.(http.Flusher).Flush()
		}
		select {
		case <-r.Context().Done():
		case <-release:
		case <-time.After(20 * time.Second):
		}
	}))
	defer srv.Close()
	defer close(release)
	o := allowLoopback()
	o.Timeout = 300 * time.Millisecond
	c := New(o, nil)
	for _, p := range []string{"/slow-headers", "/slow-body"} {
		_, err := c.Get(context.Background(), srv.URL+p)
		if err == nil || !strings.Contains(err.Error(), "timed out") {
			t.Errorf("%s: got %v, want a timeout", p, err)
		}
	}
}

func TestSchemes(t *testing.T) {
	c := New(Options{}, nil)
	for _, u := range []string{"file:///etc/passwd", "ftp://example.org/x", "gopher://x"} {
		if _, err := c.Get(context.Background(), u); !errors.Is(err, ErrScheme) {
			t.Errorf("%s: got %v", u, err)
		}
	}
}

func TestPublic(t *testing.T) {
	for _, c := range []struct {
		ip   string
		want bool
	}{
		{"8.8.8.8", true}, {"93.184.216.34", true}, {"2606:4700::1111", true},
		{"127.0.0.1", false}, {"127.255.0.9", false}, {"10.1.2.3", false}, {"172.16.0.1", false},
		{"172.31.255.255", false}, {"192.168.1.1", false}, {"169.254.169.254", false},
		{"100.64.0.1", false}, {"100.127.255.254", false}, {"0.0.0.0", false}, {"224.0.0.1", false},
		{"255.255.255.255", false}, {"198.18.0.1", false}, {"::1", false}, {"::", false},
		{"fe80::1", false}, {"fc00::1", false}, {"fd12:3456::1", false}, {"ff02::1", false},
		{"::ffff:127.0.0.1", false}, {"::ffff:10.0.0.1", false}, {"64:ff9b::a9fe:a9fe", false},
		{"2002:7f00:0001::", false}, {"2002:0808:0808::", true}, {"172.32.0.1", true}, {"100.128.0.1", true},
	} {
		if got := Public(netip.MustParseAddr(c.ip)); got != c.want {
			t.Errorf("Public(%s) = %v, want %v", c.ip, got, c.want)
		}
	}
}

func TestHostLimiter(t *testing.T) {
	l := newHostLimiter(0.001) // one request per 1000 s
	ctx := context.Background()
	if err := l.wait(ctx, "a.example"); err != nil {
		t.Fatal(err)
	}
	if err := l.wait(ctx, "b.example"); err != nil { // another host is not held back
		t.Fatal(err)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if err := l.wait(cctx, "a.example"); !errors.Is(err, context.Canceled) {
		t.Fatalf("second request to the same host went out at once: %v", err)
	}
}
