// Command genpacks parses the built-in rule packs (rules/packs/*.yaml) and
// writes them as a snapshot (pack.WriteSnapshot), which package rules embeds
// so that starting mtcheck reads no YAML. It runs by go generate in rules:
//
//	go generate ./rules
//
// which writes rules/packs.bin. Run it after changing a pack; the package
// tests fail while the file is out of date.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/mtcheck/mtcheck/rules/pack"
)

func main() {
	out := flag.String("o", "packs.bin", "the file to write")
	flag.Parse()
	packs, err := pack.ParseFS(os.DirFS("."), "packs/*.yaml")
	if err == nil {
		err = os.WriteFile(*out, pack.WriteSnapshot(packs), 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "genpacks:", err)
		os.Exit(1)
	}
}
