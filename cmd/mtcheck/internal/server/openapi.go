package server

import (
	_ "embed"
	"net/http"
)

// openAPI is the OpenAPI 3.0 description of the server, written by hand;
// openapi_test.go keeps it in step with the routes and the answers.
//
//go:embed openapi.json
var openAPI []byte

// handleOpenAPI serves the OpenAPI description.
func (s *Server) handleOpenAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(openAPI)
}
