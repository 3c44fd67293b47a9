package main

import (
	"context"
	"errors"
)

// runAnalyze is being written in this session.
func runAnalyze(ctx context.Context, env *cliEnv, args []string) error {
	return errors.New("not built yet")
}
