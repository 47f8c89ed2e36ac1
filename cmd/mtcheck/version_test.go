package main

import (
	"runtime/debug"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestVersionCommand(t *testing.T) {
	for _, args := range [][]string{{"--version"}, {"version"}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			res := runWith(t, nil, args...)
			assert.Equal(t, exitOK, res.code, res.stderr)
			assert.Empty(t, res.stderr)
			// Test binaries are not stamped with a module version or revision.
			assert.Regexp(t, `^mtcheck version \(devel\), built with go\d[^\n]*\n$`, res.stdout)
		})
	}
}

func TestVersionOf(t *testing.T) {
	settings := func(kv ...string) []debug.BuildSetting {
		var out []debug.BuildSetting
		for i := 0; i < len(kv); i += 2 {
			out = append(out, debug.BuildSetting{Key: kv[i], Value: kv[i+1]})
		}
		return out
	}
	tests := []struct {
		name string
		info *debug.BuildInfo
		want string
	}{
		{name: "no build information", want: "unknown (no build information)"},
		{name: "devel", info: &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}},
			want: "(devel), built with go1.26.8"},
		{name: "empty module version", info: &debug.BuildInfo{GoVersion: "go1.26.8"},
			want: "(devel), built with go1.26.8"},
		{name: "release", info: &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.2.3"},
			Settings: settings("vcs", "git", "vcs.revision", "b77c0596e2c1", "vcs.modified", "false")},
			want: "v1.2.3, revision b77c0596e2c1, built with go1.26.8"},
		{name: "modified tree", info: &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"},
			Settings: settings("vcs.revision", "b77c0596e2c1", "vcs.modified", "true")},
			want: "(devel), revision b77c0596e2c1 (modified), built with go1.26.8"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, versionOf(tc.info, tc.info != nil))
		})
	}
}
