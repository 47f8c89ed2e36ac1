//go:build !unix

package markup

import "time"

// cpuTime returns the wall-clock time: where CPU time is not at hand.
func cpuTime() time.Duration { return time.Duration(time.Now().UnixNano()) }
