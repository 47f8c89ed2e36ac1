package pack

import "github.com/mtcheck/mtcheck/checker"

// Problems of pack files are checker.FileError values, collected in
// checker.FileErrors: "file:line: field: message". Find them in an error
// with checker.AsFileErrors.

// Error is checker.FileError under the name the parser and the compiler use.
//
// Deprecated: use checker.FileError.
type Error = checker.FileError

// Errors is a list of problems under the name the parser and the compiler
// use; it is a checker.FileErrors (convert it) with the err method they call.
// An alias cannot carry that method, so it stays a type until pack.go and
// compile.go use checker.FileErrors and its Err method.
//
// Deprecated: use checker.FileErrors.
type Errors checker.FileErrors

// Error returns one problem per line (checker.FileErrors.Error).
func (es Errors) Error() string { return checker.FileErrors(es).Error() }

// Unwrap gives errors.As, errors.Is and checker.AsFileErrors the single problems.
func (es Errors) Unwrap() []error { return checker.FileErrors(es).Unwrap() }

// err returns es as a checker.FileErrors, or nil when it is empty.
func (es Errors) err() error { return checker.FileErrors(es).Err() }
