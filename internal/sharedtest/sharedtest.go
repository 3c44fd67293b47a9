// Package sharedtest locates the shared, third-party test data that lives
// beside the repository in ../shared/data. That data is read, never copied
// into the repository.
//
// Tests call Path(t, "petrarch2", "PETR.UnitTest.records.dev.xml"). When the
// data is absent the test is skipped with a clear message, unless
// HERALD_REQUIRE_SHARED=1 is set (as .ci/run does), in which case it fails.
// It also holds small helpers tests of several packages share, such as
// Generated input.
package sharedtest

import (
	"os"
	"path/filepath"
	"testing"
)

// Root returns the shared data directory (…/shared/data) and whether it
// exists. HERALD_SHARED_DATA overrides where it is looked for.
func Root() (string, bool) {
	if d := os.Getenv("HERALD_SHARED_DATA"); d != "" {
		st, err := os.Stat(d)
		return d, err == nil && st.IsDir()
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			d := filepath.Join(dir, "..", "shared", "data")
			st, err := os.Stat(d)
			return d, err == nil && st.IsDir()
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

// Path returns the path of a file or folder under the shared data
// directory, skipping (or, with HERALD_REQUIRE_SHARED=1, failing) the test
// when it is not there.
func Path(tb testing.TB, elem ...string) string {
	tb.Helper()
	root, ok := Root()
	p := filepath.Join(append([]string{root}, elem...)...)
	if ok {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	msg := "shared test data " + filepath.Join(elem...) + " not found under ../shared/data (set HERALD_SHARED_DATA to its location)"
	if os.Getenv("HERALD_REQUIRE_SHARED") == "1" {
		tb.Fatal(msg + "; HERALD_REQUIRE_SHARED=1 makes this a failure")
	}
	tb.Skip(msg)
	return ""
}
