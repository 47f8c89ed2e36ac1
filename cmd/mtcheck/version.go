package main

import (
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// version describes this build of mtcheck from its build information.
func version() string { return versionOf(debug.ReadBuildInfo()) }

// versionOf describes a build: the module version ("(devel)" when the go
// command recorded none, as with go run and go test), the VCS revision and
// whether the tree was modified, when recorded, and the Go version.
func versionOf(bi *debug.BuildInfo, ok bool) string {
	if !ok {
		return "unknown (no build information)"
	}
	v := bi.Main.Version
	if v == "" {
		v = "(devel)"
	}
	var revision, modified string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			revision = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	if revision != "" {
		v += ", revision " + revision
		if modified == "true" {
			v += " (modified)"
		}
	}
	return v + ", built with " + bi.GoVersion
}

func newVersionCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version of mtcheck",
		Long: `Print the module version of mtcheck, the VCS revision it was built from
("(modified)" when the tree had uncommitted changes) and the Go version.
go build and go install in a Git checkout record the revision and a version
derived from it; go run and go test record neither, and the version is then
"(devel)". mtcheck --version prints the same.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := fmt.Fprintf(e.stdout, "mtcheck version %s\n", version())
			return err
		},
	}
}
