package fetch

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
)

// State remembers, per URL, the cache validators for conditional GETs and,
// per feed, the items already seen. It implements Store, and can be kept
// in a JSON file between runs.
type State struct {
	mu   sync.Mutex
	data stateData
}

type stateData struct {
	Validators map[string]Validators `json:"validators"`
	// Seen maps a feed URL to the IDs of items already written, oldest first.
	Seen map[string][]string `json:"seen"`
}

// MaxSeenPerFeed bounds how many item IDs are remembered per feed.
const MaxSeenPerFeed = 5000

// NewState returns an empty state.
func NewState() *State {
	return &State{data: stateData{Validators: map[string]Validators{}, Seen: map[string][]string{}}}
}

// LoadState reads a state file; a missing file gives an empty state.
func LoadState(path string) (*State, error) {
	s := NewState()
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(b, &s.data); err != nil {
		return nil, fmt.Errorf("state file %s: %w", path, err)
	}
	if s.data.Validators == nil {
		s.data.Validators = map[string]Validators{}
	}
	if s.data.Seen == nil {
		s.data.Seen = map[string][]string{}
	}
	return s, nil
}

// Save writes the state file atomically (a temporary file renamed).
func (s *State) Save(path string) error {
	s.mu.Lock()
	b, err := json.MarshalIndent(&s.data, "", " ")
	s.mu.Unlock()
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".herald-state-*")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(append(b, '\n')); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// Validators implements Store.
func (s *State) Validators(url string) (Validators, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.data.Validators[url]
	return v, ok
}

// SetValidators implements Store.
func (s *State) SetValidators(url string, v Validators) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.data.Validators[url] = v
}

// Seen reports whether item id of feed was seen.
func (s *State) Seen(feed, id string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, x := range s.data.Seen[feed] {
		if x == id {
			return true
		}
	}
	return false
}

// MarkSeen records item id of feed, forgetting the oldest past MaxSeenPerFeed.
func (s *State) MarkSeen(feed, id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	l := append(s.data.Seen[feed], id)
	if len(l) > MaxSeenPerFeed {
		l = l[len(l)-MaxSeenPerFeed:]
	}
	s.data.Seen[feed] = l
}
