#!/usr/bin/env python3
"""Builds samples/ from the UTF-8 article sources in tools/samples/*.txt.

Every sample page exercises one thing the ingest stage must handle: an encoding (declared or
not), a container (gzip, WARC, JSON lines), a layout (a text dump with repeated titles and
site furniture), or damage (broken markup, binary junk). The articles are written for marsad
(fictional events, no text copied from anywhere). Output is deterministic: run it again and
git sees no change.

    python3 tools/make_samples.py            # rewrites samples/

Source format (tools/samples/NAME.txt): "title:" and "date:" lines, a "---" line, then
paragraphs separated by blank lines; a paragraph starting with "## " is a subheading.
"""

import gzip
import io
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "tools" / "samples"
OUT = ROOT / "samples"


class Article:
    def __init__(self, name):
        head, body = (SOURCES / f"{name}.txt").read_text(encoding="utf-8").split("\n---\n", 1)
        meta = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
        self.title = meta["title"]
        self.date = meta["date"]
        self.blocks = [b.strip() for b in body.split("\n\n") if b.strip()]

    def html_body(self):
        out = []
        for b in self.blocks:
            out.append(f"<h2>{b[3:]}</h2>" if b.startswith("## ") else f"<p>{b}</p>")
        return "\n".join(out)

    def text(self):
        """The article as plain paragraphs (JSON lines `text`)."""
        return "\n\n".join(b[3:] if b.startswith("## ") else b for b in self.blocks)


# Site furniture around every HTML article: menu, ticker, "most read" box, footer. All of it
# is invented, and none of it belongs in an extracted body.
def page(article, site, meta=""):
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
{meta}<title>{article.title} | {site}</title>
<meta property="article:published_time" content="{article.date}T09:00:00+03:00">
</head>
<body>
<header>
<div class="logo"><a href="/">{site}</a></div>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/politics">سياسة</a></li><li><a href="/economy">اقتصاد</a></li><li><a href="/sport">رياضة</a></li><li><a href="/opinion">رأي</a></li></ul></nav>
<div class="ticker">عاجل: <a href="/news/1">انطلاق أعمال المؤتمر الاقتصادي الدولي</a></div>
</header>
<main>
<article>
<h1>{article.title}</h1>
<time datetime="{article.date}">{article.date}</time>
{article.html_body()}
</article>
<aside class="most-read">
<h3>الأكثر قراءة</h3>
<ul>
<li><a href="/news/2">ارتفاع أسعار الذهب في الأسواق المحلية</a></li>
<li><a href="/news/3">منتخب الشباب يتأهل إلى نهائي البطولة</a></li>
<li><a href="/news/4">افتتاح معرض الكتاب بمشاركة واسعة</a></li>
</ul>
</aside>
</main>
<footer><p>جميع الحقوق محفوظة - {site}</p><a href="/privacy">سياسة الخصوصية</a> <a href="/contact">اتصل بنا</a></footer>
</body>
</html>
"""


def meta_charset(label):
    return f'<meta charset="{label}">\n'


def meta_http_equiv(label):
    return f'<meta http-equiv="Content-Type" content="text/html; charset={label}">\n'


def write(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def utf16be_bom(text):
    return b"\xfe\xff" + text.encode("utf-16-be")


def deterministic_gzip(data):
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0) as f:
        f.write(data)
    return buf.getvalue()


def warc_record(kind, uri, content_type, block, record_no):
    headers = [
        "WARC/1.1",
        f"WARC-Type: {kind}",
        f"WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{record_no:012d}>",
        "WARC-Date: 2024-06-01T12:00:00Z",
    ]
    if uri:
        headers.append(f"WARC-Target-URI: {uri}")
    headers += [f"Content-Type: {content_type}", f"Content-Length: {len(block)}"]
    return ("\r\n".join(headers) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def http_response(content_type, body, status="200 OK", chunked=False):
    head = f"HTTP/1.1 {status}\r\nServer: sample\r\nContent-Type: {content_type}\r\n"
    if chunked:  # crawlers often keep the transfer coding; marsad must undo it
        head += "Transfer-Encoding: chunked\r\n\r\n"
        chunks = b"".join(
            f"{len(body[i:i + 500]):x}\r\n".encode() + body[i:i + 500] + b"\r\n"
            for i in range(0, len(body), 500))
        return head.encode() + chunks + b"0\r\n\r\n"
    return (head + f"Content-Length: {len(body)}\r\n\r\n").encode() + body


def make_warc():
    """A crawl with 2 HTML pages among 6 records, each record its own gzip member."""
    border = Article("baghdad-border")
    elections = Article("algiers-elections")
    url1 = "https://akhbar-alkhalij.example/iraq/border-committee"
    url2 = "https://sawt-almaghrib.example/algeria/elections"
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(64))
    records = [
        ("warcinfo", None, "application/warc-fields",
         b"software: marsad tools/make_samples.py\r\nformat: WARC File Format 1.1\r\n"),
        ("request", url1, "application/http; msgtype=request",
         f"GET /iraq/border-committee HTTP/1.1\r\nHost: akhbar-alkhalij.example\r\n\r\n".encode()),
        ("response", url1, "application/http; msgtype=response",
         http_response("text/html; charset=utf-8",
                       page(border, "أخبار الخليج", meta_charset("utf-8")).encode("utf-8"))),
        ("metadata", url1, "application/warc-fields", b"outlink: /iraq/\r\n"),
        # windows-1256 with the charset only in the HTTP header, and a chunked body.
        ("response", url2, "application/http; msgtype=response",
         http_response("text/html; charset=windows-1256",
                       page(elections, "صوت المغرب").encode("cp1256"), chunked=True)),
        ("response", "https://sawt-almaghrib.example/logo.png",
         "application/http; msgtype=response", http_response("image/png", png)),
    ]
    out = b"".join(
        deterministic_gzip(warc_record(kind, uri, ct, block, i))
        for i, (kind, uri, ct, block) in enumerate(records))
    write(OUT / "crawl.warc.gz", out)


def make_jsonl():
    doha = Article("doha-mediation")
    kuwait = Article("kuwait-questioning")
    rabat = Article("rabat-wages")
    lines = [
        {"url": "https://alwasit.example/qatar/chad-talks",
         "html": page(doha, "الوسيط", meta_charset("utf-8"))},
        {"url": "https://majlis-news.example/kuwait/oil-minister", "title": kuwait.title,
         "date": kuwait.date, "text": kuwait.text()},
        {"id": "ma-wages-2024-04", "title": rabat.title, "date": rabat.date + "T10:30:00Z",
         "content": rabat.text()},
    ]
    text = "".join(json.dumps(l, ensure_ascii=False) + "\n" for l in lines)
    write(OUT / "pages.jsonl", text.encode("utf-8"))


def make_text_dump():
    """What a scraper leaves: menu, the title three times (once glued), body, furniture."""
    a = Article("baghdad-security")
    lines = ["الرئيسية", "سياسة", "اقتصاد", "رياضة", "", a.title, a.title + a.title, "",
             a.title, a.date, ""]
    for b in a.blocks:
        lines += [b[3:] if b.startswith("## ") else b, ""]
    lines += [
        "", "الأكثر مشاهدة", "",
        "انطلاق مهرجان المسرح العربي بمشاركة فرق من عشر دول",
        "ارتفاع صادرات التمور إلى الأسواق الأوروبية خلال الموسم الحالي",
        "جامعة بغداد تعلن نتائج القبول المركزي للعام الدراسي الجديد",
        "", "No stories found.", "Follow us", "", "logo", "الرصد نيوز", "www.alrasd-news.example",
    ]
    write(OUT / "text-dump-baghdad-security.txt", ("\n".join(lines) + "\n").encode("utf-8"))


def make_broken_markup():
    a = Article("geneva-libya")
    p = a.text().split("\n\n")
    html = f"""<html dir="rtl"><head><meta charset="utf-8">
<title>{a.title}</title>
<body>
<div class="wrap"><div class="nav"><a href="/">الرئيسية</a> | <a href="/libya">ليبيا</a>
</span></div></div></div>
<h1>{a.title}
<div class="story">
<p>{p[0]}
<p><b>{p[1]}
</div></div>
<p>{p[2]}</i>
<table><tr><td>إعلان
"""
    write(OUT / "broken-markup-geneva-libya.html", html.encode("utf-8"))


def make_random_bytes():
    rng = random.Random(20240601)  # fixed seed: the same junk every run
    junk = bytes(rng.randrange(256) for _ in range(4096))
    write(OUT / "broken" / "random-bytes.html", junk)


def make_encoding_set():
    """One article in every encoding marsad must decode identically."""
    a = Article("nile-dam")
    site = "النيل اليوم"
    d = OUT / "encodings"
    write(d / "nile-dam.utf-8.html", page(a, site, meta_charset("utf-8")).encode("utf-8"))
    write(d / "nile-dam.windows-1256.html",
          page(a, site, meta_http_equiv("windows-1256")).encode("cp1256"))
    write(d / "nile-dam.windows-1256-undeclared.html", page(a, site).encode("cp1256"))
    write(d / "nile-dam.iso-8859-6.html",
          page(a, site, meta_charset("iso-8859-6")).encode("iso8859_6"))
    write(d / "nile-dam.iso-8859-6-undeclared.html", page(a, site).encode("iso8859_6"))
    write(d / "nile-dam.utf-16le-bom.html", page(a, site).encode("utf-16"))  # LE with BOM
    write(d / "nile-dam.utf-16be-bom.html", utf16be_bom(page(a, site)))


def main():
    write(OUT / "utf8-amman-talks.html",
          page(Article("amman-talks"), "الرأي الحر", meta_charset("utf-8")).encode("utf-8"))
    write(OUT / "windows-1256-meta-tunis-strike.html",
          page(Article("tunis-strike"), "تونس الآن",
               meta_http_equiv("windows-1256")).encode("cp1256"))
    write(OUT / "windows-1256-undeclared-beirut-budget.html",
          page(Article("beirut-budget"), "بيروت اليوم").encode("cp1256"))
    write(OUT / "iso-8859-6-undeclared-sanaa-envoy.html",
          page(Article("sanaa-envoy"), "اليمن الجديد").encode("iso8859_6"))
    write(OUT / "utf16-bom-khartoum-protest.html",
          page(Article("khartoum-protest"), "النيلين", meta_charset("utf-16")).encode("utf-16"))
    write(OUT / "gzip-riyadh-ministers.html.gz",
          deterministic_gzip(page(Article("riyadh-ministers"), "الجزيرة العربية",
                                  meta_charset("utf-8")).encode("utf-8")))
    write(OUT / "tashkeel-tatweel-rabat-nouakchott.html",
          page(Article("rabat-nouakchott"), "المغرب العربي", meta_charset("utf-8")).encode("utf-8"))
    write(OUT / "mixed-arabic-english-vienna-opec.html",
          page(Article("vienna-opec"), "Energy Arabia | طاقة العرب",
               meta_charset("utf-8")).encode("utf-8"))
    make_warc()
    make_jsonl()
    make_text_dump()
    make_broken_markup()
    make_random_bytes()
    make_encoding_set()


if __name__ == "__main__":
    main()
