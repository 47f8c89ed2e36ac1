package server

import (
	"bytes"
	"encoding/json"
	"io"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/spf13/pflag"
	"go.yaml.in/yaml/v3"
)

// deployDir is the repository's deploy directory.
var deployDir = filepath.Join("..", "..", "..", "..", "deploy")

// serveArgs parses the arguments of mtcheck serve with the flag
// definitions of the serve command and returns the options they give.
func serveArgs(t *testing.T, where string, args []string) Options {
	t.Helper()
	if len(args) == 0 || args[0] != "serve" {
		t.Fatalf("%s: arguments %v do not run mtcheck serve", where, args)
	}
	o := DefaultOptions()
	fs := pflag.NewFlagSet("serve", pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	RegisterFlags(fs, &o)
	if err := fs.Parse(args[1:]); err != nil {
		t.Fatalf("%s: %v are not flags of mtcheck serve: %v", where, args, err)
	}
	if fs.NArg() > 0 {
		t.Fatalf("%s: mtcheck serve takes no arguments, got %v", where, fs.Args())
	}
	if err := o.Validate(); err != nil {
		t.Fatalf("%s: %v", where, err)
	}
	return o
}

func portOf(t *testing.T, addr string) string {
	t.Helper()
	_, port, err := net.SplitHostPort(addr)
	if err != nil {
		t.Fatal(err)
	}
	return port
}

// TestManifestsMatchServer checks the deployment files against the serve
// command's flag definitions and the server's routes (deploy/deploy_test.go
// checks them against the built binary, from outside).
func TestManifestsMatchServer(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(deployDir, "Dockerfile"))
	if err != nil {
		t.Skipf("no deploy/Dockerfile: %v", err)
	}
	var cmd []string
	var expose []string
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "CMD "); ok {
			cmd = nil
			if err := json.Unmarshal([]byte(rest), &cmd); err != nil {
				t.Fatalf("CMD %s: %v", rest, err)
			}
		}
		if rest, ok := strings.CutPrefix(line, "EXPOSE "); ok {
			expose = strings.Fields(rest)
		}
	}
	o := serveArgs(t, "Dockerfile CMD", cmd)
	if port := portOf(t, o.Addr); !slices.Contains(expose, port) {
		t.Errorf("Dockerfile: EXPOSE %v, but CMD listens on port %s", expose, port)
	}

	raw, err := os.ReadFile(filepath.Join(deployDir, "kubernetes", "server.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	routes := Routes()
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	found := false
	for {
		var obj struct {
			Kind string `yaml:"kind"`
			Spec struct {
				Template struct {
					Spec struct {
						Containers []struct {
							Args  []string `yaml:"args"`
							Ports []struct {
								ContainerPort int `yaml:"containerPort"`
							} `yaml:"ports"`
							ReadinessProbe httpProbe `yaml:"readinessProbe"`
							LivenessProbe  httpProbe `yaml:"livenessProbe"`
						} `yaml:"containers"`
					} `yaml:"spec"`
				} `yaml:"template"`
			} `yaml:"spec"`
		}
		if err := dec.Decode(&obj); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		if obj.Kind != "Deployment" {
			continue
		}
		found = true
		for _, c := range obj.Spec.Template.Spec.Containers {
			o := serveArgs(t, "server.yaml", c.Args)
			port := portOf(t, o.Addr)
			if len(c.Ports) != 1 || strconv.Itoa(c.Ports[0].ContainerPort) != port {
				t.Errorf("server.yaml: container ports %v, --addr %s", c.Ports, o.Addr)
			}
			for _, path := range []string{c.ReadinessProbe.HTTPGet.Path, c.LivenessProbe.HTTPGet.Path} {
				if !slices.Contains(routes, "GET "+path) {
					t.Errorf("server.yaml: probe path %q is not a GET route of the server (%v)", path, routes)
				}
			}
		}
	}
	if !found {
		t.Error("server.yaml has no Deployment")
	}
}

// httpProbe is a Kubernetes HTTP probe.
type httpProbe struct {
	HTTPGet struct {
		Path string `yaml:"path"`
	} `yaml:"httpGet"`
}
