// Package fetch downloads feeds and article pages safely: every request
// has a timeout and a response size cap, redirects are capped and loops
// refused, requests to one host are spaced by a rate limit, ETag and
// Last-Modified validators are remembered for conditional GETs, and
// connections to private, loopback, link-local and other non-public
// addresses are refused at dial time — after DNS resolution and on every
// redirect — unless explicitly allowed.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Errors wrapped by Get's errors.
var (
	ErrBlockedAddress   = errors.New("address not allowed (private, loopback, link-local or reserved; see --allow-private)")
	ErrTooLarge         = errors.New("response larger than the size cap")
	ErrTooManyRedirects = errors.New("too many redirects")
	ErrRedirectLoop     = errors.New("redirect loop")
	ErrStatus           = errors.New("unexpected HTTP status")
	ErrScheme           = errors.New("only http and https URLs can be fetched")
)

// Options configure a Client. Zero values take the defaults.
type Options struct {
	// Timeout bounds one request, from dialing to the last body byte.
	Timeout time.Duration
	// MaxBytes caps a response body.
	MaxBytes int64
	// MaxRedirects caps the redirects followed for one request.
	MaxRedirects int
	// Rate is the most requests per second sent to one host; negative
	// means no limit.
	Rate float64
	// AllowPrivate lets requests reach private, loopback, link-local and
	// other non-public addresses.
	AllowPrivate bool
	// Allow lists address ranges that may be reached even when
	// AllowPrivate is false (an intranet proxy, a test server).
	Allow []netip.Prefix
	// UserAgent is sent with every request.
	UserAgent string
}

// Defaults.
const (
	DefaultTimeout      = 30 * time.Second
	DefaultMaxBytes     = 16 << 20
	DefaultMaxRedirects = 5
	DefaultRate         = 1.0
	DefaultUserAgent    = "herald/0.1 (+https://github.com/herald-events/herald)"
)

func (o Options) withDefaults() Options {
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = DefaultMaxRedirects
	}
	if o.Rate == 0 {
		o.Rate = DefaultRate
	}
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent
	}
	return o
}

// Validators are the cache validators of one URL.
type Validators struct {
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
}

// Store remembers validators per URL for conditional GETs.
type Store interface {
	Validators(url string) (Validators, bool)
	SetValidators(url string, v Validators)
}

// Response is a fetched document.
type Response struct {
	URL         string // as requested
	FinalURL    string // after redirects
	Status      int
	ContentType string
	Body        []byte
	// NotModified is true when the server answered 304 to a conditional
	// GET; Body is then empty.
	NotModified bool
	Validators  Validators
}

// Client fetches URLs. It is safe for concurrent use.
type Client struct {
	opts  Options
	http  *http.Client
	store Store
	rate  *hostLimiter
}

// New returns a client. store may be nil (no conditional GETs).
func New(opts Options, store Store) *Client {
	opts = opts.withDefaults()
	c := &Client{opts: opts, store: store, rate: newHostLimiter(opts.Rate)}
	dialer := &net.Dialer{Timeout: opts.Timeout, Control: c.control}
	tr := &http.Transport{
		Proxy:                 nil, // a proxy would hide the address dialed
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   opts.Timeout,
		ResponseHeaderTimeout: opts.Timeout,
		MaxIdleConnsPerHost:   2,
		IdleConnTimeout:       30 * time.Second,
		ForceAttemptHTTP2:     true,
	}
	c.http = &http.Client{Transport: tr, CheckRedirect: c.checkRedirect}
	return c
}

// CloseIdle closes idle connections.
func (c *Client) CloseIdle() { c.http.CloseIdleConnections() }

// control runs on every connection after DNS resolution, before connect.
func (c *Client) control(network, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return err
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return fmt.Errorf("%w: %q is not an IP address", ErrBlockedAddress, host)
	}
	if !c.allowed(ip) {
		return fmt.Errorf("%w: %s", ErrBlockedAddress, ip)
	}
	return nil
}

func (c *Client) allowed(ip netip.Addr) bool {
	if c.opts.AllowPrivate {
		return true
	}
	ip = ip.Unmap()
	for _, p := range c.opts.Allow {
		if p.Contains(ip) {
			return true
		}
	}
	return Public(ip)
}

func (c *Client) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > c.opts.MaxRedirects {
		return fmt.Errorf("%w (more than %d)", ErrTooManyRedirects, c.opts.MaxRedirects)
	}
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return fmt.Errorf("%w: redirect to %s", ErrScheme, req.URL.Redacted())
	}
	for _, v := range via {
		if v.URL.String() == req.URL.String() {
			return fmt.Errorf("%w: back to %s", ErrRedirectLoop, req.URL.Redacted())
		}
	}
	if err := c.rate.wait(req.Context(), req.URL.Host); err != nil {
		return err
	}
	return nil
}

// Get fetches rawURL. A conditional GET is made when the store holds
// validators for it; a 304 gives a Response with NotModified set.
func (c *Client) Get(ctx context.Context, rawURL string) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("fetch %s: %w", u.Redacted(), ErrScheme)
	}
	if u.Host == "" {
		return nil, fmt.Errorf("fetch %s: no host", u.Redacted())
	}
	resp, err := c.get(ctx, u)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", u.Redacted(), err)
	}
	return resp, nil
}

func (c *Client) get(ctx context.Context, u *url.URL) (*Response, error) {
	ctx, cancel := context.WithTimeout(ctx, c.opts.Timeout)
	defer cancel()
	if err := c.rate.wait(ctx, u.Host); err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", c.opts.UserAgent)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, */*;q=0.5")
	key := u.String()
	if c.store != nil {
		if v, ok := c.store.Validators(key); ok {
			if v.ETag != "" {
				req.Header.Set("If-None-Match", v.ETag)
			}
			if v.LastModified != "" {
				req.Header.Set("If-Modified-Since", v.LastModified)
			}
		}
	}
	hr, err := c.http.Do(req)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return nil, fmt.Errorf("timed out after %v: %w", c.opts.Timeout, err)
		}
		return nil, err
	}
	defer hr.Body.Close()
	r := &Response{
		URL: key, FinalURL: hr.Request.URL.String(), Status: hr.StatusCode,
		ContentType: hr.Header.Get("Content-Type"),
		Validators:  Validators{ETag: hr.Header.Get("ETag"), LastModified: hr.Header.Get("Last-Modified")},
	}
	if hr.StatusCode == http.StatusNotModified {
		r.NotModified = true
		return r, nil
	}
	if hr.StatusCode < 200 || hr.StatusCode > 299 {
		_, _ = io.Copy(io.Discard, io.LimitReader(hr.Body, 64<<10))
		return nil, fmt.Errorf("%w: %s", ErrStatus, hr.Status)
	}
	if hr.ContentLength > c.opts.MaxBytes {
		return nil, fmt.Errorf("%w: Content-Length %d > %d bytes", ErrTooLarge, hr.ContentLength, c.opts.MaxBytes)
	}
	body, err := io.ReadAll(io.LimitReader(hr.Body, c.opts.MaxBytes+1))
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) || ctx.Err() != nil {
			return nil, fmt.Errorf("timed out after %v reading the body: %w", c.opts.Timeout, err)
		}
		return nil, fmt.Errorf("reading body: %w", err)
	}
	if int64(len(body)) > c.opts.MaxBytes {
		return nil, fmt.Errorf("%w (%d bytes)", ErrTooLarge, c.opts.MaxBytes)
	}
	r.Body = body
	if c.store != nil && (r.Validators.ETag != "" || r.Validators.LastModified != "") {
		c.store.SetValidators(key, r.Validators)
	}
	return r, nil
}

// nonPublic lists address ranges that are not on the public internet.
var nonPublic = mustPrefixes(
	"0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
	"172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16",
	"198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
	"::/128", "::1/128", "::ffff:0:0/96", "64:ff9b:1::/48", "100::/64", "2001::/23",
	"2001:db8::/32", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8",
)

func mustPrefixes(ss ...string) []netip.Prefix {
	out := make([]netip.Prefix, len(ss))
	for i, s := range ss {
		out[i] = netip.MustParsePrefix(s)
	}
	return out
}

// Public reports whether ip is a public unicast address: not private,
// loopback, link-local, unspecified, multicast, carrier-grade NAT,
// documentation, benchmarking or otherwise reserved. Addresses that embed
// an IPv4 address (IPv4-mapped, NAT64, 6to4) are judged by it.
func Public(ip netip.Addr) bool {
	ip = ip.Unmap()
	if !ip.IsValid() {
		return false
	}
	if ip.Is6() {
		b := ip.As16()
		switch {
		case b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && [8]byte(b[4:12]) == [8]byte{}: // 64:ff9b::/96 NAT64
			return Public(netip.AddrFrom4([4]byte(b[12:16])))
		case b[0] == 0x20 && b[1] == 0x02: // 2002::/16 6to4
			return Public(netip.AddrFrom4([4]byte(b[2:6])))
		}
	}
	for _, p := range nonPublic {
		if p.Contains(ip) {
			return false
		}
	}
	return true
}

// hostLimiter spaces requests to one host.
type hostLimiter struct {
	interval time.Duration
	mu       sync.Mutex
	next     map[string]time.Time
}

func newHostLimiter(rate float64) *hostLimiter {
	l := &hostLimiter{next: map[string]time.Time{}}
	if rate > 0 {
		l.interval = time.Duration(float64(time.Second) / rate)
	}
	return l
}

// wait blocks until a request to host may go out.
func (l *hostLimiter) wait(ctx context.Context, host string) error {
	if l.interval <= 0 {
		return nil
	}
	l.mu.Lock()
	now := time.Now()
	slot := l.next[host]
	if slot.Before(now) {
		slot = now
	}
	l.next[host] = slot.Add(l.interval)
	l.mu.Unlock()
	d := time.Until(slot)
	if d <= 0 {
		return nil
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// ParsePrefixes reads a comma-separated list of addresses or CIDR ranges.
func ParsePrefixes(s string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		if p, err := netip.ParsePrefix(f); err == nil {
			out = append(out, p.Masked())
			continue
		}
		a, err := netip.ParseAddr(f)
		if err != nil {
			return nil, fmt.Errorf("%q is neither an address nor a CIDR range", f)
		}
		out = append(out, netip.PrefixFrom(a, a.BitLen()))
	}
	return out, nil
}
