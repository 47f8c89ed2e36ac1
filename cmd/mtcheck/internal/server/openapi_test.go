package server

import (
	"bufio"
	"bytes"
	"encoding/json"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// openAPIDoc is the parsed OpenAPI description.
type openAPIDoc struct {
	Paths map[string]map[string]struct {
		RequestBody *struct {
			Content map[string]mediaType `json:"content"`
		} `json:"requestBody"`
		Responses map[string]json.RawMessage `json:"responses"`
	} `json:"paths"`
	Components struct {
		Responses map[string]struct {
			Content map[string]mediaType `json:"content"`
		} `json:"responses"`
		Examples map[string]struct {
			Value json.RawMessage `json:"value"`
		} `json:"examples"`
	} `json:"components"`
}

type mediaType struct {
	Schema   json.RawMessage            `json:"schema"`
	Example  json.RawMessage            `json:"example"`
	Examples map[string]json.RawMessage `json:"examples"`
}

func loadOpenAPI(t *testing.T) *openAPIDoc {
	t.Helper()
	var doc openAPIDoc
	if err := json.Unmarshal(openAPI, &doc); err != nil {
		t.Fatal(err)
	}
	return &doc
}

// TestOpenAPIRoutes checks that the description and the mux have the same
// routes with the same methods.
func TestOpenAPIRoutes(t *testing.T) {
	doc := loadOpenAPI(t)
	var described []string
	for path, ops := range doc.Paths {
		for method := range ops {
			described = append(described, strings.ToUpper(method)+" "+path)
		}
	}
	sort.Strings(described)
	routes := slices.Sorted(slices.Values(Routes()))
	if !slices.Equal(described, routes) {
		t.Errorf("openapi.json describes\n  %s\nthe mux has\n  %s", strings.Join(described, "\n  "), strings.Join(routes, "\n  "))
	}
}

// schemas compiles the schemas of the description.
type schemas struct {
	t *testing.T
	c *jsonschema.Compiler
}

func newSchemas(t *testing.T) *schemas {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(openAPI))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("mem://openapi.json", doc); err != nil {
		t.Fatal(err)
	}
	return &schemas{t, c}
}

// pointer escapes the parts of a JSON pointer.
func pointer(parts ...string) string {
	r := strings.NewReplacer("~", "~0", "/", "~1")
	for i, p := range parts {
		parts[i] = r.Replace(p)
	}
	return "#/" + strings.Join(parts, "/")
}

func (s *schemas) validate(where, ptr string, instance []byte) {
	s.t.Helper()
	sch, err := s.c.Compile("mem://openapi.json" + ptr)
	if err != nil {
		s.t.Fatalf("%s: schema %s: %v", where, ptr, err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(instance))
	if err != nil {
		s.t.Fatalf("%s: %v", where, err)
	}
	if err := sch.Validate(inst); err != nil {
		s.t.Errorf("%s does not fit its schema: %v\n%s", where, err, instance)
	}
}

// TestOpenAPIExamples validates every JSON example of the description
// against its schema.
func TestOpenAPIExamples(t *testing.T) {
	doc := loadOpenAPI(t)
	s := newSchemas(t)
	n := 0
	check := func(where string, schemaPtr []string, mt mediaType) {
		if len(mt.Schema) == 0 {
			return
		}
		examples := map[string]json.RawMessage{}
		if len(mt.Example) > 0 {
			examples["example"] = mt.Example
		}
		for name, ex := range mt.Examples {
			var ref struct {
				Ref   string          `json:"$ref"`
				Value json.RawMessage `json:"value"`
			}
			json.Unmarshal(ex, &ref)
			if ref.Ref != "" {
				name := strings.TrimPrefix(ref.Ref, "#/components/examples/")
				ref.Value = doc.Components.Examples[name].Value
			}
			if len(ref.Value) == 0 {
				t.Errorf("%s: example %s has no value", where, name)
			}
			examples[name] = ref.Value
		}
		for name, ex := range examples {
			if json.Valid(ex) && (ex[0] == '{' || ex[0] == '[') {
				n++
				s.validate(where+" "+name, pointer(schemaPtr...), ex)
			}
		}
	}
	for path, ops := range doc.Paths {
		for method, op := range ops {
			if op.RequestBody != nil {
				for ct, mt := range op.RequestBody.Content {
					check(method+" "+path+" request "+ct, []string{"paths", path, method, "requestBody", "content", ct, "schema"}, mt)
				}
			}
			for code, raw := range op.Responses {
				var resp struct {
					Ref     string               `json:"$ref"`
					Content map[string]mediaType `json:"content"`
				}
				json.Unmarshal(raw, &resp)
				base := []string{"paths", path, method, "responses", code}
				if resp.Ref != "" {
					name := strings.TrimPrefix(resp.Ref, "#/components/responses/")
					resp.Content = doc.Components.Responses[name].Content
					base = []string{"components", "responses", name}
				}
				for ct, mt := range resp.Content {
					check(method+" "+path+" "+code+" "+ct, append(slices.Clone(base), "content", ct, "schema"), mt)
				}
			}
		}
	}
	if n < 6 {
		t.Errorf("only %d JSON examples validated", n)
	}
}

// TestOpenAPIAnswers validates real answers of the handlers against the
// schemas of the description, so that it cannot drift from the code.
func TestOpenAPIAnswers(t *testing.T) {
	s, _ := newTestServer(t, nil)
	sc := newSchemas(t)
	schema := func(name string) string { return pointer("components", "schemas", name) }
	w := ltPost(s, url.Values{"text": {article}, "language": {"de-DE"}})
	sc.validate("POST /v2/check", schema("LTCheckResponse"), w.Body.Bytes())
	w = serve(s, http.MethodGet, "/v2/languages", "", "")
	sc.validate("GET /v2/languages", schema("LTLanguages"), w.Body.Bytes())
	for _, body := range []string{
		`{"text": ` + quote(article) + `}`,
		`{"text": ` + quote(article) + `, "include_text": true, "id": "x"}`,
		`{"html": "<p>Ein Tweet</a>In. Mr. Keller kam.</p><p>Mr. Keller kam.</p><p>Mr. Keller kam.</p>", "include_text": true}`,
		`{"markdown": "# Titel\n\n<!-- mtcheck-disable english-date -->\n\nAm November 23, 2024.", "include_text": true}`,
	} {
		w = apiPost(s, body)
		if w.Code != http.StatusOK {
			t.Fatalf("status %d: %s", w.Code, w.Body)
		}
		sc.validate("POST /api/v1/check", schema("Document"), w.Body.Bytes())
	}
	w = apiPost(s, `{"text": "a", "config": {"disable": ["leftover"]}}`)
	sc.validate("POST /api/v1/check error", schema("Error"), w.Body.Bytes())
	w = serve(s, http.MethodPost, "/api/v1/batch", "application/x-ndjson", "{\"text\": "+quote(article)+"}\nkaputt\n")
	lines := bufio.NewScanner(w.Body)
	for lines.Scan() {
		sc.validate("POST /api/v1/batch line", schema("Document"), lines.Bytes())
	}
	w = serve(s, http.MethodGet, "/api/v1/rules", "", "")
	sc.validate("GET /api/v1/rules", schema("Rules"), w.Body.Bytes())
}
