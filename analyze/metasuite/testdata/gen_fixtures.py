# Wrote the fixtures of analyze/metasuite once (python3 gen_fixtures.py);
# the files are committed and are the reference, this is a record of how.
import csv, io, os
D = os.path.dirname(os.path.abspath(__file__)) + "/"

FB = ["Post ID","Page ID","Page name","Title","Description","Duration (sec)","Publish time","Caption type","Permalink",
"Is crosspost","Is share","Post type","Languages","Custom labels","Funded content status","Data comment","Date",
"Views","Reach","Reactions, Comments and Shares","Reactions","Comments","Shares","Total clicks",
"Matched Audience Targeting Consumption (Photo Click)","Other Clicks","Link Clicks",
"Matched Audience Targeting Consumption (Video Click)","Negative feedback from users: Hide all",
"Seconds viewed","Average Seconds viewed","Estimated earnings (USD)","Ad CPM (USD)","Ad impressions"]
FB_BOTH = FB[:29] + ["Negative feedback from users: Hide"] + FB[29:]

IG = ["Post ID","Account ID","Account username","Account name","Description","Duration (sec)","Publish time","Permalink",
"Post type","Data comment","Date","Views","Reach","Likes","Shares","Follows","Comments","Saves"]

OLD = ['Post ID', 'Page ID', 'Page name', 'Description', 'Duration (sec)',
'Publish time', 'Permalink', 'Post type', 'Impressions', 'People Reached',
'Engagements', 'Shares', 'Likes', 'Comments', 'Seconds Viewed', '60-Second Video Views',
'3-Second Video Views', 'Average Seconds Viewed', 'Total clicks', 'Other Clicks', 'Photo Views',
'Link Clicks', 'Clicks to Play', 'Article Average Time Spent', 'Article Daily Scroll Depth', '3-Second Viewers',
'Unique Video 60-Second Views', '60-Second Views From Recommendations', '60-Second Views From Shares', '60-Second Views From Followers',
'60-Second Views From Boosted posts', 'Seconds Viewed From Recommendations', 'Seconds Viewed From Shares', 'Seconds Viewed From Followers',
'Seconds Viewed From Boosted posts', 'Average Seconds Viewed From Recommendations', 'Average Seconds Viewed From Shares',
'Average Seconds Viewed From Followers', 'Average Seconds Viewed From Boosted posts', 'Engaged users', 'Overall negative feedback',
'Unique negative feedback from users', 'Unique negative feedback from users: Hide all', 'Unique negative feedback from users: Hide',
'Estimated earnings (USD)', 'Ad CPM (USD)', 'Ad Impressions', 'Estimated stars earnings (USD)', 'Views by top audience (13-17, F)',
'Views by top audience (13-17, M)', 'Views by top audience (18-24, F)', 'Views by top audience (18-24, M)', 'Views by top audience (25-34, F)',
'Views by top audience (25-34, M)', 'Views by top audience (35-44, F)', 'Views by top audience (35-44, M)', 'Views by top audience (45-54, F)',
'Views by top audience (45-54, M)', 'Views by top audience (55-64, F)', 'Views by top audience (55-64, M)', 'Views by top audience (65+, F)',
'Views by top audience (65+, M)', 'Returning Viewers', '60-Second Video Views by Returning Viewers', 'Seconds Viewed by Returning Viewers',
'Average Seconds Viewed by Returning Viewers']

def rows(header, recs):
    out = []
    for r in recs:
        unknown = set(r) - set(header)
        assert not unknown, unknown
        out.append([r.get(h, "") for h in header])
    return out

def write(name, header, recs, delim=",", encoding="utf-8-sig", quote=csv.QUOTE_MINIMAL):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\n", quoting=quote)
    w.writerow(header)
    for r in rows(header, recs):
        w.writerow(r)
    with open(D + name, "wb") as f:
        f.write(buf.getvalue().encode(encoding))

PAGE = {"Page ID": "104857600000001", "Page name": "Lumen Home", "Is crosspost": "No", "Is share": "No"}
def fb(**kw):
    r = dict(PAGE); r["Date"] = "Lifetime"; r.update(kw); return r
link = lambda pid: "https://www.facebook.com/104857600000001/posts/" + pid

write("fb_content.csv", FB_BOTH, [
  fb(**{"Post ID":"1362248909258331","Description":"New lamps are in!","Publish time":"08/14/2025 10:05",
     "Permalink":link("1362248909258331"),"Post type":"Photos","Views":"1200","Reach":"900",
     "Reactions, Comments and Shares":"60","Reactions":"45","Comments":"10","Shares":"5","Total clicks":"30",
     "Matched Audience Targeting Consumption (Photo Click)":"12","Other Clicks":"8","Link Clicks":"10",
     "Negative feedback from users: Hide all":"1","Negative feedback from users: Hide":"2"}),
  fb(**{"Post ID":"1362248909258332","Title":"Behind the scenes at the workshop","Duration (sec)":"42",
     "Publish time":"08/02/2025 18:30","Permalink":"https://www.facebook.com/reel/1362248909258332","Post type":"Reels",
     "Views":"5400","Reach":"4100","Reactions, Comments and Shares":"130","Reactions":"110","Comments":"12","Shares":"8",
     "Total clicks":"40","Other Clicks":"40","Link Clicks":"0","Matched Audience Targeting Consumption (Video Click)":"15",
     "Seconds viewed":"81000","Average Seconds viewed":"15"}),
  fb(**{"Post ID":"1362248909258333","Title":"Summer sale","Description":"Our summer sale starts today.\nSee you in store!",
     "Publish time":"08/20/2025 09:00","Permalink":link("1362248909258333"),"Post type":"Links","Views":"800","Reach":"700",
     "Reactions, Comments and Shares":"25","Reactions":"20","Comments":"3","Shares":"2","Total clicks":"70","Other Clicks":"15",
     "Link Clicks":"55","Negative feedback from users: Hide all":"0","Negative feedback from users: Hide":"0"}),
  fb(**{"Post ID":"1362248909258334","Description":"A bad reach","Publish time":"08/21/2025 09:00",
     "Permalink":link("1362248909258334"),"Post type":"Photos","Views":"100","Reach":"12.5"}),
  fb(**{"Post ID":"","Description":"No id","Publish time":"08/22/2025 09:00","Post type":"Photos","Views":"100","Reach":"90"}),
  fb(**{"Post ID":"1362248909258331","Description":"New lamps are in!","Publish time":"08/14/2025 10:05",
     "Permalink":link("1362248909258331"),"Post type":"Photos","Views":"1300","Reach":"950"}),
  fb(**{"Post ID":"1362248909258335","Description":"Workshop tour","Publish time":"08/31/2025 21:15","Date":"2025-08-31",
     "Permalink":link("1362248909258335"),"Post type":"Videos","Views":"","Reach":"300","Reactions":"9","Comments":"1","Shares":"0",
     "Total clicks":"4","Link Clicks":"","Negative feedback from users: Hide all":"3"}),
  fb(**{"Post ID":"18031234567890123","Description":"Crossposted reel","Publish time":"08/15/2025 12:00",
     "Permalink":"https://www.instagram.com/reel/C9xYzAbCdEf/","Post type":"IG reel","Views":"2000","Reach":"1500",
     "Reactions":"70","Comments":"4","Shares":"6"}),
])

write("fb_content_hideall.csv", FB, [
  fb(**{"Post ID":"1362248909258401","Description":"Two hides all","Publish time":"09/03/2025 07:45",
     "Permalink":link("1362248909258401"),"Post type":"Photos","Views":"950","Reach":"800","Reactions":"30","Comments":"2",
     "Shares":"1","Total clicks":"12","Link Clicks":"5","Negative feedback from users: Hide all":"2"}),
  fb(**{"Post ID":"1362248909258402","Description":"Nothing said","Publish time":"09/13/2025 16:20",
     "Permalink":link("1362248909258402"),"Post type":"Videos","Views":"400","Reach":"380","Reactions":"11","Comments":"0",
     "Shares":"0","Total clicks":"3","Link Clicks":"0","Negative feedback from users: Hide all":""}),
  fb(**{"Post ID":"1362248909258403","Description":"Zero hides all","Publish time":"09/21/2025 09:30",
     "Permalink":link("1362248909258403"),"Post type":"Links","Views":"610","Reach":"590","Reactions":"8","Comments":"1",
     "Shares":"3","Total clicks":"40","Link Clicks":"33","Negative feedback from users: Hide all":"0"}),
  fb(**{"Post ID":"1.36225E+15","Description":"Rounded by a spreadsheet","Publish time":"09/22/2025 09:30",
     "Post type":"Photos","Views":"10","Reach":"10"}),
])

def ig(**kw):
    r = {"Account ID":"17841400000000001","Account username":"lumenhome","Account name":"Lumen Home","Date":"Lifetime"}
    r.update(kw); return r
write("ig_content.csv", IG, [
  ig(**{"Post ID":"18040000000000001","Description":"Golden hour in the showroom","Publish time":"08/16/2025 19:00",
     "Permalink":"https://www.instagram.com/p/DA1aaaaaaaa/","Post type":"IG image","Views":"3000","Reach":"2500",
     "Likes":"210","Shares":"14","Follows":"3","Comments":"9","Saves":"30"}),
  ig(**{"Post ID":"18040000000000002","Description":"","Duration (sec)":"18","Publish time":"08/03/2025 08:10",
     "Permalink":"https://www.instagram.com/reel/DA2bbbbbbbb/","Post type":"IG reel","Views":"12000","Reach":"8000",
     "Likes":"640","Shares":"88","Follows":"21","Comments":"35","Saves":"120"}),
  ig(**{"Post ID":"18040000000000003","Account username":"","Description":"Three rooms, one lamp",
     "Publish time":"08/25/2025 12:00","Permalink":"https://www.instagram.com/p/DA3cccccccc/","Post type":"IG carousel",
     "Views":"1500","Reach":"1200","Likes":"95","Shares":"2","Follows":"0","Comments":"4","Saves":"11"}),
  ig(**{"Post ID":"18040000000000004","Description":"Negative likes","Publish time":"08/26/2025 12:00",
     "Permalink":"https://www.instagram.com/p/DA4dddddddd/","Post type":"IG image","Views":"10","Reach":"10","Likes":"-3"}),
])

def old(**kw):
    r = {"Page ID":"104857600000001","Page name":"Lumen Home"}; r.update(kw); return r
write("fb_content_2023.csv", OLD, [
  old(**{"Post ID":"104857600000001_611111111111111","Description":"Spring collection","Publish time":"03/21/2023 08:00",
     "Permalink":"https://www.facebook.com/104857600000001/posts/611111111111111","Post type":"Photos",
     "Impressions":"2500","People Reached":"1800","Engagements":"120","Shares":"6","Likes":"80","Comments":"14",
     "Total clicks":"50","Other Clicks":"22","Photo Views":"8","Link Clicks":"20","Engaged users":"95",
     "Overall negative feedback":"4","Unique negative feedback from users":"3",
     "Unique negative feedback from users: Hide all":"1","Unique negative feedback from users: Hide":"2"}),
  old(**{"Post ID":"104857600000001_611111111111112","Description":"Store opening hours","Publish time":"04/02/2023 17:45",
     "Permalink":"https://www.facebook.com/104857600000001/posts/611111111111112","Post type":"Status",
     "Impressions":"900","People Reached":"850","Engagements":"12","Shares":"0","Likes":"10","Comments":"2",
     "Total clicks":"5","Link Clicks":"","Unique negative feedback from users: Hide all":"0"}),
])

# A French spreadsheet's re-save of an export with only "Hide all": semicolons,
# Windows-1252, no BOM, day-first dates, no-break spaces grouping thousands,
# and an id the spreadsheet rounded.
NB = "\u00a0"
write("fb_content_fr.csv", FB, [
  fb(**{"Post ID":"1362248909258501","Description":"Soldes d'été : -30 % sur les lampes","Publish time":"14/08/2025 10:05",
     "Permalink":link("1362248909258501"),"Post type":"Photos","Views":"12"+NB+"345","Reach":"9"+NB+"870","Reactions":"1"+NB+"020",
     "Comments":"41","Shares":"17","Total clicks":"230","Link Clicks":"180","Negative feedback from users: Hide all":"4"}),
  fb(**{"Post ID":"1362248909258502","Description":"Visite de l'atelier","Publish time":"02/09/2025 18:00",
     "Permalink":link("1362248909258502"),"Post type":"Reels","Views":"1 500","Reach":"1 100","Reactions":"80",
     "Comments":"3","Shares":"2","Total clicks":"9","Link Clicks":"0","Negative feedback from users: Hide all":"0"}),
  fb(**{"Post ID":"1,36225E+15","Description":"Arrondi par le tableur","Publish time":"03/09/2025 18:00",
     "Post type":"Photos","Views":"10","Reach":"10"}),
], delim=";", encoding="cp1252")

# The chart export as Meta writes it: UTF-16LE with a BOM, every value
# quoted, CRLF (assumed), an Excel sep= line, the metric's name, the header.
chart = "\r\n".join([
  'sep=,', '"Facebook follows"', '"Date","Primary"',
  '"2025-08-01T00:00:00","20"',
  '"2025-08-02T00:00:00","3"',
  '"2025-08-03T00:00:00","0"',
  '"2025-08-05T00:00:00","1.5"',
  '"2025-08-06T00:00:00",""',
  '"2025-08-07T00:00:00","7"',
  '"2025-08-07T00:00:00","8"',
  '"2025-08-08T00:00:00","12"',
]) + "\r\n"
with open(D + "chart_facebook_follows.csv", "wb") as f:
    f.write(b"\xff\xfe" + chart.encode("utf-16-le"))

# A French spreadsheet's re-save of a "Views" chart: the sep= line consumed,
# the name line padded to the table's width, semicolons, Windows-1252,
# day-first dates, thousands grouped by a no-break space.
fr = "\r\n".join([
  "Views;", "Date;Primary",
  "11/08/2025;67" + NB + "753",
  "12/08/2025;1 234",
  "13/08/2025;980",
  "14/08/2025;0",
]) + "\r\n"
with open(D + "chart_views_fr.csv", "wb") as f:
    f.write(fr.encode("cp1252"))
