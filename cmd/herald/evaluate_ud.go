package main

import (
	"context"
	"errors"
)

// runEvaluateUD is being written in this session.
func runEvaluateUD(ctx context.Context, env *cliEnv, args []string) error {
	return errors.New("not built yet")
}
