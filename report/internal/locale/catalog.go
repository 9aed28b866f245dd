package locale

import (
	"fmt"
	"sort"
	"sync"
	"unicode"
)

// Message is one user-facing string of the report in every language. The
// two texts are fmt formats with the same verbs in the same order (use
// explicit indexes such as %[2]s when French needs another order).
// Arguments are passed already formatted for the language (numbers by
// Int, Pct..., dates by Date), so verbs are almost always %s.
type Message struct {
	En, Fr string
}

// catalog holds every registered message by key.
var (
	catalogMu sync.RWMutex
	catalog   = map[string]Message{}
)

// Register adds messages to the catalogue. Each file of the report that
// words something registers its own messages from an init function, with
// keys prefixed by its topic ("nav.", "resp.", "data."...). Registering a
// key twice, or a message missing a language, panics: it is a programming
// error that every test run reveals.
func Register(msgs map[string]Message) {
	catalogMu.Lock()
	defer catalogMu.Unlock()
	for k, m := range msgs {
		if _, dup := catalog[k]; dup {
			panic("locale: message " + k + " registered twice")
		}
		if m.En == "" || m.Fr == "" {
			panic("locale: message " + k + " lacks a language")
		}
		catalog[k] = m
	}
}

// Missing is what T returns for an unknown key; tests look for it in pages.
const Missing = "⟦missing message "

// T returns the message key in the locale's language, formatted with args
// when there are any. An unknown key gives "⟦missing message key⟧", which
// the page tests reject.
func (l *Locale) T(key string, args ...any) string {
	catalogMu.RLock()
	m, ok := catalog[key]
	catalogMu.RUnlock()
	if !ok {
		return Missing + key + "⟧"
	}
	f := m.En
	if l.Lang == "fr" {
		f = m.Fr
	}
	if len(args) == 0 {
		return f
	}
	for i, a := range args {
		if s, ok := a.(string); ok {
			args[i] = Isolate(s)
		}
	}
	return fmt.Sprintf(f, args...)
}

// Isolate wraps a string that holds right-to-left letters or bidi controls
// in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE (UAX #9), so that a
// U+202E in a name from the data cannot reverse the figures written after
// it in a sentence. Other strings are returned as they are. T isolates its
// string arguments.
func Isolate(s string) string {
	for _, r := range s {
		if isBidi(r) {
			return "\u2068" + s + "\u2069"
		}
	}
	return s
}

// isBidi: the explicit bidi controls, and letters of right-to-left scripts.
func isBidi(r rune) bool {
	switch {
	case r == 0x061C, r == 0x200E, r == 0x200F, r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return unicode.In(r, unicode.Hebrew, unicode.Arabic, unicode.Syriac, unicode.Thaana, unicode.Nko)
}

// Messages returns every registered message, sorted by key; the tests use
// it to check that no page carries a string of the other language.
func Messages() []KeyedMessage {
	catalogMu.RLock()
	defer catalogMu.RUnlock()
	out := make([]KeyedMessage, 0, len(catalog))
	for k, m := range catalog {
		out = append(out, KeyedMessage{Key: k, Message: m})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

// KeyedMessage is a message with its key.
type KeyedMessage struct {
	Key string
	Message
}
