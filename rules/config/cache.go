package config

import (
	"path/filepath"
	"sync"
)

// Cache builds the setup of each configuration file once, however many
// documents use it, and remembers which file applies to which directory. It
// is safe for concurrent use.
type Cache struct {
	opts Options

	mu sync.Mutex
	// dirs maps absolute directories to the configuration file that applies
	// to them ("" for none).
	dirs map[string]string
	// setups maps configuration files ("" for the default configuration) to their setups.
	setups map[string]*cached
}

// cached is one configuration file's setup, built on first use.
type cached struct {
	once  sync.Once
	setup *Setup
	err   error
}

// NewCache returns an empty cache that builds setups with opts.
func NewCache(opts Options) *Cache {
	return &Cache{opts: opts, dirs: map[string]string{}, setups: map[string]*cached{}}
}

// Default returns the setup of the default configuration, for when no
// configuration file is used.
func (c *Cache) Default() (*Setup, error) { return c.get("") }

// File returns the setup of the configuration file at path.
func (c *Cache) File(path string) (*Setup, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	return c.get(abs)
}

// Dir returns the setup for files in dir: that of the nearest configuration
// file at or above dir (Find), or the default one when there is none.
func (c *Cache) Dir(dir string) (*Setup, error) {
	// dirs is keyed by dir as given and made absolute, so that the documents
	// of one directory look it up without asking the system again.
	c.mu.Lock()
	path, ok := c.dirs[dir]
	c.mu.Unlock()
	if !ok {
		abs, err := filepath.Abs(dir)
		if err != nil {
			return nil, err
		}
		c.mu.Lock()
		path, ok = c.dirs[abs]
		c.mu.Unlock()
		if !ok {
			p, found, err := Find(abs)
			if err != nil {
				return nil, err
			}
			if found {
				path = p
			}
		}
		c.mu.Lock()
		c.dirs[dir], c.dirs[abs] = path, path
		c.mu.Unlock()
	}
	return c.get(path)
}

// get returns the setup of the configuration file at the absolute path, building it on first use.
func (c *Cache) get(path string) (*Setup, error) {
	c.mu.Lock()
	e, ok := c.setups[path]
	if !ok {
		e = &cached{}
		c.setups[path] = e
	}
	c.mu.Unlock()
	e.once.Do(func() {
		cfg := &Config{}
		if path != "" {
			if cfg, e.err = Load(path); e.err != nil {
				return
			}
		}
		e.setup, e.err = cfg.Build(c.opts)
	})
	return e.setup, e.err
}
