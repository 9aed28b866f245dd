module github.com/socialaudit/socialaudit

go 1.26.8

require (
	github.com/BurntSushi/toml v1.6.0
	github.com/chromedp/cdproto v0.159.0
	github.com/chromedp/chromedp v0.23.0
	github.com/go-echarts/go-echarts/v2 v2.7.2
	github.com/gocarina/gocsv v0.0.0-20260628180327-50907998929c
	github.com/spf13/pflag v1.0.10
	github.com/yuin/goldmark v1.8.7
	go.yaml.in/yaml/v3 v3.0.6
)

require github.com/go-json-experiment/json v0.0.0-20260213210345-44df1a37e875 // indirect
