package server

import (
	"container/list"
	"encoding/json"
	"slices"
	"sync"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/config"
)

// engineCacheSize is how many adjusted engines a configuration keeps.
const engineCacheSize = 64

// engineCache holds the engines of a setup adjusted by the overrides of
// requests (config.Setup.EngineWith costs about 2 ms), the least recently
// used dropped first. Keys are the canonical JSON of the overrides, so the
// order of names in a list does not matter. Errors are not cached. It is
// safe for concurrent use.
type engineCache struct {
	setup *config.Setup
	size  int

	mu    sync.Mutex
	order *list.List // of *cachedEngine, most recently used first
	byKey map[string]*list.Element
}

type cachedEngine struct {
	key    string
	engine *checker.Engine
}

func newEngineCache(s *config.Setup, size int) *engineCache {
	return &engineCache{setup: s, size: size, order: list.New(), byKey: map[string]*list.Element{}}
}

// engine returns the setup's engine adjusted by o. Overrides that set only
// the language variant (the language of a /v2/check request) take one of
// the setup's engines, one per variant, which cost nothing to pick; other
// overrides are cached, with the variant part of their key.
func (c *engineCache) engine(o config.Overrides) (*checker.Engine, error) {
	if o.OnlyVariant() {
		return c.setup.EngineWith(o)
	}
	key := overridesKey(o)
	c.mu.Lock()
	if el, ok := c.byKey[key]; ok {
		c.order.MoveToFront(el)
		c.mu.Unlock()
		return el.Value.(*cachedEngine).engine, nil
	}
	c.mu.Unlock()
	eng, err := c.setup.EngineWith(o)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.byKey[key]; ok { // built by another request meanwhile
		c.order.MoveToFront(el)
		return el.Value.(*cachedEngine).engine, nil
	}
	c.byKey[key] = c.order.PushFront(&cachedEngine{key: key, engine: eng})
	for c.order.Len() > c.size {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.byKey, last.Value.(*cachedEngine).key)
	}
	return eng, nil
}

// len returns the number of cached engines.
func (c *engineCache) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.order.Len()
}

// overridesKey is the canonical JSON of o without its labels, "" when o
// changes nothing.
func overridesKey(o config.Overrides) string {
	sorted := func(s []string) []string {
		if len(s) == 0 {
			return nil
		}
		s = slices.Clone(s)
		slices.Sort(s)
		return slices.Compact(s)
	}
	k := struct {
		Disable, Enable, DisableCategories, EnableCategories, Accept []string          `json:",omitempty"`
		Only                                                         bool              `json:",omitempty"`
		Threshold                                                    *float64          `json:",omitempty"`
		Severity                                                     map[string]string `json:",omitempty"`
		Variant                                                      string            `json:",omitempty"`
	}{Disable: sorted(o.Disable), Enable: sorted(o.Enable), DisableCategories: sorted(o.DisableCategories),
		EnableCategories: sorted(o.EnableCategories), Accept: sorted(o.Accept), Only: o.Only, Severity: o.Severity}
	k.Variant = o.Variant
	if v, err := checker.ParseVariant(o.Variant); err == nil {
		k.Variant = string(v) // "de-ch" and "de-CH" are one engine
	}
	if o.Threshold.Set {
		k.Threshold = &o.Threshold.Score
	}
	if len(k.Severity) == 0 {
		k.Severity = nil
	}
	b, _ := json.Marshal(k)
	if string(b) == "{}" {
		return ""
	}
	return string(b)
}
