package checker

import (
	"sync"
	"testing"
)

func TestFormMemoKeepsAnswersAcrossDocuments(t *testing.T) {
	var mu sync.Mutex
	calls := map[string]int{}
	memo := NewFormMemo(func(text string) int {
		mu.Lock()
		calls[text]++
		mu.Unlock()
		return len(text)
	})
	lengths := map[string]int{}
	rule := Rule{ID: "memo", Title: "Memo", Category: "style/test", Severity: Minor, Message: "Memo.", Doc: "Memo.",
		Bad: []string{"{{x}}"}, Good: []string{"y"},
		Check: func(p *Pass) {
			for _, f := range p.Doc.Forms {
				got := memo.Get(p, f.Text)
				mu.Lock()
				lengths[f.Text] = got
				mu.Unlock()
			}
		}}
	eng, err := NewEngine([]Rule{rule}, Config{})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for _, text := range []string{"Das Haus steht.", "Das Haus fällt.", "Ein Haus steht."} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := eng.CheckText(text); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if lengths["Haus"] != 4 || lengths["fällt"] != len("fällt") {
		t.Errorf("answers %v", lengths)
	}
	// Three documents share "Haus": computed at most once per goroutine that
	// raced for it, not once per document afterwards.
	if _, err := eng.CheckText("Das Haus und das Haus."); err != nil {
		t.Fatal(err)
	}
	if calls["Haus"] > 3 || calls["Haus"] < 1 {
		t.Errorf("Haus computed %d times", calls["Haus"])
	}
	before := calls["Haus"]
	for range 5 {
		if _, err := eng.CheckText("Noch ein Haus."); err != nil {
			t.Fatal(err)
		}
	}
	if calls["Haus"] != before {
		t.Errorf("Haus computed again: %d, then %d", before, calls["Haus"])
	}
	// An engine of another variant shares the answers; a new engine does not.
	ch, err := eng.WithVariant(DeCH)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ch.CheckText("Ein Haus."); err != nil {
		t.Fatal(err)
	}
	if calls["Haus"] != before {
		t.Errorf("the de-CH copy computed Haus again")
	}
	other, _ := NewEngine([]Rule{rule}, Config{})
	if _, err := other.CheckText("Ein Haus."); err != nil {
		t.Fatal(err)
	}
	if calls["Haus"] != before+1 {
		t.Errorf("a new engine should compute its own answers: %d", calls["Haus"])
	}
}
