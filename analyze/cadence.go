package analyze

import "math"

// cadence finds each platform's campaigns: bursts of posting, and the
// silences after them (see Cadence).
func (c *context) cadence() Cadence {
	opts := c.diag.Cadence
	grid := c.weeks()
	weeks := grid.all()

	posts := map[string][]int{} // platform -> posts per week
	for _, p := range c.posts {
		if p.IsReply || !c.inPeriod(p.Published) {
			continue
		}
		w := posts[p.Platform]
		if w == nil {
			w = make([]int, grid.n)
			posts[p.Platform] = w
		}
		w[grid.index(p.Published)]++
	}
	out := Cadence{Reason: ReasonNoPosts}
	if len(posts) == 0 {
		return out
	}

	out.Reason = ReasonTooFewWeeks
	windows := map[string][]int8{} // per measurable platform: 0 other, 1 during, 2 after
	for _, name := range sortedKeys(posts) {
		perWeek := posts[name]
		pc := PlatformCadence{Platform: name, Weeks: make([]WeekCadence, grid.n)}
		var full []int64
		for i, w := range weeks {
			pc.Weeks[i] = WeekCadence{Week: w, Posts: perWeek[i]}
			if !w.Partial {
				full = append(full, int64(perWeek[i]))
			}
		}
		pc.FullWeeks = len(full)
		if pc.FullWeeks < opts.MinWeeks {
			pc.Reason = ReasonTooFewWeeks
			out.ByPlatform = append(out.ByPlatform, pc)
			continue
		}
		pc.Measurable = true
		pc.Median = int(medianInt64(full))
		// ceil, less a hair of rounding error: 1.1 x 10 is 11, not 12.
		pc.Threshold = max(opts.BurstMinPosts, int(math.Ceil(opts.BurstFactor*float64(pc.Median)-1e-9)))

		// Campaigns: runs of burst weeks; their silences; the window after.
		window := make([]int8, grid.n)
		for i := range pc.Weeks {
			pc.Weeks[i].Burst = pc.Weeks[i].Posts >= pc.Threshold
		}
		lastFull := -1
		for i, w := range weeks {
			if !w.Partial {
				lastFull = i
			}
		}
		for i := 0; i < grid.n; {
			if !pc.Weeks[i].Burst {
				i++
				continue
			}
			j := i
			for j+1 < grid.n && pc.Weeks[j+1].Burst {
				j++
			}
			cp := Campaign{First: weeks[i], Last: weeks[j], Weeks: j - i + 1}
			for k := i; k <= j; k++ {
				cp.Posts += pc.Weeks[k].Posts
				window[k] = 1
			}
			k := j + 1
			for k < grid.n && !weeks[k].Partial && pc.Weeks[k].Posts == 0 {
				cp.SilenceWeeks++
				k++
			}
			cp.Silenced = cp.SilenceWeeks >= opts.MinSilenceWeeks
			cp.SilenceToEnd = cp.SilenceWeeks > 0 && k-1 == lastFull
			if cp.Silenced {
				for s := j + 1; s < k; s++ {
					pc.Weeks[s].Silent = true
				}
				out.Silenced++
			}
			for a := j + 1; a <= j+opts.AfterWeeks && a < grid.n; a++ {
				if window[a] == 0 && !pc.Weeks[a].Burst {
					window[a] = 2
				}
			}
			pc.Campaigns = append(pc.Campaigns, cp)
			out.Campaigns++
			i = j + 1
		}

		windows[name] = window
		out.ByPlatform = append(out.ByPlatform, pc)
		out.Measurable = true
	}

	// One pass over the customer comments: weekly counts, and the activity
	// of each window over full weeks.
	type state struct {
		pc     *PlatformCadence
		window []int8
		acc    [3]responseAcc
	}
	states := map[string]*state{}
	for i := range out.ByPlatform {
		pc := &out.ByPlatform[i]
		states[pc.Platform] = &state{pc: pc, window: windows[pc.Platform]}
	}
	verdicts := c.verdicts()
	for i, cm := range c.comments {
		v := verdicts[i]
		if !v.judged {
			continue
		}
		st := states[cm.Platform]
		if st == nil {
			continue
		}
		w := grid.index(cm.Created)
		st.pc.Weeks[w].CustomerComments++
		if st.window != nil && !weeks[w].Partial {
			st.acc[st.window[w]].add(cm, v, c.sla)
		}
	}
	for _, st := range states {
		if st.window == nil {
			continue
		}
		ok, why := c.judgeableOn(st.pc.Platform)
		var nWeeks [3]int
		for i, w := range weeks {
			if !w.Partial {
				nWeeks[st.window[i]]++
			}
		}
		activity := func(k int) WindowActivity {
			return WindowActivity{
				Weeks:            nWeeks[k],
				CustomerComments: st.acc[k].customer,
				PerWeek:          ratio(st.acc[k].customer, nWeeks[k]),
				Responses:        st.acc[k].stats(ok, why),
			}
		}
		st.pc.Other, st.pc.During, st.pc.After = activity(0), activity(1), activity(2)
	}
	if out.Measurable {
		out.Reason = ""
	}
	return out
}
