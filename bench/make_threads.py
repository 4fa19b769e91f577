"""Build large synthetic debate threads from real comment texts, for the speed benchmarks.

The texts are the comments of the English saved pages in ``../shared/pages`` (read in place,
never copied into the repository); they are recombined into threads of any size with a reply
tree shaped like real ones, and written as WordPress HTML, Hacker News HTML, Reddit JSON or
argmap's plain-text dump, so the benchmark goes through the same readers as real input.

Reply tree: each new comment answers the post with probability ``TOP_LEVEL_SHARE``; otherwise
it answers an earlier comment chosen by preferential attachment (a comment with many replies
draws more), accepted with probability ``DEPTH_DECAY ** depth`` so that deep chains thin out.
On the HN thread ``hn-2023-ask-best-papers.html`` (100 comments) 38% of comments are
top-level and the deepest reply is at depth 7; these constants give about the same shape.

Examples::

    python bench/make_threads.py thread --format reddit-json --size 10000 --out /tmp/threads
    python bench/make_threads.py corpus --pages 1000 --out /tmp/corpus
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import lxml.html

__all__ = ["FORMATS", "Comment", "comment_texts", "make_thread", "write_thread"]

SHARED_PAGES = Path(__file__).resolve().parents[1].parent / "shared" / "pages"

#: Share of comments that answer the post itself (HN "best papers" thread: 38 of 100).
TOP_LEVEL_SHARE = 0.38
#: A candidate parent at depth d is kept with probability DEPTH_DECAY ** d.
DEPTH_DECAY = 0.75
#: Share of synthetic comments made of two source comments joined (longer replies exist).
JOINED_SHARE = 0.15
#: Deepest reply each platform shows: WordPress's default thread depth is 5; Reddit folds
#: chains after 10 ("continue this thread"); HN nests without a fixed limit.
MAX_DEPTH = {"wordpress-html": 5, "hn-html": 40, "reddit-json": 10, "text": 1}
FORMATS = tuple(MAX_DEPTH)
SUFFIX = {"wordpress-html": ".html", "hn-html": ".html", "reddit-json": ".json", "text": ".txt"}

#: Where comment bodies sit in the English saved pages (XPath over lxml.html).
COMMENT_XPATHS = {
    "hackernews": "//*[contains(@class,'commtext') or (self::span and @class='comment')]",
    "wordpress": "//div[contains(@class,'comment-content')]",
    "reddit/old-reddit": "//div[contains(@class,'comment')]//div[contains(@class,'usertext-body')]",
    "stackexchange": "//span[contains(@class,'comment-copy')]",
    "disqus/disqus-noscript": "//div[contains(@class,'comment-body')]",
    "schema_org": (
        "//*[contains(@itemtype,'Comment')]//*[@itemprop='text' or @itemprop='commentText']"
    ),
    "blogger/blogger-luxuryhaven": "//p[contains(@class,'comment-content')]",
}
MIN_WORDS = 3
#: Longer texts are essays (whole Discourse posts, an article caught by a selector), not the
#: comments of a comment section; 400 words keeps 98% of the texts found.
MAX_WORDS = 400


@dataclass
class Comment:
    """One synthetic comment; ``parent`` is the index of the comment answered, -1 the post."""

    index: int
    parent: int
    depth: int
    author: str
    time: datetime
    text: str


def comment_texts(pages: Path = SHARED_PAGES) -> list[str]:
    """Every English comment text of the saved pages, paragraphs joined by blank lines."""
    texts: list[str] = []
    for prefix, xpath in COMMENT_XPATHS.items():
        for path in sorted(pages.glob(f"{prefix}*/**/*.html")) + sorted(
            pages.glob(f"{prefix}*.html")
        ):
            root = lxml.html.parse(str(path)).getroot()
            texts.extend(_element_text(element) for element in root.xpath(xpath))
    texts.extend(_reddit_json_texts(pages))
    texts.extend(_discourse_texts(pages))
    unique = dict.fromkeys(t for t in texts if MIN_WORDS <= len(t.split()) <= MAX_WORDS)
    return list(unique)


def _element_text(element: lxml.html.HtmlElement) -> str:
    for br in element.iter("br"):
        br.tail = "\n" + (br.tail or "")
    paragraphs = [p.text_content() for p in element.iter("p")] or [element.text_content()]
    if element.text and element.text.strip() and element.tag != "p":
        paragraphs.insert(0, element.text)
    cleaned = (re.sub(r"[ \t\r\f\v]+", " ", p).strip() for p in paragraphs)
    return "\n\n".join(p for p in cleaned if p)


def _reddit_json_texts(pages: Path) -> Iterator[str]:
    for path in sorted(pages.glob("reddit/*.json")):
        stack = [json.loads(path.read_text(encoding="utf-8"))]
        while stack:
            node = stack.pop()
            if isinstance(node, dict):
                if node.get("kind") == "t1" and isinstance(node.get("data"), dict):
                    yield node["data"].get("body", "").strip()
                stack.extend(node.values())
            elif isinstance(node, list):
                stack.extend(node)


def _discourse_texts(pages: Path) -> Iterator[str]:
    for path in sorted(pages.glob("discourse/*.json")):
        posts = json.loads(path.read_text(encoding="utf-8")).get("post_stream", {}).get("posts", [])
        for post in posts:
            yield _element_text(lxml.html.fragment_fromstring(post["cooked"], create_parent="div"))


def make_thread(size: int, texts: list[str], rng: random.Random, max_depth: int) -> list[Comment]:
    """``size`` comments in a reply tree (see the module docstring for its shape)."""
    authors = [f"{rng.choice(HANDLE_STEMS)}{n}" for n in range(max(3, size // 2))]
    start = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)
    comments: list[Comment] = []
    # Each comment appears once, plus once per reply it gets: a uniform pick from this list
    # is preferential attachment in O(1).
    attachment: list[int] = []
    for index in range(size):
        parent = -1
        if comments and max_depth > 1 and rng.random() >= TOP_LEVEL_SHARE:
            parent = _pick_parent(comments, attachment, rng, max_depth)
        depth = comments[parent].depth + 1 if parent >= 0 else 0
        text = rng.choice(texts)
        if rng.random() < JOINED_SHARE:
            text = f"{text}\n\n{rng.choice(texts)}"
        author = authors[min(int(rng.paretovariate(1.2)) - 1, len(authors) - 1)]
        if rng.random() < 0.7:
            author = rng.choice(authors)
        when = start + timedelta(minutes=index * 3 + rng.randrange(3))
        comments.append(Comment(index, parent, depth, author, when, text))
        attachment.append(index)
        if parent >= 0:
            attachment.append(parent)
    return comments


HANDLE_STEMS = ("reader", "dev", "anon", "kat", "mike", "sam", "lee", "jo", "pat", "quill")


def _pick_parent(
    comments: list[Comment], attachment: list[int], rng: random.Random, max_depth: int
) -> int:
    while True:
        candidate = attachment[rng.randrange(len(attachment))]
        depth = comments[candidate].depth
        if depth + 1 < max_depth and rng.random() < DEPTH_DECAY**depth:
            return candidate


def write_thread(fmt: str, title: str, post: str, comments: list[Comment], path: Path) -> Path:
    """Write the thread in one of :data:`FORMATS` (plain files: this is a benchmark input)."""
    writer = {
        "wordpress-html": _wordpress_html,
        "hn-html": _hn_html,
        "reddit-json": _reddit_json,
        "text": _plain_text,
    }[fmt]
    path.write_text(writer(title, post, comments), encoding="utf-8")
    return path


def _paragraphs_html(text: str) -> str:
    return "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n"))


def _children(comments: list[Comment]) -> dict[int, list[Comment]]:
    children: dict[int, list[Comment]] = {}
    for comment in comments:
        children.setdefault(comment.parent, []).append(comment)
    return children


def _wordpress_html(title: str, post: str, comments: list[Comment]) -> str:
    children = _children(comments)
    out = [
        '<!DOCTYPE html>\n<html lang="en-US"><head><meta charset="UTF-8">'
        f"<title>{html.escape(title)} – Bench Blog</title>"
        '<meta name="generator" content="WordPress 6.4.3"></head>'
        '<body class="post-template-default single single-post"><article class="post type-post">'
        f'<h1 class="entry-title">{html.escape(title)}</h1>'
        f'<div class="entry-content">{_paragraphs_html(post)}</div></article>'
        f'<div id="comments" class="comments-area"><h2 class="comments-title">'
        f"{len(comments)} thoughts on “{html.escape(title)}”</h2>"
        '<ol class="comment-list">'
    ]

    def emit(comment: Comment) -> None:
        cid = 1000 + comment.index
        kids = children.get(comment.index, [])
        out.append(
            f'<li id="comment-{cid}" class="comment depth-{comment.depth + 1}'
            f'{" parent" if kids else ""}"><article id="div-comment-{cid}" class="comment-body">'
            '<footer class="comment-meta"><div class="comment-author vcard">'
            f'<b class="fn">{html.escape(comment.author)}</b> <span class="says">says:</span>'
            '</div><div class="comment-metadata">'
            f'<a href="https://bench.example/post/#comment-{cid}"><time datetime="'
            f'{comment.time.isoformat()}">{comment.time:%B %d, %Y at %H:%M}</time></a></div>'
            f'</footer><div class="comment-content">{_paragraphs_html(comment.text)}</div>'
            f'<div class="reply"><a class="comment-reply-link" href="#comment-{cid}" '
            f'data-commentid="{cid}">Reply</a></div></article>'
        )
        if kids:
            out.append('<ol class="children">')
            for kid in kids:
                emit(kid)
            out.append("</ol>")
        out.append("</li>")

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for top in children.get(-1, []):
        emit(top)
    out.append("</ol></div></body></html>\n")
    return "\n".join(out)


def _hn_html(title: str, post: str, comments: list[Comment]) -> str:
    children = _children(comments)
    rows: list[str] = []
    stack = list(reversed(children.get(-1, [])))
    while stack:  # HN lists comments in tree order, depth shown by the indent cell
        comment = stack.pop()
        cid = 40_000_000 + comment.index
        rows.append(
            f'<tr class="athing comtr" id="{cid}"><td><table border="0"><tr>'
            f'<td class="ind" indent="{comment.depth}"><img src="s.gif" height="1" '
            f'width="{comment.depth * 40}"></td><td class="default"><div><span class="comhead">'
            f'<a href="user?id={comment.author}" class="hnuser">{comment.author}</a> '
            f'<span class="age" title="{comment.time:%Y-%m-%dT%H:%M:%S}">'
            f'<a href="item?id={cid}">1 day ago</a></span></span></div><br>'
            f'<div class="comment"><div class="commtext c00">'
            f"{'<p>'.join(html.escape(p) for p in comment.text.split(chr(10) * 2))}"
            "</div></div></td></tr></table></td></tr>"
        )
        stack.extend(reversed(children.get(comment.index, [])))
    return (
        '<html lang="en" op="item"><head><meta name="referrer" content="origin">'
        f"<title>{html.escape(title)} | Hacker News</title></head><body>"
        '<center><table id="hnmain"><tr><td><table class="fatitem">'
        '<tr class="athing" id="39999999"><td class="title"><span class="titleline">'
        f'<a href="item?id=39999999">{html.escape(title)}</a></span></td></tr>'
        f'<tr><td class="subtext"><a class="hnuser" href="user?id=op">op</a></td></tr>'
        f'<tr><td><div class="toptext">{html.escape(post)}</div></td></tr></table>'
        '<table class="comment-tree">' + "\n".join(rows) + "</table></td></tr></table>"
        "</center></body></html>\n"
    )


def _reddit_json(title: str, post: str, comments: list[Comment]) -> str:
    children = _children(comments)

    def listing(items: list[dict]) -> dict:
        return {"kind": "Listing", "data": {"after": None, "before": None, "children": items}}

    def node(comment: Comment) -> dict:
        kids = [node(kid) for kid in children.get(comment.index, [])]
        parent = f"t1_c{comments[comment.parent].index}" if comment.parent >= 0 else "t3_bench"
        return {
            "kind": "t1",
            "data": {
                "id": f"c{comment.index}",
                "name": f"t1_c{comment.index}",
                "parent_id": parent,
                "link_id": "t3_bench",
                "author": comment.author,
                "body": comment.text,
                "created_utc": comment.time.timestamp(),
                "depth": comment.depth,
                "score": 1,
                "replies": listing(kids) if kids else "",
                "permalink": f"/r/bench/comments/bench/t/c{comment.index}/",
            },
        }

    post_data = {
        "id": "bench",
        "name": "t3_bench",
        "title": title,
        "selftext": post,
        "author": "op",
        "subreddit": "bench",
        "created_utc": datetime(2024, 3, 1, 8, 0, tzinfo=UTC).timestamp(),
        "num_comments": len(comments),
        "permalink": "/r/bench/comments/bench/t/",
        "url": "https://www.reddit.com/r/bench/comments/bench/t/",
    }
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    page = [
        listing([{"kind": "t3", "data": post_data}]),
        listing([node(top) for top in children.get(-1, [])]),
    ]
    return json.dumps(page)


def _plain_text(title: str, post: str, comments: list[Comment]) -> str:
    """argmap's plain-text dump: title, post, then each comment signed by its author."""
    lines = [title, "", post, "", "This article was first published on bench.example.", ""]
    for comment in comments:
        lines.extend([*comment.text.split("\n\n"), comment.author, ""])
    return "\n".join(lines)


def thread_file(
    out: Path, fmt: str, size: int, texts: list[str], rng: random.Random, name: str
) -> Path:
    """Generate one thread of ``size`` comments and write it to ``out/name<suffix>``."""
    comments = make_thread(size, texts, rng, MAX_DEPTH[fmt])
    title = f"Bench thread {name}: " + " ".join(rng.choice(texts).split()[:8])
    post = "\n\n".join(rng.sample(texts, 2))
    return write_thread(fmt, title, post, comments, out / f"{name}{SUFFIX[fmt]}")


def corpus_sizes(pages: int, rng: random.Random) -> list[int]:
    """Comment counts of a forum archive: most threads short, a few long (log-normal,
    median 12, capped at 300)."""
    return [min(300, max(1, round(rng.lognormvariate(2.5, 1.0)))) for _ in range(pages)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    one = sub.add_parser("thread", help="one thread of SIZE comments")
    one.add_argument("--size", type=int, required=True)
    one.add_argument("--format", choices=FORMATS, default="reddit-json")
    many = sub.add_parser("corpus", help="a folder of PAGES small threads")
    many.add_argument("--pages", type=int, default=1000)
    many.add_argument("--format", choices=FORMATS, nargs="+", default=list(FORMATS))
    for command in (one, many):
        command.add_argument("--out", type=Path, required=True)
        command.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    texts = comment_texts()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.command == "thread":
        path = thread_file(args.out, args.format, args.size, texts, rng, f"thread-{args.size}")
        print(path)
    else:
        for number, size in enumerate(corpus_sizes(args.pages, rng)):
            fmt = args.format[number % len(args.format)]
            thread_file(args.out, fmt, size, texts, rng, f"page-{number:05d}")
        print(f"{args.pages} pages in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
