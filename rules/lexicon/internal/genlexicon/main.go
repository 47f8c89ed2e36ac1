// Command genlexicon compiles mtcheck's German lexicon from the data files
// of package lexicon (rules/lexicon/data/*.txt) into the table that the
// package embeds. It runs by go generate in rules/lexicon:
//
//	go generate ./rules/lexicon
//
// which writes rules/lexicon/lexicon.bin. Run it after changing a data file;
// the package tests fail while the table is out of date.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/mtcheck/mtcheck/rules/lexicon"
)

func main() {
	out := flag.String("o", "lexicon.bin", "the file to write")
	flag.Parse()
	bin, err := lexicon.Build()
	if err == nil {
		err = os.WriteFile(*out, bin, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "genlexicon:", err)
		os.Exit(1)
	}
}
