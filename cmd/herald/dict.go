package main

import (
	"context"
	"errors"
)

// runDict is being written in this session.
func runDict(ctx context.Context, env *cliEnv, args []string) error {
	return errors.New("not built yet")
}
