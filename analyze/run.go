package analyze

import "errors"

// Run computes every figure of a report from the dataset. It is a pure
// function of its arguments: it never reads the clock or the local zone.
func Run(ds *Dataset, opts Options) (*Results, error) {
	return nil, errors.New("analyze.Run: being written")
}
