package main

import (
	"context"
	"errors"
)

// runWatch is being written in this session.
func runWatch(ctx context.Context, env *cliEnv, args []string) error {
	return errors.New("not built yet")
}
