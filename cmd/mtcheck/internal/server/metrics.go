package server

import (
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics are the server's Prometheus metrics, in a registry of its own
// (so that several servers in one process, as in tests, do not collide):
//
//	mtcheck_http_requests_total{route,code}            requests by route and status
//	mtcheck_http_request_duration_seconds{route}       end-to-end request durations
//	mtcheck_http_requests_in_flight                    requests being served
//	mtcheck_check_duration_seconds{api}                the engine's check alone (api: languagetool, check, batch)
//	mtcheck_check_queue_length                         requests waiting for a worker
//	mtcheck_checks_running                             workers checking a document
//	mtcheck_checks_rejected_total{reason}              queue_full, wait_timeout, check_timeout
//	mtcheck_words_checked_total                        words of the checked documents
//	mtcheck_findings_total{rule}                       findings by rule
//	mtcheck_config_reloads_total{result}               reloads on SIGHUP: ok, error
//	mtcheck_rules_enabled                              rules of the configuration in force
//
// and the Go runtime and process collectors.
type metrics struct {
	reg           *prometheus.Registry
	requests      *prometheus.CounterVec
	duration      *prometheus.HistogramVec
	inFlight      prometheus.Gauge
	checkDuration *prometheus.HistogramVec
	rejected      *prometheus.CounterVec
	words         prometheus.Counter
	findings      *prometheus.CounterVec
	reloads       *prometheus.CounterVec
	ruleCount     prometheus.Gauge
}

// durationBuckets span 1 ms to about 33 s.
var durationBuckets = prometheus.ExponentialBuckets(0.001, 2, 16)

func newMetrics(l Limiter) *metrics {
	m := &metrics{reg: prometheus.NewRegistry()}
	m.requests = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "mtcheck_http_requests_total", Help: "HTTP requests by route and status code."}, []string{"route", "code"})
	m.duration = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name: "mtcheck_http_request_duration_seconds", Help: "End-to-end durations of HTTP requests by route.",
		Buckets: durationBuckets}, []string{"route"})
	m.inFlight = prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "mtcheck_http_requests_in_flight", Help: "HTTP requests being served."})
	m.checkDuration = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name: "mtcheck_check_duration_seconds", Help: "Durations of the engine's check of one document, by API.",
		Buckets: durationBuckets}, []string{"api"})
	m.rejected = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "mtcheck_checks_rejected_total", Help: "Checks refused or stopped: queue_full, wait_timeout, check_timeout."},
		[]string{"reason"})
	m.words = prometheus.NewCounter(prometheus.CounterOpts{
		Name: "mtcheck_words_checked_total", Help: "Words of the checked documents."})
	m.findings = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "mtcheck_findings_total", Help: "Findings by rule."}, []string{"rule"})
	m.reloads = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "mtcheck_config_reloads_total", Help: "Reloads of the configuration (SIGHUP) by result: ok, error."},
		[]string{"result"})
	m.ruleCount = prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "mtcheck_rules_enabled", Help: "Rules enabled by the configuration in force."})
	queue := prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "mtcheck_check_queue_length", Help: "Requests waiting for a worker."},
		func() float64 { return float64(l.Waiting()) })
	running := prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "mtcheck_checks_running", Help: "Workers checking a document."},
		func() float64 { return float64(l.Busy()) })
	m.reg.MustRegister(m.requests, m.duration, m.inFlight, m.checkDuration, m.rejected, m.words, m.findings,
		m.reloads, m.ruleCount, queue, running,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	for _, result := range []string{"ok", "error"} {
		m.reloads.WithLabelValues(result)
	}
	for _, reason := range []string{"queue_full", "wait_timeout", "check_timeout"} {
		m.rejected.WithLabelValues(reason)
	}
	return m
}

// handleMetrics serves the metrics in Prometheus's text format.
func (s *Server) handleMetrics(w http.ResponseWriter, r *http.Request) {
	promhttp.HandlerFor(s.metrics.reg, promhttp.HandlerOpts{}).ServeHTTP(w, r)
}
