// Package deploy_test checks the deployment files (Dockerfile, Kubernetes
// manifests) against the program they deploy. The files are not run on the
// project's machines (no Docker engine, no cluster), so this test is what
// keeps them in step: it parses them, builds mtcheck and runs the commands
// and arguments they name, as the container would.
//
// The server package (cmd/mtcheck/internal/server) cannot be imported from
// here (it is internal to cmd/mtcheck), so the test asks the built binary:
// its flag parser decides whether the arguments are valid, the running
// server whether the probe paths answer, its help text what the defaults
// are. cmd/mtcheck/internal/server/manifests_test.go checks the same files
// against the server's route table and flag definitions directly.
package deploy_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
)

// mtcheckBinary builds mtcheck once for the tests.
var mtcheckBinary = sync.OnceValues(func() (string, error) {
	goCmd, err := exec.LookPath("go")
	if err != nil {
		return "", err
	}
	dir, err := os.MkdirTemp("", "mtcheck-deploy-test")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "mtcheck")
	out, err := exec.Command(goCmd, "build", "-o", bin, "../cmd/mtcheck").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	return bin, nil
})

func binary(t *testing.T) string {
	t.Helper()
	bin, err := mtcheckBinary()
	if err != nil {
		t.Skipf("cannot build mtcheck: %v", err)
	}
	return bin
}

func TestMain(m *testing.M) {
	code := m.Run()
	if bin, err := mtcheckBinary(); err == nil {
		os.RemoveAll(filepath.Dir(bin))
	}
	os.Exit(code)
}

// dockerfile is what the test reads from a Dockerfile's final stage.
type dockerfile struct {
	user, entrypoint string
	cmd              []string
	expose           []int
	copied           []string // destinations of COPY --from
}

func parseDockerfile(t *testing.T, path string) dockerfile {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var d dockerfile
	text := strings.ReplaceAll(string(data), "\\\n", " ")
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		instr, rest, _ := strings.Cut(line, " ")
		rest = strings.TrimSpace(rest)
		switch strings.ToUpper(instr) {
		case "FROM":
			d = dockerfile{} // only the final stage counts
		case "USER":
			d.user = rest
		case "EXPOSE":
			for _, p := range strings.Fields(rest) {
				n, err := strconv.Atoi(strings.TrimSuffix(p, "/tcp"))
				if err != nil {
					t.Fatalf("EXPOSE %q", p)
				}
				d.expose = append(d.expose, n)
			}
		case "ENTRYPOINT", "CMD":
			var list []string
			if err := json.Unmarshal([]byte(rest), &list); err != nil {
				t.Fatalf("%s is not in exec form (a JSON list): %v", instr, err)
			}
			if strings.EqualFold(instr, "CMD") {
				d.cmd = list
			} else if len(list) == 1 {
				d.entrypoint = list[0]
			} else {
				t.Fatalf("ENTRYPOINT %v: want the binary alone", list)
			}
		case "COPY":
			if f := strings.Fields(rest); len(f) >= 3 && strings.HasPrefix(f[0], "--from=") {
				d.copied = append(d.copied, f[len(f)-1])
			}
		}
	}
	return d
}

// flagValue returns the value of --name in args ("--name value" or "--name=value").
func flagValue(args []string, name string) (string, bool) {
	for i, a := range args {
		if a == "--"+name && i+1 < len(args) {
			return args[i+1], true
		}
		if v, ok := strings.CutPrefix(a, "--"+name+"="); ok {
			return v, true
		}
	}
	return "", false
}

// withFlag returns args with the value of --name replaced.
func withFlag(args []string, name, value string) []string {
	out := slices.Clone(args)
	for i, a := range out {
		if a == "--"+name && i+1 < len(out) {
			out[i+1] = value
			return out
		}
		if strings.HasPrefix(a, "--"+name+"=") {
			out[i] = "--" + name + "=" + value
			return out
		}
	}
	return append(out, "--"+name, value)
}

// serveDefaults reads the defaults of mtcheck serve from its help.
func serveDefaults(t *testing.T) map[string]string {
	t.Helper()
	out, err := exec.Command(binary(t), "serve", "--help").CombinedOutput()
	if err != nil {
		t.Fatalf("mtcheck serve --help: %v\n%s", err, out)
	}
	defaults := map[string]string{}
	re := regexp.MustCompile(`^\s+--([a-z-]+) \S+ .*\(default "?([^")]*)"?\)$`)
	for _, line := range strings.Split(string(out), "\n") {
		if m := re.FindStringSubmatch(line); m != nil {
			defaults[m[1]] = m[2]
		}
	}
	for _, name := range []string{"addr", "shutdown-timeout"} {
		if defaults[name] == "" {
			t.Fatalf("no default of --%s in\n%s", name, out)
		}
	}
	return defaults
}

// portOfAddr returns the port of the address mtcheck serve listens on
// with args: --addr, else its default.
func portOfAddr(t *testing.T, args []string) int {
	t.Helper()
	addr, ok := flagValue(args, "addr")
	if !ok {
		addr = serveDefaults(t)["addr"]
	}
	_, port, err := net.SplitHostPort(addr)
	if err != nil {
		t.Fatalf("--addr %q: %v", addr, err)
	}
	n, err := strconv.Atoi(port)
	if err != nil {
		t.Fatalf("--addr %q: %v", addr, err)
	}
	return n
}

// runServe starts mtcheck with the serve arguments args, on a free
// loopback port instead of theirs, and returns its base URL. The server is
// stopped with SIGTERM at the end of the test and must exit cleanly.
func runServe(t *testing.T, args []string) string {
	t.Helper()
	args = withFlag(args, "addr", "127.0.0.1:0")
	cmd := exec.Command(binary(t), args...)
	cmd.Dir = t.TempDir()
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	addrc := make(chan string, 1)
	var logs bytes.Buffer
	var logMu sync.Mutex
	go func() {
		re := regexp.MustCompile(`addr=(\S+)`)
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			logMu.Lock()
			logs.WriteString(sc.Text() + "\n")
			logMu.Unlock()
			if m := re.FindStringSubmatch(sc.Text()); m != nil && strings.Contains(sc.Text(), "listening") {
				addrc <- m[1]
			}
		}
		close(addrc)
	}()
	var addr string
	select {
	case a, ok := <-addrc:
		if !ok {
			cmd.Wait()
			logMu.Lock()
			defer logMu.Unlock()
			t.Fatalf("mtcheck %s did not start:\n%s", strings.Join(args, " "), logs.String())
		}
		addr = a
	case <-time.After(60 * time.Second):
		cmd.Process.Kill()
		t.Fatal("mtcheck serve did not start within 60 s")
	}
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("mtcheck serve did not exit cleanly on SIGTERM: %v", err)
			}
		case <-time.After(60 * time.Second):
			cmd.Process.Kill()
			t.Error("mtcheck serve did not stop within 60 s of SIGTERM")
		}
	})
	return "http://" + addr
}

func get(t *testing.T, url string) int {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

func TestDockerfile(t *testing.T) {
	d := parseDockerfile(t, "Dockerfile")
	if d.user == "" || d.user == "root" || d.user == "0" || strings.HasPrefix(d.user, "root:") || strings.HasPrefix(d.user, "0:") {
		t.Errorf("the image runs as %q; want a non-root USER", d.user)
	}
	if !slices.Contains(d.copied, d.entrypoint) {
		t.Errorf("ENTRYPOINT %q is not the binary copied from the build stage (%v)", d.entrypoint, d.copied)
	}
	if len(d.cmd) == 0 || d.cmd[0] != "serve" {
		t.Fatalf("CMD %v: want mtcheck serve", d.cmd)
	}
	if port := portOfAddr(t, d.cmd[1:]); !slices.Contains(d.expose, port) {
		t.Errorf("EXPOSE %v does not include the port %d that CMD %v listens on", d.expose, port, d.cmd)
	}
	if addr, _ := flagValue(d.cmd, "addr"); strings.HasPrefix(addr, "127.") || strings.HasPrefix(addr, "localhost") {
		t.Errorf("CMD listens on %s, which is unreachable from outside the container", addr)
	}
	base := runServe(t, d.cmd)
	if code := get(t, base+"/healthz"); code != http.StatusOK {
		t.Errorf("/healthz of the image's command: %d", code)
	}
}

// k8sObject is the part of a Kubernetes object the test reads.
type k8sObject struct {
	Kind     string `yaml:"kind"`
	Metadata struct {
		Name string `yaml:"name"`
	} `yaml:"metadata"`
	Spec struct {
		CompletionMode string `yaml:"completionMode"`
		Completions    int    `yaml:"completions"`
		Parallelism    int    `yaml:"parallelism"`
		Template       struct {
			Spec podSpec `yaml:"spec"`
		} `yaml:"template"`
		// Ports are a Service's.
		Ports []struct {
			TargetPort string `yaml:"targetPort"`
		} `yaml:"ports"`
	} `yaml:"spec"`
}

type podSpec struct {
	SecurityContext struct {
		RunAsNonRoot *bool `yaml:"runAsNonRoot"`
	} `yaml:"securityContext"`
	TerminationGracePeriodSeconds *int        `yaml:"terminationGracePeriodSeconds"`
	Containers                    []container `yaml:"containers"`
	Volumes                       []struct {
		Name string `yaml:"name"`
	} `yaml:"volumes"`
}

type container struct {
	Name  string   `yaml:"name"`
	Args  []string `yaml:"args"`
	Ports []struct {
		Name          string `yaml:"name"`
		ContainerPort int    `yaml:"containerPort"`
	} `yaml:"ports"`
	ReadinessProbe *probe `yaml:"readinessProbe"`
	LivenessProbe  *probe `yaml:"livenessProbe"`
	VolumeMounts   []struct {
		Name      string `yaml:"name"`
		MountPath string `yaml:"mountPath"`
	} `yaml:"volumeMounts"`
	SecurityContext struct {
		RunAsNonRoot             *bool `yaml:"runAsNonRoot"`
		AllowPrivilegeEscalation *bool `yaml:"allowPrivilegeEscalation"`
	} `yaml:"securityContext"`
}

type probe struct {
	HTTPGet *struct {
		Path string `yaml:"path"`
		Port string `yaml:"port"`
	} `yaml:"httpGet"`
}

func readManifests(t *testing.T, path string) []k8sObject {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var objs []k8sObject
	dec := yaml.NewDecoder(bytes.NewReader(data))
	for {
		var o k8sObject
		if err := dec.Decode(&o); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		objs = append(objs, o)
	}
	if len(objs) == 0 {
		t.Fatalf("%s: no objects", path)
	}
	return objs
}

func findKind(t *testing.T, objs []k8sObject, kind string) k8sObject {
	t.Helper()
	for _, o := range objs {
		if o.Kind == kind {
			return o
		}
	}
	t.Fatalf("no %s", kind)
	return k8sObject{}
}

// TestServerManifest checks the Deployment and Service of mtcheck serve:
// the arguments are flags that mtcheck serve takes, the container port is
// the port of --addr, the probes answer on the running server, the pod runs
// as non-root, and the grace period covers the server's shutdown.
func TestServerManifest(t *testing.T) {
	objs := readManifests(t, filepath.Join("kubernetes", "server.yaml"))
	dep := findKind(t, objs, "Deployment")
	pod := dep.Spec.Template.Spec
	if len(pod.Containers) != 1 {
		t.Fatalf("%d containers", len(pod.Containers))
	}
	c := pod.Containers[0]
	if len(c.Args) == 0 || c.Args[0] != "serve" {
		t.Fatalf("args %v: want serve", c.Args)
	}
	port := portOfAddr(t, c.Args[1:])
	named := map[string]int{}
	for _, p := range c.Ports {
		named[p.Name] = p.ContainerPort
	}
	if len(c.Ports) != 1 || c.Ports[0].ContainerPort != port {
		t.Errorf("container ports %v; want the one port %d of --addr", c.Ports, port)
	}
	if d := parseDockerfile(t, "Dockerfile"); !slices.Contains(d.expose, port) {
		t.Errorf("the image exposes %v, the manifest uses port %d", d.expose, port)
	}
	if pod.SecurityContext.RunAsNonRoot == nil || !*pod.SecurityContext.RunAsNonRoot {
		t.Error("the pod does not require runAsNonRoot")
	}
	if ape := c.SecurityContext.AllowPrivilegeEscalation; ape == nil || *ape {
		t.Error("the container allows privilege escalation")
	}
	for _, svc := range objs {
		if svc.Kind != "Service" {
			continue
		}
		for _, p := range svc.Spec.Ports {
			if _, ok := named[p.TargetPort]; !ok && p.TargetPort != strconv.Itoa(port) {
				t.Errorf("Service %s targets port %q, which the container does not have", svc.Metadata.Name, p.TargetPort)
			}
		}
	}

	base := runServe(t, c.Args)
	for name, pr := range map[string]*probe{"readinessProbe": c.ReadinessProbe, "livenessProbe": c.LivenessProbe} {
		if pr == nil || pr.HTTPGet == nil {
			t.Errorf("no %s.httpGet", name)
			continue
		}
		if p, ok := named[pr.HTTPGet.Port]; !ok && pr.HTTPGet.Port != strconv.Itoa(port) || ok && p != port {
			t.Errorf("%s probes port %q, not the server's %d", name, pr.HTTPGet.Port, port)
		}
		if code := get(t, base+pr.HTTPGet.Path); code != http.StatusOK {
			t.Errorf("%s: GET %s answers %d", name, pr.HTTPGet.Path, code)
		}
	}
	// The probe paths are routes the server describes, not pages that
	// happen to answer 200.
	resp, err := http.Get(base + "/api/v1/openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	var api struct {
		Paths map[string]map[string]any `json:"paths"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&api); err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	for _, pr := range []*probe{c.ReadinessProbe, c.LivenessProbe} {
		if pr != nil && pr.HTTPGet != nil && api.Paths[pr.HTTPGet.Path]["get"] == nil {
			t.Errorf("the probe path %s is not a GET route of the server", pr.HTTPGet.Path)
		}
	}

	defaults := serveDefaults(t)
	shutdown := defaults["shutdown-timeout"]
	if v, ok := flagValue(c.Args, "shutdown-timeout"); ok {
		shutdown = v
	}
	drain := defaults["drain-delay"]
	if v, ok := flagValue(c.Args, "drain-delay"); ok {
		drain = v
	}
	sd, err := time.ParseDuration(shutdown)
	if err != nil {
		t.Fatal(err)
	}
	dd, _ := time.ParseDuration(drain)
	grace := 30 * time.Second // Kubernetes' default
	if pod.TerminationGracePeriodSeconds != nil {
		grace = time.Duration(*pod.TerminationGracePeriodSeconds) * time.Second
	}
	if sd+dd >= grace {
		t.Errorf("terminationGracePeriodSeconds %v does not cover --drain-delay %v + --shutdown-timeout %v", grace, dd, sd)
	}
}

// TestAuditJob checks the Indexed Job of the sharded audit by running its
// arguments with mtcheck check as Kubernetes would for every index: with
// JOB_COMPLETION_INDEX set and expanded in the arguments, the results
// volume in a temporary directory and the feed's URL replaced by a local
// feed. The shards' outputs together must hold every item exactly once.
func TestAuditJob(t *testing.T) {
	job := findKind(t, readManifests(t, filepath.Join("kubernetes", "audit-job.yaml")), "Job")
	if job.Spec.CompletionMode != "Indexed" {
		t.Errorf("completionMode %q: --shard auto/N needs an Indexed Job", job.Spec.CompletionMode)
	}
	pod := job.Spec.Template.Spec
	c := pod.Containers[0]
	if len(c.Args) == 0 || c.Args[0] != "check" {
		t.Fatalf("args %v: want check", c.Args)
	}
	shard, ok := flagValue(c.Args, "shard")
	if !ok {
		t.Fatal("no --shard")
	}
	k, n, _ := strings.Cut(shard, "/")
	if k != "auto" || n != strconv.Itoa(job.Spec.Completions) {
		t.Errorf("--shard %s: want auto/%d, one shard per completion", shard, job.Spec.Completions)
	}

	// A feed of 40 items in place of the URL.
	dir := t.TempDir()
	var feed strings.Builder
	feed.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test</title>`)
	for i := range 40 {
		fmt.Fprintf(&feed, `<item><guid>item-%d</guid><title>Meldung %d</title><description>&lt;p&gt;Mr. Keller sprach am November %d, 2024 in Berlin.&lt;/p&gt;</description></item>`, i, i, i%28+1)
	}
	feed.WriteString(`</channel></rss>`)
	feedPath := filepath.Join(dir, "news.xml")
	if err := os.WriteFile(feedPath, []byte(feed.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	mounts := map[string]string{}
	for _, m := range c.VolumeMounts {
		local := filepath.Join(dir, "volume-"+m.Name)
		os.MkdirAll(local, 0o755)
		mounts[m.MountPath] = local
	}
	seen := map[string]int{}
	for index := range job.Spec.Completions {
		idx := strconv.Itoa(index)
		var args []string
		for _, a := range c.Args {
			a = strings.ReplaceAll(a, "$(JOB_COMPLETION_INDEX)", idx)
			if strings.HasPrefix(a, "http://") || strings.HasPrefix(a, "https://") {
				a = feedPath
			}
			for mount, local := range mounts {
				if rest, ok := strings.CutPrefix(a, mount+"/"); ok {
					a = filepath.Join(local, rest)
				}
			}
			args = append(args, a)
		}
		cmd := exec.Command(binary(t), args...)
		cmd.Env = append(os.Environ(), "JOB_COMPLETION_INDEX="+idx)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("index %s: mtcheck %s: %v\n%s", idx, strings.Join(args, " "), err, out)
		}
		outFile, ok := flagValue(args, "output")
		if !ok {
			t.Fatal("no --output")
		}
		data, err := os.ReadFile(outFile)
		if err != nil {
			t.Fatalf("index %s: %v", idx, err)
		}
		for line := range strings.Lines(string(data)) {
			var rec struct {
				ItemID string `json:"item_id"`
				Error  string `json:"error"`
			}
			if err := json.Unmarshal([]byte(line), &rec); err != nil || rec.Error != "" {
				t.Fatalf("index %s: record %q: %v", idx, line, err)
			}
			seen[rec.ItemID]++
		}
	}
	if len(seen) != 40 {
		t.Errorf("the shards checked %d of the 40 items", len(seen))
	}
	for id, k := range seen {
		if k != 1 {
			t.Errorf("%s was checked %d times", id, k)
		}
	}
}
