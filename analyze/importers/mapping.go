package importers

import "github.com/socialaudit/socialaudit/analyze/internal/importer"

// Mapping is a user's description of a format socialaudit does not know
// (--map FILE).
type Mapping struct{}

func (m Mapping) format() importer.Format { return importer.Format{} }
