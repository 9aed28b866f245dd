package report

// The diagnostics (analyze.Diagnostics) look for the habits behind the
// three core figures. Each is shown on the page of the question it
// explains:
//
//   - responsiveness (does the brand answer?): canned replies, crises,
//     the most active members, who answers (diag_answers.go);
//   - conversation (a conversation or a broadcast?): posting cadence,
//     clicks against conversations, concentration on one platform
//     (diag_habits.go);
//   - feedback (is the audience pushing back?): posting against negative
//     feedback (diag_habits.go).
//
// Each adds its sections after the page's own.

// diagnostics adds the diagnostics' sections to the page p.
func (b *builder) diagnostics(p *pageView) error {
	switch p.Name {
	case "responsiveness":
		return b.answerDiagnostics(p)
	case "conversation":
		return b.conversationDiagnostics(p)
	case "feedback":
		return b.pushbackDiagnostics(p)
	}
	return nil
}
