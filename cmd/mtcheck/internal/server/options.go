package server

import (
	"fmt"
	"log/slog"
	"net"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/mtcheck/mtcheck/rules/config"
)

// Defaults of the flags of mtcheck serve.
const (
	DefaultAddr            = "127.0.0.1:8081"
	DefaultMaxTextLength   = 100_000
	DefaultMaxBody         = 10 << 20
	DefaultRequestTimeout  = 20 * time.Second
	DefaultQueue           = 256
	DefaultShutdownTimeout = 25 * time.Second
)

// Options configure a Server. The fields up to CORSOrigins are the flags of
// mtcheck serve (RegisterFlags); the rest are set by the program or by tests.
type Options struct {
	// Addr is the address to listen on, host:port.
	Addr string
	// ConfigFile is the .mtcheck.yaml to use; with neither it nor NoConfig
	// the nearest .mtcheck.yaml at or above WorkDir applies, if any.
	ConfigFile string
	// NoConfig ignores configuration files: the built-in defaults.
	NoConfig bool
	// MaxTextLength is the longest text a request may have, in characters
	// as LanguageTool counts them (UTF-16 code units of the plain text).
	MaxTextLength int
	// MaxBody is the largest request body in bytes.
	MaxBody int64
	// RequestTimeout bounds the time a check request waits for a free
	// worker and is checked; a batch applies it to each of its documents.
	RequestTimeout time.Duration
	// MaxConcurrent is the number of documents checked at the same time.
	MaxConcurrent int
	// Queue is how many requests may wait for a free worker; when it is
	// full, requests are refused with 503 and Retry-After.
	Queue int
	// CORSOrigins are the origins allowed to call the server from a
	// browser ("*" for any); none by default.
	CORSOrigins []string
	// ShutdownTimeout is how long a shutdown waits for requests in flight.
	ShutdownTimeout time.Duration
	// DrainDelay is how long the server keeps serving, with /readyz
	// answering 503, after the signal to stop and before it stops
	// accepting connections, so that a load balancer notices first.
	DrainDelay time.Duration

	// WorkDir is where the configuration file is looked for; "" is the
	// process's working directory.
	WorkDir string
	// Rules is where the rules come from (config.Options.Rules); nil is the registry.
	Rules config.RuleSource
	// Logger receives the request log and the server's messages; nil is slog.Default().
	Logger *slog.Logger
	// Version is mtcheck's version, for LanguageTool's software.version.
	Version string
	// Limiter bounds the concurrent checks; nil builds one from
	// MaxConcurrent and Queue.
	Limiter Limiter
}

// DefaultOptions returns the defaults of mtcheck serve.
func DefaultOptions() Options {
	return Options{
		Addr:            DefaultAddr,
		MaxTextLength:   DefaultMaxTextLength,
		MaxBody:         DefaultMaxBody,
		RequestTimeout:  DefaultRequestTimeout,
		MaxConcurrent:   runtime.NumCPU(),
		Queue:           DefaultQueue,
		ShutdownTimeout: DefaultShutdownTimeout,
	}
}

// RegisterFlags defines the flags of mtcheck serve on fs, with the current
// values of o as defaults. The serve command and the tests of the
// deployment files both use it, so that they agree on the flags.
func RegisterFlags(fs *pflag.FlagSet, o *Options) {
	fs.StringVar(&o.Addr, "addr", o.Addr, "address to listen on (host:port)")
	fs.StringVar(&o.ConfigFile, "config", o.ConfigFile,
		"configuration file to use instead of the nearest "+config.FileName+" above the working directory")
	fs.BoolVar(&o.NoConfig, "no-config", o.NoConfig, "ignore "+config.FileName+" files: use the built-in defaults")
	fs.IntVar(&o.MaxTextLength, "max-text-length", o.MaxTextLength,
		"longest text a request may have, in characters (UTF-16 code units, as LanguageTool counts)")
	fs.Var(&byteSize{&o.MaxBody}, "max-body", "largest request body (e.g. 10MiB, 512KiB, 1048576)")
	fs.DurationVar(&o.RequestTimeout, "request-timeout", o.RequestTimeout,
		"time a request may wait for a worker and be checked (per document in a batch)")
	fs.IntVar(&o.MaxConcurrent, "max-concurrent", o.MaxConcurrent, "documents checked at the same time (the default is the number of CPUs)")
	fs.IntVar(&o.Queue, "queue", o.Queue, "requests that may wait for a worker; more are refused with 503")
	fs.StringArrayVar(&o.CORSOrigins, "cors-origin", o.CORSOrigins,
		"origin allowed to call the server from a browser (repeatable; * for any)")
	fs.DurationVar(&o.ShutdownTimeout, "shutdown-timeout", o.ShutdownTimeout,
		"how long a shutdown (SIGTERM, SIGINT) waits for requests in flight")
	fs.DurationVar(&o.DrainDelay, "drain-delay", o.DrainDelay,
		"after SIGTERM, keep serving this long with /readyz failing before closing the listener")
}

// Validate reports options that make no sense.
func (o *Options) Validate() error {
	switch {
	case o.ConfigFile != "" && o.NoConfig:
		return fmt.Errorf("--config and --no-config exclude each other")
	case o.MaxTextLength < 1:
		return fmt.Errorf("--max-text-length must be positive")
	case o.MaxBody < 1:
		return fmt.Errorf("--max-body must be positive")
	case o.RequestTimeout <= 0:
		return fmt.Errorf("--request-timeout must be positive")
	case o.MaxConcurrent < 1 && o.Limiter == nil:
		return fmt.Errorf("--max-concurrent must be at least 1")
	case o.Queue < 0:
		return fmt.Errorf("--queue must not be negative")
	case o.ShutdownTimeout < 0 || o.DrainDelay < 0:
		return fmt.Errorf("--shutdown-timeout and --drain-delay must not be negative")
	}
	if _, _, err := net.SplitHostPort(o.Addr); err != nil {
		return fmt.Errorf("--addr %q: %v", o.Addr, err)
	}
	for _, origin := range o.CORSOrigins {
		if origin != "*" && !strings.Contains(origin, "://") {
			return fmt.Errorf("--cors-origin %q: want an origin such as https://example.org, or *", origin)
		}
	}
	return nil
}

// byteSize is a flag holding a number of bytes, written as a plain number
// or with a unit: B, KB, MB, GB (powers of 1000) or KiB, MiB, GiB.
type byteSize struct{ n *int64 }

var byteUnits = []struct {
	suffix string
	factor int64
}{
	{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30},
	{"KB", 1000}, {"MB", 1000 * 1000}, {"GB", 1000 * 1000 * 1000}, {"B", 1},
}

// ParseByteSize parses "10MiB", "512KiB", "1.5MB" or "1048576".
func ParseByteSize(s string) (int64, error) {
	num, factor := strings.TrimSpace(s), int64(1)
	for _, u := range byteUnits {
		if strings.HasSuffix(strings.ToLower(num), strings.ToLower(u.suffix)) {
			num, factor = strings.TrimSpace(num[:len(num)-len(u.suffix)]), u.factor
			break
		}
	}
	v, err := strconv.ParseFloat(num, 64)
	if err != nil || v < 0 || v*float64(factor) > 1<<62 {
		return 0, fmt.Errorf("invalid size %q (want e.g. 10MiB, 512KiB or a number of bytes)", s)
	}
	return int64(v * float64(factor)), nil
}

// FormatByteSize writes n bytes the way ParseByteSize reads them back.
func FormatByteSize(n int64) string {
	for _, u := range byteUnits[:3] {
		if n >= u.factor && n%u.factor == 0 && (u.factor == 1<<30 || n%(u.factor<<10) != 0) {
			return strconv.FormatInt(n/u.factor, 10) + u.suffix
		}
	}
	return strconv.FormatInt(n, 10)
}

func (b *byteSize) String() string { return FormatByteSize(*b.n) }
func (b *byteSize) Type() string   { return "size" }
func (b *byteSize) Set(s string) error {
	v, err := ParseByteSize(s)
	if err != nil {
		return err
	}
	*b.n = v
	return nil
}
