package sharedtest

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// HTMLNewsPages reads every gzip'd page of the html-news benchmark
// (html-news/html/*.html.gz) and returns them with their total size.
func HTMLNewsPages(tb testing.TB) (pages [][]byte, total int64) {
	tb.Helper()
	dir := Path(tb, "html-news", "html")
	ents, err := os.ReadDir(dir)
	if err != nil {
		tb.Fatal(err)
	}
	for _, e := range ents {
		p, err := ReadGzip(filepath.Join(dir, e.Name()))
		if err != nil {
			tb.Fatal(err)
		}
		pages = append(pages, p)
		total += int64(len(p))
	}
	return pages, total
}

// ReadGzip returns the uncompressed content of a gzip file.
func ReadGzip(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return io.ReadAll(zr)
}
