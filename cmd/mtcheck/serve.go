package main

import (
	"log/slog"

	"github.com/spf13/cobra"

	"github.com/mtcheck/mtcheck/cmd/mtcheck/internal/server"
)

func newServeCmd(e *env) *cobra.Command {
	o := server.DefaultOptions()
	cmd := &cobra.Command{
		Use:   "serve [flags]",
		Short: "Serve the checker over HTTP (LanguageTool API v2 and mtcheck's own API)",
		Long: `Serve the checker over HTTP until SIGTERM or SIGINT.

Routes:
  GET|POST /v2/check        LanguageTool's API: text or data (annotated text),
                            language de-DE, de-AT or de-CH (checked as that
                            variety of German), de or auto (the configured
                            variant); offsets in UTF-16 code units, as
                            LanguageTool clients expect
  GET  /v2/languages        the German variants, in LanguageTool's shape
  POST /api/v1/check        {"text"|"html"|"markdown": "...", "id", "include_text",
                            "config": {threshold, disable, enable, severity,
                            accept, variant}}:
                            the document object of mtcheck check --format json
  POST /api/v1/batch        JSON Lines in (as check --input jsonl), one record per
                            line out, in order, streamed
  GET  /api/v1/rules        the rules the configuration runs
  GET  /api/v1/openapi.json the OpenAPI 3.0 description
  GET  /healthz, /readyz    liveness; readiness (503 while shutting down)
  GET  /metrics             Prometheus metrics
  GET  /                    the editor page

One configuration, with an engine per language variant, serves every request. At most --max-concurrent documents are
checked at a time; up to --queue requests wait for a worker, for at most
--request-timeout. A full queue, a request that waited too long and a check
that took longer than --request-timeout are answered with 503 (the first two
with Retry-After). A text longer than --max-text-length characters is
answered with 413, as is a body larger than --max-body.

Configuration: the nearest .mtcheck.yaml at or above the working directory,
or the file --config names (--no-config: none). A broken configuration stops
the server before it listens. SIGHUP reloads it: the new engine is built
first and swapped in for the requests that follow; a broken configuration is
logged and the old one kept.

On SIGTERM or SIGINT the server fails /readyz, waits --drain-delay, stops
accepting connections and lets the requests in flight finish (at most
--shutdown-timeout). One log line per request goes to standard error.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Logger = slog.New(slog.NewTextHandler(e.stderr, nil))
			o.Version = version()
			o.WorkDir = e.workDir()
			o.Rules = e.withPacks
			s, err := server.New(o)
			if err != nil {
				return err
			}
			return s.Run(cmd.Context())
		},
	}
	server.RegisterFlags(cmd.Flags(), &o)
	return cmd
}
