package gen

import (
	"fmt"
	"strconv"
	"strings"
)

// ParseSize reads a number of rows written plainly (100000) or with a k or
// M suffix (100k, 1M, 2.5M).
func ParseSize(s string) (int, error) {
	t := strings.TrimSpace(s)
	mult := 1.0
	switch {
	case strings.HasSuffix(t, "k"), strings.HasSuffix(t, "K"):
		mult, t = 1e3, t[:len(t)-1]
	case strings.HasSuffix(t, "m"), strings.HasSuffix(t, "M"):
		mult, t = 1e6, t[:len(t)-1]
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || v < 0 || v*mult != float64(int(v*mult)) {
		return 0, fmt.Errorf("%q is not a number of rows (want e.g. 6, 100k or 1M)", s)
	}
	return int(v * mult), nil
}

// FormatSize writes n as ParseSize reads it, as short as it can: 100k, 1M.
func FormatSize(n int) string {
	switch {
	case n >= 1e6 && n%1e6 == 0:
		return strconv.Itoa(n/1e6) + "M"
	case n >= 1e3 && n%1e3 == 0:
		return strconv.Itoa(n/1e3) + "k"
	}
	return strconv.Itoa(n)
}
