package gen

import (
	"math"
	"math/rand/v2"
	"strings"
)

var words = strings.Fields(`the my your order delivery package arrived late today tent jacket boots
size colour return refund exchange store online website app account password tracking number
week days hours still waiting nobody answered customer service great love amazing terrible
broken zip strap seam quality price sale discount code voucher shipping free express again
please help thanks hello hi team product review recommend friend gift birthday hiking camping
trail rain waterproof warm cold summer winter backpack sleeping bag stove très déçu qualité
café naïve Zürich señor über fenêtre garçon`)

var firstNames = strings.Fields(`Marie Jean Camille Lucas Emma Louis Léa Hugo Chloé Jules Sarah Noah
Inès Adam Manon Arthur Zoé Raphaël Anna Gabriel Olivia Liam Mia Ethan Sofia Mateo Yasmine Tom
Björn Ana Chiara Kenji`)

var lastNames = strings.Fields(`Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau
Simon Laurent Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Mercier
Dupont Lambert Bonnet François Müller O'Brien Nguyen Rossi`)

var nicknames = strings.Fields(`JJ Kiki Bibi Zaza Tito`)

// customerName is the display name of customer i: mostly "First Last",
// sometimes "Last, First" (a comma) or with a "nickname" (quotes).
func customerName(i int) string {
	f := firstNames[i%len(firstNames)]
	l := lastNames[(i/len(firstNames))%len(lastNames)]
	switch {
	case i%53 == 7:
		return l + ", " + f
	case i%97 == 11:
		return f + ` "` + nicknames[i%len(nicknames)] + `" ` + l
	}
	return f + " " + l
}

var cannedReplies = []string{
	"Hi, thanks for reaching out! Could you send us a DM with your order number?",
	"We're sorry to hear that. Our team will look into it, promise.",
	"Thank you so much for your kind words, we \"love\" hearing from happy hikers!",
	"Hello! Please check your inbox, we've sent you the details.",
	"Bonjour, merci pour votre message ; nous revenons vers vous très vite.",
	"Sorry for the wait, your refund is on its way.\nHave a great day!",
}

// appendWords appends n words, with commas, quoted phrases and line breaks
// here and there.
func appendWords(b []byte, r *rand.Rand, n int) []byte {
	for i := range n {
		if i > 0 {
			switch u := r.Float64(); {
			case u < 0.07:
				b = append(b, ", "...)
			case u < 0.1:
				b = append(b, ". "...)
			case u < 0.115:
				b = append(b, ".\n"...)
			case u < 0.118:
				b = append(b, "\n\n"...)
			default:
				b = append(b, ' ')
			}
		}
		if r.Float64() < 0.02 {
			b = append(b, '"')
			b = append(b, words[r.IntN(len(words))]...)
			b = append(b, ' ')
			b = append(b, words[r.IntN(len(words))]...)
			b = append(b, '"')
			continue
		}
		b = append(b, words[r.IntN(len(words))]...)
	}
	return b
}

// wordCount draws a log-normal number of words around median.
func wordCount(r *rand.Rand, median float64, sigma float64, hi int) int {
	n := int(math.Round(median * math.Exp(r.NormFloat64()*sigma)))
	return min(max(n, 1), hi)
}

// customerText is a customer's comment; a question holds '?', '？' or '¿',
// any other text none of them.
func customerText(b []byte, r *rand.Rand, question bool) []byte {
	if question && r.Float64() < 0.03 {
		b = append(b, "¿"...)
	}
	b = appendWords(b, r, wordCount(r, 12, 0.9, 200))
	switch u := r.Float64(); {
	case question && u < 0.04:
		b = append(b, "？"...)
	case question:
		b = append(b, '?')
	case u < 0.4:
		b = append(b, '.')
	case u < 0.6:
		b = append(b, '!')
	case u < 0.63:
		b = append(b, " 😀"...)
	}
	return b
}

// brandText is a brand reply: often one of a few canned texts.
func brandText(b []byte, r *rand.Rand) []byte {
	if r.Float64() < 0.45 {
		return append(b, cannedReplies[r.IntN(len(cannedReplies))]...)
	}
	b = append(b, "Thanks, "...)
	b = appendWords(b, r, wordCount(r, 14, 0.6, 80))
	return append(b, '.')
}

// postText is a post's text, with a hashtag.
func postText(b []byte, r *rand.Rand) []byte {
	b = appendWords(b, r, wordCount(r, 20, 0.5, 120))
	return append(b, "\n#acmeoutdoor"...)
}

// appendField appends s as a CSV field, quoted when it holds a comma, a
// quote or a line break (quotes doubled inside).
func appendField(b []byte, s string) []byte {
	if !strings.ContainsAny(s, ",\"\r\n") {
		return append(b, s...)
	}
	b = append(b, '"')
	for {
		i := strings.IndexByte(s, '"')
		if i < 0 {
			break
		}
		b = append(b, s[:i+1]...)
		b = append(b, '"')
		s = s[i+1:]
	}
	b = append(b, s...)
	return append(b, '"')
}
