package server

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/config"
)

// web is the editor page, served at /.
//
//go:embed web
var web embed.FS

// Server is mtcheck's HTTP server. It holds the mux and what the handlers
// share, and no state of any one request: the engines (swapped as a whole
// when the configuration is reloaded), the limiter and the metrics. It is
// safe for concurrent use.
type Server struct {
	opts    Options
	log     *slog.Logger
	limiter Limiter
	metrics *metrics
	handler http.Handler
	// webFiles serves the embedded editor page.
	webFiles http.Handler
	// methods are the methods of every route's path but "/".
	methods map[string][]string

	// state is the configuration in force, replaced as a whole by Reload.
	state atomic.Pointer[state]
	// reloadMu serialises reloads.
	reloadMu sync.Mutex
	// draining is set once shutdown has begun: /readyz answers 503.
	draining atomic.Bool
	// onCheck, when set (by tests), receives the time of every engine check.
	onCheck func(time.Duration)
}

// state is one loaded configuration: the setup and the engines derived
// from it. It is immutable except for its engine cache.
type state struct {
	setup *config.Setup
	// path is the configuration file ("" for the built-in defaults).
	path    string
	engines *engineCache
	// ruleNames holds the rule IDs and pack names of the setup; categories
	// its categories and families: what overrides may name.
	ruleNames, categories map[string]bool
	// titles are the rules' titles by ID, the engine's suppression rule included.
	titles map[string]string
}

func newState(s *config.Setup, path string) *state {
	st := &state{setup: s, path: path, engines: newEngineCache(s, engineCacheSize),
		ruleNames: map[string]bool{}, categories: map[string]bool{}, titles: map[string]string{}}
	sup := checker.SuppressionRule()
	st.titles[sup.ID] = sup.Title
	for _, r := range s.Rules {
		st.titles[r.ID] = r.Title
		st.ruleNames[r.ID] = true
		if r.Pack != "" {
			st.ruleNames[r.Pack] = true
		}
		st.categories[r.Category] = true
		st.categories[family(r.Category)] = true
	}
	return st
}

// route is one entry of the mux: a method, a path and the handler.
type route struct {
	method, path string
	handle       func(*Server, http.ResponseWriter, *http.Request)
}

// pattern is the route's ServeMux pattern.
func (r route) pattern() string { return r.method + " " + r.path }

// routeTable is every route of the server, in one place: the mux, Routes,
// the OpenAPI description's test and the deployment's test read it.
var routeTable = []route{
	{"GET", "/v2/check", (*Server).handleLTCheck},
	{"POST", "/v2/check", (*Server).handleLTCheck},
	{"GET", "/v2/languages", (*Server).handleLTLanguages},
	{"POST", "/api/v1/check", (*Server).handleCheck},
	{"POST", "/api/v1/batch", (*Server).handleBatch},
	{"GET", "/api/v1/rules", (*Server).handleRules},
	{"GET", "/api/v1/openapi.json", (*Server).handleOpenAPI},
	{"GET", "/healthz", (*Server).handleHealthz},
	{"GET", "/readyz", (*Server).handleReadyz},
	{"GET", "/metrics", (*Server).handleMetrics},
	{"GET", "/", (*Server).handleWeb},
}

// Routes returns the patterns of the server's mux ("GET /readyz", …). A GET
// route answers HEAD too; every route answers CORS preflight requests.
func Routes() []string {
	out := make([]string, len(routeTable))
	for i, r := range routeTable {
		out[i] = r.pattern()
	}
	return out
}

// New loads the configuration, builds its engine and returns the server.
// A broken configuration file is an error, as for mtcheck check.
func New(o Options) (*Server, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	s := &Server{opts: o, log: o.Logger, limiter: o.Limiter}
	if s.log == nil {
		s.log = slog.Default()
	}
	if s.limiter == nil {
		s.limiter = NewLimiter(o.MaxConcurrent, o.Queue)
	}
	st, err := s.load()
	if err != nil {
		return nil, err
	}
	s.state.Store(st)
	s.metrics = newMetrics(s.limiter)
	s.metrics.ruleCount.Set(float64(len(st.setup.Engine.Rules())))
	web, err := fs.Sub(web, "web")
	if err != nil {
		return nil, err
	}
	s.webFiles = http.FileServerFS(web)
	mux := http.NewServeMux()
	s.methods = map[string][]string{}
	for _, rt := range routeTable {
		if rt.path != "/" {
			s.methods[rt.path] = append(s.methods[rt.path], rt.method)
		}
		mux.HandleFunc(rt.pattern(), func(w http.ResponseWriter, r *http.Request) { rt.handle(s, w, r) })
	}
	s.handler = s.instrument(s.cors(s.limitBody(mux)))
	return s, nil
}

// Handler returns the server's handler: the mux behind logging, metrics,
// CORS and the body limit.
func (s *Server) Handler() http.Handler { return s.handler }

// load reads the configuration the options choose and builds its setup.
func (s *Server) load() (*state, error) {
	o := &s.opts
	path := ""
	switch {
	case o.NoConfig:
	case o.ConfigFile != "":
		path = o.ConfigFile
	default:
		dir := o.WorkDir
		if dir == "" {
			var err error
			if dir, err = os.Getwd(); err != nil {
				return nil, err
			}
		}
		p, found, err := config.Find(dir)
		if err != nil {
			return nil, err
		}
		if found {
			path = p
		}
	}
	cfg := &config.Config{}
	if path != "" {
		var err error
		if cfg, err = config.Load(path); err != nil {
			return nil, err
		}
	}
	setup, err := cfg.Build(config.Options{Rules: o.Rules})
	if err != nil {
		return nil, err
	}
	return newState(setup, path), nil
}

// Reload reads the configuration again and, when it builds, swaps it in for
// the requests that come after; requests in flight finish with the old one.
// A broken configuration is logged and returned, and the old one stays.
// mtcheck serve reloads on SIGHUP.
func (s *Server) Reload() error {
	s.reloadMu.Lock()
	defer s.reloadMu.Unlock()
	st, err := s.load()
	if err != nil {
		s.metrics.reloads.WithLabelValues("error").Inc()
		s.log.Error("configuration not reloaded; the old one stays in force", "err", err.Error())
		return err
	}
	s.state.Store(st)
	s.metrics.reloads.WithLabelValues("ok").Inc()
	s.metrics.ruleCount.Set(float64(len(st.setup.Engine.Rules())))
	s.log.Info("configuration reloaded", "config", orDefault(st.path), "rules", len(st.setup.Engine.Rules()))
	return nil
}

func orDefault(path string) string {
	if path == "" {
		return "(built-in defaults)"
	}
	return path
}

// Run listens on the options' address and serves until ctx is done, then
// shuts down gracefully (see Serve).
func (s *Server) Run(ctx context.Context) error {
	ln, err := net.Listen("tcp", s.opts.Addr)
	if err != nil {
		return err
	}
	return s.Serve(ctx, ln)
}

// Serve serves on ln until ctx is done (SIGTERM or SIGINT in mtcheck
// serve) and reloads the configuration on SIGHUP. To stop, it marks the
// server as draining (/readyz answers 503), keeps serving for DrainDelay,
// stops accepting connections and waits up to ShutdownTimeout for the
// requests in flight to finish.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := s.httpServer()
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	st := s.state.Load()
	s.log.Info("mtcheck serve listening", "addr", ln.Addr().String(), "config", orDefault(st.path),
		"rules", len(st.setup.Engine.Rules()), "max_concurrent", s.opts.MaxConcurrent, "queue", s.opts.Queue)
wait:
	for {
		select {
		case <-hup:
			s.Reload()
		case err := <-errc:
			return err
		case <-ctx.Done():
			break wait
		}
	}
	s.draining.Store(true)
	s.log.Info("shutting down: draining requests", "drain_delay", s.opts.DrainDelay, "timeout", s.opts.ShutdownTimeout)
	if s.opts.DrainDelay > 0 {
		t := time.NewTimer(s.opts.DrainDelay)
		select {
		case <-t.C:
		case err := <-errc:
			t.Stop()
			return err
		}
	}
	sctx, cancel := context.WithTimeout(context.Background(), s.opts.ShutdownTimeout)
	defer cancel()
	err := srv.Shutdown(sctx)
	if serr := <-errc; serr != nil && !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	if err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	s.log.Info("shut down")
	return nil
}

// Timeouts of the HTTP server besides the request timeout.
const (
	readHeaderTimeout = 10 * time.Second
	// readTimeout bounds reading a whole request (10 MiB at 1.4 Mbit/s).
	readTimeout = 60 * time.Second
	// writeSlack is the time for writing an answer once it is computed.
	writeSlack  = 10 * time.Second
	idleTimeout = 120 * time.Second
)

// httpServer returns the http.Server with the server's timeouts. The write
// timeout counts from the end of the request's header, so it covers
// reading the body, waiting for a worker, checking and writing the answer;
// a batch pushes its deadlines forward for every document.
func (s *Server) httpServer() *http.Server {
	return &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      readTimeout + s.opts.RequestTimeout + writeSlack,
		IdleTimeout:       idleTimeout,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
}

// handleHealthz answers 200 while the process is up.
func (s *Server) handleHealthz(w http.ResponseWriter, r *http.Request) {
	plain(w, http.StatusOK, "ok")
}

// handleReadyz answers 200 when the engine is built and the server is not
// shutting down, 503 while it drains.
func (s *Server) handleReadyz(w http.ResponseWriter, r *http.Request) {
	switch {
	case s.draining.Load():
		plain(w, http.StatusServiceUnavailable, "shutting down")
	case s.state.Load() == nil:
		plain(w, http.StatusServiceUnavailable, "starting")
	default:
		plain(w, http.StatusOK, "ready")
	}
}

// handleWeb serves the editor page and its files. "GET /" matches every
// GET, so a GET of an API path that takes only POST is answered here, with
// 405 and the methods it takes, not with the page's 404.
func (s *Server) handleWeb(w http.ResponseWriter, r *http.Request) {
	if allow := s.methods[r.URL.Path]; len(allow) > 0 {
		w.Header().Set("Allow", strings.Join(allow, ", "))
		plain(w, http.StatusMethodNotAllowed, "method not allowed")
		return
	}
	// The page loads nothing from elsewhere and may not be framed.
	w.Header().Set("Content-Security-Policy",
		"default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	s.webFiles.ServeHTTP(w, r)
}

// plain writes a plain-text answer.
func plain(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(status)
	w.Write([]byte(msg + "\n"))
}

// checkError is why a check did not give a result, with its HTTP status.
type checkError struct {
	status int
	msg    string
	// retry asks the client to come back later (Retry-After).
	retry bool
}

func (e *checkError) Error() string { return e.msg }

// check is the path every API takes to a result: it waits for a worker,
// checks src with eng and records the metrics. ctx carries the request's
// deadline, which bounds the wait for a worker and the check together.
// queue false waits without a place in the bounded queue (a batch).
func (s *Server) check(ctx context.Context, eng *checker.Engine, src *checker.Source, api string, queue bool) (*checker.Result, error) {
	release, err := s.limiter.Acquire(ctx, queue)
	if err != nil {
		if errors.Is(err, ErrQueueFull) {
			s.metrics.rejected.WithLabelValues("queue_full").Inc()
			return nil, &checkError{status: http.StatusServiceUnavailable, retry: true,
				msg: fmt.Sprintf("server busy: %d requests are waiting already (--queue); retry later", s.opts.Queue)}
		}
		s.metrics.rejected.WithLabelValues("wait_timeout").Inc()
		return nil, &checkError{status: http.StatusServiceUnavailable, retry: true,
			msg: fmt.Sprintf("server busy: no worker became free within the request timeout of %v; retry later", s.opts.RequestTimeout)}
	}
	defer release()
	start := time.Now()
	res, err := eng.CheckSource(ctx, src)
	d := time.Since(start)
	s.metrics.checkDuration.WithLabelValues(api).Observe(d.Seconds())
	if s.onCheck != nil {
		s.onCheck(d)
	}
	if err != nil {
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			s.metrics.rejected.WithLabelValues("check_timeout").Inc()
			what := "the check"
			if _, during, ok := strings.Cut(err.Error(), "stopped during "); ok {
				what = during
			}
			return nil, &checkError{status: http.StatusServiceUnavailable, msg: fmt.Sprintf(
				"Text checking took longer than allowed maximum of %d milliseconds (--request-timeout) and was stopped during %s",
				s.opts.RequestTimeout.Milliseconds(), what)}
		}
		if ctx.Err() != nil {
			return nil, &checkError{status: http.StatusServiceUnavailable, msg: "the request was cancelled"}
		}
		var ie *checker.InputError
		if errors.As(err, &ie) {
			return nil, &checkError{status: http.StatusBadRequest, msg: err.Error()}
		}
		s.log.Error("check failed", "api", api, "err", err.Error())
		return nil, &checkError{status: http.StatusInternalServerError, msg: err.Error()}
	}
	s.metrics.words.Add(float64(res.Words))
	for _, f := range res.Findings {
		s.metrics.findings.WithLabelValues(f.Rule).Inc()
	}
	return res, nil
}

// asCheckError returns err as a *checkError, with status 500 for others.
func asCheckError(err error) *checkError {
	var ce *checkError
	if errors.As(err, &ce) {
		return ce
	}
	return &checkError{status: http.StatusInternalServerError, msg: err.Error()}
}

// retryAfter is the Retry-After of a 503 for a full queue, in seconds.
const retryAfter = "1"
