package main

import (
	"context"
	"errors"
)

// runTrain is being written in this session.
func runTrain(ctx context.Context, env *cliEnv, args []string) error {
	return errors.New("not built yet")
}
