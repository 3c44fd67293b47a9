package sharedtest

import (
	"bytes"
	"io"
)

// Generated is input produced lazily, record by record, by Write(w, i)
// for i below N, so that a large input never sits in memory.
type Generated struct {
	N     int
	Write func(w io.Writer, i int)
	i     int
	buf   bytes.Buffer
}

// Read implements io.Reader.
func (g *Generated) Read(p []byte) (int, error) {
	for g.buf.Len() == 0 {
		if g.i >= g.N {
			return 0, io.EOF
		}
		g.Write(&g.buf, g.i)
		g.i++
	}
	return g.buf.Read(p)
}
