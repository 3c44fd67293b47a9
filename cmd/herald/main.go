// Command herald turns news text into CAMEO event data.
//
// It is one binary with subcommands; each subcommand lives in its own file
// in this package and does little more than parse flags and call into
// internal/....
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"sort"
	"syscall"
)

// command is one herald subcommand.
type command struct {
	summary string
	run     func(ctx context.Context, env *cliEnv, args []string) error
}

// cliEnv carries the process's standard streams so commands can be tested.
type cliEnv struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	logger *slog.Logger
}

func commands() map[string]command {
	return map[string]command{
		"code":        {"code events from records, text, HTML, feeds, WARC or JSONL", runCode},
		"eval":        {"code record files and compare with their gold codings", runEval},
		"bench":       {"measure coding and analysis throughput", runBench},
		"dict":        {"look up and check dictionaries (lookup, check)", runDict},
		"train":       {"train the tagger, lemmatizer and parser from CoNLL-U", runTrain},
		"analyze":     {"analyse raw text: sentences, tokens, tags, lemmas, dependencies (CoNLL-U out)", runAnalyze},
		"evaluate-ud": {"score herald's analysis against gold CoNLL-U", runEvaluateUD},
		"fetch":       {"fetch feeds and article pages into stories", runFetch},
		"watch":       {"poll feeds and code new stories as they arrive", runWatch},
		"stories":     {"read text, HTML, feeds, WARC or JSONL and print the clean stories", runStories},
	}
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: herald COMMAND [flags] [args]")
	fmt.Fprintln(w, "\ncommands:")
	cmds := commands()
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-12s %s\n", n, cmds[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'herald COMMAND -h' for a command's flags.")
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	env := &cliEnv{
		stdin:  os.Stdin,
		stdout: os.Stdout,
		stderr: os.Stderr,
		logger: slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})),
	}
	os.Exit(run(ctx, env, os.Args[1:]))
}

// run dispatches to a subcommand and returns the process exit code.
func run(ctx context.Context, env *cliEnv, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(env.stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	cmd, ok := commands()[args[0]]
	if !ok {
		fmt.Fprintf(env.stderr, "herald: unknown command %q\n\n", args[0])
		usage(env.stderr)
		return 2
	}
	if err := cmd.run(ctx, env, args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		var ue usageError
		if errors.As(err, &ue) {
			fmt.Fprintf(env.stderr, "herald %s: %v\n", args[0], err)
			return 2
		}
		fmt.Fprintf(env.stderr, "herald %s: %v\n", args[0], err)
		return 1
	}
	return 0
}

// usageError marks an error in how a command was called.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// parseFlags parses flags that may come before, between or after the
// positional arguments ("herald eval FILE --json"), and returns the
// positional ones. "--" ends the flags.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}
